#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QUrl>
#include <QVariantList>

#include <QList>

#include <atomic>
#include <memory>
#include <optional>
#include <stdexcept>
#include <type_traits>

class QSqlError;
class QSqlQuery;

namespace certtrack::server {

// A storage fault the request cannot recover from (the database is gone, a query is wrong).
// `kind` tells a fault of the storage under the database, which the operator fixes and a client
// may retry after (answered 503), from any other (a bug or bad data, answered 500).
class StorageError : public std::runtime_error {
public:
    enum class Kind {
        Fault,    // a query is wrong, a row is missing, data does not decode
        Full,     // the filesystem (or a size limit) has no room: SQLITE_FULL
        ReadOnly, // the file or its filesystem cannot be written (remounted read-only)
        Gone,     // the file, its -wal or -shm was removed or replaced while open
        Failing,  // an I/O error on a filesystem that is still writable
    };
    explicit StorageError(const std::string &what, Kind kind = Kind::Fault)
        : std::runtime_error(what)
        , m_kind(kind) {}
    explicit StorageError(const char *what, Kind kind = Kind::Fault)
        : std::runtime_error(what)
        , m_kind(kind) {}
    Kind kind() const { return m_kind; }
    // Full, ReadOnly, Gone or Failing: nothing is wrong with the request.
    bool isStorageFault() const { return m_kind != Kind::Fault; }

private:
    Kind m_kind;
};

// The SQL a database speaks. The stores write SQL both accept (the subset where SQLite and
// PostgreSQL agree); Migrations.cpp says how the schema's few differences are translated.
enum class Dialect { Sqlite, Postgres };

// Where a database is, as given to --database: an SQLite file's path, or a
// postgresql://[user[:password]@]host[:port]/name[?libpq-option=value&...] URL. Anything else
// that looks like a URL ("mysql://...", "postgresql:name") is refused rather than taken as a
// file name.
struct DatabaseLocation {
    Dialect dialect = Dialect::Sqlite;
    QString path; // SQLite
    QUrl url;     // PostgreSQL

    // nullopt with a message in `error` when `text` is neither.
    static std::optional<DatabaseLocation> parse(const QString &text, QString *error);
    // For messages and logs: the path, or the URL without its password.
    QString display() const;
};

// The one connection every feature's SQL store works through: plain SQL with bound values, and
// transactions. Opening it brings the schema up to date (core/Migrations.h). One Database per
// thread; faults throw StorageError.
class Database {
public:
    // Opens an SQLite file or a PostgreSQL database, as `location` says, and migrates it.
    static std::unique_ptr<Database> open(const DatabaseLocation &location, QString *error);
    // Opens (creating if needed) an SQLite file in WAL mode and migrates it.
    static std::unique_ptr<Database> openSqlite(const QString &path, QString *error);
    // Connects to an existing PostgreSQL database (the database itself is the administrator's to
    // create, in UTF-8) and migrates it; several processes may do so at once.
    static std::unique_ptr<Database> openPostgres(const QUrl &url, QString *error);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Prepares, binds `values` in order and executes; a null QString binds as '' (SQL NULL only
    // where a QVariant() is passed).
    QSqlQuery run(const QString &sql, const QVariantList &values = {});

    // Runs `work` in one transaction: committed when it returns, rolled back when it throws.
    template <typename Work> auto transaction(Work &&work) -> decltype(work()) {
        begin();
        try {
            if constexpr (std::is_void_v<decltype(work())>) {
                work();
                commit();
            } else {
                auto result = work();
                commit();
                return result;
            }
        } catch (...) {
            rollback();
            throw;
        }
    }
    void begin();
    void commit();
    void rollback();

    int schemaVersion();
    Dialect dialect() const { return m_dialect; }
    // The expression that orders a table's rows as they were inserted, to break ties between
    // rows of one instant: SQLite's rowid, PostgreSQL's identity column `seq` (added to the
    // tables that need it when the schema is translated).
    QString insertionOrder() const;

    // How the storage stands, for /healthz: Fault when the last write succeeded and the files are
    // in place, else the kind of the last write's failure (or Gone when a file has been removed
    // or replaced since opening, checked now).
    StorageError::Kind health() const;

private:
    struct FileIdentity {
        QString path;
        quint64 device = 0;
        quint64 inode = 0;
    };

    Database(QSqlDatabase database, QString connectionName, Dialect dialect);
    void migrate();
    // PostgreSQL: after the connection to the server was lost, connects again (once per
    // statement), so one failed request is answered 503 and the next is served.
    void reconnectIfLost();
    void rememberFiles(const QString &path);
    // Throws StorageError Gone when a file SQLite holds open no longer is at its path: writes
    // would go into an unlinked file and vanish when the process ends.
    void requireFilesInPlace() const;
    QString filesMissing() const;
    // PostgreSQL: `sql` with each ? outside quotes replaced by its value as an escaped literal.
    QString withLiterals(const QString &sql, const QVariantList &values) const;
    [[noreturn]] void fail(const QString &what, const QSqlError &error);

    QSqlDatabase m_db;
    QString m_connectionName;
    Dialect m_dialect = Dialect::Sqlite;
    bool m_connectionLost = false;
    QString m_path;
    QList<FileIdentity> m_files;
    bool m_inTransaction = false;
    mutable std::atomic<int> m_lastWrite{static_cast<int>(StorageError::Kind::Fault)};
};

} // namespace certtrack::server
