// Signs in to a server with "Remember me" and waits for the first sync, so that the on-disk
// cache, the keychain entry and the remembered-account settings exist: the state in which
// `certtrack` starts from cached data. Used by bench/startup.sh.
//   bench_remember URL CA_FILE [LOGIN [PASSWORD]]
#include "client/AccountController.h"
#include "client/AppSettings.h"

#include <QCoreApplication>
#include <QTimer>
#include <QUrl>

#include <cstdio>

using certtrack::client::AccountController;

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(certtrack::client::AppSettings::organizationName());
    QCoreApplication::setApplicationName(certtrack::client::AppSettings::applicationName());
    const QStringList args = app.arguments();
    if (args.size() < 3) {
        std::fprintf(stderr, "usage: bench_remember URL CA_FILE [LOGIN [PASSWORD]]\n");
        return 2;
    }
    const QString login = args.value(3, QStringLiteral("CSCO10000000"));
    const QString password = args.value(4, QStringLiteral("certtrack-demo"));

    AccountController controller(AccountController::Options{true});
    QObject::connect(&controller, &AccountController::signInFailed, &app,
                     [](const certtrack::client::ApiError &error) {
                         std::fprintf(stderr, "bench_remember: %s\n", qPrintable(error.message));
                         QCoreApplication::exit(1);
                     });
    QObject::connect(&controller, &AccountController::syncFinished, &app, [&](bool ok) {
        if (ok)
            std::printf("%s\n", qPrintable(controller.cacheFilePath()));
        QCoreApplication::exit(ok ? 0 : 1);
    });
    QTimer::singleShot(30000, &app, [] {
        std::fprintf(stderr, "bench_remember: no sync within 30 s\n");
        QCoreApplication::exit(1);
    });
    controller.signIn({QUrl(args.at(1)), args.at(2)}, login, password, true);
    return app.exec();
}
