#include "app/ArchiveCommand.h"
#include "app/CertificateCommand.h"
#include "app/ClientApplication.h"
#include "app/ClientOptions.h"
#include "app/SingleInstance.h"
#include "app/StartupProbe.h"
#include "app/TerminationSignals.h"
#include "app/VerifyCommand.h"
#include "client/AppSettings.h"
#include "ui/Icons.h"
#include "ui/Theme.h"
#include "ui/Translations.h"

#include <QApplication>
#include <QTimer>

#include <cstdio>
#include <cstring>
#include <memory>

using namespace certtrack;

namespace {

QStringList argumentList(int argc, char *argv[]) {
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    return arguments;
}

// What an administrator set for everybody on this machine, under the command line.
app::LaunchOptions machineDefaults() {
    app::LaunchOptions defaults;
    defaults.kiosk = client::AppSettings::kioskForEveryone();
    if (client::AppSettings::kioskIdleMinutes() > 0)
        defaults.kioskIdleMinutes = client::AppSettings::kioskIdleMinutes();
    return defaults;
}

} // namespace

int main(int argc, char *argv[]) {
    // `certtrack certificate ...` runs headless: decided before any application object exists.
    if (argc > 1 && std::strcmp(argv[1], "certificate") == 0)
        return app::CertificateCommand::run(argc, argv);
    if (argc > 1 && std::strcmp(argv[1], "archive") == 0)
        return app::ArchiveCommand::run(argc, argv);
    // `certtrack verify FILE` likewise: it needs no display at all.
    if (argc > 1 && std::strcmp(argv[1], "verify") == 0)
        return app::VerifyCommand::run(argc, argv);

    QCoreApplication::setOrganizationName(client::AppSettings::organizationName());
    QCoreApplication::setApplicationName(client::AppSettings::applicationName());
    QCoreApplication::setApplicationVersion(QStringLiteral(CERTTRACK_VERSION));
    // Parsed before the QApplication exists: --help, --version and a wrong option need no
    // display.
    const app::ClientOptionsParse parsed =
        app::parseClientOptions(argumentList(argc, argv), machineDefaults());
    switch (parsed.outcome) {
    case app::ClientOptionsParse::Outcome::Help:
    case app::ClientOptionsParse::Outcome::Version:
        std::fprintf(stdout, "%s\n", qPrintable(parsed.message.trimmed()));
        return 0;
    case app::ClientOptionsParse::Outcome::Error:
        std::fprintf(stderr, "certtrack: %s\n", qPrintable(parsed.message));
        return 2;
    case app::ClientOptionsParse::Outcome::Run:
        break;
    }
    const app::LaunchOptions options = parsed.options;

    QApplication application(argc, argv);
    // Ended by the session or by kill: quit as a person would, so nothing is left behind.
    app::TerminationSignals terminationSignals;
    QObject::connect(&terminationSignals, &app::TerminationSignals::received, &application,
                     [] { QApplication::exit(0); });
    QApplication::setApplicationDisplayName(QStringLiteral("CertTrack"));
    QApplication::setDesktopFileName(QStringLiteral("org.certtrack.CertTrack"));
    // The language chosen in the application, else the system's.
    ui::Translations::install(application, client::AppSettings().language());
    ui::Theme::apply(application, ui::Theme::schemeFromName(client::AppSettings().appearance()));
    QApplication::setWindowIcon(ui::Icons::application());

    std::unique_ptr<app::ClientApplication> client;
    const auto launch = [&] {
        client = std::make_unique<app::ClientApplication>(options);
        app::StartupProbe::installIfRequested();
        client->start();
    };
    // One running client per person: a later start brings the first one forward and exits. The
    // demo is a private world of its own and takes no part.
    if (options.demo) {
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
