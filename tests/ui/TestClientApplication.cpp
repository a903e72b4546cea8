// The certtrack start-up and sign-out paths as ClientApplication wires them, against a real
// certtrackd over TLS and the real keychain (runs inside tests/tools/with-keyring.sh): a
// remembered sign-in through the dialog, the next start showing the cache at once, an offline
// start with its notice and back-off, sign-out back to a prefilled dialog leaving nothing behind,
// switching between two remembered accounts and signing out of one, a second certtrack process
// bringing the first forward, and a refresh token that expired bringing the dialog back with the
// reason.

#include "AppTestSupport.h"
#include "TestServer.h"
#include "app/ClientApplication.h"
#include "app/SingleInstance.h"
#include "client/AccountController.h"
#include "client/CredentialStore.h"
#include "client/LocalCache.h"
#include "client/SyncService.h"
#include "itemmodels/DisplayFormat.h"
#include "ui/AccountPage.h"
#include "ui/MainWindow.h"
#include "ui/MessageBox.h"
#include "ui/SignInDialog.h"
#include "ui/personalinfo/SettingsView.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QLocalSocket>
#include <QMenu>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>

using namespace certtrack;
using client::AccountController;
using client::CredentialStore;
using test::child;
using test::isShown;
using test::keychainHolds;
using test::keychainLacks;
using test::pageChild;
using test::TestServer;

namespace {

const QString kLogin = QStringLiteral("CSCO10000000");
const QString kPassword = QStringLiteral("certtrack-demo");
constexpr int kWaitMs = 30000;

} // namespace

class TestClientApplication : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void rememberedSignInThroughTheDialog();
    void anotherServerOnTheCommandLineIsNotResumed();
    void nextStartShowsTheCacheAtOnceAndRevalidates();
    void nextStartBuildsOnlyTheShownPageAndTheOthersWhenShown();
    void serverDownShowsTheOfflineNoticeAndBacksOff();
    void signOutReturnsToAPrefilledDialogAndLeavesNothing();
    void switchingAccountsShowsOnlyThatPersonAndSignOutLeavesTheOther();
    void aSecondStartBringsTheFirstForwardAndExits();
    void withNobodyListeningTheFirstStartListens();
    void aStrangerOnTheSocketActivatesNothing();
    // Moves the server clock 31 days on, so it comes last.
    void expiredRefreshTokenBringsTheDialogBackWithTheReason();
    // Moves the clock another month, after the test above.
    void answersTypedBeforeTheSessionEndsAreStillThereAfterSigningIn();

private:
    app::ClientApplication *launch(const app::LaunchOptions &options = {});
    void signInWithRememberMe(const QString &login = kLogin);
    QAction *accountAction(const QString &login) const;
    bool waitForSync() { return test::waitForSync(m_app->controller()); }
    QString credentialKey() const {
        return CredentialStore::keyFor({m_server.baseUrl(), m_server.caFile()}, kLogin);
    }

    TestServer m_server;
    std::unique_ptr<app::ClientApplication> m_app;
};

void TestClientApplication::initTestCase() {
    QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"),
             "run inside tests/tools/with-keyring.sh");
    QStandardPaths::setTestModeEnabled(true);
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
    QVERIFY2(m_server.start(), qPrintable(m_server.error()));
}

void TestClientApplication::init() {
    QTest::failOnWarning(QRegularExpression(QStringLiteral("QNetworkReply.*Internal problem")));
}

void TestClientApplication::cleanup() {
    // Quitting the app: the next test starts it afresh, as a person would.
    m_app.reset();
}

app::ClientApplication *TestClientApplication::launch(const app::LaunchOptions &options) {
    m_app = std::make_unique<app::ClientApplication>(options);
    m_app->start();
    return m_app.get();
}

void TestClientApplication::signInWithRememberMe(const QString &login) {
    ui::SignInDialog *dialog = m_app->signInDialog();
    QVERIFY(isShown(dialog));
    child<QLineEdit>(dialog, "loginIdEdit")->setText(login);
    child<QLineEdit>(dialog, "passwordEdit")->setText(kPassword);
    child<QCheckBox>(dialog, "rememberCheck")->setChecked(true);
    QTest::mouseClick(child<QPushButton>(dialog, "signInButton"), Qt::LeftButton);
    // With "Add account…" the window is already open: the dialog going away is the sign.
    QTRY_VERIFY_WITH_TIMEOUT(!isShown(m_app->signInDialog()), kWaitMs);
    QVERIFY(m_app->mainWindow()->isVisible());
    QVERIFY(waitForSync());
    QVERIFY(m_app->controller()->isRemembered());
    QCOMPARE(m_app->controller()->loginId(), login);
    QTRY_VERIFY_WITH_TIMEOUT(
        keychainHolds(CredentialStore::keyFor({m_server.baseUrl(), m_server.caFile()}, login)),
        kWaitMs);
}

// The entry for a remembered account in the window's Account menu, as listed right now.
QAction *TestClientApplication::accountAction(const QString &login) const {
    auto *menu = child<QMenu>(m_app->mainWindow(), "accountMenu");
    if (!menu)
        return nullptr;
    for (QAction *action : menu->actions()) {
        if (action->objectName() == QLatin1String("switchAccountAction") &&
            action->data().toString() == login)
            return action;
    }
    return nullptr;
}

void TestClientApplication::rememberedSignInThroughTheDialog() {
    app::LaunchOptions options;
    options.server = m_server.baseUrl();
    options.caFile = m_server.caFile();
    launch(options);
    // Nothing remembered yet: the dialog, prefilled from the command line, and no window.
    ui::SignInDialog *dialog = m_app->signInDialog();
    QVERIFY(isShown(dialog));
    QVERIFY(!m_app->mainWindow()->isVisible());
    QCOMPARE(child<QLineEdit>(dialog, "serverEdit")->text(), m_server.baseUrl().toString());
    QCOMPARE(child<QLineEdit>(dialog, "caFileEdit")->text(), m_server.caFile());

    signInWithRememberMe();
    QVERIFY(QFile::exists(m_app->controller()->cacheFilePath()));
    const QList<client::RememberedAccount> accounts = AccountController::rememberedAccounts();
    QCOMPARE(accounts.size(), 1);
    QCOMPARE(accounts.first().loginId, kLogin);
}

void TestClientApplication::anotherServerOnTheCommandLineIsNotResumed() {
    // Same host, another port: another server, so the dialog for it and not the account.
    QUrl elsewhere = m_server.baseUrl();
    elsewhere.setPort(m_server.baseUrl().port() == 1 ? 2 : 1);
    app::LaunchOptions options;
    options.server = elsewhere;
    app::ClientApplication *app = launch(options);
    QVERIFY(isShown(app->signInDialog()));
    QVERIFY(!app->mainWindow()->isVisible());
    QCOMPARE(child<QLineEdit>(app->signInDialog(), "serverEdit")->text(), elsewhere.toString());
    QVERIFY(app->controller()->data().profile.loginId.isEmpty());
    QCOMPARE(AccountController::rememberedAccounts().size(), 1);
}

void TestClientApplication::nextStartShowsTheCacheAtOnceAndRevalidates() {
    app::ClientApplication *app = launch();
    AccountController *controller = app->controller();
    ui::MainWindow *window = app->mainWindow();
    // Before the event loop has run once (so before any network answer): the window with the
    // cached account, and no dialog.
    QVERIFY(window->isVisible());
    QVERIFY(!isShown(app->signInDialog()));
    QVERIFY(!controller->isSignedIn());
    QVERIFY2(child<QLabel>(window, "homeWelcome")->text().contains(QStringLiteral("John Doe")),
             qPrintable(child<QLabel>(window, "homeWelcome")->text()));
    // Testing History is built when first asked for, also with the cached data.
    QCOMPARE(pageChild<QAbstractItemView>(window, ui::MainWindow::TestingHistoryTab, "examsView")
                 ->model()
                 ->rowCount(),
             10);
    const QDateTime cachedSync = controller->lastSynced();
    QVERIFY(cachedSync.isValid());
    QVERIFY(child<QLabel>(window, "lastSyncedLabel")
                ->text()
                .contains(itemmodels::DisplayFormat::instant(cachedSync)));

    // Then it revalidates in the background: everything answered 304.
    QSignalSpy finished(controller, &AccountController::syncFinished);
    QVERIFY(finished.wait(kWaitMs));
    QVERIFY2(finished.first().first().toBool(), qPrintable(controller->offlineReason()));
    QVERIFY(controller->isSignedIn());
    QCOMPARE(controller->lastSyncStatistics().fetched, 0);
    QVERIFY(controller->lastSyncStatistics().notModified > 0);
    QVERIFY(controller->lastSynced() > cachedSync);
    QVERIFY(!child<QLabel>(window, "offlineBanner")->isVisible());
    QVERIFY(!isShown(app->signInDialog()));
}

// The first paint waits for no page nobody looks at: only Home is built with the window, the
// other sections when first shown, each then with the account's cached data.
void TestClientApplication::nextStartBuildsOnlyTheShownPageAndTheOthersWhenShown() {
    app::ClientApplication *app = launch();
    ui::MainWindow *window = app->mainWindow();
    QVERIFY(window->isVisible());
    const QList<ui::AccountPage *> built = window->findChildren<ui::AccountPage *>();
    QCOMPARE(built.size(), 1);
    QCOMPARE(built.first(), window->page(ui::MainWindow::HomeTab));
    QVERIFY(!window->findChild<QWidget *>(QStringLiteral("certificationsPage")));

    window->tabs()->setCurrentIndex(ui::MainWindow::CertificationsTab);
    QVERIFY(window->findChild<QWidget *>(QStringLiteral("certificationsPage")));
    auto *view = child<QAbstractItemView>(window, "certificationsView");
    QVERIFY(view && view->isVisible());
    QVERIFY(view->model()->rowCount() > 0);
    QCOMPARE(window->findChildren<ui::AccountPage *>().size(), 2);
    // Asking for a page builds it too, for whoever needs it before it is shown.
    QVERIFY(window->page(ui::MainWindow::BadgesTab));
    QCOMPARE(window->findChildren<ui::AccountPage *>().size(), 3);
    // Shown and synced pages follow the data from then on like the others.
    QVERIFY(waitForSync());
    QVERIFY(view->model()->rowCount() > 0);
}

void TestClientApplication::serverDownShowsTheOfflineNoticeAndBacksOff() {
    m_server.stop();
    ui::MessageBox::setNextAnswer(QMessageBox::NoButton);
    app::ClientApplication *app = launch();
    AccountController *controller = app->controller();
    ui::MainWindow *window = app->mainWindow();
    QVERIFY(window->isVisible());
    QCOMPARE(pageChild<QAbstractItemView>(window, ui::MainWindow::TestingHistoryTab, "examsView")
                 ->model()
                 ->rowCount(),
             10);
    const QDateTime lastSynced = controller->lastSynced();

    auto *banner = child<QLabel>(window, "offlineBanner");
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), kWaitMs);
    const QString expected = QStringLiteral("Offline — last synced %1. Retrying…")
                                 .arg(itemmodels::DisplayFormat::instant(lastSynced));
    QCOMPARE(banner->text(), expected);
    QVERIFY2(banner->toolTip().contains(QStringLiteral("Cannot reach the server")),
             qPrintable(banner->toolTip()));
    QCOMPARE(controller->nextRetrySeconds(), client::SyncService::kFirstRetrySeconds);

    // The automatic retry fails too and waits twice as long; still no dialog of any kind.
    QSignalSpy finished(controller, &AccountController::syncFinished);
    QVERIFY(finished.wait(kWaitMs));
    QCOMPARE(finished.first().first().toBool(), false);
    QCOMPARE(controller->nextRetrySeconds(), 2 * client::SyncService::kFirstRetrySeconds);
    QVERIFY(banner->isVisible());
    QVERIFY(!isShown(app->signInDialog()));
    QVERIFY(ui::MessageBox::lastText().isEmpty());
    QCOMPARE(controller->lastSynced(), lastSynced);
    QCOMPARE(pageChild<QAbstractItemView>(window, ui::MainWindow::TestingHistoryTab, "examsView")
                 ->model()
                 ->rowCount(),
             10);

    // The server is back; Refresh does not wait for the next retry, and the notice goes.
    QVERIFY2(m_server.restart(TestServer::defaultNow()), qPrintable(m_server.error()));
    child<QAction>(window, "refreshAction")->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!banner->isVisible(), kWaitMs);
    QVERIFY(waitForSync());
    QVERIFY(controller->lastSynced() > lastSynced);
    QCOMPARE(controller->nextRetrySeconds(), 0);
}

void TestClientApplication::signOutReturnsToAPrefilledDialogAndLeavesNothing() {
    app::ClientApplication *app = launch();
    ui::MainWindow *window = app->mainWindow();
    QVERIFY(waitForSync());
    const QString cacheFile = app->controller()->cacheFilePath();
    QVERIFY(QFile::exists(cacheFile));
    QVERIFY(keychainHolds(credentialKey()));

    ui::MessageBox::setNextAnswer(QMessageBox::Yes);
    child<QAction>(window, "signOutAction")->trigger();
    QVERIFY(ui::MessageBox::lastText().contains(kLogin));
    QTRY_VERIFY_WITH_TIMEOUT(isShown(app->signInDialog()), kWaitMs);
    QVERIFY(!window->isVisible());

    // Started without --server: the address comes from the account just signed out of.
    ui::SignInDialog *dialog = app->signInDialog();
    QCOMPARE(child<QLineEdit>(dialog, "serverEdit")->text(), m_server.baseUrl().toString());
    QCOMPARE(child<QLineEdit>(dialog, "caFileEdit")->text(), m_server.caFile());
    QCOMPARE(child<QLineEdit>(dialog, "loginIdEdit")->text(), kLogin);
    QVERIFY(child<QLineEdit>(dialog, "passwordEdit")->text().isEmpty());
    QVERIFY(!child<QLabel>(dialog, "signInNotice")->isVisible()); // the person chose this

    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QVERIFY2(!QFile::exists(cacheFile + suffix), qPrintable(cacheFile + suffix));
    QVERIFY(keychainLacks(credentialKey()));
    QVERIFY(AccountController::rememberedAccounts().isEmpty());
    QVERIFY(app->controller()->data().profile.loginId.isEmpty());
}

void TestClientApplication::switchingAccountsShowsOnlyThatPersonAndSignOutLeavesTheOther() {
    const QString otherLogin = QStringLiteral("CSCO10000001");
    const client::ServerEndpoint endpoint{m_server.baseUrl(), m_server.caFile()};
    const QString otherKey = CredentialStore::keyFor(endpoint, otherLogin);
    app::LaunchOptions options;
    options.server = m_server.baseUrl();
    options.caFile = m_server.caFile();
    launch(options);
    signInWithRememberMe();
    ui::MainWindow *window = m_app->mainWindow();
    auto *signedInLabel = child<QLabel>(window, "signedInLabel");
    QVERIFY(accountAction(kLogin));
    QVERIFY(accountAction(kLogin)->isChecked());
    QVERIFY(!accountAction(otherLogin));

    // "Add account…": the dialog over the window, without the current login; Remember me adds
    // the second person to the list.
    child<QAction>(window, "addAccountAction")->trigger();
    QVERIFY(isShown(m_app->signInDialog()));
    QVERIFY(child<QLineEdit>(m_app->signInDialog(), "loginIdEdit")->text().isEmpty());
    signInWithRememberMe(otherLogin);
    QCOMPARE(AccountController::rememberedAccounts().size(), 2);
    QTRY_VERIFY_WITH_TIMEOUT(signedInLabel->text().contains(QStringLiteral("Amira Haddad")),
                             kWaitMs);
    QVERIFY2(signedInLabel->text().contains(otherLogin), qPrintable(signedInLabel->text()));
    QVERIFY(accountAction(otherLogin) && accountAction(otherLogin)->isChecked());
    QVERIFY(accountAction(kLogin) && !accountAction(kLogin)->isChecked());
    QVERIFY2(accountAction(otherLogin)->text().contains(QStringLiteral("Amira Haddad")),
             qPrintable(accountAction(otherLogin)->text()));
    QVERIFY(!child<QLabel>(window, "homeWelcome")->text().contains(QStringLiteral("John Doe")));
    QCOMPARE(m_app->controller()->data().profile.loginId, otherLogin);
    const int otherExams =
        pageChild<QAbstractItemView>(window, ui::MainWindow::TestingHistoryTab, "examsView")
            ->model()
            ->rowCount();

    // Switch back to the first: no password, its cache at once, and nothing of Amira left.
    accountAction(kLogin)->trigger();
    QCOMPARE(m_app->controller()->loginId(), kLogin);
    QVERIFY(!isShown(m_app->signInDialog()));
    QVERIFY2(signedInLabel->text().contains(QStringLiteral("John Doe")),
             qPrintable(signedInLabel->text()));
    QVERIFY(signedInLabel->text().contains(kLogin));
    QVERIFY(!signedInLabel->text().contains(otherLogin));
    QVERIFY(child<QLabel>(window, "homeWelcome")->text().contains(QStringLiteral("John Doe")));
    QCOMPARE(pageChild<QAbstractItemView>(window, ui::MainWindow::TestingHistoryTab, "examsView")
                 ->model()
                 ->rowCount(),
             10);
    QVERIFY(otherExams != 10);
    QVERIFY(waitForSync());
    QCOMPARE(m_app->controller()->data().profile.loginId, kLogin);
    QVERIFY(!m_app->controller()->data().profile.email.contains(QStringLiteral("amira")));
    QVERIFY(accountAction(kLogin)->isChecked());
    // Switching signed out of nothing: the second person's sign-in is still in the keychain.
    QVERIFY(keychainHolds(otherKey));
    QVERIFY(QFile::exists(client::LocalCache::filePathFor(endpoint, otherLogin)));

    // Sign out of the first only: the second's cache, keychain entry and settings stay.
    const QString firstCache = m_app->controller()->cacheFilePath();
    ui::MessageBox::setNextAnswer(QMessageBox::Yes);
    child<QAction>(window, "signOutAction")->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(isShown(m_app->signInDialog()), kWaitMs);
    QVERIFY(!QFile::exists(firstCache));
    QVERIFY(keychainLacks(credentialKey()));
    QVERIFY(QFile::exists(client::LocalCache::filePathFor(endpoint, otherLogin)));
    QVERIFY(keychainHolds(otherKey));
    const QList<client::RememberedAccount> left = AccountController::rememberedAccounts();
    QCOMPARE(left.size(), 1);
    QCOMPARE(left.first().loginId, otherLogin);
    m_app.reset();

    // The next start opens the one left; signing out of it too leaves nothing for later tests.
    app::ClientApplication *app = launch();
    QCOMPARE(app->controller()->loginId(), otherLogin);
    QVERIFY(waitForSync());
    ui::MessageBox::setNextAnswer(QMessageBox::Yes);
    child<QAction>(app->mainWindow(), "signOutAction")->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(isShown(app->signInDialog()), kWaitMs);
    QVERIFY(keychainLacks(otherKey));
    QVERIFY(AccountController::rememberedAccounts().isEmpty());
}

void TestClientApplication::aSecondStartBringsTheFirstForwardAndExits() {
    app::LaunchOptions options;
    options.server = m_server.baseUrl();
    options.caFile = m_server.caFile();
    app::ClientApplication *first = launch(options);
    QVERIFY(isShown(first->signInDialog()));
    app::SingleInstance instance(app::SingleInstance::serverNameForCurrentUser());
    QSignalSpy primary(&instance, &app::SingleInstance::becamePrimary);
    QSignalSpy activations(&instance, &app::SingleInstance::activationRequested);
    connect(&instance, &app::SingleInstance::activationRequested, first,
            &app::ClientApplication::activate);
    instance.start();
    QVERIFY(primary.wait(kWaitMs));
    QVERIFY(instance.isListening());
    // Something else has the focus when the second start comes.
    QWidget elsewhere;
    elsewhere.show();
    QApplication::setActiveWindow(&elsewhere);
    QTRY_COMPARE_WITH_TIMEOUT(QApplication::activeWindow(), &elsewhere, kWaitMs);

    // A real second certtrack (same person: same HOME and user) finds the first and leaves.
    QProcess second;
    second.setProcessChannelMode(QProcess::ForwardedChannels);
    second.start(QStringLiteral(CERTTRACK_CLIENT_PATH), {});
    QVERIFY2(second.waitForStarted(kWaitMs), qPrintable(second.errorString()));
    QTRY_COMPARE_WITH_TIMEOUT(second.state(), QProcess::NotRunning, kWaitMs);
    QCOMPARE(second.exitStatus(), QProcess::NormalExit);
    QCOMPARE(second.exitCode(), 0);
    QCOMPARE(activations.size(), 1);
    // The first came forward: its sign-in dialog (nobody is signed in) is the active window.
    QVERIFY(isShown(first->signInDialog()));
    QTRY_COMPARE_WITH_TIMEOUT(QApplication::activeWindow(),
                              static_cast<QWidget *>(first->signInDialog()), kWaitMs);
    QVERIFY(!first->mainWindow()->isVisible());
}

void TestClientApplication::withNobodyListeningTheFirstStartListens() {
    const QString name = app::SingleInstance::serverNameForCurrentUser() + QStringLiteral("-alone");
    app::SingleInstance instance(name);
    QSignalSpy forwarded(&instance, &app::SingleInstance::forwardedToRunningInstance);
    QSignalSpy primary(&instance, &app::SingleInstance::becamePrimary);
    instance.start();
    QVERIFY(primary.wait(kWaitMs));
    QVERIFY(forwarded.isEmpty());
    QVERIFY(instance.isListening());

    // A later start under the same name is forwarded to it.
    app::SingleInstance later(name);
    QSignalSpy laterForwarded(&later, &app::SingleInstance::forwardedToRunningInstance);
    QSignalSpy activations(&instance, &app::SingleInstance::activationRequested);
    later.start();
    QVERIFY(laterForwarded.wait(kWaitMs));
    QVERIFY(!later.isListening());
    QTRY_COMPARE_WITH_TIMEOUT(activations.size(), 1, kWaitMs);
}

void TestClientApplication::aStrangerOnTheSocketActivatesNothing() {
    const QString name =
        app::SingleInstance::serverNameForCurrentUser() + QStringLiteral("-stranger");
    app::SingleInstance instance(name);
    QSignalSpy primary(&instance, &app::SingleInstance::becamePrimary);
    QSignalSpy activations(&instance, &app::SingleInstance::activationRequested);
    instance.start();
    QVERIFY(primary.wait(kWaitMs));

    QLocalSocket stranger;
    stranger.connectToServer(name);
    QTRY_COMPARE_WITH_TIMEOUT(stranger.state(), QLocalSocket::ConnectedState, kWaitMs);
    QByteArray answer;
    connect(&stranger, &QLocalSocket::readyRead, &stranger, [&] { answer += stranger.readAll(); });
    stranger.write("open the door\n");
    // Dropped without an answer.
    QTRY_COMPARE_WITH_TIMEOUT(stranger.state(), QLocalSocket::UnconnectedState, kWaitMs);
    QVERIFY2(answer.isEmpty(), answer.constData());
    QCOMPARE(activations.size(), 0);
}

void TestClientApplication::expiredRefreshTokenBringsTheDialogBackWithTheReason() {
    app::LaunchOptions options;
    options.server = m_server.baseUrl();
    options.caFile = m_server.caFile();
    launch(options);
    signInWithRememberMe();
    m_app.reset();

    // A month later the refresh token in the keychain has expired.
    QVERIFY2(m_server.restart(TestServer::defaultNow().addDays(31)), qPrintable(m_server.error()));
    app::ClientApplication *app = launch();
    QVERIFY(app->mainWindow()->isVisible()); // the cache first, as always
    QTRY_VERIFY_WITH_TIMEOUT(isShown(app->signInDialog()), kWaitMs);
    QVERIFY(!app->mainWindow()->isVisible());
    auto *notice = child<QLabel>(app->signInDialog(), "signInNotice");
    QVERIFY(notice->isVisible());
    QVERIFY2(notice->text().contains(QStringLiteral("expired")), qPrintable(notice->text()));
    QCOMPARE(child<QLineEdit>(app->signInDialog(), "loginIdEdit")->text(), kLogin);
    QCOMPARE(child<QLineEdit>(app->signInDialog(), "serverEdit")->text(),
             m_server.baseUrl().toString());
    QVERIFY(!app->controller()->isSignedIn());
    QVERIFY(app->controller()->data().profile.loginId.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(keychainLacks(credentialKey()), kWaitMs);

    // Signing in again from there works and opens the window.
    signInWithRememberMe();
}

void TestClientApplication::answersTypedBeforeTheSessionEndsAreStillThereAfterSigningIn() {
    app::LaunchOptions options;
    options.server = m_server.baseUrl();
    options.caFile = m_server.caFile();
    app::ClientApplication *app = launch(options);
    QVERIFY(waitForSync());

    // Half-way through the settings form, an answer not saved yet.
    QList<QRadioButton *> yes;
    ui::AccountPage *personalInfo = app->mainWindow()->page(ui::MainWindow::PersonalInfoTab);
    for (QRadioButton *button : personalInfo->findChildren<QRadioButton *>()) {
        if (button->objectName().startsWith(QLatin1String("settingsYes_")))
            yes.append(button);
    }
    QVERIFY(!yes.isEmpty());
    QRadioButton *answer = yes.first();
    QVERIFY(!answer->isChecked());
    answer->click();
    QVERIFY(answer->isChecked());

    // The session ends under the person's hands: the refresh token expired meanwhile.
    QVERIFY2(m_server.restart(TestServer::defaultNow().addDays(62)), qPrintable(m_server.error()));
    app->controller()->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(isShown(app->signInDialog()), kWaitMs);
    QVERIFY(answer->isChecked());

    // Signing in again brings the window back with the answer as it was typed.
    signInWithRememberMe();
    QVERIFY(answer->isChecked());
    auto *confirm = child<QPushButton>(app->mainWindow(), "settingsConfirm");
    QVERIFY(confirm);
    QVERIFY(!confirm->isEnabled()); // the other required questions are still unanswered

    // The session ends again, and this time somebody else signs in on the same machine: nothing
    // John typed may be shown to them.
    QVERIFY2(m_server.restart(TestServer::defaultNow().addDays(93)), qPrintable(m_server.error()));
    app->controller()->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(isShown(app->signInDialog()), kWaitMs);
    signInWithRememberMe(QStringLiteral("CSCO10000001"));
    auto *settings = app->mainWindow()->findChild<ui::SettingsView *>();
    QVERIFY(settings);
    QVERIFY(!settings->hasUnsavedChanges());
    const auto &questions = app->controller()->data().settings.questions;
    QVERIFY(!questions.isEmpty());
    for (QRadioButton *button : app->mainWindow()->findChildren<QRadioButton *>()) {
        const QString name = button->objectName();
        if (!name.startsWith(QLatin1String("settingsYes_")))
            continue;
        const QString id = name.mid(int(qstrlen("settingsYes_")));
        for (const auto &question : questions) {
            if (question.id == id)
                QCOMPARE(button->isChecked(), question.answer.value_or(false));
        }
    }
}

QTEST_MAIN(TestClientApplication)
#include "TestClientApplication.moc"
