#pragma once

#include "server/app/SqlImport.h"
#include "server/core/Clock.h"
#include "server/core/PasswordHasher.h"

namespace certtrack::server {

struct ServerStores;

// The demo data set (see server/seed/README.md for the story it tells and why). Dates of things
// in force are placed relative to the server clock so they are in force whenever the demo runs;
// history keeps the user guide's dates.
class DemoSeed {
public:
    static QString password() { return QStringLiteral("certtrack-demo"); }

    static ProgrammeRecord programme();
    static QList<CandidateRecord> candidates(const QDateTime &now, const PasswordHasher &hasher);
    // The held certifications whose free initial kit the seed records as claimed.
    static QStringList claimedInitialKits(const CandidateRecord &candidate);

    // Seeds an empty database; returns false (and writes nothing) when it already has candidates.
    static bool apply(ServerStores &stores, const Clock &clock, const PasswordHasher &hasher);

    // How many whole years the guide's 2019/2020 certification dates move so that its CE credits
    // (2020-02-01) start on the latest 1 February on or before today.
    static int yearShift(const QDate &today);
};

} // namespace certtrack::server
