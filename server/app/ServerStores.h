#pragma once

#include "server/accounts/SqlAccountMappingStore.h"
#include "server/app/SqlImport.h"
#include "server/auth/SqlTokenStore.h"
#include "server/badges/SqlBadgeStore.h"
#include "server/candidate/SqlCandidateStore.h"
#include "server/certifications/SqlCertificationStore.h"
#include "server/core/Database.h"
#include "server/external/SqlExternalCredentialStore.h"
#include "server/http/RateLimiter.h"
#include "server/logos/SqlLogoStore.h"
#include "server/orders/SqlOrderStore.h"
#include "server/personalinfo/SqlPersonalInfoStore.h"
#include "server/transcripts/SqlTranscriptStore.h"
#include "server/verification/SqlVerificationStore.h"

#include <memory>

namespace certtrack::server {

// Every feature's store over one database connection: what certtrackd, `certtrackd admin` and
// the tests open. Each endpoint class is handed only the store it uses.
struct ServerStores {
    // Opens (creating and migrating if needed) an SQLite file; nullptr with a message on failure.
    static std::unique_ptr<ServerStores> openSqlite(const QString &path, QString *error);
    // Opens what --database names: an SQLite file or a postgresql:// URL (core/Database.h).
    static std::unique_ptr<ServerStores> open(const QString &location, QString *error);

    explicit ServerStores(std::unique_ptr<Database> database);

    std::unique_ptr<Database> db;
    SqlImport import;
    SqlTokenStore tokens;
    SqlCandidateStore candidate;
    SqlPersonalInfoStore personalInfo;
    SqlCertificationStore certifications;
    SqlLogoStore logos;
    SqlTranscriptStore transcripts;
    SqlOrderStore orders;
    SqlVerificationStore verification;
    SqlBadgeStore badges;
    SqlAccountMappingStore accountMapping;
    SqlExternalCredentialStore externalCredentials;
    // What the rate limiters count: in memory for SQLite (one process serves it), in the
    // database for PostgreSQL (several may); see http/RateLimiter.h.
    std::unique_ptr<RateEvents> rateEvents;
};

} // namespace certtrack::server
