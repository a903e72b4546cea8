#include "ui/certifications/LogoFileWriter.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSvgRenderer>
#include <QTemporaryFile>

namespace certtrack::ui {

namespace {

bool writeWhole(const QString &path, const QByteArray &data, QString *error) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        *error = LogoFileWriter::tr("Could not save %1: %2")
                     .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

} // namespace

QString LogoFileWriter::fileStem(const QString &logoName) {
    static const QRegularExpression other(QStringLiteral("[^a-z0-9]+"));
    QString stem = logoName.toLower().replace(other, QStringLiteral("-"));
    while (stem.startsWith(QLatin1Char('-')))
        stem.remove(0, 1);
    while (stem.endsWith(QLatin1Char('-')))
        stem.chop(1);
    return stem.isEmpty() ? QStringLiteral("logo") : stem.left(80);
}

bool LogoFileWriter::canWriteTo(const QString &folder, QString *error) {
    const QFileInfo info(folder);
    if (!info.isDir()) {
        *error = tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(folder));
        return false;
    }
    // Permissions bits do not tell everything (read-only mounts, ACLs): try.
    QTemporaryFile probe(QDir(folder).filePath(QStringLiteral(".certtrack-XXXXXX")));
    if (!probe.open()) {
        *error = tr("Files cannot be saved in %1: %2")
                     .arg(QDir::toNativeSeparators(folder), probe.errorString());
        return false;
    }
    return true;
}

QImage LogoFileWriter::render(const QString &logoName, const QByteArray &svg, QString *error) {
    QSvgRenderer renderer(svg);
    if (!renderer.isValid()) {
        *error = tr("The logo %1 is not a readable SVG image.").arg(logoName);
        return {};
    }
    const QSize natural =
        renderer.defaultSize().isEmpty() ? QSize(560, 200) : renderer.defaultSize();
    const QSize size(kPngWidth, qMax(1, kPngWidth * natural.height() / natural.width()));
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::TextAntialiasing);
        renderer.render(&painter);
    }
    return image;
}

bool LogoFileWriter::save(const QString &folder, const QString &logoName, const QByteArray &svg,
                          QStringList *written, QString *error) {
    const QImage image = render(logoName, svg, error);
    if (image.isNull())
        return false;
    QByteArray png;
    {
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
    }

    const QDir dir(folder);
    const QString stem = fileStem(logoName);
    const QString svgPath = dir.filePath(stem + QStringLiteral(".svg"));
    const QString pngPath = dir.filePath(stem + QStringLiteral(".png"));
    if (!writeWhole(svgPath, svg, error))
        return false;
    if (!writeWhole(pngPath, png, error)) {
        QFile::remove(svgPath);
        return false;
    }
    written->append(svgPath);
    written->append(pngPath);
    return true;
}

} // namespace certtrack::ui
