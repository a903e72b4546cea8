// Kiosk mode as ClientApplication wires it, against a real certtrackd over TLS and the real
// keychain (runs inside tests/tools/with-keyring.sh, so HOME and the XDG folders are private to
// the test): nobody is remembered, and after a person signs out nothing of them is left on disk.

#include "AppTestSupport.h"
#include "TestServer.h"
#include "app/ClientApplication.h"
#include "app/KioskIdleGuard.h"
#include "client/AccountController.h"
#include "client/AppSettings.h"
#include "client/CredentialStore.h"
#include "ui/IdleWarningDialog.h"
#include "ui/MainWindow.h"
#include "ui/MessageBox.h"
#include "ui/SignInDialog.h"
#include "ui/certifications/CertificationsPage.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
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
const QString kOtherLogin = QStringLiteral("CSCO10000001");
const QString kPassword = QStringLiteral("certtrack-demo");
constexpr int kWaitMs = 30000;

// Every file under the person's home and XDG folders whose name or content mentions text.
QStringList filesMentioning(const QString &text) {
    QStringList roots{QDir::homePath()};
    for (const char *variable : {"XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"}) {
        if (qEnvironmentVariableIsSet(variable))
            roots.append(qEnvironmentVariable(variable));
    }
    const QList<QByteArray> needles{
        text.toUtf8(), QByteArray(reinterpret_cast<const char *>(text.utf16()), text.size() * 2)};
    QStringList found;
    for (const QString &root : roots) {
        QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (path.contains(text)) {
                found.append(path);
                continue;
            }
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                continue;
            const QByteArray content = file.readAll();
            for (const QByteArray &needle : needles) {
                if (content.contains(needle)) {
                    found.append(path);
                    break;
                }
            }
        }
    }
    return found;
}

// Texts of a person anywhere in a window: labels, fields and their placeholders, window title and
// every item model.
QStringList textsMentioning(QWidget *root, const QStringList &needles) {
    QStringList texts{root->windowTitle()};
    for (auto *label : root->findChildren<QLabel *>())
        texts.append(label->text());
    // A placeholder reads as somebody's value too.
    for (auto *edit : root->findChildren<QLineEdit *>())
        texts << edit->text() << edit->placeholderText();
    for (auto *view : root->findChildren<QAbstractItemView *>()) {
        QAbstractItemModel *model = view->model();
        if (!model)
            continue;
        for (int row = 0; row < model->rowCount(); ++row) {
            for (int column = 0; column < model->columnCount(); ++column)
                texts.append(model->index(row, column).data().toString());
        }
    }
    QStringList found;
    for (const QString &text : std::as_const(texts)) {
        for (const QString &needle : needles) {
            if (text.contains(needle))
                found.append(text);
        }
    }
    return found;
}

} // namespace

class TestKiosk : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void theSystemWideSettingTurnsKioskOn();
    void aKioskSessionLeavesNothingOnDisk();
    void signOutRebuildsTheWindowForTheNextPerson();
    void inputPutsTheIdleWarningOff();
    void stayingSignedInKeepsTheSession();
    void nobodyAnsweringSignsOut();
    void theWarningComesOverABoxLeftOpenAndClosesIt();
    void anUntouchedSignInFormIsCleared();
    void badIdleMinutesAreRefused_data();
    void badIdleMinutesAreRefused();

private:
    app::ClientApplication *launchKiosk();
    void signIn(const QString &login);
    bool waitForSync() { return test::waitForSync(m_app->controller()); }

    TestServer m_server;
    std::unique_ptr<app::ClientApplication> m_app;
};

void TestKiosk::initTestCase() {
    // The disk checks read the whole home folder: it must be the wrapper's throw-away one.
    QVERIFY2(QDir::homePath().contains(QLatin1String("certtrack-keyring")),
             "run inside tests/tools/with-keyring.sh");
    QVERIFY2(m_server.start(), qPrintable(m_server.error()));
}

void TestKiosk::cleanup() {
    m_app.reset();
}

app::ClientApplication *TestKiosk::launchKiosk() {
    app::LaunchOptions options;
    options.server = m_server.baseUrl();
    options.caFile = m_server.caFile();
    options.kiosk = true;
    m_app = std::make_unique<app::ClientApplication>(options);
    m_app->start();
    return m_app.get();
}

void TestKiosk::signIn(const QString &login) {
    ui::SignInDialog *dialog = m_app->signInDialog();
    QVERIFY(isShown(dialog));
    auto *remember = child<QCheckBox>(dialog, "rememberCheck");
    QVERIFY(!remember->isVisible());
    QVERIFY(!remember->isChecked());
    child<QLineEdit>(dialog, "loginIdEdit")->setText(login);
    child<QLineEdit>(dialog, "passwordEdit")->setText(kPassword);
    QTest::mouseClick(child<QPushButton>(dialog, "signInButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!isShown(m_app->signInDialog()), kWaitMs);
    QVERIFY(m_app->mainWindow()->isVisible());
    QVERIFY(waitForSync());
    QCOMPARE(m_app->controller()->loginId(), login);
    QVERIFY(!m_app->controller()->isRemembered());
}

void TestKiosk::theSystemWideSettingTurnsKioskOn() {
    QVERIFY(!client::AppSettings::kioskForEveryone());
    QCOMPARE(client::AppSettings::kioskIdleMinutes(), 0);
    // A person's own settings cannot turn it on (nor off): only the system-wide ones count.
    {
        QSettings personal(QSettings::NativeFormat, QSettings::UserScope,
                           client::AppSettings::organizationName(),
                           client::AppSettings::applicationName());
        personal.setValue(QStringLiteral("kiosk"), true);
    }
    QVERIFY(!client::AppSettings::kioskForEveryone());

    QTemporaryDir system;
    QVERIFY(system.isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::SystemScope, system.path());
    QVERIFY(QDir(system.path()).mkpath(QStringLiteral("CertTrack")));
    QFile conf(system.filePath(QStringLiteral("CertTrack/certtrack.conf")));
    QVERIFY(conf.open(QIODevice::WriteOnly));
    conf.write("[General]\nkiosk=true\nkioskIdleMinutes=3\n");
    conf.close();
    QVERIFY(client::AppSettings::kioskForEveryone());
    QCOMPARE(client::AppSettings::kioskIdleMinutes(), 3);

    QVERIFY(conf.open(QIODevice::WriteOnly | QIODevice::Truncate));
    conf.write("[General]\nkiosk=false\n");
    conf.close();
    QVERIFY(!client::AppSettings::kioskForEveryone());
    QSettings(QSettings::NativeFormat, QSettings::UserScope,
              client::AppSettings::organizationName(), client::AppSettings::applicationName())
        .remove(QStringLiteral("kiosk"));
}

void TestKiosk::aKioskSessionLeavesNothingOnDisk() {
    // Somebody once used this machine outside kiosk mode and was remembered: a kiosk neither
    // opens nor lists that account.
    const client::ServerEndpoint endpoint{m_server.baseUrl(), m_server.caFile()};
    client::AppSettings().rememberAccount({endpoint, kOtherLogin, QStringLiteral("Amira")});
    app::ClientApplication *app = launchKiosk();
    QVERIFY(isShown(app->signInDialog()));
    QVERIFY(!app->mainWindow()->isVisible());
    QVERIFY(child<QLineEdit>(app->signInDialog(), "loginIdEdit")->text().isEmpty());

    signIn(kLogin);
    ui::MainWindow *window = app->mainWindow();
    for (QAction *action : child<QMenu>(window, "accountMenu")->actions())
        QVERIFY2(action->objectName() != QLatin1String("switchAccountAction"),
                 qPrintable(action->text()));
    QVERIFY(!child<QAction>(window, "addAccountAction")->isVisible());
    // Signed in and synced: the account lives in memory only.
    QVERIFY2(filesMentioning(kLogin).isEmpty(), qPrintable(filesMentioning(kLogin).join(u' ')));

    // A file chooser used during the session keeps its last folder in Qt's own settings.
    {
        QSettings qt(QSettings::UserScope, QStringLiteral("QtProject"));
        qt.setValue(QStringLiteral("FileDialog/lastVisited"),
                    QStringLiteral("file:///media/usb/%1-certificates").arg(kLogin));
    }
    QVERIFY(!filesMentioning(kLogin).isEmpty()); // the scan sees what it is meant to see

    ui::MessageBox::setNextAnswer(QMessageBox::Yes);
    child<QAction>(window, "signOutAction")->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(isShown(app->signInDialog()), kWaitMs);
    QVERIFY(child<QLineEdit>(app->signInDialog(), "loginIdEdit")->text().isEmpty());
    QVERIFY2(filesMentioning(kLogin).isEmpty(), qPrintable(filesMentioning(kLogin).join(u' ')));
    QVERIFY(keychainLacks(CredentialStore::keyFor(endpoint, kLogin)));
    // The account remembered outside kiosk mode is left as it was.
    QCOMPARE(AccountController::rememberedAccounts().size(), 1);
    client::AppSettings().forgetAccount(endpoint, kOtherLogin);
}

void TestKiosk::signOutRebuildsTheWindowForTheNextPerson() {
    app::ClientApplication *app = launchKiosk();
    signIn(kLogin);
    const QPointer<ui::MainWindow> window = app->mainWindow();
    const QPointer<AccountController> controller = app->controller();

    // John leaves traces everywhere: a filter, an identifier on the clipboard, a dialog open.
    auto *filter = pageChild<QLineEdit>(window, ui::MainWindow::TestingHistoryTab, "examsFilter");
    QVERIFY(filter);
    QTest::keyClicks(filter, QStringLiteral("CCNA John"));
    pageChild<QPushButton>(window, ui::MainWindow::PersonalInfoTab, "copyIdentifier_loginId")
        ->click();
    QCOMPARE(QApplication::clipboard()->text(), kLogin);
    const auto &certifications = controller->data().certifications;
    QVERIFY(!certifications.isEmpty());
    auto *certificationsPage =
        qobject_cast<ui::CertificationsPage *>(window->page(ui::MainWindow::CertificationsTab));
    QVERIFY(certificationsPage);
    emit certificationsPage->pdfCertificateRequested(certifications.first().summary.id);
    const QPointer<QDialog> certificate = window->findChild<QDialog *>();
    QVERIFY(certificate);
    QVERIFY(certificate->isVisible());

    ui::MessageBox::setNextAnswer(QMessageBox::Yes);
    child<QAction>(window, "signOutAction")->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(isShown(app->signInDialog()), kWaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(window.isNull() && controller.isNull() && certificate.isNull(),
                             kWaitMs);
    QVERIFY(QApplication::clipboard()->text().isEmpty());
    const QStringList john{kLogin, QStringLiteral("John")};
    QVERIFY(app->mainWindow());
    QVERIFY(!app->mainWindow()->isVisible());
    QVERIFY2(textsMentioning(app->mainWindow(), john).isEmpty(),
             qPrintable(textsMentioning(app->mainWindow(), john).join(u'|')));
    QVERIFY2(textsMentioning(app->signInDialog(), john).isEmpty(),
             qPrintable(textsMentioning(app->signInDialog(), john).join(u'|')));
    // The server stays offered: it is the machine's, not the person's.
    QCOMPARE(child<QLineEdit>(app->signInDialog(), "serverEdit")->text(),
             m_server.baseUrl().toString());

    // The next person sees only her own data, and an empty filter.
    signIn(kOtherLogin);
    QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>(app->mainWindow(), "signedInLabel")
                                 ->text()
                                 .contains(QStringLiteral("Amira Haddad")),
                             kWaitMs);
    QVERIFY(
        pageChild<QLineEdit>(app->mainWindow(), ui::MainWindow::TestingHistoryTab, "examsFilter")
            ->text()
            .isEmpty());
    QVERIFY2(textsMentioning(app->mainWindow(), john).isEmpty(),
             qPrintable(textsMentioning(app->mainWindow(), john).join(u'|')));

    // What somebody copied elsewhere is not CertTrack's to clear.
    QApplication::clipboard()->setText(QStringLiteral("a note of somebody else"));
    ui::MessageBox::setNextAnswer(QMessageBox::Yes);
    child<QAction>(app->mainWindow(), "signOutAction")->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(isShown(app->signInDialog()), kWaitMs);
    QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("a note of somebody else"));
}

void TestKiosk::inputPutsTheIdleWarningOff() {
    app::ClientApplication *app = launchKiosk();
    app::KioskIdleGuard *guard = app->idleGuard();
    QVERIFY(guard);
    // Nobody signed in: only the form is watched, with no warning to give.
    QVERIFY(guard->isWatching());
    QVERIFY(!guard->isWarning());
    signIn(kLogin);
    QVERIFY(guard->isWatching());
    QVERIFY(!guard->isWarning());
    guard->setTimeouts(std::chrono::hours(1), std::chrono::hours(1));
    QTest::qWait(200);
    const int before = guard->idleRemainingMs();
    QTest::keyClick(
        pageChild<QLineEdit>(app->mainWindow(), ui::MainWindow::TestingHistoryTab, "examsFilter"),
        Qt::Key_A);
    QVERIFY2(guard->idleRemainingMs() > before,
             qPrintable(QStringLiteral("%1 -> %2").arg(before).arg(guard->idleRemainingMs())));
}

void TestKiosk::stayingSignedInKeepsTheSession() {
    app::ClientApplication *app = launchKiosk();
    signIn(kLogin);
    const QPointer<ui::MainWindow> window = app->mainWindow();
    app::KioskIdleGuard *guard = app->idleGuard();
    // The warning never runs out here: only the button ends it.
    guard->setTimeouts(std::chrono::milliseconds(50), std::chrono::hours(1));
    QTRY_VERIFY_WITH_TIMEOUT(guard->isWarning(), kWaitMs);
    QPointer<ui::IdleWarningDialog> warning = guard->warningDialog();
    QVERIFY(warning && warning->isVisible());
    QVERIFY2(child<QLabel>(warning, "idleCountdown")->text().contains(QStringLiteral("3600")),
             qPrintable(child<QLabel>(warning, "idleCountdown")->text()));
    // Input other than the button does not answer it.
    QTest::keyClick(warning, Qt::Key_Escape);
    QTest::mouseMove(window);
    QVERIFY(guard->isWarning());
    QVERIFY(warning->isVisible());

    guard->setTimeouts(std::chrono::hours(1), std::chrono::hours(1));
    QTest::mouseClick(child<QPushButton>(warning, "staySignedInButton"), Qt::LeftButton);
    QVERIFY(!guard->isWarning());
    QVERIFY(guard->isWatching());
    QTRY_VERIFY_WITH_TIMEOUT(warning.isNull(), kWaitMs);
    QVERIFY(app->controller()->isSignedIn());
    QCOMPARE(app->mainWindow(), window.data());
    QVERIFY(window->isVisible());
    QVERIFY(!isShown(app->signInDialog()));
}

void TestKiosk::nobodyAnsweringSignsOut() {
    app::ClientApplication *app = launchKiosk();
    signIn(kLogin);
    const QPointer<ui::MainWindow> window = app->mainWindow();
    auto *filter = pageChild<QLineEdit>(window, ui::MainWindow::TestingHistoryTab, "examsFilter");
    QTest::keyClicks(filter, QStringLiteral("John"));
    app::KioskIdleGuard *guard = app->idleGuard();
    // The fresh sign-in form is watched with the same idle time: long enough to be looked at.
    guard->setTimeouts(std::chrono::milliseconds(500), std::chrono::milliseconds(100));
    QTRY_VERIFY_WITH_TIMEOUT(isShown(app->signInDialog()), kWaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(window.isNull(), kWaitMs);
    guard->setTimeouts(std::chrono::hours(1), std::chrono::hours(1));
    QVERIFY(!app->controller()->isSignedIn());
    QVERIFY(!guard->isWarning());
    QVERIFY(!guard->warningDialog());
    auto *notice = child<QLabel>(app->signInDialog(), "signInNotice");
    QVERIFY2(notice->text().contains(QStringLiteral("nobody used")), qPrintable(notice->text()));
    const QStringList john{kLogin, QStringLiteral("John")};
    QVERIFY2(textsMentioning(app->mainWindow(), john).isEmpty(),
             qPrintable(textsMentioning(app->mainWindow(), john).join(u'|')));
    QVERIFY(child<QLineEdit>(app->signInDialog(), "loginIdEdit")->text().isEmpty());
    // The next person's session is guarded afresh.
    signIn(kOtherLogin);
    QVERIFY(guard->isWatching());
    QVERIFY(!guard->isWarning());
}

void TestKiosk::theWarningComesOverABoxLeftOpenAndClosesIt() {
    app::ClientApplication *app = launchKiosk();
    signIn(kLogin);
    const QPointer<ui::MainWindow> window = app->mainWindow();
    // A modal box the person left open over the window, which blocks every other window.
    QPointer<QDialog> box = new QDialog(window);
    box->setModal(true);
    box->show();
    QCOMPARE(QApplication::activeModalWidget(), box.data());
    app::KioskIdleGuard *guard = app->idleGuard();
    guard->setTimeouts(std::chrono::milliseconds(50), std::chrono::hours(1));
    QTRY_VERIFY_WITH_TIMEOUT(guard->isWarning(), kWaitMs);
    QCOMPARE(guard->warningDialog()->parentWidget(), box.data());

    // Its button works over the box; the next warning, unanswered, closes the box with the rest.
    guard->setTimeouts(std::chrono::milliseconds(50), std::chrono::milliseconds(100));
    QTest::mouseClick(child<QPushButton>(guard->warningDialog(), "staySignedInButton"),
                      Qt::LeftButton);
    QVERIFY(!guard->isWarning());
    QVERIFY(box->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(window.isNull() && box.isNull(), kWaitMs);
    QVERIFY(!app->controller()->isSignedIn());
    QVERIFY(isShown(app->signInDialog()));
}

void TestKiosk::anUntouchedSignInFormIsCleared() {
    app::ClientApplication *app = launchKiosk();
    app::KioskIdleGuard *guard = app->idleGuard();
    QVERIFY(guard->isWatching());
    // Somebody typed, failed and walked away.
    const QPointer<ui::SignInDialog> dialog = app->signInDialog();
    child<QLineEdit>(dialog, "loginIdEdit")->setText(kLogin);
    child<QLineEdit>(dialog, "passwordEdit")->setText(QStringLiteral("wrong"));
    QTest::mouseClick(child<QPushButton>(dialog, "signInButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>(dialog, "signInError")->isVisible(), kWaitMs);
    QVERIFY(!guard->isWarning());

    QSignalSpy lastClosed(qApp, &QGuiApplication::lastWindowClosed);
    guard->setTimeouts(std::chrono::milliseconds(50), std::chrono::hours(1));
    QTRY_VERIFY_WITH_TIMEOUT(dialog.isNull(), kWaitMs);
    QCOMPARE(lastClosed.size(), 0); // replacing the form does not end the application
    QVERIFY(isShown(app->signInDialog()));
    QVERIFY(!guard->warningDialog()); // nobody to warn: nobody is signed in
    QVERIFY(child<QLineEdit>(app->signInDialog(), "loginIdEdit")->text().isEmpty());
    QVERIFY(child<QLineEdit>(app->signInDialog(), "passwordEdit")->text().isEmpty());
    QVERIFY(!child<QLabel>(app->signInDialog(), "signInError")->isVisible());
    QCOMPARE(child<QLineEdit>(app->signInDialog(), "serverEdit")->text(),
             m_server.baseUrl().toString());
    // And the fresh form still signs in.
    guard->setTimeouts(std::chrono::hours(1), std::chrono::hours(1));
    signIn(kOtherLogin);
    QVERIFY(guard->isWatching());
}

void TestKiosk::badIdleMinutesAreRefused_data() {
    QTest::addColumn<QString>("minutes");
    QTest::newRow("zero") << QStringLiteral("0");
    QTest::newRow("negative") << QStringLiteral("-5");
    QTest::newRow("not a number") << QStringLiteral("ten");
    QTest::newRow("fraction") << QStringLiteral("1.5");
}

void TestKiosk::badIdleMinutesAreRefused() {
    QFETCH(QString, minutes);
    QProcess client;
    client.start(QStringLiteral(CERTTRACK_CLIENT_PATH),
                 {QStringLiteral("--kiosk"), QStringLiteral("--kiosk-idle-minutes"), minutes});
    QVERIFY2(client.waitForFinished(kWaitMs), qPrintable(client.errorString()));
    QCOMPARE(client.exitStatus(), QProcess::NormalExit);
    QCOMPARE(client.exitCode(), 2);
    QVERIFY2(client.readAllStandardError().contains("--kiosk-idle-minutes"), "no reason given");
}

QTEST_MAIN(TestKiosk)
#include "TestKiosk.moc"
