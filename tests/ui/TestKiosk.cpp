// Kiosk mode as ClientApplication wires it, against a real certtrackd over TLS and the real
// keychain (runs inside tests/tools/with-keyring.sh, so HOME and the XDG folders are private to
// the test): nobody is remembered, and after a person signs out nothing of them is left on disk.

#include "ClientApplication.h"
#include "TestServer.h"
#include "client/AccountController.h"
#include "client/AppSettings.h"
#include "client/CredentialStore.h"
#include "ui/MainWindow.h"
#include "ui/MessageBox.h"
#include "ui/SignInDialog.h"

#include <QAction>
#include <QCheckBox>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace certtrack;
using client::AccountController;
using client::CredentialStore;
using test::TestServer;

namespace {

const QString kLogin = QStringLiteral("CSCO10000000");
const QString kOtherLogin = QStringLiteral("CSCO10000001");
const QString kPassword = QStringLiteral("certtrack-demo");
constexpr int kWaitMs = 30000;

template <typename T> T *child(QWidget *root, const char *name) {
    T *widget = root ? root->findChild<T *>(QString::fromLatin1(name)) : nullptr;
    if (!widget)
        qWarning("no widget named %s", name);
    return widget;
}

bool keychainLacks(const QString &key) {
    CredentialStore store(true);
    std::optional<CredentialStore::ReadResult> result;
    QObject context;
    store.readRefreshToken(key, &context,
                           [&](const CredentialStore::ReadResult &r) { result = r; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, kWaitMs))
        return false;
    return !result->found && result->error.isEmpty();
}

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

bool isShown(const ui::SignInDialog *dialog) {
    return dialog && dialog->isVisible();
}

} // namespace

class TestKiosk : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void theSystemWideSettingTurnsKioskOn();
    void aKioskSessionLeavesNothingOnDisk();

private:
    app::ClientApplication *launchKiosk();
    void signIn(const QString &login);
    bool waitForSync();

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

bool TestKiosk::waitForSync() {
    AccountController *controller = m_app->controller();
    return QTest::qWaitFor(
        [&] {
            return controller->lastSynced().isValid() &&
                   controller->syncState() == AccountController::SyncState::Idle &&
                   controller->isSignedIn();
        },
        kWaitMs);
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

QTEST_MAIN(TestKiosk)
#include "TestKiosk.moc"
