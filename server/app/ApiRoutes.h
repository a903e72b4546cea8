#pragma once

#include "server/http/Router.h"

namespace certtrack::server {

class AccountEndpoints;
class AccountMappingEndpoints;
class AuthEndpoints;
class LogoEndpoints;
class OrderEndpoints;
class PersonalInfoEndpoints;
class PublicTranscriptEndpoint;
class TokenService;
class TranscriptEndpoints;
class VerificationEndpoint;

// What the routes call into. All null is fine for reading the route table (tests do).
struct ApiServices {
    TokenService *tokens = nullptr;
    AuthEndpoints *auth = nullptr;
    AccountEndpoints *account = nullptr;
    TranscriptEndpoints *transcripts = nullptr;
    PublicTranscriptEndpoint *publicTranscripts = nullptr;
    VerificationEndpoint *verification = nullptr;
    PersonalInfoEndpoints *personalInfo = nullptr;
    AccountMappingEndpoints *accountMapping = nullptr;
    LogoEndpoints *logos = nullptr;
    OrderEndpoints *orders = nullptr;
};

// Every route certtrackd serves; server/openapi.yaml must describe exactly these.
Router apiRouter(const ApiServices &services);

} // namespace certtrack::server
