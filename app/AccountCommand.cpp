#include "AccountCommand.h"

#include "client/ApiClient.h"
#include "client/AppSettings.h"
#include "client/CredentialStore.h"
#include "client/Session.h"
#include "client/SyncService.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLoggingCategory>

#include <cstdio>

namespace certtrack::app {

AccountCommand::SourceOptions::SourceOptions()
    : login(QStringLiteral("login"), tr("The candidate's login id."), QStringLiteral("LOGIN"))
    , server(QStringLiteral("server"),
             tr("The server (https://host:port): picks among several remembered servers, or the "
                "one to sign in to."),
             QStringLiteral("URL"))
    , caFile(QStringLiteral("ca-file"), tr("Trust this CA certificate (PEM) for the server."),
             QStringLiteral("PATH"))
    , passwordStdin(QStringLiteral("password-stdin"),
                    tr("Sign in with the password on standard input and sync before writing."))
    , remember(QStringLiteral("remember"),
               tr("Keep the synced copy on disk (and the sign-in in the keychain) for later "
                  "offline use.")) {}

void AccountCommand::SourceOptions::addTo(QCommandLineParser *parser) const {
    parser->addOptions({login, server, caFile, passwordStdin, remember});
}

int AccountCommand::SourceOptions::read(const QCommandLineParser &parser,
                                        const QString &commandName, Source *source) const {
    auto usage = [&commandName](const QString &message) {
        printError(commandName,
                   message + QLatin1Char(' ') + tr("(see certtrack %1 --help)").arg(commandName));
        return UsageError;
    };
    source->loginId = parser.value(login).trimmed();
    if (source->loginId.isEmpty())
        return usage(tr("--login is required."));
    if (parser.isSet(server)) {
        source->serverUrl = QUrl::fromUserInput(parser.value(server));
        if (!source->serverUrl.isValid() || source->serverUrl.scheme() != QLatin1String("https"))
            return usage(tr("--server needs an https:// address."));
    }
    source->caFile = parser.value(caFile);
    source->passwordFromStdin = parser.isSet(passwordStdin);
    source->remember = parser.isSet(remember);
    if (source->passwordFromStdin && source->serverUrl.isEmpty())
        return usage(tr("--password-stdin needs --server."));
    if (source->remember && !source->passwordFromStdin)
        return usage(tr("--remember needs --password-stdin (it keeps what a sign-in fetched)."));
    if (source->remember && client::AppSettings::kioskForEveryone())
        return usage(tr("--remember is not available: this computer is in kiosk mode, where "
                        "nothing of a person is kept."));
    if (!source->caFile.isEmpty() && !QFileInfo::exists(source->caFile))
        return usage(tr("the CA file %1 does not exist.").arg(source->caFile));
    return Success;
}

void AccountCommand::printError(const QString &commandName, const QString &message) {
    std::fprintf(stderr, "certtrack %s: %s\n", commandName.toLocal8Bit().constData(),
                 message.toLocal8Bit().constData());
}

void AccountCommand::printLine(const QString &line) {
    std::fprintf(stdout, "%s\n", line.toLocal8Bit().constData());
}

QString AccountCommand::readPassword() {
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return {};
    QByteArray line = in.readLine();
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    return QString::fromUtf8(line);
}

void AccountCommand::prepareHeadless() {
    // Headless unless told otherwise: training-centre scripts have no display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Scripts read stderr for what went wrong: progress chatter stays off unless asked for, and
    // a missing keychain is reported once, in this command's own words.
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral(
            "certtrack.*.info=false\ncerttrack.*.debug=false\ncerttrack.keychain.warning=false"));
}

int AccountCommand::execute(AccountCommand *command, bool online) {
    if (!online)
        return command->exportFromCache();
    QObject::connect(command, &AccountCommand::finished, QCoreApplication::instance(),
                     &QCoreApplication::exit, Qt::QueuedConnection);
    command->startOnline();
    return QCoreApplication::exec();
}

AccountCommand::AccountCommand(QString commandName, Source source, QString password,
                               QObject *parent)
    : QObject(parent)
    , m_commandName(std::move(commandName))
    , m_source(std::move(source))
    , m_password(std::move(password)) {
    m_endpoint.baseUrl = m_source.serverUrl;
    m_endpoint.caFile = m_source.caFile;
}

AccountCommand::~AccountCommand() = default;

int AccountCommand::exportFromCache() {
    QList<client::ServerEndpoint> candidates;
    QStringList servers;
    for (const client::RememberedAccount &account : client::AppSettings().rememberedAccounts()) {
        if (account.loginId != m_source.loginId)
            continue;
        if (!m_source.serverUrl.isEmpty() && account.endpoint.key() != m_endpoint.key())
            continue;
        candidates.append(account.endpoint);
        servers.append(account.endpoint.baseUrl.toString());
    }
    if (candidates.isEmpty()) {
        printError(
            m_source.serverUrl.isEmpty()
                ? tr("no local copy of %1: sign in once with --server URL --password-stdin "
                     "--remember (or remember the account in CertTrack).")
                      .arg(m_source.loginId)
                : tr("no local copy of %1 on %2: sign in once with --password-stdin --remember.")
                      .arg(m_source.loginId, m_source.serverUrl.toString()));
        return NoCachedData;
    }
    if (candidates.size() > 1) {
        printError(tr("%1 is remembered on several servers (%2): choose one with --server.")
                       .arg(m_source.loginId, servers.join(QStringLiteral(", "))));
        return UsageError;
    }
    const client::ServerEndpoint endpoint = candidates.constFirst();
    const QString path = client::LocalCache::filePathFor(endpoint, m_source.loginId);
    QString error;
    if (!QFileInfo::exists(path) || !m_cache.openFile(path, &error)) {
        printError(tr("no local copy of %1 on %2%3.")
                       .arg(m_source.loginId, endpoint.baseUrl.toString(),
                            error.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(error)));
        return NoCachedData;
    }
    const std::optional<domain::AccountData> account = m_cache.load(&error);
    m_cache.close();
    if (!account) {
        printError(
            error.isEmpty()
                ? tr("the local copy of %1 is empty: sync it first.").arg(m_source.loginId)
                : tr("the local copy of %1 cannot be read: %2").arg(m_source.loginId, error));
        return NoCachedData;
    }
    return exportAccount(*account, endpoint);
}

void AccountCommand::startOnline() {
    QString error;
    const bool opened =
        m_source.remember
            ? m_cache.openFile(client::LocalCache::filePathFor(m_endpoint, m_source.loginId),
                               &error)
            : m_cache.openInMemory(&error);
    if (!opened) {
        printError(tr("no local copy can be kept: %1").arg(error));
        finishOnline(NoCachedData);
        return;
    }
    m_api = new client::ApiClient(m_endpoint, this);
    m_session = new client::Session(m_api, this);
    m_sync = new client::SyncService(m_session, &m_cache, this);
    connect(m_session, &client::Session::signedIn, this, &AccountCommand::onSignedIn);
    connect(
        m_session, &client::Session::signInFailed, this, [this](const client::ApiError &failure) {
            printError(
                tr("sign-in to %1 failed: %2").arg(m_endpoint.baseUrl.toString(), failure.message));
            finishOnline(SignInFailed);
        });
    connect(m_sync, &client::SyncService::synced, this, &AccountCommand::onSynced);
    connect(m_sync, &client::SyncService::notStored, this, [this](const QString &message) {
        printError(message);
        m_notStored = true;
    });
    connect(m_sync, &client::SyncService::failed, this, [this](const client::ApiError &failure) {
        m_sync->stop();
        printError(
            tr("sync with %1 failed: %2").arg(m_endpoint.baseUrl.toString(), failure.message));
        m_session->signOut();
        connect(m_session, &client::Session::signOutFinished, this,
                [this] { finishOnline(SignInFailed); });
    });
    m_session->signIn(m_source.loginId, m_password);
    m_password.fill(QLatin1Char('\0'));
    m_password.clear();
}

void AccountCommand::onSignedIn() {
    m_sync->sync();
}

void AccountCommand::onSynced(const domain::AccountData &data) {
    m_sync->stop();
    int exitCode = exportAccount(data, m_endpoint);
    if (exitCode == Success && m_notStored)
        exitCode = NotStored;
    if (!m_source.remember) {
        // Nothing of this sign-in outlives the command: its token family is revoked.
        m_cache.remove();
        connect(m_session, &client::Session::signOutFinished, this,
                [this, exitCode] { finishOnline(exitCode); });
        m_session->signOut();
        return;
    }
    client::AppSettings().rememberAccount(
        {m_endpoint, m_source.loginId, data.profile.displayName()});
    m_credentials = new client::CredentialStore(true, this);
    m_credentials->writeRefreshToken(
        client::CredentialStore::keyFor(m_endpoint, m_source.loginId), m_session->refreshToken(),
        this, [this, exitCode](const QString &error) {
            if (!error.isEmpty())
                printError(tr("no keychain is available (%1): the local copy is kept, but the "
                              "next online use needs the password again.")
                               .arg(error));
            finishOnline(exitCode);
        });
}

void AccountCommand::finishOnline(int exitCode) {
    if (m_finished)
        return;
    m_finished = true;
    if (m_sync)
        m_sync->stop();
    m_cache.close();
    emit finished(exitCode);
}

} // namespace certtrack::app
