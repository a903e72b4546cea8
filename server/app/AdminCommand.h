#pragma once

#include <QStringList>

namespace certtrack::server {

// `certtrackd admin --database PATH ...`: changes a candidate's record in the database directly,
// whether or not a server is running on it (SQLite WAL with a busy timeout lets both write).
//   certification grant LOGIN DEFINITION_ID [--on DATE]
//   certification revoke LOGIN CERTIFICATION_ID|ACRONYM [--on DATE]
//   certification list LOGIN
//   ce-credits add LOGIN POINTS [--on DATE]
// Returns the process exit status: 0 done, 1 storage failure, 2 wrong usage, 3 not found.
int runAdminCommand(const QStringList &arguments);

} // namespace certtrack::server
