#pragma once

#include "app/ClientOptions.h"
#include "client/AccountController.h"

#include <QObject>
#include <QPointer>

#include <memory>
#include <optional>

namespace certtrack::ui {
class MainWindow;
class SignInDialog;
} // namespace certtrack::ui

namespace certtrack::app {

class DemoServer;
class KioskIdleGuard;

// Wires the client together: one AccountController, the main window and the sign-in dialog,
// and for --demo a private certtrackd. Decides what opens at start (a remembered account at
// once, or the dialog) and what happens on sign-out.
class ClientApplication : public QObject {
    Q_OBJECT
public:
    explicit ClientApplication(const LaunchOptions &options, QObject *parent = nullptr);
    ~ClientApplication() override;

    void start();
    // Winds down: stops the demo server (waiting for it, asynchronously) and then quits.
    void quit(int exitCode = 0);
    // Another start asked this one to come forward: the sign-in dialog when it is open, else
    // the main window.
    void activate();

    // What a test drives and checks; the dialog exists only while it is needed.
    client::AccountController *controller() { return m_controller.get(); }
    ui::MainWindow *mainWindow() const { return m_window.get(); }
    ui::SignInDialog *signInDialog() const;
    // Kiosk only (null otherwise): ends sessions nobody is using.
    KioskIdleGuard *idleGuard() const { return m_idleGuard; }

private:
    void startDemo();
    void onDemoReady(const client::ServerEndpoint &endpoint);
    void onDemoFailed(const QString &message);
    bool resumeRemembered();
    void showSignIn(const QString &notice);
    void onSignedIn();
    void onSignInFailed(const client::ApiError &error);
    void onSignedOut(const QString &reason);
    void onDialogRejected();
    void switchAccount(const client::RememberedAccount &account);
    void addAccount();
    // A new AccountController and MainWindow, wired to this.
    void createSession();
    // Kiosk: the window, every dialog it opened and the controller of the person who left are
    // deleted and made anew, so no filter, selection, edit or dialog passes to the next person.
    void replaceSession();
    void onIdleTimedOut();

    LaunchOptions m_options;
    std::unique_ptr<client::AccountController> m_controller;
    std::unique_ptr<ui::MainWindow> m_window;
    QPointer<ui::SignInDialog> m_dialog;
    DemoServer *m_demo = nullptr;
    KioskIdleGuard *m_idleGuard = nullptr;
    client::ServerEndpoint m_demoEndpoint;
    // Kiosk: the server last signed in to, offered to the next person (not personal).
    client::ServerEndpoint m_kioskEndpoint;
    // The account shown when "Add account…" was chosen, reopened if that dialog is cancelled.
    std::optional<client::RememberedAccount> m_accountBeforeAdding;
    bool m_resuming = false;
    bool m_quitting = false;
    bool m_idleSignOut = false;
};

} // namespace certtrack::app
