#pragma once

#include "server/http/Router.h"

namespace certtrack::server {

class AccountMappingEndpoints;
class AuthEndpoints;
class Database;
class BadgeEndpoints;
class CandidateEndpoints;
class CertificationEndpoints;
class ExternalCredentialEndpoints;
class LogoEndpoints;
class OrderEndpoints;
class PersonalInfoEndpoints;
class PublicTranscriptEndpoint;
class TokenService;
class TranscriptEndpoints;
class VerificationEndpoint;

// What the routes call into. All null is fine for reading the route table (tests do).
struct ApiServices {
    Database *storage = nullptr; // what /healthz reports on
    TokenService *tokens = nullptr;
    AuthEndpoints *auth = nullptr;
    CandidateEndpoints *candidate = nullptr;
    PersonalInfoEndpoints *personalInfo = nullptr;
    CertificationEndpoints *certifications = nullptr;
    LogoEndpoints *logos = nullptr;
    TranscriptEndpoints *transcripts = nullptr;
    PublicTranscriptEndpoint *publicTranscripts = nullptr;
    OrderEndpoints *orders = nullptr;
    VerificationEndpoint *verification = nullptr;
    BadgeEndpoints *badges = nullptr;
    AccountMappingEndpoints *accountMapping = nullptr;
    ExternalCredentialEndpoints *externalCredentials = nullptr;
};

// Every route certtrackd serves, each feature adding its own; server/openapi.yaml must describe
// exactly these.
Router apiRouter(const ApiServices &services);

} // namespace certtrack::server
