#include "app/VerifyOptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>

namespace certtrack::app {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("VerifyCommand", text);
}

} // namespace

VerifyOptionsParse parseVerifyOptions(const QStringList &arguments) {
    VerifyOptionsParse result;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Checks an Open Badges credential (a baked PNG or SVG, credential JSON or a VC-JWT) "
           "without opening a window.\n"
           "A credential of the account's own server is checked against the keys and revocation "
           "list cached at its last sync; another issuer's is checked over the network.\n"
           "Exit status: 0 valid, 1 not valid (forged, altered, expired or revoked), 2 wrong "
           "usage, 3 cannot be checked here."));
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                  tr("Show this help."));
    const QCommandLineOption login(
        QStringLiteral("login"),
        tr("A remembered account whose server's cached keys check its own credentials offline."),
        QStringLiteral("LOGIN"));
    const QCommandLineOption server(QStringLiteral("server"),
                                    tr("The server (https://host:port) the login is remembered "
                                       "on, when it is remembered on several."),
                                    QStringLiteral("URL"));
    const QCommandLineOption caFile(QStringLiteral("ca-file"),
                                    tr("Also trust this CA certificate (PEM) when fetching."),
                                    QStringLiteral("PATH"));
    const QCommandLineOption offline(QStringLiteral("offline"),
                                     tr("Use no network: only what is cached is used."));
    parser.addOptions({help, login, server, caFile, offline});
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The credential file."));

    if (!parser.parse(arguments)) {
        result.message = parser.errorText();
        return result;
    }
    if (parser.isSet(help)) {
        result.outcome = VerifyOptionsParse::Outcome::Help;
        result.message = parser.helpText();
        return result;
    }
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1) {
        result.message = files.isEmpty() ? tr("give the credential file to check.")
                                         : tr("give one file at a time.");
        return result;
    }
    VerifyOptions &options = result.options;
    options.file = files.constFirst();
    options.loginId = parser.value(login).trimmed();
    options.caFile = parser.value(caFile);
    options.offline = parser.isSet(offline);
    if (parser.isSet(server)) {
        options.serverUrl = QUrl::fromUserInput(parser.value(server));
        if (!options.serverUrl.isValid() || options.serverUrl.scheme() != QLatin1String("https")) {
            result.message = tr("--server needs an https:// address.");
            return result;
        }
    }
    if (!options.caFile.isEmpty() && !QFileInfo::exists(options.caFile)) {
        result.message = tr("the CA file %1 does not exist.").arg(options.caFile);
        return result;
    }
    if (!QFileInfo(options.file).isFile()) {
        result.message = tr("there is no file %1.").arg(options.file);
        return result;
    }
    result.outcome = VerifyOptionsParse::Outcome::Run;
    return result;
}

} // namespace certtrack::app
