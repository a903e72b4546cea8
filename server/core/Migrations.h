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

const QList<Migration> &sqliteMigrations();

} // namespace certtrack::server
