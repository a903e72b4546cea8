#include "ClientApplication.h"

#include "DemoServer.h"
#include "KioskIdleGuard.h"
#include "client/AppSettings.h"
#include "ui/Clipboard.h"
#include "ui/MainWindow.h"
#include "ui/MessageBox.h"
#include "ui/SignInDialog.h"

#include <QApplication>
#include <QLoggingCategory>
#include <QTimer>

#include <algorithm>

Q_LOGGING_CATEGORY(lcApp, "certtrack.app", QtWarningMsg)

namespace certtrack::app {

namespace {

constexpr auto kDemoLogin = "CSCO10000000";
constexpr auto kDemoPassword = "certtrack-demo";

client::AccountController::Options controllerOptions(const LaunchOptions &options) {
    client::AccountController::Options result;
    // Neither the demo nor a kiosk touches the keychain; without it the cache stays in memory.
    result.useKeychain = !options.demo && !options.kiosk;
    return result;
}

} // namespace

ClientApplication::ClientApplication(const LaunchOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options) {
    createSession();
    if (options.kiosk) {
        // A previous run may have ended before its sign-out cleaned up.
        client::AppSettings::forgetFileDialogHistory();
        m_idleGuard =
            new KioskIdleGuard(std::chrono::minutes(std::max(1, options.kioskIdleMinutes)), this);
        connect(m_idleGuard, &KioskIdleGuard::timedOut, this, &ClientApplication::onIdleTimedOut);
    }
    QApplication::setQuitOnLastWindowClosed(false);
    connect(qApp, &QApplication::lastWindowClosed, this, [this] { quit(); });
}

void ClientApplication::createSession() {
    m_controller = std::make_unique<client::AccountController>(controllerOptions(m_options));
    m_window = std::make_unique<ui::MainWindow>(m_controller.get());
    connect(m_controller.get(), &client::AccountController::signedIn, this,
            &ClientApplication::onSignedIn);
    connect(m_controller.get(), &client::AccountController::signInFailed, this,
            &ClientApplication::onSignInFailed);
    connect(m_controller.get(), &client::AccountController::signedOut, this,
            &ClientApplication::onSignedOut);
    connect(m_window.get(), &ui::MainWindow::signOutRequested, m_controller.get(),
            &client::AccountController::signOut);
    connect(m_window.get(), &ui::MainWindow::quitRequested, this, [this] { quit(); });
    connect(m_window.get(), &ui::MainWindow::switchAccountRequested, this,
            &ClientApplication::switchAccount);
    connect(m_window.get(), &ui::MainWindow::addAccountRequested, this,
            &ClientApplication::addAccount);
    if (m_options.kiosk) {
        m_window->setRememberedAccountsShown(false);
        m_window->setRemindersShown(false);
        m_window->setLanguageChoiceShown(false);
    }
}

void ClientApplication::replaceSession() {
    m_kioskEndpoint = m_controller->endpoint();
    // Called from the controller's own signal: both go once it has returned, the window first
    // (its pages hold the controller), and every dialog parented to the window with it.
    delete m_dialog;
    ui::MainWindow *window = m_window.release();
    client::AccountController *controller = m_controller.release();
    window->hide();
    window->disconnect(this);
    controller->disconnect(this);
    window->deleteLater();
    controller->deleteLater();
    ui::Clipboard::clearOwnText();
    client::AppSettings::forgetFileDialogHistory();
    createSession();
}

ClientApplication::~ClientApplication() {
    delete m_dialog;
}

ui::SignInDialog *ClientApplication::signInDialog() const {
    return m_dialog;
}

void ClientApplication::start() {
    if (m_options.demo) {
        startDemo();
        return;
    }
    if (m_options.kiosk || !resumeRemembered())
        showSignIn(QString());
}

void ClientApplication::startDemo() {
    m_demo = new DemoServer(this);
    connect(m_demo, &DemoServer::ready, this, &ClientApplication::onDemoReady);
    connect(m_demo, &DemoServer::failed, this, &ClientApplication::onDemoFailed);
    m_window->show();
    m_demo->start(DemoServer::locateExecutable());
}

void ClientApplication::quit(int exitCode) {
    if (m_quitting)
        return;
    m_quitting = true;
    if (!m_demo || !m_demo->isRunning()) {
        QApplication::exit(exitCode);
        return;
    }
    connect(m_demo, &DemoServer::stopped, this, [exitCode] { QApplication::exit(exitCode); });
    m_demo->stop();
}

void ClientApplication::activate() {
    QWidget *target = m_window.get();
    if (m_dialog && (m_dialog->isVisible() || !m_window->isVisible()))
        target = m_dialog;
    qCInfo(lcApp) << "another start asked this window to come forward";
    if (target->isMinimized())
        target->showNormal();
    else
        target->show();
    target->raise();
    target->activateWindow();
}

void ClientApplication::onDemoReady(const client::ServerEndpoint &endpoint) {
    m_demoEndpoint = endpoint;
    m_controller->signIn(endpoint, QString::fromLatin1(kDemoLogin),
                         QString::fromLatin1(kDemoPassword), false);
}

void ClientApplication::onDemoFailed(const QString &message) {
    qCWarning(lcApp).noquote() << message;
    if (m_controller->isSignedIn())
        return; // the banner says offline; the data stays readable
    ui::MessageBox::warning(m_window.get(), tr("Demo"), message);
    quit(1);
}

bool ClientApplication::resumeRemembered() {
    // From the settings alone: naming the accounts would open every one's cache before the
    // window shows the one it opens.
    const QList<client::RememberedAccount> accounts = client::AppSettings().rememberedAccounts();
    for (const client::RememberedAccount &account : accounts) {
        // --server names one server (host and port); an account elsewhere is not opened.
        if (m_options.server.isValid() &&
            account.endpoint.key() != client::ServerEndpoint{m_options.server, {}}.key())
            continue;
        qCInfo(lcApp) << "opening remembered account" << account.loginId << "at"
                      << account.endpoint.key();
        m_resuming = true;
        m_window->show();
        m_controller->resume(account);
        return true;
    }
    return false;
}

void ClientApplication::showSignIn(const QString &notice) {
    if (!m_dialog) {
        m_dialog = new ui::SignInDialog(m_controller.get(),
                                        m_window->isVisible() ? m_window.get() : nullptr);
        m_dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_dialog, &QDialog::rejected, this, &ClientApplication::onDialogRejected);
        m_dialog->setRememberAllowed(!m_options.kiosk);
    }
    client::ServerEndpoint endpoint = m_options.kiosk ? m_kioskEndpoint : m_controller->endpoint();
    if (m_options.demo) {
        endpoint = m_demoEndpoint;
    } else if (m_options.server.isValid()) {
        endpoint.baseUrl = m_options.server;
        endpoint.caFile = m_options.caFile;
    }
    if (endpoint.baseUrl.isValid())
        m_dialog->setEndpoint(endpoint);
    // On a shared machine the next person must not see who was here before.
    if (!m_options.kiosk && !m_controller->loginId().isEmpty())
        m_dialog->setLoginId(m_controller->loginId());
    m_dialog->setNotice(notice);
    if (m_idleGuard && !m_controller->isSignedIn())
        m_idleGuard->startWithoutWarning();
    m_dialog->show();
    m_dialog->raise();
    m_dialog->activateWindow();
}

void ClientApplication::switchAccount(const client::RememberedAccount &account) {
    // Not a sign-out: the current account's keychain entry and cache stay for its next turn.
    qCInfo(lcApp) << "switching to remembered account" << account.loginId << "at"
                  << account.endpoint.key();
    m_accountBeforeAdding.reset();
    m_resuming = true;
    m_window->show();
    m_controller->resume(account);
}

void ClientApplication::addAccount() {
    m_accountBeforeAdding.reset();
    if (m_controller->isRemembered())
        m_accountBeforeAdding =
            client::RememberedAccount{m_controller->endpoint(), m_controller->loginId(), {}};
    showSignIn(QString());
    m_dialog->setLoginId(QString());
}

void ClientApplication::onSignedIn() {
    m_accountBeforeAdding.reset();
    m_resuming = false;
    m_window->show();
    if (m_idleGuard)
        m_idleGuard->start(m_window.get());
}

void ClientApplication::onSignInFailed(const client::ApiError &error) {
    // The dialog explains its own failures; this handles those without a dialog open.
    if (m_dialog && m_dialog->isVisible())
        return;
    if (m_options.demo) {
        ui::MessageBox::warning(m_window.get(), tr("Demo"), ui::SignInDialog::messageFor(error));
        return;
    }
    m_resuming = false;
    showSignIn(tr("Please sign in again. %1").arg(ui::SignInDialog::messageFor(error)));
}

void ClientApplication::onIdleTimedOut() {
    if (!m_controller->isSignedIn()) {
        // The sign-in form, left with what somebody typed: a fresh one for the next person,
        // unless a sign-in is under way.
        if (m_dialog && m_dialog->isBusy()) {
            m_idleGuard->startWithoutWarning();
            return;
        }
        delete m_dialog;
        showSignIn(QString());
        return;
    }
    // A box left open by the person (a question, a file chooser) must not hold the session:
    // close it, and sign out once its own handling has unwound.
    while (QWidget *modal = QApplication::activeModalWidget()) {
        modal->close();
        if (modal == QApplication::activeModalWidget())
            break;
    }
    QTimer::singleShot(0, this, [this] {
        if (!m_controller->isSignedIn())
            return;
        m_idleSignOut = true;
        m_controller->signOut();
    });
}

void ClientApplication::onSignedOut(const QString &reason) {
    if (m_idleGuard)
        m_idleGuard->stop();
    QString notice = reason.isEmpty() ? QString() : tr("You were signed out: %1").arg(reason);
    if (m_idleSignOut)
        notice = tr("You were signed out because nobody used CertTrack for a while.");
    m_idleSignOut = false;
    if (m_options.kiosk)
        replaceSession();
    m_window->hide();
    showSignIn(notice);
}

void ClientApplication::onDialogRejected() {
    if (m_accountBeforeAdding && !m_controller->isSignedIn()) {
        // "Add account…" was tried and given up: back to the account shown before.
        const client::RememberedAccount previous = *m_accountBeforeAdding;
        switchAccount(previous);
        return;
    }
    m_accountBeforeAdding.reset();
    if (!m_window->isVisible() || !m_controller->isSignedIn())
        quit();
}

} // namespace certtrack::app
