#pragma once

#include "client/AccountMappingService.h"
#include "client/ServerEndpoint.h"

#include <QDialog>

#include <functional>
#include <optional>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTimer;

namespace certtrack::ui {

// First-time sign-in with the guide's two ways (by the email address on file, or by the data of
// a score report), or a forgotten password. Each asks the server to mail a set-password link;
// errors are shown inline next to the way that was tried, a busy bar runs while waiting, and once
// sent the dialog says what happens next and can send the link again. When the server throttles,
// the wait counts down and Submit stays off until it ends.
class AccountMappingDialog : public QDialog {
    Q_OBJECT
public:
    enum class Mode { FirstTime, ForgotPassword };

    AccountMappingDialog(Mode mode, const client::ServerEndpoint &endpoint,
                         QWidget *parent = nullptr);

    void setLoginOrEmail(const QString &text);
    bool isBusy() const;

    // "Too many attempts. You can try again in 4:59."
    static QString throttleText(int seconds);

private:
    struct Section {
        QLabel *error = nullptr;
        QPushButton *submit = nullptr;
        QList<QPair<QString, QLineEdit *>> fields; // server field name -> edit
    };

    QWidget *buildFirstTime();
    QWidget *buildForgotPassword();
    QWidget *buildSentPage();
    QLineEdit *lineEdit(const QString &objectName, const QString &accessibleName);
    QPushButton *submitButton(const QString &objectName, const QString &accessibleName);
    QLabel *errorLabel(const QString &objectName);

    void submitByEmail();
    void submitByScoreReport();
    void submitForgotPassword();
    using Request = std::function<void(client::AccountMappingService::Callback)>;

    void resend();
    // Runs request; its answer goes to section, and on success to the sent page with sentText.
    void start(Section *section, const QString &sentText, Request request);
    void onAnswer(Section *section, const QString &sentText, const Request &request,
                  const std::optional<client::ApiError> &error);
    void showError(Section *section, const client::ApiError &error);
    void clearErrors(Section *section);
    void growToFit();
    void tickThrottle();
    void updateEnabled();

    Mode m_mode;
    client::AccountMappingService *m_service;
    QStackedWidget *m_pages;
    QProgressBar *m_busyBar;
    QTimer *m_throttleTimer;
    int m_throttleSeconds = 0;
    Section m_byEmail;
    Section m_byScoreReport;
    Section m_forgot;
    Section m_sent;
    QLabel *m_sentTo = nullptr;
    QLabel *m_resent = nullptr;
    Section *m_throttledSection = nullptr;
    // The last request that sent a link, for Resend.
    Request m_lastRequest;
    QString m_lastSentText;
};

} // namespace certtrack::ui
