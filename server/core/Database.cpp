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

#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace certtrack::server {

namespace {

// SQLite's primary result code of a failure: Qt passes it as the native code of statement
// errors; a failed COMMIT carries only SQLite's message (sqlite3_errstr's wording), so that is
// read as well.
int sqliteCode(const QSqlError &error) {
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    if (ok)
        return code & 0xff;
    const QString text = error.databaseText();
    if (text.contains(QLatin1String("database or disk is full")))
        return 13; // SQLITE_FULL
    if (text.contains(QLatin1String("readonly database")))
        return 8; // SQLITE_READONLY
    if (text.contains(QLatin1String("disk I/O error")))
        return 10; // SQLITE_IOERR
    if (text.contains(QLatin1String("unable to open database file")))
        return 14; // SQLITE_CANTOPEN
    return -1;
}

// What the filesystem under `path` says to a new file: 0 when one can be written, else errno
// (EROFS, ENOSPC, ...). statvfs cannot tell: ext4 turned read-only after an error (errors=
// remount-ro, "emergency_ro") still reports itself writable, and SQLite's message for EROFS is
// only "disk I/O error".
int probeWrite(const QString &path) {
    const QByteArray probe =
        QFile::encodeName(QFileInfo(path).absolutePath() + QStringLiteral("/.certtrackd-probe-") +
                          QString::number(::getpid()));
    const int fd = ::open(probe.constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd < 0)
        return errno;
    int result = 0;
    const char byte = 0;
    if (::write(fd, &byte, 1) != 1 || ::fsync(fd) != 0)
        result = errno;
    ::close(fd);
    ::unlink(probe.constData());
    return result;
}

// Statements that change the database; a read never needs the files in place to be correct.
bool isWrite(const QString &sql) {
    const QString head = sql.trimmed().section(QLatin1Char(' '), 0, 0).toUpper();
    static const QStringList writes = {QStringLiteral("INSERT"), QStringLiteral("UPDATE"),
                                       QStringLiteral("DELETE"), QStringLiteral("REPLACE"),
                                       QStringLiteral("CREATE"), QStringLiteral("DROP"),
                                       QStringLiteral("ALTER")};
    return writes.contains(head);
}

} // namespace

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
        // FULL: each commit reaches the disk (the WAL is synced) before a write is acknowledged.
        // NORMAL lost every 201 not yet written back when ext4 turned read-only after a disk
        // error (bench/disk-faults.sh), as it would on a power cut.
        database->run(QStringLiteral("PRAGMA synchronous=FULL"));
        database->run(QStringLiteral("PRAGMA foreign_keys=ON"));
        database->run(QStringLiteral("PRAGMA busy_timeout=5000"));
        database->migrate();
        database->rememberFiles(QFileInfo(path).absoluteFilePath());
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

void Database::rememberFiles(const QString &path) {
    m_path = path;
    m_files.clear();
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        struct stat st = {};
        const QString file = path + suffix;
        if (::stat(QFile::encodeName(file).constData(), &st) == 0)
            m_files.append(
                {file, static_cast<quint64>(st.st_dev), static_cast<quint64>(st.st_ino)});
    }
}

QString Database::filesMissing() const {
    QStringList missing;
    for (const FileIdentity &file : m_files) {
        struct stat st = {};
        if (::stat(QFile::encodeName(file.path).constData(), &st) != 0 ||
            static_cast<quint64>(st.st_dev) != file.device ||
            static_cast<quint64>(st.st_ino) != file.inode)
            missing.append(file.path);
    }
    return missing.join(QLatin1String(", "));
}

void Database::requireFilesInPlace() const {
    const QString missing = filesMissing();
    if (missing.isEmpty())
        return;
    m_lastWrite = static_cast<int>(StorageError::Kind::Gone);
    throw StorageError(QStringLiteral("the database's files were removed or replaced while "
                                      "certtrackd ran (%1); writes are refused, since they would "
                                      "go into the unlinked files and vanish at exit")
                           .arg(missing)
                           .toStdString(),
                       StorageError::Kind::Gone);
}

void Database::fail(const QString &what, const QSqlError &error) {
    using Kind = StorageError::Kind;
    Kind kind = Kind::Fault;
    const int code = sqliteCode(error);
    if (code == 13) {
        kind = Kind::Full;
    } else if (code == 8 || code == 10 || code == 14) {
        const int probe = probeWrite(m_path.isEmpty() ? m_db.databaseName() : m_path);
        if (!filesMissing().isEmpty())
            kind = Kind::Gone;
        else if (code == 8 || probe == EROFS || probe == EACCES || probe == EPERM)
            kind = Kind::ReadOnly;
        else if (probe == ENOSPC || probe == EDQUOT)
            kind = Kind::Full;
        else
            kind = Kind::Failing;
    }
    if (kind != Kind::Fault)
        m_lastWrite = static_cast<int>(kind);
    throw StorageError(QString(what + error.text()).toStdString(), kind);
}

StorageError::Kind Database::health() const {
    if (!filesMissing().isEmpty())
        return StorageError::Kind::Gone;
    return static_cast<StorageError::Kind>(m_lastWrite.load());
}

QSqlQuery Database::run(const QString &sql, const QVariantList &values) {
    const bool write = isWrite(sql);
    if (write && !m_inTransaction)
        requireFilesInPlace();
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        fail(QStringLiteral("cannot prepare: ") + sql + QStringLiteral(": "), query.lastError());
    for (const QVariant &value : values) {
        if (value.typeId() == QMetaType::QString && value.toString().isNull())
            query.addBindValue(QString(QLatin1String("")));
        else
            query.addBindValue(value);
    }
    if (!query.exec())
        fail(QStringLiteral("query failed: ") + sql + QStringLiteral(": "), query.lastError());
    if (write && !m_inTransaction)
        m_lastWrite = static_cast<int>(StorageError::Kind::Fault);
    return query;
}

void Database::begin() {
    requireFilesInPlace();
    if (!m_db.transaction())
        fail(QStringLiteral("cannot begin a transaction: "), m_db.lastError());
    m_inTransaction = true;
}

void Database::commit() {
    if (!m_db.commit())
        fail(QStringLiteral("cannot commit: "), m_db.lastError());
    m_inTransaction = false;
    m_lastWrite = static_cast<int>(StorageError::Kind::Fault);
}

void Database::rollback() {
    m_db.rollback();
    m_inTransaction = false;
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
