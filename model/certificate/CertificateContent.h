#pragma once

#include "domain/Candidate.h"
#include "domain/Certification.h"

#include <QDate>
#include <QString>
#include <QUrl>

#include <optional>

namespace certtrack::certificate {

// What a certificate says: everything the renderer draws, taken from cached account data, so a
// certificate can be made with no network at all.
struct CertificateContent {
    QString holderName;
    QString certificationName;
    QString acronym;
    QString track;
    QDate achieved;
    std::optional<QDate> validThrough;
    QString verificationCode;
    QUrl verificationUrl; // https://HOST:PORT/verify/CODE: what the QR code holds
    QString issuer;       // the PDF's author

    static CertificateContent from(const domain::Profile &profile,
                                   const domain::Certification &certification,
                                   const QUrl &serverBaseUrl);
    // The public page that verifies a code on the server at baseUrl (https://host:port).
    static QUrl verificationUrlFor(const QUrl &serverBaseUrl, const QString &code);
    // How a name is printed: given name first, except for names written in CJK scripts, which
    // put the family name first with no space ("陈静").
    static QString holderNameOf(const domain::Profile &profile);
    // "CCNA Routing and Switching (CCNA) - John Doe"
    QString documentTitle() const;
    // A file name that is safe on every system: "CCNA-V7L4P3MC.pdf"
    QString suggestedFileName() const;
};

} // namespace certtrack::certificate
