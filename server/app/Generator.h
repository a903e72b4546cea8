#pragma once

#include <QList>
#include <QPair>
#include <QString>

namespace certtrack::server {

class Clock;
class PasswordHasher;
struct ServerStores;

// `certtrackd admin generate`: a programme to measure with, not for CI. On top of the demo seed
// (applied first to an empty database), `candidates` generated candidates with certifications,
// exams, CE activities, transactions and transcripts spread over them as real careers spread
// (0 to 3 certifications, 1 to 7 exams, 0 to 11 activities, a transcript for every third), and
// one heavy account, HEAVY0000001: 50 certifications, 2,000 exams, 20,000 CE activities, 200
// transcripts and 100 transactions. Every generated candidate signs in with the demo password:
// they share the demo candidate's precomputed hash (hashing a million passwords would take
// days). Rows go in by INSERT ... SELECT over a counting query, a table at a time, in one
// transaction. Kit orders are not generated.
struct Generator {
    QList<QPair<QString, qint64>> rows; // table, rows added

    bool run(ServerStores &stores, const Clock &clock, const PasswordHasher &hasher,
             qint64 candidates, QString *error);
};

} // namespace certtrack::server
