#pragma once

#include "domain/Candidate.h"
#include "server/core/CertificationRecords.h"

#include <QString>

#include <optional>

namespace certtrack::server {

// The settings question whose answer says whether the programme may confirm a candidate's
// certification status to third parties (the guide's "Verification of Certification"). Its
// wording is the programme's; its id is what the server looks for.
inline constexpr char kVerificationConsentQuestion[] = "verificationConsent";

// A certification found by its public verification code, with its definition and holder.
struct VerifiedCertification {
    HeldCertification held;
    CertificationDefinition definition;
    domain::Profile holder;
    // False only when the holder answered "No" to the consent question: then nothing about the
    // certification or its holder may be shown. Unanswered, the agreement's consent stands.
    bool disclosureConsented = true;
};

// The one read the public verification page needs. Faults throw StorageError.
class VerificationStore {
public:
    virtual ~VerificationStore() = default;

    virtual std::optional<VerifiedCertification>
    certificationByVerificationCode(const QString &code) = 0;
};

} // namespace certtrack::server
