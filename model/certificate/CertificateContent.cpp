#include "certificate/CertificateContent.h"

#include "domain/CertificateVerification.h"

#include <QRegularExpression>

namespace certtrack::certificate {

QString CertificateContent::holderNameOf(const domain::Profile &profile) {
    return domain::certificateHolderName(profile);
}

QUrl CertificateContent::verificationUrlFor(const QUrl &serverBaseUrl, const QString &code) {
    QUrl url = serverBaseUrl.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment |
                                      QUrl::RemoveUserInfo);
    url.setPath(QStringLiteral("/verify/") + code);
    return url;
}

CertificateContent CertificateContent::from(const domain::Profile &profile,
                                            const domain::Certification &certification,
                                            const QUrl &serverBaseUrl) {
    CertificateContent content;
    content.holderName = holderNameOf(profile);
    content.certificationName = certification.name;
    content.acronym = certification.acronym;
    content.track = certification.track;
    content.achieved = certification.active;
    content.validThrough = certification.expires;
    content.verificationCode = certification.verificationCode;
    content.verificationUrl = verificationUrlFor(serverBaseUrl, certification.verificationCode);
    content.issuer = serverBaseUrl.host();
    return content;
}

QString CertificateContent::documentTitle() const {
    return QStringLiteral("%1 (%2) - %3").arg(certificationName, acronym, holderName);
}

QString CertificateContent::suggestedFileName() const {
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9._-]+"));
    QString stem = QStringLiteral("%1-%2").arg(acronym, verificationCode);
    stem.replace(unsafe, QStringLiteral("_"));
    return stem + QStringLiteral(".pdf");
}

} // namespace certtrack::certificate
