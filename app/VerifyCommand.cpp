#include "app/VerifyCommand.h"

#include "app/VerifyOptions.h"
#include "client/AccountController.h"
#include "client/AppSettings.h"
#include "client/LocalCache.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>

#include <cstdio>

namespace certtrack::app {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("VerifyCommand", text);
}

void printError(const QString &message) {
    std::fprintf(stderr, "certtrack verify: %s\n", message.toLocal8Bit().constData());
}

} // namespace

int VerifyCommand::exitCodeFor(verification::Verdict::Outcome outcome) {
    switch (outcome) {
    case verification::Verdict::Outcome::Valid:
        return Valid;
    case verification::Verdict::Outcome::NotValid:
    case verification::Verdict::Outcome::Expired:
    case verification::Verdict::Outcome::Revoked:
        return NotValid;
    case verification::Verdict::Outcome::CannotCheck:
        break;
    }
    return CannotCheck;
}

bool VerifyCommand::verifierOptions(const VerifyOptions &options,
                                    verification::CredentialVerifier::Options *verifier,
                                    QString *error) {
    verifier->offline = options.offline;
    verifier->caFile = options.caFile;
    if (options.loginId.isEmpty())
        return true;
    client::ServerEndpoint wanted;
    wanted.baseUrl = options.serverUrl;
    QList<client::ServerEndpoint> found;
    for (const client::RememberedAccount &account : client::AppSettings().rememberedAccounts()) {
        if (account.loginId == options.loginId &&
            (options.serverUrl.isEmpty() || account.endpoint.key() == wanted.key()))
            found.append(account.endpoint);
    }
    if (found.size() != 1) {
        *error = found.isEmpty()
                     ? tr("no local copy of %1: remember the account (in CertTrack, or with "
                          "certtrack certificate --remember) so its server's keys are cached.")
                           .arg(options.loginId)
                     : tr("%1 is remembered on several servers: choose one with --server.")
                           .arg(options.loginId);
        return false;
    }
    const client::ServerEndpoint endpoint = found.constFirst();
    if (verifier->caFile.isEmpty())
        verifier->caFile = endpoint.caFile;
    const QString path = client::LocalCache::filePathFor(endpoint, options.loginId);
    client::LocalCache cache;
    QString openError;
    if (!QFileInfo::exists(path) || !cache.openFile(path, &openError)) {
        *error = tr("no local copy of %1 on %2.").arg(options.loginId, endpoint.baseUrl.toString());
        return false;
    }
    verifier->ours = client::AccountController::issuerSnapshotOf(cache);
    cache.close();
    return true;
}

int VerifyCommand::run(int argc, char *argv[]) {
    // Scripts read stderr for what went wrong: progress chatter stays off unless asked for.
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral(
            "certtrack.*.info=false\ncerttrack.*.debug=false\ncerttrack.keychain.warning=false"));
    QCoreApplication application(argc, argv);
    QCoreApplication::setOrganizationName(client::AppSettings::organizationName());
    QCoreApplication::setApplicationName(client::AppSettings::applicationName());

    QStringList arguments = QCoreApplication::arguments();
    arguments.removeAt(1); // "verify"
    const VerifyOptionsParse parsed = parseVerifyOptions(arguments);
    if (parsed.outcome == VerifyOptionsParse::Outcome::Help) {
        std::fprintf(stdout, "%s", parsed.message.toLocal8Bit().constData());
        return Valid;
    }
    if (parsed.outcome == VerifyOptionsParse::Outcome::Error) {
        printError(parsed.message + QLatin1Char(' ') + tr("(see certtrack verify --help)"));
        return UsageError;
    }
    QFile file(parsed.options.file);
    if (file.size() > verification::CredentialVerifier::kMaxInputBytes) {
        printError(tr("%1 is too large to be a credential.").arg(parsed.options.file));
        return NotValid;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        printError(tr("%1 cannot be read: %2").arg(parsed.options.file, file.errorString()));
        return UsageError;
    }
    const QByteArray bytes = file.readAll();
    file.close();

    verification::CredentialVerifier::Options verifierOptions;
    QString error;
    if (!VerifyCommand::verifierOptions(parsed.options, &verifierOptions, &error)) {
        printError(error);
        return CannotCheck;
    }
    verification::CredentialVerifier verifier(verifierOptions);
    int exitCode = CannotCheck;
    QObject::connect(&verifier, &verification::CredentialVerifier::finished, &application,
                     [&exitCode](const verification::Verdict &verdict) {
                         for (const QString &line : verdict.describe())
                             std::fprintf(stdout, "%s\n", line.toLocal8Bit().constData());
                         std::fflush(stdout);
                         exitCode = exitCodeFor(verdict.outcome);
                         QCoreApplication::exit(exitCode);
                     });
    verifier.verify(bytes);
    application.exec();
    return exitCode;
}

} // namespace certtrack::app
