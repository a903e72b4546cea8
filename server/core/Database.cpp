#include "server/core/Database.h"

#include "server/core/Logging.h"
#include "server/core/Migrations.h"

#include <QAtomicInt>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace certtrack::server {

std::unique_ptr<Database> Database::openSqlite(const QString &path, QString *error) {
    static QAtomicInt counter;
    const QString connectionName =
        QStringLiteral("certtrack-storage-%1").arg(counter.fetchAndAddRelaxed(1));
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath())) {
        *error = QStringLiteral("cannot create the folder %1").arg(info.absolutePath());
        return nullptr;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
    db.setDatabaseName(path);
    if (!db.open()) {
        *error = QStringLiteral("cannot open the database %1: %2").arg(path, db.lastError().text());
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(connectionName);
        return nullptr;
    }
    // Password hashes, token hashes and the issuer's signing key live here: owner only. SQLite
    // gives its -wal and -shm files the same mode.
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    std::unique_ptr<Database> database(new Database(db, connectionName));
    db = QSqlDatabase(); // the Database holds the one handle, so it can remove the connection
    try {
        // WAL lets an admin command read and write while the server runs; the busy timeout
        // makes the two wait for each other instead of failing.
        database->run(QStringLiteral("PRAGMA journal_mode=WAL"));
        database->run(QStringLiteral("PRAGMA synchronous=NORMAL"));
        database->run(QStringLiteral("PRAGMA foreign_keys=ON"));
        database->run(QStringLiteral("PRAGMA busy_timeout=5000"));
        database->migrate();
    } catch (const StorageError &e) {
        *error = QStringLiteral("database %1: %2").arg(path, QString::fromStdString(e.what()));
        return nullptr;
    }
    return database;
}

Database::Database(QSqlDatabase database, QString connectionName)
    : m_db(std::move(database))
    , m_connectionName(std::move(connectionName)) {}

Database::~Database() {
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlQuery Database::run(const QString &sql, const QVariantList &values) {
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        throw StorageError(QString(QStringLiteral("cannot prepare: ") + query.lastError().text() +
                                   QStringLiteral(" in ") + sql)
                               .toStdString());
    for (const QVariant &value : values) {
        if (value.typeId() == QMetaType::QString && value.toString().isNull())
            query.addBindValue(QString(QLatin1String("")));
        else
            query.addBindValue(value);
    }
    if (!query.exec())
        throw StorageError(QString(QStringLiteral("query failed: ") + query.lastError().text() +
                                   QStringLiteral(" in ") + sql)
                               .toStdString());
    return query;
}

void Database::begin() {
    if (!m_db.transaction())
        throw StorageError("cannot begin a transaction: " + m_db.lastError().text().toStdString());
}

void Database::commit() {
    if (!m_db.commit())
        throw StorageError("cannot commit: " + m_db.lastError().text().toStdString());
}

void Database::rollback() {
    m_db.rollback();
}

int Database::schemaVersion() {
    QSqlQuery query = run(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_version"));
    return query.next() ? query.value(0).toInt() : 0;
}

void Database::migrate() {
    const QList<Migration> &migrations = sqliteMigrations();
    run(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version ("
                       "version INTEGER NOT NULL, description TEXT NOT NULL, "
                       "applied_at INTEGER NOT NULL)"));
    const int current = schemaVersion();
    const int newest = migrations.isEmpty() ? 0 : migrations.last().version;
    if (current > newest)
        throw StorageError(QStringLiteral("the schema is version %1, newer than this certtrackd "
                                          "knows (%2)")
                               .arg(current)
                               .arg(newest)
                               .toStdString());
    for (const Migration &migration : migrations) {
        if (migration.version <= current)
            continue;
        transaction([&] {
            for (const QString &statement : migration.statements)
                run(statement);
            run(QStringLiteral("INSERT INTO schema_version (version, description, applied_at) "
                               "VALUES (?, ?, ?)"),
                {migration.version, migration.description,
                 QDateTime::currentDateTimeUtc().toMSecsSinceEpoch()});
        });
        qCInfo(lcServer) << "database schema migrated to version" << migration.version;
    }
}

} // namespace certtrack::server
