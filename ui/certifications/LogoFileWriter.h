#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QImage>
#include <QString>
#include <QStringList>

namespace certtrack::ui {

// Saves one downloaded logo into a folder as NAME.svg (the server's artwork as sent) and
// NAME.png (the SVG rendered at kPngWidth pixels wide on a transparent background). Each file
// is written whole or not at all (QSaveFile), so a full disk leaves no half-written logo.
class LogoFileWriter {
    Q_DECLARE_TR_FUNCTIONS(LogoFileWriter)

public:
    static constexpr int kPngWidth = 1200;

    // "Cisco Certified Specialist - Enterprise Core" ->
    // "cisco-certified-specialist-enterprise-core"
    static QString fileStem(const QString &logoName);
    // Whether files can be created in folder; error says why not.
    static bool canWriteTo(const QString &folder, QString *error);
    // The PNG's picture: the SVG rendered kPngWidth pixels wide, transparent around it. A null
    // image when the SVG cannot be read (error says so). The dialog's preview shows this image.
    static QImage render(const QString &logoName, const QByteArray &svg, QString *error);
    // Writes both files; written gets their paths. On failure error says which file and why.
    static bool save(const QString &folder, const QString &logoName, const QByteArray &svg,
                     QStringList *written, QString *error);
};

} // namespace certtrack::ui
