#include "CertificateCommand.h"
#include "ClientApplication.h"
#include "SingleInstance.h"
#include "StartupProbe.h"
#include "client/AppSettings.h"
#include "ui/Icons.h"
#include "ui/Theme.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTimer>

#include <cstdio>
#include <cstring>
#include <memory>

using namespace certtrack;

int main(int argc, char *argv[]) {
    // `certtrack certificate ...` runs headless: decided before any application object exists.
    if (argc > 1 && std::strcmp(argv[1], "certificate") == 0)
        return app::CertificateCommand::run(argc, argv);

    QApplication application(argc, argv);
    QApplication::setOrganizationName(client::AppSettings::organizationName());
    QApplication::setApplicationName(client::AppSettings::applicationName());
    QApplication::setApplicationDisplayName(QStringLiteral("CertTrack"));
    QApplication::setApplicationVersion(QStringLiteral(CERTTRACK_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("certtrack"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "CertTrack: your certifications on your desktop.\n"
                "Starting it again brings the running window forward."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(
        QStringLiteral("demo"),
        QCoreApplication::translate("main", "Start a private demo server and sign in to it. A "
                                            "demo runs beside any other CertTrack window."));
    const QCommandLineOption server(
        QStringLiteral("server"),
        QCoreApplication::translate("main", "Address of the server, e.g. https://host:8443."),
        QStringLiteral("URL"));
    const QCommandLineOption caFile(
        QStringLiteral("ca-file"),
        QCoreApplication::translate("main", "Also trust this CA certificate (PEM) for the server."),
        QStringLiteral("PATH"));
    const QCommandLineOption kiosk(
        QStringLiteral("kiosk"),
        QCoreApplication::translate(
            "main", "Shared machine: nobody is remembered and nothing of a person is kept on "
                    "this computer. An administrator can turn this on for everybody with "
                    "kiosk=true in the system-wide settings."));
    const QCommandLineOption kioskIdle(
        QStringLiteral("kiosk-idle-minutes"),
        QCoreApplication::translate("main", "With --kiosk: sign out after this many minutes "
                                            "without input (at least 1; default 10)."),
        QStringLiteral("N"));
    QCommandLineOption screenshots(
        QStringLiteral("screenshot-dir"),
        QCoreApplication::translate("main",
                                    "Save every tab as PNG after the first sync, then quit."),
        QStringLiteral("DIR"));
    screenshots.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({demo, server, caFile, kiosk, kioskIdle, screenshots});
    parser.process(application);

    app::LaunchOptions options;
    options.demo = parser.isSet(demo);
    options.caFile = parser.value(caFile);
    options.screenshotDirectory = parser.value(screenshots);
    options.kiosk = parser.isSet(kiosk) || client::AppSettings::kioskForEveryone();
    if (client::AppSettings::kioskIdleMinutes() > 0)
        options.kioskIdleMinutes = client::AppSettings::kioskIdleMinutes();
    if (parser.isSet(kioskIdle)) {
        bool isNumber = false;
        options.kioskIdleMinutes = parser.value(kioskIdle).toInt(&isNumber);
        if (!isNumber || options.kioskIdleMinutes < 1) {
            std::fprintf(stderr, "certtrack: --kiosk-idle-minutes needs a whole number of "
                                 "minutes, at least 1\n");
            return 2;
        }
    }
    if (parser.isSet(server)) {
        options.server = QUrl::fromUserInput(parser.value(server));
        if (!options.server.isValid() || options.server.scheme() != QLatin1String("https")) {
            std::fprintf(stderr, "certtrack: --server needs an https:// address\n");
            return 2;
        }
    }
    if (options.demo && parser.isSet(server)) {
        std::fprintf(stderr, "certtrack: --demo runs its own server; leave out --server\n");
        return 2;
    }

    ui::Theme::apply(application);
    QApplication::setWindowIcon(ui::Icons::application());

    std::unique_ptr<app::ClientApplication> client;
    const auto launch = [&] {
        client = std::make_unique<app::ClientApplication>(options);
        app::StartupProbe::installIfRequested();
        client->start();
    };
    // One running client per person: a later start brings the first one forward and exits. The
    // demo is a private world of its own and --screenshot-dir a batch run: neither takes part.
    if (options.demo || !options.screenshotDirectory.isEmpty()) {
        QTimer::singleShot(0, &application, launch);
        return application.exec();
    }
    app::SingleInstance instance(app::SingleInstance::serverNameForCurrentUser());
    QObject::connect(&instance, &app::SingleInstance::forwardedToRunningInstance, &application,
                     [] { QApplication::exit(0); });
    QObject::connect(&instance, &app::SingleInstance::becamePrimary, &application, [&] {
        launch();
        QObject::connect(&instance, &app::SingleInstance::activationRequested, client.get(),
                         &app::ClientApplication::activate);
    });
    QTimer::singleShot(0, &instance, &app::SingleInstance::start);
    return application.exec();
}
