#include "records/BadgeFiles.h"

#include "credentials/BadgeBaking.h"
#include "credentials/BadgeRaster.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace certtrack::records::BadgeFiles {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("BadgeFiles", text);
}

} // namespace

QString suggestedFileName(const domain::Badge &badge, client::BadgeFile file) {
    static const QRegularExpression unsafe(QStringLiteral(R"([\\/:*?"<>|\x00-\x1f]+)"));
    QString stem = badge.name;
    stem.replace(unsafe, QStringLiteral(" "));
    stem = stem.simplified();
    if (stem.isEmpty())
        stem = badge.id;
    switch (file) {
    case client::BadgeFile::BakedPng:
        return tr("%1 badge.png").arg(stem);
    case client::BadgeFile::BakedSvg:
        return tr("%1 badge.svg").arg(stem);
    case client::BadgeFile::Credential:
        return tr("%1 credential.jwt").arg(stem);
    case client::BadgeFile::Assertion:
        return tr("%1 assertion.json").arg(stem);
    }
    return stem;
}

QString filter(client::BadgeFile file) {
    switch (file) {
    case client::BadgeFile::BakedPng:
        return tr("PNG images (*.png)");
    case client::BadgeFile::BakedSvg:
        return tr("SVG images (*.svg)");
    case client::BadgeFile::Credential:
        return tr("Open Badges 3.0 credentials (*.jwt)");
    case client::BadgeFile::Assertion:
        return tr("Open Badges 2.0 assertions (*.json)");
    }
    return {};
}

std::optional<QByteArray> makeOffline(const domain::Badge &badge,
                                      const std::optional<domain::BadgeCredentialCopy> &copy,
                                      client::BadgeFile file, QString *error) {
    if (!copy) {
        *error = tr("The server cannot be reached, and this badge's credential was not kept at the "
                    "last sync. Try again once you are back online.");
        return std::nullopt;
    }
    const bool baked = file == client::BadgeFile::BakedPng || file == client::BadgeFile::BakedSvg;
    if (baked && badge.status == domain::Badge::Status::Revoked) {
        *error = tr("This badge was revoked: a revoked badge is not baked into an image.");
        return std::nullopt;
    }
    credentials::Result<QByteArray> made = QByteArray();
    switch (file) {
    case client::BadgeFile::Credential:
        return copy->credentialJwt;
    case client::BadgeFile::Assertion:
        return copy->assertionJson;
    case client::BadgeFile::BakedSvg: {
        credentials::BakedCredential carried;
        carried.version = credentials::OpenBadgesVersion::V3;
        carried.verify = QString::fromLatin1(copy->credentialJwt);
        made = credentials::bakeSvg(badge.imageSvg.toUtf8(), carried);
        break;
    }
    case client::BadgeFile::BakedPng: {
        const QByteArray png = credentials::BadgeRaster::png(badge.imageSvg.toUtf8());
        if (png.isEmpty()) {
            *error = tr("The badge's image could not be drawn.");
            return std::nullopt;
        }
        made = credentials::bakePng(png, credentials::OpenBadgesVersion::V3, copy->credentialJwt);
        break;
    }
    }
    if (!made) {
        *error = tr("The badge could not be baked here (%1).").arg(made.error().message);
        return std::nullopt;
    }
    return made.value();
}

} // namespace certtrack::records::BadgeFiles
