#include "server/app/AdminCommand.h"
#include "server/app/ServerApplication.h"
#include "server/app/ServerOptions.h"

#include <QGuiApplication>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

namespace {

int signalPipe[2] = {-1, -1};

void onSignal(int signal) {
    const char byte = signal == SIGHUP ? 'h' : 'q';
    // Only async-signal-safe work here: wake the event loop, which does the rest.
    [[maybe_unused]] const ssize_t written = ::write(signalPipe[1], &byte, 1);
}

// SIGTERM and SIGINT quit cleanly; SIGHUP reads the TLS certificate and key again, so an
// administrator can renew them without dropping a connection.
void handleSignals(QCoreApplication &app, certtrack::server::ServerApplication &server) {
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) != 0)
        return;
    auto *notifier = new QSocketNotifier(signalPipe[0], QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, [&app, &server] {
        char byte = 0;
        if (::read(signalPipe[0], &byte, 1) != 1)
            return;
        if (byte != 'h') {
            app.quit();
            return;
        }
        QString error;
        if (server.reloadTls(&error))
            std::fprintf(stderr, "certtrackd: reloaded the TLS certificate and key\n");
        else
            std::fprintf(stderr, "certtrackd: kept the TLS certificate in use: %s\n",
                         error.toLocal8Bit().constData());
    });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGTERM, &action, nullptr);
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGHUP, &action, nullptr);
}

} // namespace

int main(int argc, char *argv[]) {
    // Badge artwork is rasterised in process (credentials/BadgeRaster) and its text needs Qt's font
    // database, hence a QGuiApplication: on the offscreen platform, since a server has no display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("certtrackd"));
    QCoreApplication::setOrganizationName(QStringLiteral("CertTrack"));
    // `certtrackd admin ...` works on the database and exits; it never listens.
    if (app.arguments().size() > 1 && app.arguments().at(1) == QLatin1String("admin"))
        return certtrack::server::runAdminCommand(app.arguments().mid(1));

    using certtrack::server::ServerOptionsParse;
    const ServerOptionsParse parsed = certtrack::server::parseServerOptions(app.arguments().mid(1));
    switch (parsed.outcome) {
    case ServerOptionsParse::Outcome::Help:
    case ServerOptionsParse::Outcome::Version:
        std::fputs(parsed.message.toLocal8Bit().constData(), stdout);
        return 0;
    case ServerOptionsParse::Outcome::Error:
        std::fprintf(stderr, "certtrackd: %s\nTry certtrackd --help.\n",
                     parsed.message.toLocal8Bit().constData());
        return 2;
    case ServerOptionsParse::Outcome::Run:
        break;
    }

    certtrack::server::ServerApplication server(parsed.options);
    QString error;
    if (!server.start(&error)) {
        std::fprintf(stderr, "certtrackd: %s\n", error.toLocal8Bit().constData());
        return 1;
    }
    handleSignals(app, server);
    std::printf("certtrackd listening on %s\n", server.url().toLocal8Bit().constData());
    std::fflush(stdout);
    return app.exec();
}
