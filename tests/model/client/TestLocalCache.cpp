// The on-disk cache: survives a reopen, is 0600 from birth, keeps the previous data whole when a
// replacement is interrupted (even by SIGKILL), writes nothing in memory mode, and shrugs off a
// damaged file.

#include "AccountBodies.h"
#include "DemoAccount.h"
#include "client/AccountResources.h"
#include "client/LocalCache.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <csignal>
#include <sys/resource.h>
#include <sys/stat.h>

using namespace certtrack;
using client::LocalCache;

namespace {

const char *kCrashEnv = "CERTTRACK_TEST_CRASH_CACHE";

QDateTime firstSync() {
    return QDateTime(QDate(2026, 11, 1), QTime(8, 0), QTimeZone::utc());
}

// The second sync changes the profile, so old and new data can be told apart.
QList<LocalCache::Entry> secondSyncEntries() {
    domain::AccountData changed = test::demoAccountData();
    changed.profile.lastName = QStringLiteral("Changed");
    changed.exams.removeLast();
    return test::accountBodies(changed, firstSync().addDays(1));
}

mode_t fileMode(const QString &path) {
    struct stat info = {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return 0;
    return info.st_mode & 0777;
}

QStringList filesUnder(const QString &dir) {
    QStringList files;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(it.next());
    return files;
}

// Child process: starts replacing the cache, writes half, then dies without a chance to clean up.
int crashMidway(const QString &path) {
    LocalCache cache;
    QString error;
    if (!cache.openFile(path, &error))
        return 3;
    if (!cache.beginReplace(&error))
        return 4;
    const QList<LocalCache::Entry> entries = secondSyncEntries();
    for (qsizetype i = 0; i < entries.size() / 2; ++i) {
        if (!cache.putEntry(entries.at(i), &error))
            return 5;
    }
    std::raise(SIGKILL);
    return 6;
}

} // namespace

class TestLocalCache : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void filePathIsPerAccountUnderAppData();
    void survivesReopen();
    void fileIsOwnerOnlyFromBirth();
    void interruptedReplacementKeepsOldData();
    void killedMidTransactionKeepsOldData();
    void inMemoryWritesNoFile();
    void damagedFileIsReplaced();
    void fileThatCannotBeOpenedIsKept();
    void undecodableContentIsReported();
    void removeDeletesEveryFile();
    void checkoutLinksNeverRestOnDisk();

private:
    QString freshPath();
    QTemporaryDir m_home;
    int m_counter = 0;
};

void TestLocalCache::initTestCase() {
    QVERIFY(m_home.isValid());
    qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral("data")).toUtf8());
    QStandardPaths::setTestModeEnabled(true);
}

void TestLocalCache::init() {
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
}

QString TestLocalCache::freshPath() {
    client::ServerEndpoint endpoint{QUrl(QStringLiteral("https://127.0.0.1:8443")), QString()};
    return LocalCache::filePathFor(endpoint, QStringLiteral("CSCO1%1").arg(++m_counter));
}

void TestLocalCache::filePathIsPerAccountUnderAppData() {
    const client::ServerEndpoint a{QUrl(QStringLiteral("https://Example.org")), QString()};
    const client::ServerEndpoint b{QUrl(QStringLiteral("https://example.org:443/")), QString()};
    const client::ServerEndpoint c{QUrl(QStringLiteral("https://example.org:8443")), QString()};
    const QString path = LocalCache::filePathFor(a, QStringLiteral("CSCO10000000"));
    QVERIFY(path.startsWith(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                            QStringLiteral("/accounts/")));
    QVERIFY(path.endsWith(QLatin1String(".sqlite")));
    QVERIFY2(!path.contains(QLatin1String("CSCO")), "the login id must not show in file names");
    QCOMPARE(LocalCache::filePathFor(b, QStringLiteral("CSCO10000000")), path);
    QVERIFY(LocalCache::filePathFor(c, QStringLiteral("CSCO10000000")) != path);
    QVERIFY(LocalCache::filePathFor(a, QStringLiteral("CSCO10000001")) != path);
}

void TestLocalCache::survivesReopen() {
    const QString path = freshPath();
    const QList<LocalCache::Entry> entries =
        test::accountBodies(test::demoAccountData(), firstSync());
    {
        LocalCache cache;
        QString error;
        QVERIFY2(cache.openFile(path, &error), qPrintable(error));
        QVERIFY(cache.isOnDisk());
        QVERIFY(!cache.load(&error));
        QVERIFY2(error.isEmpty(), "an empty cache is not an error");
        QVERIFY2(cache.replaceAll(entries, firstSync(), &error), qPrintable(error));
    }
    LocalCache cache;
    QString error;
    QVERIFY2(cache.openFile(path, &error), qPrintable(error));
    QCOMPARE(cache.lastSynced(), firstSync());
    const QHash<QString, LocalCache::Entry> stored = cache.entries();
    QCOMPARE(stored.size(), entries.size());
    for (const LocalCache::Entry &entry : entries) {
        QVERIFY2(stored.contains(entry.path), qPrintable(entry.path));
        QCOMPARE(stored.value(entry.path).body, entry.body);
        QCOMPARE(stored.value(entry.path).etag, entry.etag);
        QCOMPARE(stored.value(entry.path).fetchedAt, entry.fetchedAt);
    }
    const std::optional<domain::AccountData> data = cache.load(&error);
    QVERIFY2(data, qPrintable(error));
    QCOMPARE(data->profile.loginId, QStringLiteral("CSCO10000000"));
    QCOMPARE(data->exams.size(), test::demoAccountData().exams.size());
    QCOMPARE(data->certifications.size(), test::demoAccountData().certifications.size());
    QCOMPARE(data->lastSynced, firstSync());
}

void TestLocalCache::fileIsOwnerOnlyFromBirth() {
    // Even with a permissive umask the file is never readable by others, not for a moment.
    const mode_t oldMask = ::umask(0);
    const QString path = freshPath();
    LocalCache cache;
    QString error;
    const bool opened = cache.openFile(path, &error);
    ::umask(oldMask);
    QVERIFY2(opened, qPrintable(error));
    QCOMPARE(fileMode(path), mode_t(0600));
    QVERIFY(cache.replaceAll(test::accountBodies(test::demoAccountData(), firstSync()), firstSync(),
                             &error));
    QCOMPARE(fileMode(path), mode_t(0600));
    for (const QString &companion :
         QStringList{path + QStringLiteral("-wal"), path + QStringLiteral("-shm")}) {
        if (QFile::exists(companion))
            QCOMPARE(fileMode(companion), mode_t(0600));
    }
    QCOMPARE(fileMode(QFileInfo(path).absolutePath()), mode_t(0700));

    // A file found with wider permissions is narrowed on open.
    cache.close();
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                    QFileDevice::ReadOther);
    QVERIFY(cache.openFile(path, &error));
    QCOMPARE(fileMode(path), mode_t(0600));
}

void TestLocalCache::interruptedReplacementKeepsOldData() {
    const QString path = freshPath();
    LocalCache cache;
    QString error;
    QVERIFY(cache.openFile(path, &error));
    QVERIFY(cache.replaceAll(test::accountBodies(test::demoAccountData(), firstSync()), firstSync(),
                             &error));

    // Half a replacement, then the cache is closed (the sync failed): nothing of it remains.
    QVERIFY(cache.beginReplace(&error));
    const QList<LocalCache::Entry> next = secondSyncEntries();
    QVERIFY(cache.putEntry(next.first(), &error));
    QVERIFY(cache.putEntry(next.at(1), &error));
    cache.close();

    QVERIFY(cache.openFile(path, &error));
    const std::optional<domain::AccountData> data = cache.load(&error);
    QVERIFY2(data, qPrintable(error));
    QCOMPARE(data->profile.lastName, test::demoAccountData().profile.lastName);
    QCOMPARE(data->exams.size(), test::demoAccountData().exams.size());
    QCOMPARE(cache.lastSynced(), firstSync());

    // An explicit rollback the same.
    QVERIFY(cache.beginReplace(&error));
    QVERIFY(cache.putEntry(next.first(), &error));
    cache.rollbackReplace();
    QVERIFY(cache.load(&error).has_value());
    QCOMPARE(cache.entries().size(),
             test::accountBodies(test::demoAccountData(), firstSync()).size());

    // And a completed replacement does replace.
    QVERIFY(cache.replaceAll(next, firstSync().addDays(1), &error));
    QCOMPARE(cache.load(&error)->profile.lastName, QStringLiteral("Changed"));
}

void TestLocalCache::killedMidTransactionKeepsOldData() {
    const QString path = freshPath();
    {
        LocalCache cache;
        QString error;
        QVERIFY(cache.openFile(path, &error));
        QVERIFY(cache.replaceAll(test::accountBodies(test::demoAccountData(), firstSync()),
                                 firstSync(), &error));
    }
    QProcess child;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QString::fromLatin1(kCrashEnv), path);
    child.setProcessEnvironment(environment);
    child.start(QCoreApplication::applicationFilePath(), {});
    QVERIFY(child.waitForFinished(30000));
    QCOMPARE(child.exitStatus(), QProcess::CrashExit);

    LocalCache cache;
    QString error;
    QVERIFY2(cache.openFile(path, &error), qPrintable(error));
    const std::optional<domain::AccountData> data = cache.load(&error);
    QVERIFY2(data, qPrintable(error));
    QCOMPARE(data->profile.lastName, test::demoAccountData().profile.lastName);
    QCOMPARE(data->exams.size(), test::demoAccountData().exams.size());
    QCOMPARE(cache.lastSynced(), firstSync());
}

void TestLocalCache::inMemoryWritesNoFile() {
    const QString dataDir = m_home.filePath(QStringLiteral("data"));
    QDir(dataDir).removeRecursively();
    const QStringList before = filesUnder(m_home.path());
    {
        LocalCache first;
        LocalCache second; // two at once: each its own database
        QString error;
        QVERIFY2(first.openInMemory(&error), qPrintable(error));
        QVERIFY(second.openInMemory(&error));
        QVERIFY(!first.isOnDisk());
        QVERIFY(first.replaceAll(test::accountBodies(test::demoAccountData(), firstSync()),
                                 firstSync(), &error));
        QVERIFY(first.load(&error).has_value());
        QVERIFY(second.entries().isEmpty());
        QVERIFY(first.remove());
    }
    QCOMPARE(filesUnder(m_home.path()), before);
    QVERIFY(filesUnder(QDir::currentPath()).filter(QStringLiteral(":memory:")).isEmpty());
}

void TestLocalCache::damagedFileIsReplaced() {
    const QString path = freshPath();
    QDir().mkpath(QFileInfo(path).absolutePath());
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("this is not an SQLite database, just some text\n").repeated(200));
    }
    LocalCache cache;
    QString error;
    QString warning;
    QVERIFY2(cache.openFile(path, &error, &warning), qPrintable(error));
    QVERIFY2(!warning.isEmpty(), "a damaged cache is reported");
    QVERIFY(cache.entries().isEmpty());
    QVERIFY(!cache.load(&error).has_value());
    QCOMPARE(fileMode(path), mode_t(0600));
    QVERIFY(cache.replaceAll(test::accountBodies(test::demoAccountData(), firstSync()), firstSync(),
                             &error));
    QVERIFY(cache.load(&error).has_value());
}

// A cache that cannot be opened for a reason other than damage stays as it is: here the process
// may not grow any file (RLIMIT_FSIZE), so SQLite cannot size the -shm file it needs to open a
// WAL database, as when a full disk refuses it.
void TestLocalCache::fileThatCannotBeOpenedIsKept() {
    const QString path = freshPath();
    const QList<LocalCache::Entry> entries =
        test::accountBodies(test::demoAccountData(), firstSync());
    QString error;
    {
        LocalCache cache;
        QVERIFY2(cache.openFile(path, &error), qPrintable(error));
        QVERIFY2(cache.replaceAll(entries, firstSync(), &error), qPrintable(error));
    }
    QVERIFY(!QFile::exists(path + QStringLiteral("-shm"))); // closed cleanly, as after a sync
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray before = file.readAll();
    file.close();
    bool opened = true;
    QString warning;
    {
        struct rlimit previous = {};
        QCOMPARE(::getrlimit(RLIMIT_FSIZE, &previous), 0);
        const auto oldHandler = std::signal(SIGXFSZ, SIG_IGN);
        struct rlimit none = previous;
        none.rlim_cur = 0;
        QCOMPARE(::setrlimit(RLIMIT_FSIZE, &none), 0);
        LocalCache cache;
        error.clear();
        opened = cache.openFile(path, &error, &warning);
        cache.close();
        ::setrlimit(RLIMIT_FSIZE, &previous);
        std::signal(SIGXFSZ, oldHandler);
    }
    QVERIFY(!opened);
    QVERIFY2(!error.isEmpty(), "the reason is given");
    QVERIFY2(warning.isEmpty(), qPrintable(warning));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), before);
    file.close();
    LocalCache cache;
    QVERIFY2(cache.openFile(path, &error), qPrintable(error));
    QVERIFY(cache.load(&error).has_value());
}

void TestLocalCache::undecodableContentIsReported() {
    const QString path = freshPath();
    LocalCache cache;
    QString error;
    QVERIFY(cache.openFile(path, &error));
    QList<LocalCache::Entry> entries = test::accountBodies(test::demoAccountData(), firstSync());
    for (LocalCache::Entry &entry : entries) {
        if (entry.path == QLatin1String("me/exams"))
            entry.body = R"({"items":[{"code":"200-125"}],"nextCursor":null})";
    }
    QVERIFY(cache.replaceAll(entries, firstSync(), &error));
    QVERIFY(!cache.load(&error).has_value());
    QVERIFY2(error.contains(QLatin1String("me/exams")) && error.contains(QLatin1String("items[0]")),
             qPrintable(error));

    // A cache written when each certification's detail came alone still loads, whole.
    entries = test::accountBodies(test::demoAccountData(), firstSync(),
                                  test::CertificationLayout::DetailEach);
    QVERIFY(cache.replaceAll(entries, firstSync(), &error));
    const std::optional<domain::AccountData> older = cache.load(&error);
    QVERIFY2(older.has_value(), qPrintable(error));
    QCOMPARE(older->certifications.size(), test::demoAccountData().certifications.size());
    QCOMPARE(older->certifications.first().toJson(),
             test::demoAccountData().certifications.first().toJson());

    // In such a cache a missing certification detail is as bad as a broken one.
    const QString detail = client::AccountResources::certificationPath(
        test::demoAccountData().certifications.first().summary.id);
    entries.erase(std::remove_if(entries.begin(), entries.end(),
                                 [&](const LocalCache::Entry &e) { return e.path == detail; }),
                  entries.end());
    QVERIFY(cache.replaceAll(entries, firstSync(), &error));
    QVERIFY(!cache.load(&error).has_value());
    QVERIFY2(error.contains(detail), qPrintable(error));

    QVERIFY(cache.clear(&error));
    QVERIFY(cache.entries().isEmpty());
    QVERIFY(!cache.lastSynced().isValid());
}

void TestLocalCache::removeDeletesEveryFile() {
    const QString path = freshPath();
    LocalCache cache;
    QString error;
    QVERIFY(cache.openFile(path, &error));
    QVERIFY(cache.replaceAll(test::accountBodies(test::demoAccountData(), firstSync()), firstSync(),
                             &error));
    QVERIFY(QFile::exists(path));
    QVERIFY(cache.remove());
    QVERIFY(!cache.isOpen());
    for (const QString &suffix :
         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
        QVERIFY2(!QFile::exists(path + suffix), qPrintable(path + suffix));
}

void TestLocalCache::checkoutLinksNeverRestOnDisk() {
    domain::AccountData data = test::demoAccountData();
    domain::Order unpaid;
    unpaid.id = QStringLiteral("ORD-UNPAID-1");
    unpaid.state = domain::Order::State::AwaitingPayment;
    unpaid.total = {1500, QStringLiteral("USD")};
    unpaid.trackingFee = {0, QStringLiteral("USD")};
    unpaid.paymentMethod = domain::Order::PaymentMethod::CreditCard;
    unpaid.checkoutUrl = QStringLiteral("https://127.0.0.1:8443/checkout/LiveSecretToken42");
    unpaid.createdAt = firstSync();
    unpaid.updatedAt = firstSync();
    data.orders.prepend(unpaid);

    // What a sync stores: each body as AccountResources lets it rest; only orders change.
    const QList<LocalCache::Entry> fetched = test::accountBodies(data, firstSync());
    QList<LocalCache::Entry> stored = fetched;
    for (qsizetype i = 0; i < stored.size(); ++i) {
        LocalCache::Entry &entry = stored[i];
        entry.body = client::AccountResources::forStorage(entry.path, entry.body);
        if (entry.path != QLatin1String("me/orders"))
            QCOMPARE(entry.body, fetched.at(i).body);
        else
            QVERIFY(fetched.at(i).body.contains("LiveSecretToken42"));
    }
    const QString path = freshPath();
    {
        LocalCache cache;
        QString error;
        QVERIFY2(cache.openFile(path, &error), qPrintable(error));
        QVERIFY2(cache.replaceAll(stored, firstSync(), &error), qPrintable(error));
        // The order is still there, waiting for its payment, without the link.
        const std::optional<domain::AccountData> loaded = cache.load(&error);
        QVERIFY2(loaded, qPrintable(error));
        QCOMPARE(loaded->orders.first().id, unpaid.id);
        QVERIFY(loaded->orders.first().state == domain::Order::State::AwaitingPayment);
        QVERIFY(loaded->orders.first().checkoutUrl.isEmpty());
    }
    // Not in any file the cache wrote.
    for (const QString &file : filesUnder(QFileInfo(path).absolutePath())) {
        QFile bytes(file);
        QVERIFY(bytes.open(QIODevice::ReadOnly));
        QVERIFY2(!bytes.readAll().contains("LiveSecretToken42"), qPrintable(file));
    }
}

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsSet(kCrashEnv))
        return crashMidway(qEnvironmentVariable(kCrashEnv));
    TestLocalCache test;
    return QTest::qExec(&test, argc, argv);
}

#include "TestLocalCache.moc"
