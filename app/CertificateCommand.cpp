#include "CertificateCommand.h"

#include "CertificateExporter.h"
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

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("CertificateCommand", text);
}

void printError(const QString &message) {
    std::fprintf(stderr, "certtrack certificate: %s\n", message.toLocal8Bit().constData());
}

void printLine(const QString &line) {
    std::fprintf(stdout, "%s\n", line.toLocal8Bit().constData());
}

// The password is the first line of standard input, so it never shows in a process list.
QString readPassword() {
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return {};
    QByteArray line = in.readLine();
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    return QString::fromUtf8(line);
}

int parse(const QStringList &arguments, CertificateCommand::Options *options) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Saves PDF certificates of a candidate's certifications without opening a window.\n"
           "From the local copy of a remembered account, or after signing in with "
           "--server and --password-stdin.\n"
           "Exit status: 0 written, 2 wrong usage, 3 no local copy of the account, 4 unknown or "
           "ineligible certification, 5 sign-in or sync failed, 6 the file could not be written."));
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                  tr("Show this help."));
    const QCommandLineOption login(QStringLiteral("login"), tr("The candidate's login id."),
                                   QStringLiteral("LOGIN"));
    const QCommandLineOption certification(QStringLiteral("certification"),
                                           tr("The certification, by acronym or id."),
                                           QStringLiteral("ACRONYM|ID"));
    const QCommandLineOption all(QStringLiteral("all"), tr("Every eligible certification."));
    const QCommandLineOption output(QStringLiteral("output"), tr("The PDF file to write."),
                                    QStringLiteral("FILE.pdf"));
    const QCommandLineOption outputDir(QStringLiteral("output-dir"),
                                       tr("Where --all writes ACRONYM-CODE.pdf files."),
                                       QStringLiteral("DIR"));
    const QCommandLineOption server(
        QStringLiteral("server"),
        tr("The server (https://host:port): picks among several remembered servers, or the one "
           "to sign in to."),
        QStringLiteral("URL"));
    const QCommandLineOption caFile(QStringLiteral("ca-file"),
                                    tr("Trust this CA certificate (PEM) for the server."),
                                    QStringLiteral("PATH"));
    const QCommandLineOption passwordStdin(
        QStringLiteral("password-stdin"),
        tr("Sign in with the password on standard input and sync before writing."));
    const QCommandLineOption remember(
        QStringLiteral("remember"),
        tr("Keep the synced copy on disk (and the sign-in in the keychain) for later offline "
           "use."));
    parser.addOptions({help, login, certification, all, output, outputDir, server, caFile,
                       passwordStdin, remember});

    if (!parser.parse(arguments)) {
        printError(parser.errorText());
        return CertificateCommand::UsageError;
    }
    if (parser.isSet(help)) {
        std::fprintf(stdout, "%s", parser.helpText().toLocal8Bit().constData());
        return -1;
    }
    auto usage = [](const QString &message) {
        printError(message + QLatin1Char(' ') + tr("(see certtrack certificate --help)"));
        return CertificateCommand::UsageError;
    };
    if (!parser.positionalArguments().isEmpty())
        return usage(tr("unexpected argument %1.").arg(parser.positionalArguments().constFirst()));
    options->loginId = parser.value(login).trimmed();
    if (options->loginId.isEmpty())
        return usage(tr("--login is required."));
    options->all = parser.isSet(all);
    options->certification = parser.value(certification).trimmed();
    if (options->all == !options->certification.isEmpty())
        return usage(tr("give either --certification or --all."));
    options->outputFile = parser.value(output);
    options->outputDirectory = parser.value(outputDir);
    if (!options->all && options->outputFile.isEmpty())
        return usage(tr("--certification needs --output FILE.pdf."));
    if (options->all && options->outputDirectory.isEmpty())
        return usage(tr("--all needs --output-dir DIR."));
    if (parser.isSet(server)) {
        options->serverUrl = QUrl::fromUserInput(parser.value(server));
        if (!options->serverUrl.isValid() || options->serverUrl.scheme() != QLatin1String("https"))
            return usage(tr("--server needs an https:// address."));
    }
    options->caFile = parser.value(caFile);
    options->passwordFromStdin = parser.isSet(passwordStdin);
    options->remember = parser.isSet(remember);
    if (options->passwordFromStdin && options->serverUrl.isEmpty())
        return usage(tr("--password-stdin needs --server."));
    if (options->remember && !options->passwordFromStdin)
        return usage(tr("--remember needs --password-stdin (it keeps what a sign-in fetched)."));
    if (options->remember && client::AppSettings::kioskForEveryone())
        return usage(tr("--remember is not available: this computer is in kiosk mode, where "
                        "nothing of a person is kept."));
    if (!options->caFile.isEmpty() && !QFileInfo::exists(options->caFile))
        return usage(tr("the CA file %1 does not exist.").arg(options->caFile));
    return CertificateCommand::Success;
}

} // namespace

int CertificateCommand::run(int argc, char *argv[]) {
    // Headless unless told otherwise: training-centre scripts have no display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Scripts read stderr for what went wrong: progress chatter stays off unless asked for, and
    // a missing keychain is reported once, in this command's own words.
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral(
            "certtrack.*.info=false\ncerttrack.*.debug=false\ncerttrack.keychain.warning=false"));
    QGuiApplication application(argc, argv);
    QGuiApplication::setOrganizationName(client::AppSettings::organizationName());
    QGuiApplication::setApplicationName(client::AppSettings::applicationName());

    QStringList arguments = QCoreApplication::arguments();
    arguments.removeAt(1); // "certificate"
    Options options;
    const int parsed = parse(arguments, &options);
    if (parsed < 0)
        return Success; // --help
    if (parsed != Success)
        return parsed;

    QString password;
    if (options.passwordFromStdin) {
        password = readPassword();
        if (password.isEmpty()) {
            printError(tr("no password on standard input."));
            return UsageError;
        }
    }
    CertificateCommand command(options, password);
    if (!options.passwordFromStdin)
        return command.exportFromCache();
    QObject::connect(&command, &CertificateCommand::finished, &application, &QCoreApplication::exit,
                     Qt::QueuedConnection);
    command.startOnline();
    return application.exec();
}

CertificateCommand::CertificateCommand(Options options, QString password, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_password(std::move(password)) {
    m_endpoint.baseUrl = m_options.serverUrl;
    m_endpoint.caFile = m_options.caFile;
}

CertificateCommand::~CertificateCommand() = default;

int CertificateCommand::exportAccount(const domain::AccountData &account,
                                      const client::ServerEndpoint &endpoint) {
    const CertificateExporter exporter(account, endpoint);
    const CertificateExporter::Result result =
        m_options.all ? exporter.exportAll(m_options.outputDirectory)
                      : exporter.exportOne(m_options.certification, m_options.outputFile);
    for (const QString &message : result.messages)
        printError(message);
    for (const QString &file : result.writtenFiles)
        printLine(file);
    switch (result.outcome) {
    case CertificateExporter::Outcome::Written:
        return Success;
    case CertificateExporter::Outcome::NotFound:
    case CertificateExporter::Outcome::NotEligible:
        return NoCertificate;
    case CertificateExporter::Outcome::WriteFailed:
        break;
    }
    return WriteFailed;
}

int CertificateCommand::exportFromCache() {
    QList<client::ServerEndpoint> candidates;
    QStringList servers;
    for (const client::RememberedAccount &account : client::AppSettings().rememberedAccounts()) {
        if (account.loginId != m_options.loginId)
            continue;
        if (!m_options.serverUrl.isEmpty() && account.endpoint.key() != m_endpoint.key())
            continue;
        candidates.append(account.endpoint);
        servers.append(account.endpoint.baseUrl.toString());
    }
    if (candidates.isEmpty()) {
        printError(
            m_options.serverUrl.isEmpty()
                ? tr("no local copy of %1: sign in once with --server URL --password-stdin "
                     "--remember (or remember the account in CertTrack).")
                      .arg(m_options.loginId)
                : tr("no local copy of %1 on %2: sign in once with --password-stdin --remember.")
                      .arg(m_options.loginId, m_options.serverUrl.toString()));
        return NoCachedData;
    }
    if (candidates.size() > 1) {
        printError(tr("%1 is remembered on several servers (%2): choose one with --server.")
                       .arg(m_options.loginId, servers.join(QStringLiteral(", "))));
        return UsageError;
    }
    const client::ServerEndpoint endpoint = candidates.constFirst();
    const QString path = client::LocalCache::filePathFor(endpoint, m_options.loginId);
    QString error;
    if (!QFileInfo::exists(path) || !m_cache.openFile(path, &error)) {
        printError(tr("no local copy of %1 on %2%3.")
                       .arg(m_options.loginId, endpoint.baseUrl.toString(),
                            error.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(error)));
        return NoCachedData;
    }
    const std::optional<domain::AccountData> account = m_cache.load(&error);
    m_cache.close();
    if (!account) {
        printError(
            error.isEmpty()
                ? tr("the local copy of %1 is empty: sync it first.").arg(m_options.loginId)
                : tr("the local copy of %1 cannot be read: %2").arg(m_options.loginId, error));
        return NoCachedData;
    }
    return exportAccount(*account, endpoint);
}

void CertificateCommand::startOnline() {
    QString error;
    const bool opened =
        m_options.remember
            ? m_cache.openFile(client::LocalCache::filePathFor(m_endpoint, m_options.loginId),
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
    connect(m_session, &client::Session::signedIn, this, &CertificateCommand::onSignedIn);
    connect(
        m_session, &client::Session::signInFailed, this, [this](const client::ApiError &failure) {
            printError(
                tr("sign-in to %1 failed: %2").arg(m_endpoint.baseUrl.toString(), failure.message));
            finishOnline(SignInFailed);
        });
    connect(m_sync, &client::SyncService::synced, this, &CertificateCommand::onSynced);
    connect(m_sync, &client::SyncService::failed, this, [this](const client::ApiError &failure) {
        m_sync->stop();
        printError(
            tr("sync with %1 failed: %2").arg(m_endpoint.baseUrl.toString(), failure.message));
        m_session->signOut();
        connect(m_session, &client::Session::signOutFinished, this,
                [this] { finishOnline(SignInFailed); });
    });
    m_session->signIn(m_options.loginId, m_password);
    m_password.fill(QLatin1Char('\0'));
    m_password.clear();
}

void CertificateCommand::onSignedIn() {
    m_sync->sync();
}

void CertificateCommand::onSynced(const domain::AccountData &data) {
    m_sync->stop();
    const int exitCode = exportAccount(data, m_endpoint);
    if (!m_options.remember) {
        // Nothing of this sign-in outlives the command: its token family is revoked.
        m_cache.remove();
        connect(m_session, &client::Session::signOutFinished, this,
                [this, exitCode] { finishOnline(exitCode); });
        m_session->signOut();
        return;
    }
    client::AppSettings().rememberAccount(
        {m_endpoint, m_options.loginId, data.profile.displayName()});
    m_credentials = new client::CredentialStore(true, this);
    m_credentials->writeRefreshToken(
        client::CredentialStore::keyFor(m_endpoint, m_options.loginId), m_session->refreshToken(),
        this, [this, exitCode](const QString &error) {
            if (!error.isEmpty())
                printError(tr("no keychain is available (%1): the local copy is kept, but the "
                              "next online use needs the password again.")
                               .arg(error));
            finishOnline(exitCode);
        });
}

void CertificateCommand::finishOnline(int exitCode) {
    if (m_finished)
        return;
    m_finished = true;
    if (m_sync)
        m_sync->stop();
    m_cache.close();
    emit finished(exitCode);
}

} // namespace certtrack::app
