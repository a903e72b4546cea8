// Certificate benchmarks that need code rather than a whole process:
//   bench_certificate render ROUNDS          median time to render one certificate to PDF
//                                             inside a running process (in memory)
//   bench_certificate write FILE.pdf          the benchmark's certificate, to look at
//   bench_certificate inflate-cache URL LOGIN N
//                                             grows LOGIN's cache to N certifications, for the
//                                             1,000-certificate --all run
// Prints tab-separated rows: name, value, unit, detail.
#include "certificate/CertificateContent.h"
#include "certificate/CertificatePdf.h"
#include "client/AccountResources.h"
#include "client/AppSettings.h"
#include "client/LocalCache.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace certtrack;

namespace {

double median(QList<double> values) {
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
}

certificate::CertificateContent johnDoeCcna() {
    domain::Profile profile;
    profile.firstName = QStringLiteral("John");
    profile.lastName = QStringLiteral("Doe");
    domain::Certification ccna;
    ccna.track = QStringLiteral("General Certifications - Associate");
    ccna.name = QStringLiteral("CCNA Routing and Switching");
    ccna.acronym = QStringLiteral("CCNA");
    ccna.active = QDate(2025, 12, 8);
    ccna.expires = QDate(2028, 12, 8);
    ccna.verificationCode = QStringLiteral("V7L4P3MC");
    return certificate::CertificateContent::from(profile, ccna,
                                                 QUrl(QStringLiteral("https://127.0.0.1:8443")));
}

// CPU time of this thread: unlike the wall clock, it does not count time other processes on a
// busy machine take from this one.
double threadCpuMs() {
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return now.tv_sec * 1e3 + now.tv_nsec / 1e6;
}

int render(int rounds) {
    const certificate::CertificateContent content = johnDoeCcna();
    QList<double> times;
    QList<double> cpuTimes;
    double firstMs = 0;
    qint64 bytes = 0;
    // The first round also registers and loads the fonts, as the first certificate of a session
    // does: reported on its own, not in the median.
    for (int i = 0; i <= rounds; ++i) {
        QElapsedTimer timer;
        timer.start();
        const double cpuStart = threadCpuMs();
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        certificate::CertificatePdf::write(content, &buffer, QLocale::c());
        const double ms = timer.nsecsElapsed() / 1e6;
        if (i == 0) {
            firstMs = ms;
        } else {
            times.append(ms);
            cpuTimes.append(threadCpuMs() - cpuStart);
        }
        bytes = buffer.size();
    }
    std::printf("certificate_render_in_process\t%.2f\tms\tmedian of %d (CPU %.2f ms), one page "
                "to a PDF in memory (%lld KiB); the first of the process %.1f ms\n",
                median(times), rounds, median(cpuTimes), static_cast<long long>(bytes / 1024),
                firstMs);
    return 0;
}

// Grows a remembered account's cache to `count` certifications, each a copy of its first with
// its own id and verification code, the way a sync of such an account would have stored them.
int inflateCache(const QUrl &server, const QString &login, int count) {
    client::ServerEndpoint endpoint;
    endpoint.baseUrl = server;
    client::LocalCache cache;
    QString error;
    if (!cache.openFile(client::LocalCache::filePathFor(endpoint, login), &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const std::optional<domain::AccountData> account = cache.load(&error);
    if (!account || account->certifications.isEmpty()) {
        std::fprintf(stderr, "no cached certifications: %s\n", qPrintable(error));
        return 1;
    }
    QHash<QString, client::LocalCache::Entry> entries = cache.entries();
    const domain::CertificationDetail first = account->certifications.constFirst();
    for (const domain::CertificationDetail &detail : account->certifications)
        entries.remove(client::AccountResources::certificationPath(detail.summary.id));
    QJsonArray items;
    for (int i = 0; i < count; ++i) {
        domain::CertificationDetail copy = first;
        copy.summary.id = QStringLiteral("crt-bench-%1").arg(i, 5, 10, QLatin1Char('0'));
        copy.summary.verificationCode = QStringLiteral("B%1").arg(i, 7, 10, QLatin1Char('0'));
        items.append(copy.summary.toJson());
        const QString path = client::AccountResources::certificationPath(copy.summary.id);
        entries.insert(path, {path, QJsonDocument(copy.toJson()).toJson(QJsonDocument::Compact),
                              QByteArray("\"bench\""), account->lastSynced});
    }
    client::LocalCache::Entry &list = entries[QStringLiteral("me/certifications")];
    list.body = QJsonDocument(QJsonObject{{QStringLiteral("items"), items},
                                          {QStringLiteral("nextCursor"), QJsonValue()}})
                    .toJson(QJsonDocument::Compact);
    if (!cache.replaceAll(entries.values(), account->lastSynced, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    return 0;
}

} // namespace

int main(int argc, char *argv[]) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication application(argc, argv);
    // The same names as certtrack, so the cache is found where the client keeps it.
    QGuiApplication::setOrganizationName(client::AppSettings::organizationName());
    QGuiApplication::setApplicationName(client::AppSettings::applicationName());
    const QStringList args = QCoreApplication::arguments();
    if (args.size() >= 2 && args.at(1) == QLatin1String("render"))
        return render(args.size() > 2 ? args.at(2).toInt() : 20);
    if (args.size() == 3 && args.at(1) == QLatin1String("write")) {
        QString error;
        if (certificate::CertificatePdf::write(johnDoeCcna(), args.at(2), QLocale::c(), &error))
            return 0;
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    if (args.size() == 5 && args.at(1) == QLatin1String("inflate-cache"))
        return inflateCache(QUrl(args.at(2)), args.at(3), args.at(4).toInt());
    std::fprintf(
        stderr,
        "usage: bench_certificate render ROUNDS | write FILE.pdf | inflate-cache URL LOGIN N\n");
    return 2;
}
