#include "server/app/DatabaseCopy.h"

#include "server/core/Database.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>

namespace certtrack::server {

namespace {

// Rows a statement inserts at most: a few hundred values a statement, few round trips.
constexpr int kRowsPerInsert = 200;

// Tables that are not data: the migrations' own record, and what the rate limiters counted (each
// process's business; SQLite keeps it in memory anyway).
bool isCopied(const QString &table) {
    return table != QLatin1String("schema_version") && table != QLatin1String("rate_events");
}

QStringList sqliteTables(Database &db) {
    QStringList tables;
    QSqlQuery query = db.run(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' "
                                            "AND name NOT LIKE 'sqlite_%' ORDER BY name"));
    while (query.next()) {
        const QString name = query.value(0).toString();
        if (isCopied(name))
            tables.append(name);
    }
    return tables;
}

// Parents before children, so each row's foreign keys find their rows; ties by name.
QStringList parentsFirst(Database &db, const QStringList &tables) {
    QHash<QString, QSet<QString>> parents;
    for (const QString &table : tables) {
        QSqlQuery keys =
            db.run(QStringLiteral("SELECT \"table\" FROM pragma_foreign_key_list(?)"), {table});
        while (keys.next()) {
            const QString parent = keys.value(0).toString();
            if (parent != table)
                parents[table].insert(parent);
        }
    }
    QStringList ordered;
    QSet<QString> placed;
    while (ordered.size() < tables.size()) {
        const qsizetype before = ordered.size();
        for (const QString &table : tables) {
            if (placed.contains(table))
                continue;
            const QSet<QString> &needs = parents.value(table);
            if (std::all_of(needs.cbegin(), needs.cend(),
                            [&](const QString &p) { return placed.contains(p); })) {
                ordered.append(table);
                placed.insert(table);
            }
        }
        if (ordered.size() == before) // a cycle: cannot happen with this schema; keep going
            for (const QString &table : tables)
                if (!placed.contains(table)) {
                    ordered.append(table);
                    placed.insert(table);
                }
    }
    return ordered;
}

QStringList sqliteColumns(Database &db, const QString &table) {
    QStringList columns;
    QSqlQuery query = db.run(QStringLiteral("SELECT name FROM pragma_table_info(?)"), {table});
    while (query.next())
        columns.append(query.value(0).toString());
    return columns;
}

QString quoted(const QString &name) {
    return QLatin1Char('"') + name + QLatin1Char('"');
}

} // namespace

bool DatabaseCopy::run(Database &from, Database &to, QString *error) {
    tables.clear();
    if (from.dialect() != Dialect::Sqlite || to.dialect() != Dialect::Postgres) {
        *error = QStringLiteral("migrate copies an SQLite database into a PostgreSQL one: give "
                                "the SQLite file with --database and a postgresql:// URL with "
                                "--to.");
        return false;
    }
    if (from.schemaVersion() != to.schemaVersion()) {
        *error = QStringLiteral("the two databases are at schema versions %1 and %2; a certtrackd "
                                "of one version opens both.")
                     .arg(from.schemaVersion())
                     .arg(to.schemaVersion());
        return false;
    }
    const QStringList order = parentsFirst(from, sqliteTables(from));
    for (const QString &table : order) {
        QSqlQuery any = to.run(QStringLiteral("SELECT 1 FROM %1 LIMIT 1").arg(quoted(table)));
        if (any.next()) {
            *error = QStringLiteral("the PostgreSQL database holds data already (table %1%2); "
                                    "migrate into an empty database, before any certtrackd "
                                    "starts on it.")
                         .arg(table, table == QLatin1String("issuer_keys")
                                         ? QStringLiteral(": a certtrackd started on it made a "
                                                          "signing key")
                                         : QString());
            return false;
        }
    }

    try {
        to.transaction([&] {
            for (const QString &table : order) {
                const QStringList columns = sqliteColumns(from, table);
                QStringList names;
                for (const QString &column : columns)
                    names.append(quoted(column));
                const QString row =
                    QLatin1Char('(') +
                    QStringList(columns.size(), QStringLiteral("?")).join(QLatin1Char(',')) +
                    QLatin1Char(')');
                const QString insert = QStringLiteral("INSERT INTO %1 (%2) VALUES ")
                                           .arg(quoted(table), names.join(QLatin1Char(',')));
                QSqlQuery rows = from.run(QStringLiteral("SELECT %1 FROM %2 ORDER BY rowid")
                                              .arg(names.join(QLatin1Char(',')), quoted(table)));
                qint64 copied = 0;
                QVariantList values;
                int pending = 0;
                const auto flush = [&] {
                    if (pending == 0)
                        return;
                    QStringList rowsText(pending, row);
                    to.run(insert + rowsText.join(QLatin1Char(',')), values);
                    values.clear();
                    pending = 0;
                };
                while (rows.next()) {
                    for (qsizetype i = 0; i < columns.size(); ++i) {
                        // NULL as NULL: Database::run binds a null text as '' otherwise.
                        const QVariant value = rows.value(int(i));
                        values.append(value.isNull() ? QVariant() : value);
                    }
                    ++copied;
                    if (++pending == kRowsPerInsert)
                        flush();
                }
                flush();
                tables.append({table, copied});
            }
            // Identity columns go on after the ids copied, so the next row made gets a new one.
            QSqlQuery identities = to.run(QStringLiteral(
                "SELECT table_name, column_name FROM information_schema.columns WHERE "
                "table_schema = current_schema() AND is_identity = 'YES' AND "
                "identity_generation = 'BY DEFAULT'"));
            QList<QPair<QString, QString>> sequences;
            while (identities.next())
                sequences.append({identities.value(0).toString(), identities.value(1).toString()});
            for (const auto &[table, column] : sequences) {
                to.run(QStringLiteral("SELECT setval(pg_get_serial_sequence(?, ?), "
                                      "COALESCE(MAX(%1), 0) + 1, false) FROM %2")
                           .arg(quoted(column), quoted(table)),
                       {table, column});
            }
            // Every table holds as many rows as it did in SQLite, or nothing is kept.
            for (const auto &[table, copied] : std::as_const(tables)) {
                QSqlQuery count =
                    to.run(QStringLiteral("SELECT count(*) FROM %1").arg(quoted(table)));
                if (!count.next() || count.value(0).toLongLong() != copied)
                    throw StorageError(QStringLiteral("table %1 holds %2 rows after the copy, "
                                                      "not %3")
                                           .arg(table, count.value(0).toString())
                                           .arg(copied)
                                           .toStdString());
            }
        });
    } catch (const StorageError &failure) {
        tables.clear();
        *error = QStringLiteral("nothing was copied: %1").arg(QString::fromUtf8(failure.what()));
        return false;
    }
    return true;
}

} // namespace certtrack::server
