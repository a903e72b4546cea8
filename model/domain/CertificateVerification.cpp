#include "domain/CertificateVerification.h"

#include "domain/Json.h"

namespace certtrack::domain {

namespace {

bool isCjkName(const QString &text) {
    if (text.isEmpty())
        return false;
    for (const uint codePoint : text.toUcs4()) {
        switch (QChar::script(char32_t(codePoint))) {
        case QChar::Script_Han:
        case QChar::Script_Hiragana:
        case QChar::Script_Katakana:
        case QChar::Script_Hangul:
        case QChar::Script_Common:
            break;
        default:
            return false;
        }
    }
    return true;
}

} // namespace

QString certificateHolderName(const Profile &profile) {
    const QString given = profile.firstName.trimmed();
    const QString family = profile.lastName.trimmed();
    if (isCjkName(given) && isCjkName(family))
        return family + given;
    return profile.displayName();
}

QString toString(CertificateVerification::Status status) {
    switch (status) {
    case CertificateVerification::Status::Valid:
        return QStringLiteral("valid");
    case CertificateVerification::Status::Expired:
        return QStringLiteral("expired");
    case CertificateVerification::Status::Revoked:
        return QStringLiteral("revoked");
    case CertificateVerification::Status::NotYetActive:
        break;
    }
    return QStringLiteral("notYetActive");
}

CertificateVerification::Status
CertificateVerification::statusFor(const QDate &achieved, const std::optional<QDate> &validThrough,
                                   const std::optional<QDate> &revokedOn, const QDate &today) {
    if (revokedOn)
        return Status::Revoked;
    if (achieved > today)
        return Status::NotYetActive;
    // Valid through its last day, expired from the day after (as Certification::statusFor).
    if (validThrough && *validThrough < today)
        return Status::Expired;
    return Status::Valid;
}

CertificateVerification CertificateVerification::fromJson(JsonReader &reader) {
    CertificateVerification v;
    v.verificationCode = reader.string("verificationCode");
    const QString status = reader.string("status");
    if (status == QLatin1String("valid"))
        v.status = Status::Valid;
    else if (status == QLatin1String("expired"))
        v.status = Status::Expired;
    else if (status == QLatin1String("revoked"))
        v.status = Status::Revoked;
    else if (status == QLatin1String("notYetActive"))
        v.status = Status::NotYetActive;
    else
        reader.fail(QStringLiteral("status"), QStringLiteral("unknown verification status"));
    v.holderName = reader.string("holderName");
    v.certificationName = reader.string("certificationName");
    v.acronym = reader.string("acronym");
    v.track = reader.string("track");
    v.achieved = reader.date("achieved");
    v.validThrough = reader.optionalDate("validThrough");
    v.revokedOn = reader.optionalDate("revokedOn");
    v.checkedAt = reader.instant("checkedAt");
    return v;
}

QJsonObject CertificateVerification::toJson() const {
    return {{QStringLiteral("verificationCode"), verificationCode},
            {QStringLiteral("status"), toString(status)},
            {QStringLiteral("holderName"), holderName},
            {QStringLiteral("certificationName"), certificationName},
            {QStringLiteral("acronym"), acronym},
            {QStringLiteral("track"), track},
            {QStringLiteral("achieved"), formatDate(achieved)},
            {QStringLiteral("validThrough"), dateOrNull(validThrough)},
            {QStringLiteral("revokedOn"), dateOrNull(revokedOn)},
            {QStringLiteral("checkedAt"), formatInstant(checkedAt)}};
}

} // namespace certtrack::domain
