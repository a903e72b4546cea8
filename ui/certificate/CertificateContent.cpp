#include "ui/certificate/CertificateContent.h"

#include <QRegularExpression>

namespace certtrack::ui {

namespace {

bool isCjk(const QString &text) {
    if (text.isEmpty())
        return false;
    for (const uint codePoint : text.toUcs4()) {
        const QChar::Script script = QChar::script(char32_t(codePoint));
        if (script != QChar::Script_Han && script != QChar::Script_Hiragana &&
            script != QChar::Script_Katakana && script != QChar::Script_Hangul &&
            script != QChar::Script_Common)
            return false;
    }
    return true;
}

} // namespace

QString CertificateContent::holderNameOf(const domain::Profile &profile) {
    const QString given = profile.firstName.trimmed();
    const QString family = profile.lastName.trimmed();
    if (isCjk(given) && isCjk(family))
        return family + given;
    return profile.displayName();
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

} // namespace certtrack::ui
