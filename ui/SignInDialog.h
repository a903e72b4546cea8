#pragma once

#include "client/ApiError.h"
#include "client/ServerEndpoint.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTimer;

namespace certtrack::client {
class AccountController;
}

namespace certtrack::ui {

// Server URL, login ID, password and "Remember me". Signing in runs through the
// AccountController; while it works the dialog shows a busy bar, and every failure (wrong
// password, unreachable server, untrusted certificate, throttling) is explained inside the
// dialog with what was typed kept. Accepts once the controller reports signedIn.
class SignInDialog : public QDialog {
    Q_OBJECT
public:
    explicit SignInDialog(client::AccountController *controller, QWidget *parent = nullptr);

    void setEndpoint(const client::ServerEndpoint &endpoint);
    void setLoginId(const QString &loginId);
    // A line above the form, e.g. why the person was signed out.
    void setNotice(const QString &text);
    // On a shared machine nobody is remembered: "Remember me" is hidden and never checked.
    void setRememberAllowed(bool allowed);

    client::ServerEndpoint endpoint() const;
    bool isBusy() const { return m_busy; }

    static QString messageFor(const client::ApiError &error);
    // "Too many sign-in attempts. You can try again in 4:59."
    static QString throttleText(int seconds);

private:
    void submit();
    void browseCaFile();
    // "First time signing in?" and "Forgot password?", on the server typed above.
    void openAccountMapping(bool firstTime);
    void onSignedIn();
    void onSignInFailed(const client::ApiError &error);
    void setBusy(bool busy);
    void showError(const QString &text);
    void tickThrottle();
    void endThrottle();
    static QString waitText(int seconds);
    void updateSignInEnabled();

    client::AccountController *m_controller;
    QLabel *m_notice;
    QLineEdit *m_server;
    QLineEdit *m_caFile;
    QPushButton *m_browse;
    QLineEdit *m_loginId;
    QLineEdit *m_password;
    QCheckBox *m_remember;
    QProgressBar *m_busyBar;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    QPushButton *m_signIn;
    QTimer *m_throttleTimer;
    int m_throttleSeconds = 0;
    bool m_busy = false;
    bool m_rememberAllowed = true;
};

} // namespace certtrack::ui
