#include "app/ClientOptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace certtrack::app {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("main", text);
}

ClientOptionsParse failure(const QString &message) {
    ClientOptionsParse result;
    result.outcome = ClientOptionsParse::Outcome::Error;
    result.message = message;
    return result;
}

// The options QGuiApplication and QApplication take for themselves (-platform, -style, …):
// accepted here, hidden from the help, and left in argv for the application object to read.
QList<QCommandLineOption> qtOwnOptions() {
    QList<QCommandLineOption> options;
    for (const char *name : {"platform", "platformpluginpath", "platformtheme", "plugin",
                             "qmljsdebugger", "qwindowgeometry", "qwindowicon", "qwindowtitle",
                             "session", "display", "geometry", "style", "stylesheet"}) {
        options.append(
            QCommandLineOption(QString::fromLatin1(name), QString(), QStringLiteral("value")));
    }
    for (const char *name : {"reverse", "widgetcount", "nograb", "dograb", "sync"})
        options.append(QCommandLineOption(QString::fromLatin1(name)));
    for (QCommandLineOption &option : options)
        option.setFlags(QCommandLineOption::HiddenFromHelp);
    return options;
}

} // namespace

ClientOptionsParse parseClientOptions(const QStringList &arguments, const LaunchOptions &defaults) {
    QCommandLineParser parser;
    // Qt's own options are written with one dash (-platform offscreen), not as -p -l -a …
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.setApplicationDescription(tr("CertTrack: your certifications on your desktop.\n"
                                        "Starting it again brings the running window forward."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  tr("Start a private demo server and sign in to it. A "
                                     "demo runs beside any other CertTrack window."));
    const QCommandLineOption server(QStringLiteral("server"),
                                    tr("Address of the server, e.g. https://host:8443."),
                                    QStringLiteral("URL"));
    const QCommandLineOption caFile(QStringLiteral("ca-file"),
                                    tr("Also trust this CA certificate (PEM) for the server."),
                                    QStringLiteral("PATH"));
    const QCommandLineOption kiosk(
        QStringLiteral("kiosk"),
        tr("Shared machine: nobody is remembered and nothing of a person is kept on "
           "this computer. An administrator can turn this on for everybody with "
           "kiosk=true in the system-wide settings."));
    const QCommandLineOption kioskIdle(QStringLiteral("kiosk-idle-minutes"),
                                       tr("With --kiosk: sign out after this many minutes "
                                          "without input (at least 1; default 10)."),
                                       QStringLiteral("N"));
    parser.addOptions({demo, server, caFile, kiosk, kioskIdle});
    parser.addOptions(qtOwnOptions());

    if (!parser.parse(arguments))
        return failure(parser.errorText());
    if (parser.isSet(help) || parser.isSet(QStringLiteral("help-all"))) {
        ClientOptionsParse result;
        result.outcome = ClientOptionsParse::Outcome::Help;
        // Without an application object Qt cannot name the program; the arguments can.
        result.message = parser.helpText().replace(QLatin1String("<executable_name>"),
                                                   arguments.isEmpty() ? QStringLiteral("certtrack")
                                                                       : arguments.constFirst());
        return result;
    }
    if (parser.isSet(version)) {
        ClientOptionsParse result;
        result.outcome = ClientOptionsParse::Outcome::Version;
        result.message = QCoreApplication::applicationName() + QLatin1Char(' ') +
                         QCoreApplication::applicationVersion();
        return result;
    }
    ClientOptionsParse result;
    result.outcome = ClientOptionsParse::Outcome::Run;
    LaunchOptions &options = result.options;
    options = defaults;
    options.demo = parser.isSet(demo);
    options.caFile = parser.value(caFile);
    options.kiosk = parser.isSet(kiosk) || defaults.kiosk;
    if (parser.isSet(kioskIdle)) {
        bool isNumber = false;
        options.kioskIdleMinutes = parser.value(kioskIdle).toInt(&isNumber);
        if (!isNumber || options.kioskIdleMinutes < 1)
            return failure(tr("--kiosk-idle-minutes needs a whole number of minutes, at least 1"));
    }
    if (parser.isSet(server)) {
        options.server = QUrl::fromUserInput(parser.value(server));
        if (!options.server.isValid() || options.server.scheme() != QLatin1String("https"))
            return failure(tr("--server needs an https:// address"));
    }
    if (options.demo && parser.isSet(server))
        return failure(tr("--demo runs its own server; leave out --server"));
    return result;
}

} // namespace certtrack::app
