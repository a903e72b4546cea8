#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace certtrack::server {

// One step of the schema. Steps are applied in order, each in its own transaction, and the
// schema_version table records the last one applied; a step is never edited once released.
struct Migration {
    int version = 0;
    QString description;
    QStringList statements;
};

// The schema's steps as SQLite runs them: the source every dialect's steps come from.
const QList<Migration> &sqliteMigrations();

// The same steps for PostgreSQL, translated statement by statement (postgresStatement).
const QList<Migration> &postgresMigrations();

// One SQLite schema statement as PostgreSQL takes it. Where the two differ in the schema:
// INTEGER is 64-bit in SQLite (instants are milliseconds) so it becomes BIGINT; an
// `id INTEGER PRIMARY KEY` is SQLite's rowid alias, numbered on insert, so it becomes an identity
// column; BLOB is BYTEA; TEXT compares and sorts byte by byte in SQLite, so its columns take the
// "C" collation rather than the database's locale; `x COLLATE NOCASE` in an index is lower(x);
// and the tables whose rows are listed in insertion order get the identity column `seq` that
// Database::insertionOrder() names in place of rowid.
QString postgresStatement(const QString &sqliteStatement);

} // namespace certtrack::server
