#pragma once

#include "domain/Candidate.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace certtrack::domain {

class JsonReader;

// How a certificate's holder is named on the certificate and its verification page: given name
// first, except for names written in CJK scripts, which put the family name first with no space
// ("陈静").
QString certificateHolderName(const Profile &profile);

// GET /verify/{code} with Accept: application/json: what the public learns from a verification
// code, and no more (no login id, no contact details).
struct CertificateVerification {
    enum class Status { Valid, Expired, Revoked, NotYetActive };

    QString verificationCode;
    Status status = Status::Valid;
    QString holderName;
    QString certificationName;
    QString acronym;
    QString track;
    QDate achieved;
    std::optional<QDate> validThrough;
    std::optional<QDate> revokedOn;
    QDateTime checkedAt;

    static Status statusFor(const QDate &achieved, const std::optional<QDate> &validThrough,
                            const std::optional<QDate> &revokedOn, const QDate &today);
    static CertificateVerification fromJson(JsonReader &reader);
    QJsonObject toJson() const;
};

QString toString(CertificateVerification::Status status);

} // namespace certtrack::domain
