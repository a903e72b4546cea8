#include "TestServer.h"

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#endif

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

namespace certtrack::test {

QDateTime TestServer::defaultNow() {
    return QDateTime(QDate(2026, 11, 2), QTime(9, 0), QTimeZone::utc());
}

TestServer::TestServer(Storage storage)
    : m_storage(storage) {}

TestServer::~TestServer() {
    stop();
    if (!m_postgresDatabase.isEmpty())
        postgresAdmin(
            QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_postgresDatabase));
}

QString TestServer::postgresServer() {
    return qEnvironmentVariable("CERTTRACK_TEST_POSTGRES");
}

bool TestServer::postgresAdmin(const QString &sql) {
    QProcess psql;
    psql.setProcessChannelMode(QProcess::MergedChannels);
    psql.start(QStringLiteral("psql"),
               {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-v"),
                QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-d"),
                postgresServer() + QStringLiteral("postgres"), QStringLiteral("-c"), sql});
    if (!psql.waitForFinished(60000) || psql.exitStatus() != QProcess::NormalExit ||
        psql.exitCode() != 0) {
        m_error = QStringLiteral("psql %1: %2 %3")
                      .arg(sql, psql.errorString(), QString::fromUtf8(psql.readAll()));
        return false;
    }
    return true;
}

QString TestServer::executable() {
    return QStringLiteral(CERTTRACKD_PATH);
}

QUrl TestServer::apiUrl(const QString &path) const {
    QUrl url = m_baseUrl;
    url.setPath(QStringLiteral("/api/v1/") + path);
    return url;
}

QString TestServer::caFile() const {
    return m_sharedTlsDir.isEmpty() ? m_dir.filePath(QStringLiteral("tls/ca.pem"))
                                    : QDir(m_sharedTlsDir).filePath(QStringLiteral("ca.pem"));
}

QString TestServer::databasePath() const {
    if (!m_sharedDatabase.isEmpty())
        return m_sharedDatabase;
    if (usesPostgres())
        return postgresServer() + m_postgresDatabase;
    return m_dir.filePath(QStringLiteral("certtrack.sqlite"));
}

QSqlDatabase TestServer::openDatabase(const QString &connectionName) const {
    if (usesPostgres() || m_sharedDatabase.startsWith(QLatin1String("postgres"))) {
        const QUrl url(databasePath());
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
        db.setHostName(url.host());
        db.setPort(url.port());
        db.setUserName(url.userName());
        db.setDatabaseName(url.path().mid(1));
        return db;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
    db.setDatabaseName(databasePath());
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    return db;
}

bool TestServer::execute(const QString &sql, const QVariantList &values) const {
    const QString name = QStringLiteral("test-server-execute");
    bool ok = false;
    {
        QSqlDatabase db = openDatabase(name);
        if (db.open()) {
            QSqlQuery query(db);
            query.prepare(sql);
            for (const QVariant &value : values)
                query.addBindValue(value);
            ok = query.exec();
            if (!ok)
                qWarning() << query.lastError().text();
        } else {
            qWarning() << db.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

QString TestServer::outboxDir() const {
    return m_sharedOutbox.isEmpty() ? m_dir.filePath(QStringLiteral("outbox")) : m_sharedOutbox;
}

bool TestServer::isRunning() const {
    return m_process && m_process->state() == QProcess::Running;
}

qint64 TestServer::processId() const {
    return isRunning() ? m_process->processId() : 0;
}

bool TestServer::start(const QDateTime &now, const QString &seed,
                       const QStringList &extraArguments) {
    m_seed = seed;
    m_extraArguments = extraArguments;
    stop();
    m_error.clear();
    m_output.clear();
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("no temporary directory");
        return false;
    }
    if (!makeDatabase())
        return false;
    // Once a port is known, keep it across restarts so clients keep their URL.
    const QString listen = QStringLiteral("127.0.0.1:%1").arg(m_port);
    QStringList arguments{QStringLiteral("--listen"),
                          listen,
                          QStringLiteral("--database"),
                          databasePath(),
                          QStringLiteral("--self-signed"),
                          m_sharedTlsDir.isEmpty() ? m_dir.filePath(QStringLiteral("tls"))
                                                   : m_sharedTlsDir,
                          QStringLiteral("--outbox"),
                          outboxDir(),
                          QStringLiteral("--now"),
                          now.toUTC().toString(Qt::ISODate)};
    if (!seed.isEmpty())
        arguments << QStringLiteral("--seed") << seed;
    arguments << extraArguments;

    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::SeparateChannels);
#ifdef Q_OS_LINUX
    // A test that crashes takes its server with it, rather than leaving it running.
    m_process->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
#endif
    m_process->start(executable(), arguments);
    if (!m_process->waitForStarted(10000)) {
        m_error = QStringLiteral("certtrackd did not start: ") + m_process->errorString();
        return false;
    }
    static const QRegularExpression ready(
        QStringLiteral("^certtrackd listening on (https://[^\\s]+)$"));
    QDeadlineTimer deadline(20000);
    QByteArray buffer;
    while (!deadline.hasExpired()) {
        if (!m_process->waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime())))) {
            if (m_process->state() != QProcess::Running)
                break;
            continue;
        }
        buffer += m_process->readAllStandardOutput();
        const QStringList lines = QString::fromUtf8(buffer).split(QLatin1Char('\n'));
        for (const QString &line : lines) {
            const auto match = ready.match(line.trimmed());
            if (match.hasMatch()) {
                m_baseUrl = QUrl(match.captured(1));
                m_port = quint16(m_baseUrl.port());
                m_output = QString::fromUtf8(buffer);
                return true;
            }
        }
    }
    m_output = QString::fromUtf8(buffer + m_process->readAllStandardError());
    m_error = QStringLiteral("certtrackd did not report that it listens: ") + m_output;
    return false;
}

bool TestServer::makeDatabase() {
    if (!usesPostgres() || !m_postgresDatabase.isEmpty() || !m_sharedDatabase.isEmpty())
        return true;
    static int made = 0;
    const QString name =
        QStringLiteral("certtrack_test_%1_%2").arg(QCoreApplication::applicationPid()).arg(++made);
    if (!postgresAdmin(
            QStringLiteral("CREATE DATABASE %1 ENCODING 'UTF8' TEMPLATE template0").arg(name)))
        return false;
    m_postgresDatabase = name;
    return true;
}

bool TestServer::startBeside(const TestServer &first, const QDateTime &now,
                             const QStringList &extraArguments) {
    m_sharedDatabase = first.databasePath();
    m_sharedTlsDir = QFileInfo(first.caFile()).absolutePath();
    m_sharedOutbox = first.outboxDir();
    // The first server seeded the database already; this one only serves it.
    return start(now, QString(), extraArguments);
}

bool TestServer::restart(const QDateTime &now) {
    return start(now, m_seed, m_extraArguments);
}

void TestServer::stop() {
    if (!m_process)
        return;
    if (m_process->state() == QProcess::Running) {
        m_process->terminate();
        if (!m_process->waitForFinished(5000)) {
            m_process->kill();
            m_process->waitForFinished(5000);
        }
    }
    m_output += QString::fromUtf8(m_process->readAllStandardError());
    m_process.reset();
}

void TestServer::kill() {
    if (!m_process)
        return;
    m_process->kill();
    m_process->waitForFinished(5000);
    m_process.reset();
}

QStringList TestServer::mailsTo(const QString &to) const {
    QStringList found;
    const QDir outbox(outboxDir());
    for (const QString &name :
         outbox.entryList({QStringLiteral("*.eml")}, QDir::Files, QDir::Name)) {
        QFile file(outbox.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QString text = QString::fromUtf8(file.readAll());
        if (text.contains(QStringLiteral("\r\nTo: ") + to + QStringLiteral("\r\n")))
            found.append(text);
    }
    return found;
}

} // namespace certtrack::test
