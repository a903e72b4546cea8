#include "server/core/Database.h"

#include "server/core/Logging.h"
#include "server/core/Migrations.h"

#include <QAtomicInt>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlField>
#include <QSqlQuery>
#include <QUrlQuery>

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

// A value as both drivers bind it. QPSQL writes a bool as TRUE, which PostgreSQL will not take
// for the integer columns flags are kept in (SQLite keeps 1 and 0 alike).
QVariant bindable(const QVariant &value) {
    if (value.typeId() == QMetaType::QString && value.toString().isNull())
        return QString(QLatin1String("")); // a null QString binds as '', not NULL
    if (value.typeId() == QMetaType::Bool)
        return value.toBool() ? 1 : 0;
    return value;
}

// PostgreSQL's SQLSTATE (QPSQL's native code of an error) as a storage fault kind; Fault for the
// errors a request or a bug makes.
StorageError::Kind postgresKind(const QSqlError &error) {
    const QString state = error.nativeErrorCode();
    if (state.startsWith(QLatin1String("53"))) // insufficient resources: disk full, out of memory
        return StorageError::Kind::Full;
    if (state == QLatin1String("25006")) // read-only transaction (a standby, or set so)
        return StorageError::Kind::ReadOnly;
    // Connection exceptions, the server shutting down or restarting; no code at all when the
    // connection dropped under the statement.
    if (state.startsWith(QLatin1String("08")) || state.startsWith(QLatin1String("57P")) ||
        (state.isEmpty() && error.type() != QSqlError::NoError))
        return StorageError::Kind::Failing;
    return StorageError::Kind::Fault;
}

// The name of the advisory lock certtrackd processes take while migrating one PostgreSQL
// database, so two starting at once do not both apply a step.
constexpr qint64 kMigrationLock = 0x4365727454726b; // "CertTrk"

} // namespace

std::optional<DatabaseLocation> DatabaseLocation::parse(const QString &text, QString *error) {
    DatabaseLocation location;
    static const QRegularExpression scheme(QStringLiteral("^([A-Za-z][A-Za-z0-9+.-]+):"));
    const QRegularExpressionMatch match = scheme.match(text);
    if (!match.hasMatch()) {
        location.path = text;
        return location;
    }
    const QString name = match.captured(1).toLower();
    if (name != QLatin1String("postgresql") && name != QLatin1String("postgres")) {
        *error = QStringLiteral("--database %1: neither a file path nor a postgresql:// URL (a "
                                "file whose name has a colon is given as ./%1)")
                     .arg(text);
        return std::nullopt;
    }
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || !text.mid(match.capturedLength()).startsWith(QLatin1String("//")) ||
        url.path().size() < 2 || url.path().mid(1).contains(QLatin1Char('/'))) {
        *error =
            QStringLiteral("--database: %1 is not a PostgreSQL URL of the form "
                           "postgresql://[user[:password]@]host[:port]/database[?option=value]")
                .arg(url.toString(QUrl::RemovePassword));
        return std::nullopt;
    }
    location.dialect = Dialect::Postgres;
    location.url = url;
    return location;
}

QString DatabaseLocation::display() const {
    return dialect == Dialect::Postgres ? url.toString(QUrl::RemovePassword) : path;
}

std::unique_ptr<Database> Database::open(const DatabaseLocation &location, QString *error) {
    return location.dialect == Dialect::Postgres ? openPostgres(location.url, error)
                                                 : openSqlite(location.path, error);
}

std::unique_ptr<Database> Database::openPostgres(const QUrl &url, QString *error) {
    static QAtomicInt counter;
    const QString where = url.toString(QUrl::RemovePassword);
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
        *error = QStringLiteral("cannot open %1: Qt's PostgreSQL driver (QPSQL; Debian's "
                                "libqt6sql6-psql) is not installed")
                     .arg(where);
        return nullptr;
    }
    const QString connectionName =
        QStringLiteral("certtrack-pg-%1").arg(counter.fetchAndAddRelaxed(1));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
    db.setHostName(url.host());
    if (url.port() > 0)
        db.setPort(url.port());
    db.setDatabaseName(url.path().mid(1));
    db.setUserName(url.userName());
    db.setPassword(url.password());
    // libpq's own options (sslmode, host=/run/postgresql for a socket, ...), as in its URLs.
    QStringList options{QStringLiteral("application_name=certtrackd")};
    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded))
        options.append(key + QLatin1Char('=') + value);
    db.setConnectOptions(options.join(QLatin1Char(';')));
    if (!db.open()) {
        *error =
            QStringLiteral("cannot connect to %1: %2").arg(where, db.lastError().text().trimmed());
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(connectionName);
        return nullptr;
    }
    std::unique_ptr<Database> database(new Database(db, connectionName, Dialect::Postgres));
    db = QSqlDatabase();
    try {
        database->run(QStringLiteral("SET client_min_messages TO warning"));
        QSqlQuery encoding = database->run(QStringLiteral("SHOW server_encoding"));
        if (!encoding.next() || encoding.value(0).toString() != QLatin1String("UTF8"))
            throw StorageError(QStringLiteral("the database's encoding is %1; certtrackd keeps "
                                              "its text in UTF8 (CREATE DATABASE ... ENCODING "
                                              "'UTF8' TEMPLATE template0)")
                                   .arg(encoding.value(0).toString())
                                   .toStdString());
        database->run(QStringLiteral("SELECT pg_advisory_lock(%1)").arg(kMigrationLock));
        try {
            database->migrate();
        } catch (...) {
            database->run(QStringLiteral("SELECT pg_advisory_unlock(%1)").arg(kMigrationLock));
            throw;
        }
        database->run(QStringLiteral("SELECT pg_advisory_unlock(%1)").arg(kMigrationLock));
    } catch (const StorageError &e) {
        *error = QStringLiteral("database %1: %2").arg(where, QString::fromStdString(e.what()));
        return nullptr;
    }
    return database;
}

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
    std::unique_ptr<Database> database(new Database(db, connectionName, Dialect::Sqlite));
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

Database::Database(QSqlDatabase database, QString connectionName, Dialect dialect)
    : m_db(std::move(database))
    , m_connectionName(std::move(connectionName))
    , m_dialect(dialect) {}

QString Database::insertionOrder() const {
    return m_dialect == Dialect::Postgres ? QStringLiteral("seq") : QStringLiteral("rowid");
}

void Database::reconnectIfLost() {
    if (!m_connectionLost || m_inTransaction)
        return;
    m_db.close();
    if (m_db.open()) {
        m_connectionLost = false;
        run(QStringLiteral("SET client_min_messages TO warning"));
    }
}

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
    if (m_dialect == Dialect::Postgres) {
        const Kind kind = postgresKind(error);
        if (kind == Kind::Failing)
            m_connectionLost = !m_db.isOpen() || m_db.isOpenError() ||
                               error.nativeErrorCode().isEmpty() ||
                               error.nativeErrorCode().startsWith(QLatin1String("08")) ||
                               error.nativeErrorCode().startsWith(QLatin1String("57P"));
        if (kind != Kind::Fault)
            m_lastWrite = static_cast<int>(kind);
        throw StorageError(QString(what + error.text()).toStdString(), kind);
    }
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

QString Database::withLiterals(const QString &sql, const QVariantList &values) const {
    QString out;
    out.reserve(sql.size() + 16 * values.size());
    qsizetype next = 0;
    QChar quote; // inside '...' or "..." while set
    for (qsizetype i = 0; i < sql.size(); ++i) {
        const QChar c = sql.at(i);
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar(); // a doubled quote closes and opens again
            out.append(c);
            continue;
        }
        if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            quote = c;
            out.append(c);
            continue;
        }
        if (c != QLatin1Char('?')) {
            out.append(c);
            continue;
        }
        if (next >= values.size())
            throw StorageError(
                QStringLiteral("more placeholders than values in: %1").arg(sql).toStdString());
        const QVariant value = bindable(values.at(next++));
        if (value.isNull()) {
            out.append(QLatin1String("NULL"));
        } else if (value.typeId() == QMetaType::QString ||
                   value.typeId() == QMetaType::QByteArray) {
            // libpq ends a statement's text at a NUL; PostgreSQL's text cannot hold one either.
            if (value.typeId() == QMetaType::QString && value.toString().contains(QChar(0)))
                throw StorageError("a text value holds a NUL character, which PostgreSQL cannot "
                                   "store");
            QSqlField field(QString(), value.metaType());
            field.setValue(value);
            out.append(m_db.driver()->formatValue(field));
        } else {
            // Numbers as quoted literals: of no type until the statement gives them one, as a
            // bound parameter is (a number compared with a TEXT column stays a string).
            out.append(QLatin1Char('\'') + value.toString() + QLatin1Char('\''));
        }
    }
    if (next != values.size())
        throw StorageError(
            QStringLiteral("fewer placeholders than values in: %1").arg(sql).toStdString());
    return out;
}

QSqlQuery Database::run(const QString &sql, const QVariantList &values) {
    const bool write = isWrite(sql);
    if (write && !m_inTransaction)
        requireFilesInPlace();
    reconnectIfLost();
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    // PostgreSQL: the values go into the statement's text as literals, escaped by libpq (QPSQL's
    // formatValue), as Qt's own emulated binding does. QPSQL's binding is PREPARE, EXECUTE and
    // DEALLOCATE, three round trips for every statement, whose DEALLOCATE fails (with a warning)
    // after an error in a transaction; PREPARE also refuses DDL and SET.
    if (m_dialect == Dialect::Postgres) {
        const QString statement = values.isEmpty() ? sql : withLiterals(sql, values);
        if (!query.exec(statement))
            fail(QStringLiteral("query failed: ") + sql + QStringLiteral(": "), query.lastError());
        if (write && !m_inTransaction)
            m_lastWrite = static_cast<int>(StorageError::Kind::Fault);
        return query;
    }
    if (!query.prepare(sql))
        fail(QStringLiteral("cannot prepare: ") + sql + QStringLiteral(": "), query.lastError());
    for (const QVariant &value : values)
        query.addBindValue(bindable(value));
    if (!query.exec())
        fail(QStringLiteral("query failed: ") + sql + QStringLiteral(": "), query.lastError());
    if (write && !m_inTransaction)
        m_lastWrite = static_cast<int>(StorageError::Kind::Fault);
    return query;
}

void Database::begin() {
    requireFilesInPlace();
    reconnectIfLost();
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
    const QList<Migration> &migrations =
        m_dialect == Dialect::Postgres ? postgresMigrations() : sqliteMigrations();
    const QString versionTable = QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version ("
                                                "version INTEGER NOT NULL, description TEXT NOT "
                                                "NULL, applied_at INTEGER NOT NULL)");
    run(m_dialect == Dialect::Postgres ? postgresStatement(versionTable) : versionTable);
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
