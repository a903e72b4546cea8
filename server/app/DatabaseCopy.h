#pragma once

#include <QList>
#include <QPair>
#include <QString>

namespace certtrack::server {

class Database;

// `certtrackd admin migrate --to postgresql://...`: every row of an SQLite database copied into
// an empty PostgreSQL database at the same schema version, for a centre that outgrows one file.
// Tables go parents first (by their foreign keys), rows in the order they were inserted, in one
// transaction: the target holds everything or nothing. Ids keep their values and the target's
// identity columns continue after them. Nothing is copied of what the rate limiters counted.
struct DatabaseCopy {
    // Table and rows copied, in the order copied.
    QList<QPair<QString, qint64>> tables;

    // False with a message: the source is not SQLite or the target not PostgreSQL, their schema
    // versions differ, the target holds rows already, or a row was refused (nothing is kept).
    bool run(Database &from, Database &to, QString *error);
};

} // namespace certtrack::server
