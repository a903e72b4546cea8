#include "ui/SignInDialog.h"

#include "client/AccountController.h"
#include "ui/AccountMappingDialog.h"
#include "ui/FileDialog.h"
#include "ui/Icons.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace certtrack::ui {

SignInDialog::SignInDialog(client::AccountController *controller, QWidget *parent)
    : QDialog(parent)
    , m_controller(controller)
    , m_notice(new QLabel(this))
    , m_server(new QLineEdit(this))
    , m_caFile(new QLineEdit(this))
    , m_browse(new QPushButton(tr("&Browse…"), this))
    , m_loginId(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_remember(new QCheckBox(tr("&Remember me on this computer"), this))
    , m_busyBar(new QProgressBar(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
    , m_signIn(m_buttons->addButton(tr("&Sign in"), QDialogButtonBox::AcceptRole))
    , m_throttleTimer(new QTimer(this)) {
    setObjectName(QStringLiteral("signInDialog"));
    setWindowTitle(tr("Sign in to CertTrack"));
    setWindowIcon(Icons::application());
    setMinimumWidth(500);

    auto *title = new QLabel(tr("Sign in"), this);
    title->setProperty("role", QStringLiteral("pageTitle"));
    auto *intro = new QLabel(tr("Sign in with the login ID and password of your certification "
                                "account."),
                             this);
    intro->setProperty("role", QStringLiteral("description"));
    intro->setWordWrap(true);
    m_notice->setObjectName(QStringLiteral("signInNotice"));
    m_notice->setProperty("role", QStringLiteral("note"));
    m_notice->setWordWrap(true);
    m_notice->hide();

    m_server->setObjectName(QStringLiteral("serverEdit"));
    m_server->setAccessibleName(tr("Server address"));
    m_server->setPlaceholderText(QStringLiteral("https://certs.example.org"));
    m_caFile->setObjectName(QStringLiteral("caFileEdit"));
    m_caFile->setAccessibleName(tr("Certificate authority file"));
    m_caFile->setPlaceholderText(tr("Optional: the server's own CA certificate (PEM)"));
    m_browse->setObjectName(QStringLiteral("caFileBrowseButton"));
    m_browse->setAccessibleName(tr("Choose certificate authority file"));
    m_loginId->setObjectName(QStringLiteral("loginIdEdit"));
    m_loginId->setAccessibleName(tr("Login ID"));
    // Not an example ID: on a shared machine any ID shown here reads as the last person's, and
    // the ID's shape is the programme's, not the client's.
    m_loginId->setPlaceholderText(tr("The login ID from your welcome email"));
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setAccessibleName(tr("Password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_remember->setObjectName(QStringLiteral("rememberCheck"));
    m_remember->setAccessibleName(tr("Remember me"));
    m_remember->setToolTip(tr("Keeps you signed in and your data available offline. Do not use "
                              "on a shared computer."));
    m_busyBar->setObjectName(QStringLiteral("signInBusy"));
    m_busyBar->setAccessibleName(tr("Signing in"));
    m_busyBar->setRange(0, 0);
    m_busyBar->setTextVisible(false);
    m_busyBar->setMaximumHeight(6);
    m_busyBar->hide();
    m_error->setObjectName(QStringLiteral("signInError"));
    m_error->setProperty("role", QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->hide();
    m_signIn->setObjectName(QStringLiteral("signInButton"));
    m_signIn->setAccessibleName(tr("Sign in"));
    m_signIn->setDefault(true);
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));

    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(m_browse);

    auto *form = new QFormLayout;
    form->setHorizontalSpacing(12);
    form->setVerticalSpacing(8);
    auto *serverLabel = new QLabel(tr("Ser&ver:"), this);
    serverLabel->setBuddy(m_server);
    auto *caLabel = new QLabel(tr("Certificate &authority:"), this);
    caLabel->setBuddy(m_caFile);
    auto *loginLabel = new QLabel(tr("&Login ID:"), this);
    loginLabel->setBuddy(m_loginId);
    auto *passwordLabel = new QLabel(tr("&Password:"), this);
    passwordLabel->setBuddy(m_password);
    form->addRow(serverLabel, m_server);
    form->addRow(caLabel, caRow);
    form->addRow(loginLabel, m_loginId);
    form->addRow(passwordLabel, m_password);
    form->addRow(QString(), m_remember);

    auto *firstTime = new QPushButton(tr("&First time signing in?"), this);
    firstTime->setObjectName(QStringLiteral("firstTimeButton"));
    firstTime->setAccessibleName(tr("First time signing in"));
    firstTime->setToolTip(tr("Map your account and set your password by email."));
    auto *forgot = new QPushButton(tr("F&orgot password?"), this);
    forgot->setObjectName(QStringLiteral("forgotPasswordButton"));
    forgot->setAccessibleName(tr("Forgot password"));
    for (QPushButton *button : {firstTime, forgot}) {
        button->setFlat(true);
        button->setAutoDefault(false);
        button->setCursor(Qt::PointingHandCursor);
    }
    auto *help = new QHBoxLayout;
    help->addWidget(firstTime);
    help->addWidget(forgot);
    help->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 18);
    layout->setSpacing(10);
    layout->addWidget(title);
    layout->addWidget(intro);
    layout->addWidget(m_notice);
    layout->addSpacing(4);
    layout->addLayout(form);
    layout->addLayout(help);
    layout->addWidget(m_busyBar);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    setTabOrder(m_server, m_caFile);
    setTabOrder(m_caFile, m_browse);
    setTabOrder(m_browse, m_loginId);
    setTabOrder(m_loginId, m_password);
    setTabOrder(m_password, m_remember);
    setTabOrder(m_remember, m_signIn);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &SignInDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_browse, &QPushButton::clicked, this, &SignInDialog::browseCaFile);
    connect(firstTime, &QPushButton::clicked, this, [this] { openAccountMapping(true); });
    connect(forgot, &QPushButton::clicked, this, [this] { openAccountMapping(false); });
    connect(m_throttleTimer, &QTimer::timeout, this, &SignInDialog::tickThrottle);
    m_throttleTimer->setInterval(1000);
    // The server throttles one login ID on one server; another may be tried at once.
    for (QLineEdit *edit : {m_server, m_loginId})
        connect(edit, &QLineEdit::textEdited, this, &SignInDialog::endThrottle);
    connect(m_controller, &client::AccountController::signedIn, this, &SignInDialog::onSignedIn);
    connect(m_controller, &client::AccountController::signInFailed, this,
            &SignInDialog::onSignInFailed);
    m_loginId->setFocus();
}

void SignInDialog::setEndpoint(const client::ServerEndpoint &endpoint) {
    m_server->setText(endpoint.baseUrl.toString());
    m_caFile->setText(endpoint.caFile);
}

void SignInDialog::setLoginId(const QString &loginId) {
    m_loginId->setText(loginId);
    if (!loginId.isEmpty())
        m_password->setFocus();
}

void SignInDialog::setNotice(const QString &text) {
    m_notice->setText(text);
    m_notice->setVisible(!text.isEmpty());
}

void SignInDialog::setRememberAllowed(bool allowed) {
    m_rememberAllowed = allowed;
    if (!allowed)
        m_remember->setChecked(false);
    m_remember->setVisible(allowed);
}

client::ServerEndpoint SignInDialog::endpoint() const {
    QString address = m_server->text().trimmed();
    if (!address.isEmpty() && !address.contains(QStringLiteral("://")))
        address.prepend(QStringLiteral("https://"));
    client::ServerEndpoint endpoint;
    endpoint.baseUrl = QUrl(address, QUrl::StrictMode);
    endpoint.caFile = m_caFile->text().trimmed();
    return endpoint;
}

void SignInDialog::openAccountMapping(bool firstTime) {
    const client::ServerEndpoint target = endpoint();
    if (!target.baseUrl.isValid() || target.baseUrl.host().isEmpty()) {
        showError(tr("Enter the server address first: the link comes from that server."));
        m_server->setFocus();
        return;
    }
    auto *dialog = new AccountMappingDialog(firstTime ? AccountMappingDialog::Mode::FirstTime
                                                      : AccountMappingDialog::Mode::ForgotPassword,
                                            target, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!firstTime)
        dialog->setLoginOrEmail(m_loginId->text().trimmed());
    dialog->open();
}

void SignInDialog::submit() {
    if (m_busy || m_throttleSeconds > 0)
        return;
    const client::ServerEndpoint target = endpoint();
    if (m_server->text().trimmed().isEmpty() || m_loginId->text().trimmed().isEmpty() ||
        m_password->text().isEmpty()) {
        showError(tr("Enter the server address, your login ID and your password."));
        return;
    }
    if (!target.baseUrl.isValid() || target.baseUrl.host().isEmpty()) {
        showError(tr("“%1” is not a server address.").arg(m_server->text().trimmed()));
        m_server->setFocus();
        return;
    }
    if (target.baseUrl.scheme() != QLatin1String("https")) {
        showError(tr("CertTrack only connects over HTTPS. Use an address starting with "
                     "https://."));
        m_server->setFocus();
        return;
    }
    m_error->hide();
    setBusy(true);
    m_controller->signIn(target, m_loginId->text().trimmed(), m_password->text(),
                         m_rememberAllowed && m_remember->isChecked());
}

void SignInDialog::browseCaFile() {
    const QString path = FileDialog::getOpenFileName(
        this, tr("Certificate authority of the server"), m_caFile->text(),
        tr("PEM certificates (*.pem *.crt);;All files (*)"));
    if (!path.isEmpty())
        m_caFile->setText(path);
}

void SignInDialog::onSignedIn() {
    if (!m_busy)
        return;
    setBusy(false);
    m_password->clear();
    accept();
}

void SignInDialog::onSignInFailed(const client::ApiError &error) {
    if (!m_busy)
        return;
    setBusy(false);
    showError(messageFor(error));
    if (error.kind == client::ApiError::Kind::Throttled && error.retryAfterSeconds > 0) {
        // Sign in stays off, counting down, until the server will listen again.
        m_throttleSeconds = error.retryAfterSeconds;
        m_throttleTimer->start();
        updateSignInEnabled();
    }
    if (error.kind == client::ApiError::Kind::InvalidCredentials) {
        m_password->setFocus();
        m_password->selectAll();
    } else if (error.kind == client::ApiError::Kind::Tls) {
        m_caFile->setFocus();
    }
}

QString SignInDialog::messageFor(const client::ApiError &error) {
    using Kind = client::ApiError::Kind;
    switch (error.kind) {
    case Kind::InvalidCredentials:
        return tr("The login ID or password is not correct. Check them and try again.");
    case Kind::Network:
        return tr("The server cannot be reached. Check the address and your network "
                  "connection.\n%1")
            .arg(error.message);
    case Kind::Timeout:
        return tr("The server did not answer in time. Try again in a moment.");
    case Kind::Tls:
        return tr("The server's certificate is not trusted, so nothing was sent to it.\n%1\nIf "
                  "this server uses its own certificate authority, choose its CA file above.")
            .arg(error.message);
    case Kind::Throttled:
        return throttleText(error.retryAfterSeconds);
    case Kind::Cancelled:
        return tr("Signing in was cancelled.");
    case Kind::Unauthorized:
    case Kind::Server:
    case Kind::Decode:
        break;
    }
    return error.message.isEmpty() ? tr("Signing in failed.")
                                   : tr("Signing in failed: %1").arg(error.message);
}

void SignInDialog::setBusy(bool busy) {
    m_busy = busy;
    m_busyBar->setVisible(busy);
    for (QWidget *field : {static_cast<QWidget *>(m_server), static_cast<QWidget *>(m_caFile),
                           static_cast<QWidget *>(m_browse), static_cast<QWidget *>(m_loginId),
                           static_cast<QWidget *>(m_password), static_cast<QWidget *>(m_remember)})
        field->setEnabled(!busy);
    updateSignInEnabled();
}

void SignInDialog::showError(const QString &text) {
    m_error->setText(text);
    m_error->show();
}

QString SignInDialog::throttleText(int seconds) {
    if (seconds <= 0)
        return tr("Too many sign-in attempts. Wait a few minutes before trying again.");
    return tr("Too many sign-in attempts. You can try again in %1.").arg(waitText(seconds));
}

QString SignInDialog::waitText(int seconds) {
    // m:ss reads the same for 4:59 and 0:07 and needs no plural forms.
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

void SignInDialog::endThrottle() {
    if (m_throttleSeconds == 0)
        return;
    m_throttleSeconds = 0;
    m_throttleTimer->stop();
    m_error->hide();
    updateSignInEnabled();
}

void SignInDialog::tickThrottle() {
    --m_throttleSeconds;
    if (m_throttleSeconds <= 0) {
        m_throttleSeconds = 0;
        m_throttleTimer->stop();
        showError(tr("You can try to sign in again now."));
    } else {
        showError(throttleText(m_throttleSeconds));
    }
    updateSignInEnabled();
}

void SignInDialog::updateSignInEnabled() {
    m_signIn->setEnabled(!m_busy && m_throttleSeconds == 0);
    if (m_busy)
        m_signIn->setText(tr("Signing in…"));
    else if (m_throttleSeconds > 0)
        m_signIn->setText(tr("Sign in (%1)").arg(waitText(m_throttleSeconds)));
    else
        m_signIn->setText(tr("&Sign in"));
}

} // namespace certtrack::ui
