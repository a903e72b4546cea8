// Measures the client core against a real certtrackd over loopback TLS:
//  - a full sync of the demo account into an empty cache (from signed-in to synced),
//  - a revalidation when nothing changed (every resource answered 304, no bodies),
//  - resident memory of this process after the syncs.
// Prints one "name<TAB>median<TAB>unit<TAB>detail" line per measurement.
#include "TestServer.h"
#include "client/AccountController.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTextStream>

#include <algorithm>
#include <cstdio>

using certtrack::client::AccountController;
using certtrack::client::ServerEndpoint;

namespace {

double median(QList<double> values) {
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2.0;
}

qint64 residentKiB() {
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

void print(const char *name, double value, const char *unit, const QString &detail) {
    std::printf("%s\t%.1f\t%s\t%s\n", name, value, unit, qPrintable(detail));
    std::fflush(stdout);
}

} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const int rounds = argc > 1 ? QByteArray(argv[1]).toInt() : 20;

    certtrack::test::TestServer server;
    if (!server.start()) {
        std::fprintf(stderr, "bench_sync: %s\n", qPrintable(server.error()));
        return 1;
    }
    const ServerEndpoint endpoint{server.baseUrl(), server.caFile()};

    QList<double> fullSync;
    QList<double> revalidation;
    int revalidationBodies = 0;
    qint64 fullBytes = 0;
    for (int round = 0; round < rounds; ++round) {
        AccountController controller(AccountController::Options{false});
        QSignalSpy finished(&controller, &AccountController::syncFinished);
        QElapsedTimer timer;
        QObject::connect(&controller, &AccountController::signedIn, &controller,
                         [&timer] { timer.start(); });
        controller.signIn(endpoint, QStringLiteral("CSCO10000000"),
                          QStringLiteral("certtrack-demo"), false);
        if (!finished.wait(20000) || !finished.first().first().toBool()) {
            std::fprintf(stderr, "bench_sync: the first sync did not succeed\n");
            return 1;
        }
        fullSync.append(double(timer.nsecsElapsed()) / 1e6);
        fullBytes = controller.lastSyncStatistics().bodyBytes;

        timer.start();
        controller.refresh();
        if (!finished.wait(20000) || !finished.last().first().toBool()) {
            std::fprintf(stderr, "bench_sync: the revalidation did not succeed\n");
            return 1;
        }
        revalidation.append(double(timer.nsecsElapsed()) / 1e6);
        revalidationBodies += controller.lastSyncStatistics().fetched;
    }

    print("full_sync", median(fullSync), "ms",
          QStringLiteral("median of %1, %2 body bytes").arg(rounds).arg(fullBytes));
    print("revalidation", median(revalidation), "ms",
          QStringLiteral("median of %1, %2 bodies transferred in all")
              .arg(rounds)
              .arg(revalidationBodies));
    print("client_core_rss", double(residentKiB()) / 1024.0, "MiB", QStringLiteral("after syncs"));
    return 0;
}
