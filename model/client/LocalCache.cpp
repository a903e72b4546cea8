#include "client/LocalCache.h"

#include "client/AccountResources.h"
#include "client/Logging.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QVariant>

namespace certtrack::client {

namespace {

constexpr QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

QString nextConnectionName() {
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("certtrack-cache-%1").arg(counter.fetchAndAddRelaxed(1));
}

bool exec(QSqlDatabase &db, const QString &sql, QString *error) {
    QSqlQuery query(db);
    if (!query.exec(sql)) {
        *error = query.lastError().text();
        return false;
    }
    return true;
}

// Creates the file empty with mode 0600 before SQLite writes a byte into it; an existing file
// is narrowed to 0600 too (SQLite gives its -wal and -shm files the database file's mode).
bool prepareFile(const QString &filePath, QString *error) {
    const QFileInfo info(filePath);
    QDir dir = info.absoluteDir();
    if (!dir.exists()) {
        if (!dir.mkpath(QStringLiteral("."))) {
            *error = QStringLiteral("cannot create %1").arg(dir.path());
            return false;
        }
        QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                              QFileDevice::ExeOwner);
    }
    if (!info.exists()) {
        QFile file(filePath);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, kOwnerOnly)) {
            *error = file.errorString();
            return false;
        }
        return true;
    }
    if (!QFile::setPermissions(filePath, kOwnerOnly)) {
        *error = QStringLiteral("cannot restrict the permissions of %1").arg(filePath);
        return false;
    }
    return true;
}

// Only a file SQLite finds is not a database, or a damaged one, is discarded. Any other failure
// to open (a full disk that cannot take the -shm file, a read-only or failing disk, a lock) says
// nothing about the data: the file, perhaps the only copy of an account offline, stays.
bool isDamaged(const QString &error) {
    return error.contains(QLatin1String("file is not a database")) ||
           error.contains(QLatin1String("database disk image is malformed"));
}

} // namespace

LocalCache::LocalCache() = default;

LocalCache::~LocalCache() {
    close();
}

QString LocalCache::filePathFor(const ServerEndpoint &endpoint, const QString &loginId) {
    const QByteArray name = QCryptographicHash::hash(
        (endpoint.key() + QLatin1Char('\n') + loginId).toUtf8(), QCryptographicHash::Sha256);
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/accounts/") + QString::fromLatin1(name.toHex()) +
           QStringLiteral(".sqlite");
}

bool LocalCache::removeFile(const QString &filePath) {
    bool allGone = true;
    for (const QString &suffix :
         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")}) {
        const QString path = filePath + suffix;
        if (QFile::exists(path) && !QFile::remove(path)) {
            qCWarning(lcCache) << "cannot delete" << path;
            allGone = false;
        }
    }
    return allGone;
}

bool LocalCache::isOpen() const {
    return !m_connectionName.isEmpty();
}

QString LocalCache::lastError() const {
    return QSqlDatabase::database(m_connectionName, false).lastError().text();
}

bool LocalCache::openConnection(const QString &databaseName, QString *error) {
    m_connectionName = nextConnectionName();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(databaseName);
    if (!db.open()) {
        *error = db.lastError().text();
        db = QSqlDatabase();
        close();
        return false;
    }
    return true;
}

bool LocalCache::createSchema(QString *error) {
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    // WAL: a commit is one atomic append, and a crash mid-transaction leaves only ignored frames.
    return exec(db, QStringLiteral("PRAGMA journal_mode = WAL"), error) &&
           exec(db, QStringLiteral("PRAGMA synchronous = NORMAL"), error) &&
           exec(db,
                QStringLiteral("CREATE TABLE IF NOT EXISTS resource (path TEXT PRIMARY KEY, "
                               "body BLOB NOT NULL, etag BLOB NOT NULL, fetched_at TEXT NOT NULL)"),
                error) &&
           exec(db,
                QStringLiteral("CREATE TABLE IF NOT EXISTS sync_state (id INTEGER PRIMARY KEY "
                               "CHECK (id = 1), last_synced TEXT NOT NULL)"),
                error) &&
           exec(db, QStringLiteral("SELECT count(*) FROM resource"), error);
}

bool LocalCache::openFile(const QString &filePath, QString *error, QString *warning) {
    close();
    if (!prepareFile(filePath, error))
        return false;
    m_filePath = filePath;
    if (openConnection(filePath, error) && createSchema(error)) {
        qCDebug(lcCache) << "opened" << filePath;
        return true;
    }
    const QString problem = *error;
    if (!isDamaged(problem)) {
        qCWarning(lcCache) << "cannot open the cache" << filePath << problem;
        *error = QCoreApplication::translate("certtrack::client::LocalCache",
                                             "the local copy %1 cannot be opened (%2); it is kept "
                                             "as it is. Is the disk full or read-only?")
                     .arg(QDir::toNativeSeparators(filePath), problem);
        close();
        return false;
    }
    // Not a database, or a damaged one: what it held cannot be trusted, so start afresh.
    qCWarning(lcCache) << "unusable cache" << filePath << problem;
    if (warning)
        *warning = QCoreApplication::translate("certtrack::client::LocalCache",
                                               "The local copy of this account was damaged and "
                                               "has been discarded (%1).")
                       .arg(problem);
    close();
    removeFile(filePath);
    if (!prepareFile(filePath, error))
        return false;
    m_filePath = filePath;
    if (openConnection(filePath, error) && createSchema(error))
        return true;
    close();
    return false;
}

bool LocalCache::openInMemory(QString *error) {
    close();
    return openConnection(QStringLiteral(":memory:"), error) && createSchema(error);
}

void LocalCache::close() {
    if (m_connectionName.isEmpty()) {
        m_filePath.clear();
        return;
    }
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (m_inTransaction)
            db.rollback();
        db.close();
    }
    m_inTransaction = false;
    QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionName.clear();
    m_filePath.clear();
}

QHash<QString, LocalCache::Entry> LocalCache::entries() const {
    QHash<QString, Entry> result;
    if (!isOpen())
        return result;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!query.exec(QStringLiteral("SELECT path, body, etag, fetched_at FROM resource"))) {
        qCWarning(lcCache) << "reading the cache failed:" << query.lastError().text();
        return result;
    }
    while (query.next()) {
        Entry entry;
        entry.path = query.value(0).toString();
        entry.body = query.value(1).toByteArray();
        entry.etag = query.value(2).toByteArray();
        entry.fetchedAt = QDateTime::fromString(query.value(3).toString(), Qt::ISODateWithMs);
        result.insert(entry.path, entry);
    }
    return result;
}

QDateTime LocalCache::lastSynced() const {
    if (!isOpen())
        return {};
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!query.exec(QStringLiteral("SELECT last_synced FROM sync_state WHERE id = 1")) ||
        !query.next())
        return {};
    return QDateTime::fromString(query.value(0).toString(), Qt::ISODateWithMs).toUTC();
}

std::optional<domain::AccountData> LocalCache::load(QString *error) const {
    error->clear();
    const QDateTime synced = lastSynced();
    if (!synced.isValid())
        return std::nullopt;
    QHash<QString, QByteArray> bodies;
    const QHash<QString, Entry> all = entries();
    for (const Entry &entry : all)
        bodies.insert(entry.path, entry.body);
    std::optional<domain::AccountData> data = AccountResources::decode(bodies, error);
    if (!data) {
        qCWarning(lcCache) << "the cache does not decode:" << *error;
        return std::nullopt;
    }
    data->lastSynced = synced;
    return data;
}

bool LocalCache::beginReplace(QString *error) {
    if (!isOpen()) {
        *error = QStringLiteral("the cache is not open");
        return false;
    }
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (m_inTransaction)
        rollbackReplace();
    if (!db.transaction()) {
        *error = db.lastError().text();
        return false;
    }
    m_inTransaction = true;
    if (!exec(db, QStringLiteral("DELETE FROM resource"), error)) {
        rollbackReplace();
        return false;
    }
    return true;
}

bool LocalCache::putEntry(const Entry &entry, QString *error) {
    if (!m_inTransaction) {
        *error = QStringLiteral("no replacement in progress");
        return false;
    }
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO resource (path, body, etag, fetched_at) "
                                 "VALUES (?, ?, ?, ?)"));
    query.addBindValue(entry.path);
    query.addBindValue(entry.body);
    query.addBindValue(entry.etag);
    query.addBindValue(entry.fetchedAt.toUTC().toString(Qt::ISODateWithMs));
    if (!query.exec()) {
        *error = query.lastError().text();
        rollbackReplace();
        return false;
    }
    return true;
}

bool LocalCache::commitReplace(const QDateTime &syncedAt, QString *error) {
    if (!m_inTransaction) {
        *error = QStringLiteral("no replacement in progress");
        return false;
    }
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery query(db);
    query.prepare(
        QStringLiteral("INSERT OR REPLACE INTO sync_state (id, last_synced) VALUES (1, ?)"));
    query.addBindValue(syncedAt.toUTC().toString(Qt::ISODateWithMs));
    if (!query.exec()) {
        *error = query.lastError().text();
        rollbackReplace();
        return false;
    }
    query.finish();
    if (!db.commit()) {
        *error = db.lastError().text();
        rollbackReplace();
        return false;
    }
    m_inTransaction = false;
    return true;
}

void LocalCache::rollbackReplace() {
    if (!m_inTransaction)
        return;
    QSqlDatabase::database(m_connectionName, false).rollback();
    m_inTransaction = false;
}

bool LocalCache::replaceAll(const QList<Entry> &entries, const QDateTime &syncedAt,
                            QString *error) {
    if (!beginReplace(error))
        return false;
    for (const Entry &entry : entries) {
        if (!putEntry(entry, error))
            return false;
    }
    return commitReplace(syncedAt, error);
}

bool LocalCache::clear(QString *error) {
    if (!isOpen()) {
        *error = QStringLiteral("the cache is not open");
        return false;
    }
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    return exec(db, QStringLiteral("DELETE FROM resource"), error) &&
           exec(db, QStringLiteral("DELETE FROM sync_state"), error);
}

bool LocalCache::remove() {
    const QString filePath = m_filePath;
    close();
    if (filePath.isEmpty())
        return true;
    qCInfo(lcCache) << "removing" << filePath;
    return removeFile(filePath);
}

} // namespace certtrack::client
