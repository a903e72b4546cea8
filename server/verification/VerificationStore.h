#pragma once

#include "domain/Candidate.h"
#include "server/core/CertificationRecords.h"

#include <QString>

#include <optional>

namespace certtrack::server {

// A certification found by its public verification code, with its definition and holder.
struct VerifiedCertification {
    HeldCertification held;
    CertificationDefinition definition;
    domain::Profile holder;
};

// The one read the public verification page needs. Faults throw StorageError.
class VerificationStore {
public:
    virtual ~VerificationStore() = default;

    virtual std::optional<VerifiedCertification>
    certificationByVerificationCode(const QString &code) = 0;
};

} // namespace certtrack::server
