#pragma once

#include <QDateTime>
#include <QProcess>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>
#include <QVariantList>

#include <memory>

namespace certtrack::test {

// A real certtrackd on 127.0.0.1 with its own temporary database, a certificate made for this
// run (--self-signed), an outbox folder and a settable clock. Restarting keeps the database, so a
// test moves time forward with restart(laterInstant).
//
// The database is an SQLite file, or, when CERTTRACK_TEST_POSTGRES names a PostgreSQL server
// (tests/tools/with-postgres.sh sets it), a database of its own made on that server at the first
// start and dropped with the TestServer.
class TestServer {
public:
    // Default clock for tests: a fixed instant so seed-relative dates are predictable.
    static QDateTime defaultNow();

    // Sqlite: an SQLite file even when the tests run on PostgreSQL (the source of a migration).
    enum class Storage { AsTheRunSays, Sqlite };

    explicit TestServer(Storage storage = Storage::AsTheRunSays);
    ~TestServer();
    TestServer(const TestServer &) = delete;
    TestServer &operator=(const TestServer &) = delete;

    // Starts with --seed demo (unless seed is empty); returns false and fills error() on failure.
    bool start(const QDateTime &now = defaultNow(), const QString &seed = QStringLiteral("demo"),
               const QStringList &extraArguments = {});
    // A second certtrackd process serving `first`'s database, with its certificate (so clients
    // trust both) and outbox, on a port of its own: what several processes behind a proxy are.
    // `first` must be started and outlive this one. Only PostgreSQL takes a second process.
    bool startBeside(const TestServer &first, const QDateTime &now = defaultNow(),
                     const QStringList &extraArguments = {});
    bool restart(const QDateTime &now);
    void stop();
    // SIGKILL, for tests of a server dying mid-response.
    void kill();
    bool isRunning() const;
    // The server's process id while it runs (0 otherwise), to signal it or read /proc.
    qint64 processId() const;

    QUrl baseUrl() const { return m_baseUrl; } // https://127.0.0.1:PORT
    QUrl apiUrl(const QString &path) const;    // baseUrl + /api/v1/ + path
    QString caFile() const;                    // the CA that signed the server certificate
    // What --database is given: the SQLite file's path or the PostgreSQL database's URL.
    QString databasePath() const;
    bool usesPostgres() const { return m_storage == Storage::AsTheRunSays && usesPostgresServer(); }
    static bool usesPostgresServer() { return !postgresServer().isEmpty(); }
    // CERTTRACK_TEST_POSTGRES: postgresql://USER@HOST:PORT/ (empty when the tests use SQLite).
    static QString postgresServer();
    // Runs `sql` on the PostgreSQL server's maintenance database through psql; false (with
    // error()) when it fails.
    bool postgresAdmin(const QString &sql);
    // PostgreSQL: makes this server's (empty) database now, as start() would; true on SQLite.
    bool makeDatabase();
    // Runs one statement on this server's own database (its SQLite file or its PostgreSQL
    // database), beside the running server: how a test makes data no API makes. False (with a
    // warning) when it fails.
    bool execute(const QString &sql, const QVariantList &values = {}) const;
    // A connection to that database under `connectionName`, not yet open; the caller removes it.
    QSqlDatabase openDatabase(const QString &connectionName) const;
    QString outboxDir() const;
    // The messages in the outbox addressed to `to`, oldest first, each as its whole text.
    QStringList mailsTo(const QString &to) const;
    QString dataDir() const { return m_dir.path(); }
    QString error() const { return m_error; }
    QString serverOutput() const { return m_output; }
    static QString executable();

private:
    Storage m_storage = Storage::AsTheRunSays;
    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_process;
    QUrl m_baseUrl;
    QString m_error;
    QString m_output;
    QString m_seed;
    QStringList m_extraArguments;
    quint16 m_port = 0;
    QString m_postgresDatabase; // made at the first start when usesPostgres()
    // startBeside(): the first server's database, certificate folder and outbox.
    QString m_sharedDatabase;
    QString m_sharedTlsDir;
    QString m_sharedOutbox;
};

} // namespace certtrack::test
