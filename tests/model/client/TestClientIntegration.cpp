// The real client code against a real certtrackd over TLS: sign-in, sync, 304 revalidation,
// refresh after expiry, sign-out, the remembered account through the real keychain, and every
// failure a person can meet (wrong password, throttling, unreachable or untrusted server, a
// server killed mid-sync, an offline start). Runs inside tests/tools/with-keyring.sh.

#include "TestHttp.h"
#include "TestServer.h"
#include "client/AccountController.h"
#include "client/ApiClient.h"
#include "client/AppSettings.h"
#include "client/CredentialStore.h"
#include "client/LocalCache.h"
#include "client/Session.h"
#include "client/SyncService.h"

#include <QDir>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryFile>
#include <QTest>
#include <QUrlQuery>

#include <sys/stat.h>

using namespace certtrack;
using client::AccountController;
using client::ApiError;
using client::CredentialStore;
using client::ServerEndpoint;
using test::TestServer;

namespace {

const QString kLogin = QStringLiteral("CSCO10000000");
const QString kPassword = QStringLiteral("certtrack-demo");
constexpr int kWaitMs = 30000;

ServerEndpoint endpointOf(const TestServer &server) {
    return {server.baseUrl(), server.caFile()};
}

// Resources of one sync of the demo account: the 15 top-level resources (the kit catalogue and
// orders among them) plus each certification.
int resourceCount(const domain::AccountData &data) {
    // The server's list of resources, then 19: with the issuer's keys, revocation list, kept
    // credentials and the programme's wording, and every certification's detail in one; each
    // badge comes alone too (its ETag), with its credential and assertion.
    return 1 + 19 + 3 * int(data.badges.size());
}

std::optional<CredentialStore::ReadResult> readKeychain(const QString &key) {
    CredentialStore store(true);
    std::optional<CredentialStore::ReadResult> result;
    QObject context;
    store.readRefreshToken(key, &context,
                           [&](const CredentialStore::ReadResult &r) { result = r; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, kWaitMs))
        return std::nullopt;
    return result;
}

// A session's current refresh token, straight from the controller's Session.
QString liveRefreshToken(AccountController &controller) {
    const auto *session = controller.findChild<client::Session *>();
    return session ? session->refreshToken() : QString();
}

// Runs the refresh_token grant by hand: the server's verdict on a token.
int refreshStatus(const TestServer &server, const QString &refreshToken) {
    test::TestHttp http(server.caFile());
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("refresh_token"));
    form.addQueryItem(QStringLiteral("refresh_token"),
                      QString::fromLatin1(QUrl::toPercentEncoding(refreshToken)));
    return http
        .request("POST", server.apiUrl(QStringLiteral("auth/token")),
                 {{"Content-Type", "application/x-www-form-urlencoded"}},
                 form.toString(QUrl::FullyEncoded).toUtf8())
        .status;
}

} // namespace

class TestClientIntegration : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void signInAndSyncMatchTheSeed();
    void secondSyncTransfersNoBodies();
    void largeCollectionsArriveWholePageByPage();
    void wrongPassword();
    void throttledAfterRepeatedFailures();
    void untrustedCertificate();
    void unreachableServer();
    void silentServerTimesOut();
    void passwordsAreFormEncoded();
    void notRememberedLeavesNothingOnDisk();
    void demoModeNeverTouchesTheKeychain();
    void rememberedAccountResumesFromTheKeychain();
    void offlineStartShowsCachedData();
    void serverKilledMidSyncKeepsTheCache();
    void refreshesTransparentlyAfterExpiry();
    void renewsTheAccessTokenBeforeItExpires();
    void expiredRefreshTokenSignsOut();
    void signOutRevokesAndForgets();

private:
    // Signs in and waits for the first sync; false (with a failed check) when either fails.
    bool signInAndSync(AccountController &controller, const TestServer &server, bool remember,
                       const QString &login = kLogin);
    bool waitForSync(AccountController &controller);

    TestServer m_server; // shared by the tests that neither stop nor move its clock
};

void TestClientIntegration::initTestCase() {
    qRegisterMetaType<ApiError>();
    qRegisterMetaType<AccountController::SyncState>();
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"),
             "run inside tests/tools/with-keyring.sh");
    QVERIFY2(m_server.start(), qPrintable(m_server.error()));
}

void TestClientIntegration::init() {
    // Stopped and killed servers leave requests queued; cancelling them must not make Qt warn.
    QTest::failOnWarning(QRegularExpression(QStringLiteral("QNetworkReply.*Internal problem")));
    for (const client::RememberedAccount &account : AccountController::rememberedAccounts())
        client::AppSettings().forgetAccount(account.endpoint, account.loginId);
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
}

bool TestClientIntegration::waitForSync(AccountController &controller) {
    QSignalSpy finished(&controller, &AccountController::syncFinished);
    const bool ended = finished.wait(kWaitMs);
    if (!ended || !finished.first().first().toBool()) {
        qWarning() << "sync did not succeed:" << controller.offlineReason();
        return false;
    }
    return true;
}

bool TestClientIntegration::signInAndSync(AccountController &controller, const TestServer &server,
                                          bool remember, const QString &login) {
    QSignalSpy signedIn(&controller, &AccountController::signedIn);
    QSignalSpy failed(&controller, &AccountController::signInFailed);
    QSignalSpy finished(&controller, &AccountController::syncFinished);
    controller.signIn(endpointOf(server), login, kPassword, remember);
    if (!QTest::qWaitFor([&] { return !signedIn.isEmpty() || !failed.isEmpty(); }, kWaitMs) ||
        signedIn.isEmpty()) {
        qWarning() << "sign-in failed:"
                   << (failed.isEmpty() ? QString()
                                        : failed.first().first().value<ApiError>().message);
        return false;
    }
    if (!QTest::qWaitFor([&] { return !finished.isEmpty(); }, kWaitMs) ||
        !finished.first().first().toBool()) {
        qWarning() << "first sync failed:" << controller.offlineReason();
        return false;
    }
    return true;
}

void TestClientIntegration::signInAndSyncMatchTheSeed() {
    AccountController controller({});
    QSignalSpy states(&controller, &AccountController::syncStateChanged);
    QSignalSpy changed(&controller, &AccountController::dataChanged);
    QVERIFY(signInAndSync(controller, m_server, false));
    QVERIFY(controller.isSignedIn());
    QCOMPARE(controller.loginId(), kLogin);
    QCOMPARE(controller.syncState(), AccountController::SyncState::Idle);
    QVERIFY(states.contains({QVariant::fromValue(AccountController::SyncState::Syncing)}));
    QVERIFY(!changed.isEmpty());

    const domain::AccountData &data = controller.data();
    QCOMPARE(data.profile.loginId, kLogin);
    QCOMPARE(data.profile.displayName(), QStringLiteral("John Doe"));
    QString jobTitle;
    for (const domain::Attribute &attribute : data.attributes.items) {
        if (attribute.label == QLatin1String("Job Title"))
            jobTitle = attribute.value;
    }
    QCOMPARE(jobTitle, QStringLiteral("Jester"));
    QCOMPARE(data.exams.size(), 10);
    QVERIFY(!data.certifications.isEmpty());
    for (const domain::CertificationDetail &detail : data.certifications)
        QVERIFY2(!detail.summary.id.isEmpty() && !detail.summary.name.isEmpty(),
                 qPrintable(detail.summary.id));
    QVERIFY(!data.ceActivities.isEmpty());
    QVERIFY(!data.fulfillment.isEmpty());
    QVERIFY(controller.lastSynced().isValid());
    QVERIFY(controller.offlineReason().isEmpty());

    const client::SyncService::Statistics statistics = controller.lastSyncStatistics();
    QCOMPARE(statistics.fetched, resourceCount(data));
    QCOMPARE(statistics.notModified, 0);
    QVERIFY(statistics.bodyBytes > 0);

    // The issuer's keys and signed revocation list came with it, for verifying offline.
    const verification::IssuerSnapshot issuer = controller.issuerSnapshot();
    QVERIFY(issuer.hasKeys());
    QCOMPARE(issuer.origin(), m_server.baseUrl().toString());
    QString error;
    QVERIFY2(issuer.statusListIsSigned(&error), qPrintable(error));
    QVERIFY(issuer.keysFetchedAt.isValid() && issuer.statusListFetchedAt.isValid());
}

void TestClientIntegration::secondSyncTransfersNoBodies() {
    AccountController controller({});
    QVERIFY(signInAndSync(controller, m_server, false));
    const domain::AccountData before = controller.data();
    const QDateTime firstSync = controller.lastSynced();

    auto *sync = controller.findChild<client::SyncService *>();
    QVERIFY(sync);
    QSignalSpy answers(sync, &client::SyncService::resourceAnswered);
    controller.refresh();
    QVERIFY(waitForSync(controller));

    // One request, the server's list of resources, answered 304: nothing else was asked for and
    // no body crossed the wire.
    const client::SyncService::Statistics statistics = controller.lastSyncStatistics();
    QCOMPARE(statistics.fetched, 0);
    QCOMPARE(statistics.bodyBytes, 0);
    QCOMPARE(statistics.notModified, 1);
    QCOMPARE(statistics.unchanged, resourceCount(before) - 1);
    QCOMPARE(answers.size(), 1);
    QCOMPARE(answers.first().at(0).toString(), QStringLiteral("me/sync"));
    QCOMPARE(answers.first().at(1).toInt(), 304);
    QCOMPARE(controller.data().exams.size(), before.exams.size());
    QCOMPARE(controller.data().profile.loginId, kLogin);
    QVERIFY(controller.lastSynced() >= firstSync);
}

// An account with 2,500 CE activities: the server gives them 1,000 a page and the client follows
// the cursors, keeping every activity once; the next sync revalidates each page with a 304.
void TestClientIntegration::largeCollectionsArriveWholePageByPage() {
    const QString amira = QStringLiteral("CSCO10000001");
    QVERIFY(m_server.execute(
        QStringLiteral("INSERT INTO ce_activities (id, candidate_id, name, active_on, points, "
                       "updated_on, provider_name, source) WITH RECURSIVE n(i) AS (SELECT 1 "
                       "UNION ALL SELECT i + 1 FROM n WHERE i < 2500) SELECT 'bulk-' || i, "
                       "(SELECT id FROM candidates WHERE login_id = ?), 'Webinar ' || i, "
                       "'2025-03-01', 1, '2025-03-01', 'Provider', 'Self-reported' FROM n"),
        {amira}));
    AccountController controller({});
    QVERIFY(signInAndSync(controller, m_server, false, amira));
    const domain::AccountData &data = controller.data();
    QSet<QString> ids;
    for (const domain::CeActivity &activity : data.ceActivities)
        ids.insert(activity.id);
    QCOMPARE(ids.size(), data.ceActivities.size());
    QVERIFY(data.ceActivities.size() > 2500);
    QVERIFY(ids.contains(QStringLiteral("bulk-1")) && ids.contains(QStringLiteral("bulk-2500")));
    // Two more requests than a small account: the second and third pages.
    const int pages = int((data.ceActivities.size() + 999) / 1000);
    QCOMPARE(pages, 3);
    QCOMPARE(controller.lastSyncStatistics().fetched, resourceCount(data) + pages - 1);

    controller.refresh();
    QVERIFY(waitForSync(controller));
    QCOMPARE(controller.lastSyncStatistics().fetched, 0);
    QCOMPARE(controller.lastSyncStatistics().requests(), 1);
    QCOMPARE(controller.lastSyncStatistics().unchanged, resourceCount(data) + pages - 2);
    QCOMPARE(controller.data().ceActivities.size(), data.ceActivities.size());

    const qsizetype held = controller.data().ceActivities.size();
    // One activity more, the newest: the list changes, and with it the first page alone (pages
    // are counted from the oldest). The others are kept without a request.
    QVERIFY(m_server.execute(
        QStringLiteral("INSERT INTO ce_activities (id, candidate_id, name, active_on, points, "
                       "updated_on, provider_name, source) SELECT 'late-1', id, 'Late webinar', "
                       "'2026-11-01', 1, '2026-11-01', 'Provider', 'Self-reported' FROM "
                       "candidates WHERE login_id = ?"),
        {amira}));
    QSignalSpy answers(controller.findChild<client::SyncService *>(),
                       &client::SyncService::resourceAnswered);
    controller.refresh();
    QVERIFY(waitForSync(controller));
    QStringList asked;
    for (const QList<QVariant> &answer : std::as_const(answers))
        asked << answer.at(0).toString() + QLatin1Char(' ') + answer.at(1).toString();
    QCOMPARE(asked,
             (QStringList{QStringLiteral("me/sync 200"), QStringLiteral("me/ce-activities 200")}));
    QCOMPARE(controller.data().ceActivities.size(), held + 1);
    QCOMPARE(controller.data().ceActivities.first().id, QStringLiteral("late-1"));
}

void TestClientIntegration::wrongPassword() {
    AccountController controller({});
    QSignalSpy failed(&controller, &AccountController::signInFailed);
    QSignalSpy signedIn(&controller, &AccountController::signedIn);
    controller.signIn(endpointOf(m_server), QStringLiteral("CSCO10000001"),
                      QStringLiteral("not the password"), false);
    QVERIFY(failed.wait(kWaitMs));
    const ApiError error = failed.first().first().value<ApiError>();
    QCOMPARE(error.kind, ApiError::Kind::InvalidCredentials);
    QCOMPARE(error.message, QStringLiteral("The login ID or password is incorrect."));
    QVERIFY(signedIn.isEmpty());
    QVERIFY(!controller.isSignedIn());

    // An unknown login id reads the same: nothing tells which part was wrong.
    controller.signIn(endpointOf(m_server), QStringLiteral("CSCO99999999"), kPassword, false);
    QVERIFY(failed.wait(kWaitMs));
    QCOMPARE(failed.last().first().value<ApiError>().message, error.message);
}

void TestClientIntegration::throttledAfterRepeatedFailures() {
    AccountController controller({});
    QSignalSpy failed(&controller, &AccountController::signInFailed);
    std::optional<ApiError> throttled;
    for (int attempt = 0; attempt < 8 && !throttled; ++attempt) {
        controller.signIn(endpointOf(m_server), QStringLiteral("CSCO10000002"),
                          QStringLiteral("wrong %1").arg(attempt), false);
        QVERIFY(failed.wait(kWaitMs));
        const ApiError error = failed.last().first().value<ApiError>();
        if (error.kind == ApiError::Kind::Throttled)
            throttled = error;
        else
            QCOMPARE(error.kind, ApiError::Kind::InvalidCredentials);
    }
    QVERIFY2(throttled, "the server never throttled repeated failures");
    QVERIFY(throttled->retryAfterSeconds > 0);
    QCOMPARE(throttled->httpStatus, 429);
    QVERIFY2(throttled->message.startsWith(QLatin1String("Too many attempts. Try again in ")) &&
                 throttled->message.contains(QString::number(throttled->retryAfterSeconds)),
             qPrintable(throttled->message));

    // Even the right password waits until the throttle lifts.
    controller.signIn(endpointOf(m_server), QStringLiteral("CSCO10000002"), kPassword, false);
    QVERIFY(failed.wait(kWaitMs));
    QCOMPARE(failed.last().first().value<ApiError>().kind, ApiError::Kind::Throttled);
}

void TestClientIntegration::untrustedCertificate() {
    AccountController controller({});
    QSignalSpy failed(&controller, &AccountController::signInFailed);
    // No CA file: the server's private CA is not among the system's.
    controller.signIn({m_server.baseUrl(), QString()}, kLogin, kPassword, false);
    QVERIFY(failed.wait(kWaitMs));
    const ApiError error = failed.first().first().value<ApiError>();
    QCOMPARE(error.kind, ApiError::Kind::Tls);
    QVERIFY2(error.message.startsWith(QLatin1String("The server's certificate is not trusted")),
             qPrintable(error.message));

    // A CA file that is not a certificate is refused before anything is sent.
    QTemporaryFile bogus;
    QVERIFY(bogus.open());
    bogus.write("not a certificate");
    bogus.close();
    controller.signIn(ServerEndpoint{m_server.baseUrl(), bogus.fileName()}, kLogin, kPassword,
                      false);
    QVERIFY(failed.wait(kWaitMs));
    QCOMPARE(failed.last().first().value<ApiError>().kind, ApiError::Kind::Tls);
    QVERIFY(failed.last().first().value<ApiError>().message.contains(bogus.fileName()));
}

void TestClientIntegration::unreachableServer() {
    TestServer server;
    QVERIFY2(server.start(), qPrintable(server.error()));
    const ServerEndpoint endpoint = endpointOf(server);
    server.stop();

    AccountController controller({});
    QSignalSpy failed(&controller, &AccountController::signInFailed);
    controller.signIn(endpoint, kLogin, kPassword, false);
    QVERIFY(failed.wait(kWaitMs));
    const ApiError error = failed.first().first().value<ApiError>();
    QCOMPARE(error.kind, ApiError::Kind::Network);
    QVERIFY2(
        error.message.startsWith(
            QStringLiteral("Cannot reach the server at 127.0.0.1:%1").arg(endpoint.baseUrl.port())),
        qPrintable(error.message));
}

void TestClientIntegration::silentServerTimesOut() {
    // A server that accepts connections and never says a word: only a fake can do that on cue.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    client::ApiClient api(
        {QUrl(QStringLiteral("https://127.0.0.1:%1").arg(silent.serverPort())), m_server.caFile()});
    api.setTimeout(300);
    client::TokenJob *job = api.passwordGrant(kLogin, kPassword);
    QSignalSpy finished(job, &client::ApiJob::finished);
    std::optional<ApiError> error;
    connect(job, &client::ApiJob::finished, this, [&] { error = job->error(); });
    QVERIFY(finished.wait(kWaitMs));
    QVERIFY(error);
    QCOMPARE(error->kind, ApiError::Kind::Timeout);
    QVERIFY2(error->message.contains(QLatin1String("did not answer in time")),
             qPrintable(error->message));

    // And cancel() ends a job at once with Cancelled.
    client::TokenJob *cancelled = api.passwordGrant(kLogin, kPassword);
    std::optional<ApiError> cancelError;
    connect(cancelled, &client::ApiJob::finished, this, [&] { cancelError = cancelled->error(); });
    cancelled->cancel();
    QVERIFY(cancelError);
    QCOMPARE(cancelError->kind, ApiError::Kind::Cancelled);
}

void TestClientIntegration::passwordsAreFormEncoded() {
    QCOMPARE(client::ApiClient::formEncode(
                 {{QStringLiteral("password"), QStringLiteral("a b+c&d=e%f/ü~")},
                  {QStringLiteral("grant type"), QString()}}),
             QByteArray("password=a+b%2Bc%26d%3De%25f%2F%C3%BC~&grant+type="));

    // A password full of form syntax reaches the server as one value: a wrong one is refused as
    // wrong (400 invalid_grant), not as a malformed request.
    AccountController controller({});
    QSignalSpy failed(&controller, &AccountController::signInFailed);
    controller.signIn(endpointOf(m_server), QStringLiteral("CSCO10000001"),
                      QStringLiteral("certtrack-demo&username=CSCO10000000&x= +%"), false);
    QVERIFY(failed.wait(kWaitMs));
    QCOMPARE(failed.first().first().value<ApiError>().kind, ApiError::Kind::InvalidCredentials);
}

void TestClientIntegration::notRememberedLeavesNothingOnDisk() {
    const QString appData = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    AccountController controller({});
    QVERIFY(signInAndSync(controller, m_server, false));
    QVERIFY(controller.cacheFilePath().isEmpty());
    QVERIFY2(!QDir(appData).exists(), qPrintable(appData));
    QVERIFY(AccountController::rememberedAccounts().isEmpty());
    const auto keychain = readKeychain(CredentialStore::keyFor(endpointOf(m_server), kLogin));
    QVERIFY(keychain && !keychain->found);
}

void TestClientIntegration::demoModeNeverTouchesTheKeychain() {
    AccountController controller({/*useKeychain=*/false});
    // Even asked to remember, --demo keeps everything in memory.
    QVERIFY(signInAndSync(controller, m_server, true, QStringLiteral("CSCO10000001")));
    QVERIFY(!controller.isRemembered());
    QVERIFY(controller.cacheFilePath().isEmpty());
    QVERIFY(!QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).exists());
    QVERIFY(AccountController::rememberedAccounts().isEmpty());
    const auto keychain =
        readKeychain(CredentialStore::keyFor(endpointOf(m_server), QStringLiteral("CSCO10000001")));
    QVERIFY(keychain && !keychain->found);

    QSignalSpy failed(&controller, &AccountController::signInFailed);
    controller.resume({endpointOf(m_server), QStringLiteral("CSCO10000001"), QString()});
    QVERIFY(failed.wait(kWaitMs));
}

void TestClientIntegration::rememberedAccountResumesFromTheKeychain() {
    const QString key = CredentialStore::keyFor(endpointOf(m_server), kLogin);
    QString cacheFile;
    QString firstToken;
    {
        AccountController controller({});
        QVERIFY(signInAndSync(controller, m_server, true));
        QVERIFY(controller.isRemembered());
        cacheFile = controller.cacheFilePath();
        QVERIFY(QFile::exists(cacheFile));
        struct stat info = {};
        QCOMPARE(::stat(QFile::encodeName(cacheFile).constData(), &info), 0);
        QCOMPARE(info.st_mode & 0777, mode_t(0600));
        QTRY_VERIFY_WITH_TIMEOUT(readKeychain(key)->found, kWaitMs);
        firstToken = readKeychain(key)->secret;
        QCOMPARE(firstToken, liveRefreshToken(controller));
    }

    const QList<client::RememberedAccount> accounts = AccountController::rememberedAccounts();
    QCOMPARE(accounts.size(), 1);
    QCOMPARE(accounts.first().loginId, kLogin);
    // The name comes from the account's cache; the settings file says where and as whom to
    // resume, no more, and to its owner alone.
    QCOMPARE(accounts.first().displayName, QStringLiteral("John Doe"));
    {
        const QString settingsFile = QSettings(QSettings::NativeFormat, QSettings::UserScope,
                                               client::AppSettings::organizationName(),
                                               client::AppSettings::applicationName())
                                         .fileName();
        struct stat info = {};
        QCOMPARE(::stat(QFile::encodeName(settingsFile).constData(), &info), 0);
        QCOMPARE(info.st_mode & 0777, mode_t(0600));
        QFile file(settingsFile);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY2(text.contains(kLogin.toLatin1()), text.constData());
        QVERIFY2(!text.contains("John") && !text.contains("Doe"), text.constData());
    }
    QCOMPARE(accounts.first().endpoint.key(), endpointOf(m_server).key());
    QCOMPARE(accounts.first().endpoint.caFile, m_server.caFile());

    // The next start: no password. The cached data shows before any network answer.
    AccountController controller({});
    QSignalSpy signedIn(&controller, &AccountController::signedIn);
    QSignalSpy changed(&controller, &AccountController::dataChanged);
    controller.resume(accounts.first());
    QCOMPARE(changed.size(), 1);
    QCOMPARE(controller.data().profile.loginId, kLogin);
    QCOMPARE(controller.data().exams.size(), 10);
    QVERIFY(controller.lastSynced().isValid());
    QVERIFY(signedIn.wait(kWaitMs));
    QVERIFY(waitForSync(controller));

    // It revalidated what it had on disk (the list of resources: 304, so nothing else was asked)
    // and rotated the refresh token into the keychain.
    QCOMPARE(controller.lastSyncStatistics().fetched, 0);
    QCOMPARE(controller.lastSyncStatistics().notModified, 1);
    QCOMPARE(controller.lastSyncStatistics().unchanged, resourceCount(controller.data()) - 1);
    const QString rotated = liveRefreshToken(controller);
    QVERIFY(!rotated.isEmpty() && rotated != firstToken);
    QTRY_COMPARE_WITH_TIMEOUT(readKeychain(key)->secret, rotated, kWaitMs);
    QVERIFY(refreshStatus(m_server, firstToken) >= 400);
}

void TestClientIntegration::offlineStartShowsCachedData() {
    TestServer server;
    QVERIFY2(server.start(), qPrintable(server.error()));
    client::RememberedAccount account;
    {
        AccountController controller({});
        QVERIFY(signInAndSync(controller, server, true));
        QTRY_VERIFY_WITH_TIMEOUT(
            readKeychain(CredentialStore::keyFor(endpointOf(server), kLogin))->found, kWaitMs);
        account = AccountController::rememberedAccounts().value(0);
    }
    server.stop();

    AccountController controller({});
    QSignalSpy states(&controller, &AccountController::syncStateChanged);
    controller.resume(account);
    QCOMPARE(controller.data().profile.loginId, kLogin);
    const QDateTime lastSynced = controller.lastSynced();
    QVERIFY(lastSynced.isValid());
    QTRY_COMPARE_WITH_TIMEOUT(controller.syncState(), AccountController::SyncState::Offline,
                              kWaitMs);
    QVERIFY(controller.isSignedIn());
    QVERIFY2(controller.offlineReason().startsWith(QLatin1String("Cannot reach the server")),
             qPrintable(controller.offlineReason()));
    QCOMPARE(controller.nextRetrySeconds(), client::SyncService::kFirstRetrySeconds);
    QCOMPARE(controller.lastSynced(), lastSynced);
    QCOMPARE(controller.data().exams.size(), 10);
    QCOMPARE(states.last().first().value<AccountController::SyncState>(),
             AccountController::SyncState::Offline);

    // The server comes back: the scheduled retry finds it, without anyone asking.
    QVERIFY2(server.restart(TestServer::defaultNow()), qPrintable(server.error()));
    QVERIFY(waitForSync(controller));
    QCOMPARE(controller.syncState(), AccountController::SyncState::Idle);
    QVERIFY(controller.lastSynced() > lastSynced);
    QVERIFY(controller.offlineReason().isEmpty());
}

void TestClientIntegration::serverKilledMidSyncKeepsTheCache() {
    TestServer server;
    QVERIFY2(server.start(), qPrintable(server.error()));
    AccountController controller({});
    QVERIFY(signInAndSync(controller, server, true));
    const QString cacheFile = controller.cacheFilePath();
    QVERIFY(!cacheFile.isEmpty());

    client::LocalCache observer;
    QString error;
    QVERIFY(observer.openFile(cacheFile, &error));
    const QHash<QString, client::LocalCache::Entry> before = observer.entries();
    const QDateTime syncedBefore = observer.lastSynced();
    QVERIFY(syncedBefore.isValid());
    QCOMPARE(before.size(), resourceCount(controller.data()));

    // Something changed, so the next sync asks for more than the list; kill -9 the server as the
    // first answer (the list) arrives.
    QVERIFY(server.execute(QStringLiteral("UPDATE candidates SET first_name = 'Johnny' WHERE "
                                          "login_id = ?"),
                           {kLogin}));
    auto *sync = controller.findChild<client::SyncService *>();
    QVERIFY(sync);
    int answers = 0;
    connect(sync, &client::SyncService::resourceAnswered, this, [&] {
        if (++answers == 1)
            server.kill();
    });
    QSignalSpy finished(&controller, &AccountController::syncFinished);
    controller.refresh();
    QVERIFY(finished.wait(kWaitMs));
    QCOMPARE(finished.first().first().toBool(), false);
    QVERIFY(answers >= 1);
    QVERIFY(answers < resourceCount(controller.data()));
    QCOMPARE(controller.syncState(), AccountController::SyncState::Offline);
    QVERIFY(!controller.offlineReason().isEmpty());

    // The previous cache is whole: same entries, same last sync; the data is still shown.
    const QHash<QString, client::LocalCache::Entry> after = observer.entries();
    QCOMPARE(after.size(), before.size());
    for (const client::LocalCache::Entry &entry : before) {
        QCOMPARE(after.value(entry.path).body, entry.body);
        QCOMPARE(after.value(entry.path).etag, entry.etag);
        QCOMPARE(after.value(entry.path).fetchedAt, entry.fetchedAt);
    }
    QCOMPARE(observer.lastSynced(), syncedBefore);
    QVERIFY(observer.load(&error).has_value());
    QCOMPARE(controller.lastSynced(), syncedBefore);
    QCOMPARE(controller.data().exams.size(), 10);
    controller.signOut();
    QSignalSpy(&controller, &AccountController::signedOut).wait(kWaitMs);
}

void TestClientIntegration::refreshesTransparentlyAfterExpiry() {
    TestServer server;
    QVERIFY2(server.start(), qPrintable(server.error()));
    AccountController controller({});
    QVERIFY(signInAndSync(controller, server, false));
    const QString tokenBefore = liveRefreshToken(controller);
    auto *session = controller.findChild<client::Session *>();
    QVERIFY(session);
    QCOMPARE(session->refreshCount(), 0);

    // Twenty minutes later the 15-minute access token is dead; the sync refreshes and retries.
    QVERIFY(server.restart(TestServer::defaultNow().addSecs(20 * 60)));
    QSignalSpy signedOut(&controller, &AccountController::signedOut);
    controller.refresh();
    QVERIFY(waitForSync(controller));
    QCOMPARE(session->refreshCount(), 1);
    QVERIFY(liveRefreshToken(controller) != tokenBefore);
    QVERIFY(signedOut.isEmpty());
    QVERIFY(controller.isSignedIn());
    QCOMPARE(controller.data().profile.loginId, kLogin);
    QCOMPARE(controller.lastSyncStatistics().fetched, 0);
}

void TestClientIntegration::renewsTheAccessTokenBeforeItExpires() {
    // A server whose access tokens live 20 seconds: the session renews at ~80% (16 s), unasked.
    TestServer server;
    QVERIFY2(server.start(TestServer::defaultNow(), QStringLiteral("demo"),
                          {QStringLiteral("--access-token-lifetime"), QStringLiteral("20")}),
             qPrintable(server.error()));
    AccountController controller({});
    QVERIFY(signInAndSync(controller, server, false));
    auto *session = controller.findChild<client::Session *>();
    QVERIFY(session);
    QCOMPARE(session->refreshCount(), 0);
    const QString tokenBefore = liveRefreshToken(controller);

    QSignalSpy renewed(session, &client::Session::refreshTokenChanged);
    QVERIFY(renewed.wait(kWaitMs));
    QCOMPARE(session->refreshCount(), 1);
    QVERIFY(session->hasAccessToken());
    QVERIFY(liveRefreshToken(controller) != tokenBefore);
    QCOMPARE(controller.syncState(), AccountController::SyncState::Idle);

    // Past the first token's lifetime a sync goes through on the renewed token: had it sent the
    // old one, the 401 would have cost a second refresh (the next renewal is 16 s away).
    QTest::qWait(5000);
    controller.refresh();
    QVERIFY(waitForSync(controller));
    QCOMPARE(session->refreshCount(), 1);
    QCOMPARE(controller.lastSyncStatistics().notModified, 1);
    QVERIFY(controller.isSignedIn());
}

void TestClientIntegration::expiredRefreshTokenSignsOut() {
    TestServer server;
    QVERIFY2(server.start(), qPrintable(server.error()));
    AccountController controller({});
    QVERIFY(signInAndSync(controller, server, true));

    // Thirty-one days on, the refresh token has expired too: the session ends, with a reason.
    QVERIFY(server.restart(TestServer::defaultNow().addDays(31)));
    QSignalSpy signedOut(&controller, &AccountController::signedOut);
    controller.refresh();
    QVERIFY(signedOut.wait(kWaitMs));
    const QString reason = signedOut.first().first().toString();
    QVERIFY2(!reason.isEmpty(), "a forced sign-out says why");
    QVERIFY(!controller.isSignedIn());
    QVERIFY(controller.data().profile.loginId.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(
        !readKeychain(CredentialStore::keyFor(endpointOf(server), kLogin))->found, kWaitMs);
}

void TestClientIntegration::signOutRevokesAndForgets() {
    AccountController controller({});
    QVERIFY(signInAndSync(controller, m_server, true, QStringLiteral("CSCO10000001")));
    const QString key =
        CredentialStore::keyFor(endpointOf(m_server), QStringLiteral("CSCO10000001"));
    const QString cacheFile = controller.cacheFilePath();
    const QString refreshToken = liveRefreshToken(controller);
    QVERIFY(QFile::exists(cacheFile));
    QTRY_VERIFY_WITH_TIMEOUT(readKeychain(key)->found, kWaitMs);
    QCOMPARE(AccountController::rememberedAccounts().size(), 1);

    QSignalSpy signedOut(&controller, &AccountController::signedOut);
    controller.signOut();
    QVERIFY(signedOut.wait(kWaitMs));
    QCOMPARE(signedOut.first().first().toString(), QString());
    QVERIFY(!controller.isSignedIn());
    QVERIFY(controller.data().profile.loginId.isEmpty());

    QCOMPARE(refreshStatus(m_server, refreshToken), 400);
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QVERIFY2(!QFile::exists(cacheFile + suffix), qPrintable(cacheFile + suffix));
    const auto keychain = readKeychain(key);
    QVERIFY(keychain && !keychain->found && keychain->error.isEmpty());
    QVERIFY(AccountController::rememberedAccounts().isEmpty());
}

QTEST_GUILESS_MAIN(TestClientIntegration)
#include "TestClientIntegration.moc"
