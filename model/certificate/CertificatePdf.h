#pragma once

#include "certificate/CertificateContent.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QIODevice>
#include <QLocale>
#include <QString>

namespace certtrack::certificate {

// Saves a certificate as a one-page PDF: the renderer's drawing, title and creator in the
// document information, author (and title) in XMP metadata, fonts embedded as subsets.
class CertificatePdf {
    Q_DECLARE_TR_FUNCTIONS(CertificatePdf)
public:
    // Writes to path atomically (a failed write leaves no half file); false with *error.
    static bool write(const CertificateContent &content, const QString &path, const QLocale &locale,
                      QString *error);
    // Writes the PDF to an open device; false when nothing could be drawn into it.
    static bool write(const CertificateContent &content, QIODevice *device, const QLocale &locale);

    // The XMP packet: dc:title, dc:creator (the author), xmp:CreatorTool, pdf:Producer.
    static QByteArray xmpMetadata(const CertificateContent &content);
    static QString creator();
};

} // namespace certtrack::certificate
