#include "ui/AccountMappingDialog.h"

#include "ui/Icons.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QStyle>
#include <QTimer>
#include <QVBoxLayout>

namespace certtrack::ui {

namespace {

QLabel *paragraph(const QString &text, QWidget *parent,
                  const QString &role = QStringLiteral("description")) {
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setProperty("role", role);
    return label;
}

void markInvalid(QLineEdit *edit, bool invalid) {
    edit->setProperty("invalid", invalid);
    edit->style()->unpolish(edit);
    edit->style()->polish(edit);
}

} // namespace

AccountMappingDialog::AccountMappingDialog(Mode mode, const client::ServerEndpoint &endpoint,
                                           QWidget *parent)
    : QDialog(parent)
    , m_mode(mode)
    , m_service(new client::AccountMappingService(endpoint, this))
    , m_pages(new QStackedWidget(this))
    , m_busyBar(new QProgressBar(this))
    , m_throttleTimer(new QTimer(this)) {
    setObjectName(QStringLiteral("accountMappingDialog"));
    setWindowIcon(Icons::application());
    setMinimumWidth(560);
    const bool firstTime = mode == Mode::FirstTime;
    setWindowTitle(firstTime ? tr("First time signing in") : tr("Forgot password"));

    auto *title =
        new QLabel(firstTime ? tr("First time signing in?") : tr("Forgot password?"), this);
    title->setProperty("role", QStringLiteral("pageTitle"));
    m_busyBar->setObjectName(QStringLiteral("accountMappingBusy"));
    m_busyBar->setAccessibleName(tr("Sending"));
    m_busyBar->setRange(0, 0);
    m_busyBar->setTextVisible(false);
    m_busyBar->setMaximumHeight(6);
    m_busyBar->hide();

    m_pages->addWidget(firstTime ? buildFirstTime() : buildForgotPassword());
    m_pages->addWidget(buildSentPage());

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closeButton"));
    // Enter belongs to the form the person is typing in (each line edit submits its own form);
    // as the dialog's default it would close the dialog and throw the typed text away.
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 18);
    layout->setSpacing(10);
    layout->addWidget(title);
    layout->addWidget(m_pages, 1);
    layout->addWidget(m_busyBar);
    layout->addWidget(buttons);

    m_throttleTimer->setInterval(1000);
    connect(m_throttleTimer, &QTimer::timeout, this, &AccountMappingDialog::tickThrottle);
    resize(sizeHint());
    connect(m_service, &client::AccountMappingService::busyChanged, this, [this](bool busy) {
        m_busyBar->setVisible(busy);
        updateEnabled();
    });
}

QLineEdit *AccountMappingDialog::lineEdit(const QString &objectName,
                                          const QString &accessibleName) {
    auto *edit = new QLineEdit(this);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    return edit;
}

QPushButton *AccountMappingDialog::submitButton(const QString &objectName,
                                                const QString &accessibleName) {
    auto *button = new QPushButton(tr("Submit"), this);
    button->setObjectName(objectName);
    button->setAccessibleName(accessibleName);
    button->setAutoDefault(false);
    return button;
}

QLabel *AccountMappingDialog::errorLabel(const QString &objectName) {
    auto *label = new QLabel(this);
    label->setObjectName(objectName);
    label->setProperty("role", QStringLiteral("error"));
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->hide();
    return label;
}

QWidget *AccountMappingDialog::buildFirstTime() {
    auto *page = new QWidget(this);
    auto *intro = paragraph(tr("The system will send an email that includes a link which will "
                               "allow you to set your password and obtain your login ID. The "
                               "email address we have on file is most commonly the same one you "
                               "supplied the last time you took an exam."),
                            page);

    auto *emailBox = new QGroupBox(tr("By email address"), page);
    emailBox->setObjectName(QStringLiteral("byEmailBox"));
    QLineEdit *email = lineEdit(QStringLiteral("mappingEmailEdit"), tr("Email address"));
    email->setPlaceholderText(QStringLiteral("name@example.com"));
    m_byEmail.fields = {{QStringLiteral("email"), email}};
    m_byEmail.submit = submitButton(QStringLiteral("byEmailSubmit"), tr("Submit email address"));
    m_byEmail.error = errorLabel(QStringLiteral("byEmailError"));
    auto *emailForm = new QFormLayout;
    emailForm->addRow(tr("&Email address:"), email);
    auto *emailLayout = new QVBoxLayout(emailBox);
    emailLayout->addWidget(paragraph(tr("Please use your email address to begin the process. If, "
                                        "for some reason, you cannot use the email address you "
                                        "last used to take an exam, you may instead use your "
                                        "score report to begin the process."),
                                     emailBox));
    emailLayout->addLayout(emailForm);
    emailLayout->addWidget(m_byEmail.error);
    emailLayout->addWidget(m_byEmail.submit, 0, Qt::AlignRight);

    auto *reportBox = new QGroupBox(tr("By score report"), page);
    reportBox->setObjectName(QStringLiteral("byScoreReportBox"));
    QLineEdit *lastName = lineEdit(QStringLiteral("mappingLastNameEdit"), tr("Last name"));
    QLineEdit *registration =
        lineEdit(QStringLiteral("mappingRegistrationEdit"), tr("Registration number"));
    registration->setToolTip(tr("The registration number printed on your score report."));
    QLineEdit *newEmail = lineEdit(QStringLiteral("mappingNewEmailEdit"), tr("New email address"));
    m_byScoreReport.fields = {{QStringLiteral("lastName"), lastName},
                              {QStringLiteral("registrationNumber"), registration},
                              {QStringLiteral("newEmail"), newEmail}};
    m_byScoreReport.submit =
        submitButton(QStringLiteral("byScoreReportSubmit"), tr("Submit score report"));
    m_byScoreReport.error = errorLabel(QStringLiteral("byScoreReportError"));
    auto *reportForm = new QFormLayout;
    reportForm->addRow(tr("&Last name *:"), lastName);
    reportForm->addRow(tr("&Registration number *:"), registration);
    reportForm->addRow(tr("&New email address *:"), newEmail);
    auto *reportLayout = new QVBoxLayout(reportBox);
    reportLayout->addWidget(paragraph(tr("Please enter the requested data from your score report "
                                         "to begin the process. When this method is successful, "
                                         "the matched account will have its email address "
                                         "updated to the one supplied below."),
                                      reportBox));
    reportLayout->addLayout(reportForm);
    reportLayout->addWidget(m_byScoreReport.error);
    reportLayout->addWidget(m_byScoreReport.submit, 0, Qt::AlignRight);

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(intro);
    layout->addWidget(emailBox);
    layout->addWidget(reportBox);
    layout->addStretch(1);

    connect(m_byEmail.submit, &QPushButton::clicked, this, &AccountMappingDialog::submitByEmail);
    connect(email, &QLineEdit::returnPressed, this, &AccountMappingDialog::submitByEmail);
    connect(m_byScoreReport.submit, &QPushButton::clicked, this,
            &AccountMappingDialog::submitByScoreReport);
    for (QLineEdit *field : {lastName, registration, newEmail})
        connect(field, &QLineEdit::returnPressed, this, &AccountMappingDialog::submitByScoreReport);
    email->setFocus();
    return page;
}

QWidget *AccountMappingDialog::buildForgotPassword() {
    auto *page = new QWidget(this);
    QLineEdit *key = lineEdit(QStringLiteral("forgotLoginEdit"), tr("Login ID or email address"));
    m_forgot.fields = {{QStringLiteral("loginOrEmail"), key}};
    m_forgot.submit = submitButton(QStringLiteral("forgotSubmit"), tr("Send a link"));
    m_forgot.error = errorLabel(QStringLiteral("forgotError"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Login ID or email:"), key);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(paragraph(tr("Enter your login ID or the email address of your account. "
                                   "We will send a link to that account's email address that "
                                   "lets you choose a new password."),
                                page));
    layout->addLayout(form);
    layout->addWidget(m_forgot.error);
    layout->addWidget(m_forgot.submit, 0, Qt::AlignRight);
    layout->addStretch(1);
    connect(m_forgot.submit, &QPushButton::clicked, this,
            &AccountMappingDialog::submitForgotPassword);
    connect(key, &QLineEdit::returnPressed, this, &AccountMappingDialog::submitForgotPassword);
    key->setFocus();
    return page;
}

QWidget *AccountMappingDialog::buildSentPage() {
    auto *page = new QWidget(this);
    auto *next = paragraph(tr("Check your email; the link expires in 24 hours."), page,
                           QStringLiteral("note"));
    next->setObjectName(QStringLiteral("mappingSentNotice"));
    m_sentTo = paragraph(QString(), page);
    m_sentTo->setObjectName(QStringLiteral("mappingSentTo"));
    auto *after = paragraph(tr("Open the link to choose your password; the page shows your login "
                               "ID. Then sign in here with that login ID and the new password. "
                               "If the email does not arrive within 2 hours, check that it was "
                               "not flagged as spam before contacting support."),
                            page);
    m_sent.submit = new QPushButton(tr("&Resend"), page);
    m_sent.submit->setObjectName(QStringLiteral("resendButton"));
    m_sent.submit->setAccessibleName(tr("Send the link again"));
    m_sent.submit->setAutoDefault(false);
    m_sent.error = errorLabel(QStringLiteral("resendError"));
    m_resent = paragraph(tr("The link was sent again. Use the newest email."), page);
    m_resent->setObjectName(QStringLiteral("resentNotice"));
    m_resent->hide();
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(next);
    layout->addWidget(m_sentTo);
    layout->addWidget(after);
    layout->addWidget(m_resent);
    layout->addWidget(m_sent.error);
    layout->addWidget(m_sent.submit, 0, Qt::AlignLeft);
    layout->addStretch(1);
    connect(m_sent.submit, &QPushButton::clicked, this, &AccountMappingDialog::resend);
    return page;
}

void AccountMappingDialog::setLoginOrEmail(const QString &text) {
    if (!m_forgot.fields.isEmpty())
        m_forgot.fields.first().second->setText(text);
}

bool AccountMappingDialog::isBusy() const {
    return m_service->isBusy();
}

void AccountMappingDialog::submitByEmail() {
    const QString email = m_byEmail.fields.first().second->text().trimmed();
    start(&m_byEmail, tr("A link was sent to %1, the email address we have on file.").arg(email),
          [this, email](client::AccountMappingService::Callback done) {
              m_service->mapByEmail(email, this, std::move(done));
          });
}

void AccountMappingDialog::submitByScoreReport() {
    const QString lastName = m_byScoreReport.fields.at(0).second->text();
    const QString registration = m_byScoreReport.fields.at(1).second->text();
    const QString newEmail = m_byScoreReport.fields.at(2).second->text().trimmed();
    start(&m_byScoreReport,
          tr("Your score report matched. The account's email address is now %1, and a link was "
             "sent there.")
              .arg(newEmail),
          [this, lastName, registration, newEmail](client::AccountMappingService::Callback done) {
              m_service->mapByScoreReport(lastName, registration, newEmail, this, std::move(done));
          });
}

void AccountMappingDialog::submitForgotPassword() {
    const QString key = m_forgot.fields.first().second->text().trimmed();
    start(&m_forgot,
          tr("If %1 belongs to an account, a link was sent to that account's email address.")
              .arg(key),
          [this, key](client::AccountMappingService::Callback done) {
              m_service->forgotPassword(key, this, std::move(done));
          });
}

void AccountMappingDialog::resend() {
    if (m_lastRequest)
        start(&m_sent, m_lastSentText, m_lastRequest);
}

void AccountMappingDialog::start(Section *section, const QString &sentText, Request request) {
    if (m_service->isBusy() || m_throttleSeconds > 0)
        return;
    clearErrors(section);
    m_resent->hide();
    request([this, section, sentText, request](const std::optional<client::ApiError> &error) {
        onAnswer(section, sentText, request, error);
    });
}

void AccountMappingDialog::onAnswer(Section *section, const QString &sentText,
                                    const Request &request,
                                    const std::optional<client::ApiError> &error) {
    if (error) {
        showError(section, *error);
        return;
    }
    m_lastRequest = request;
    m_lastSentText = sentText;
    m_sentTo->setText(sentText);
    if (section == &m_sent)
        m_resent->show();
    m_pages->setCurrentIndex(1);
}

void AccountMappingDialog::showError(Section *section, const client::ApiError &error) {
    using Kind = client::ApiError::Kind;
    QString text;
    switch (error.kind) {
    case Kind::Throttled:
        m_throttleSeconds = error.retryAfterSeconds;
        m_throttledSection = section;
        text = throttleText(m_throttleSeconds);
        if (m_throttleSeconds > 0)
            m_throttleTimer->start();
        break;
    case Kind::Network:
    case Kind::Timeout:
    case Kind::Tls:
        text = tr("The server could not be reached: %1").arg(error.message);
        break;
    default: {
        QStringList lines;
        for (const auto &fieldError : error.fieldErrors) {
            for (const auto &[name, edit] : section->fields) {
                if (name == fieldError.field)
                    markInvalid(edit, true);
            }
            lines.append(fieldError.message);
        }
        text = lines.isEmpty() ? error.message : lines.join(QLatin1Char('\n'));
        if (text.isEmpty())
            text = tr("The request failed.");
        break;
    }
    }
    section->error->setText(text);
    section->error->show();
    growToFit();
    updateEnabled();
}

void AccountMappingDialog::growToFit() {
    // A wrapped error line needs height the dialog did not have when it opened; grow, never
    // shrink what the person sized.
    layout()->activate();
    const QSize wanted = sizeHint();
    resize(qMax(width(), wanted.width()), qMax(height(), wanted.height()));
}

void AccountMappingDialog::clearErrors(Section *section) {
    section->error->hide();
    for (const auto &field : section->fields)
        markInvalid(field.second, false);
}

QString AccountMappingDialog::throttleText(int seconds) {
    if (seconds <= 0)
        return tr("Too many attempts. Wait a few minutes before trying again.");
    // m:ss reads the same for 4:59 and 0:07 and needs no plural forms.
    return tr("Too many attempts. You can try again in %1.")
        .arg(QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0')));
}

void AccountMappingDialog::tickThrottle() {
    --m_throttleSeconds;
    if (m_throttleSeconds <= 0) {
        m_throttleSeconds = 0;
        m_throttleTimer->stop();
        if (m_throttledSection)
            m_throttledSection->error->hide();
        m_throttledSection = nullptr;
    } else if (m_throttledSection) {
        m_throttledSection->error->setText(throttleText(m_throttleSeconds));
    }
    updateEnabled();
}

void AccountMappingDialog::updateEnabled() {
    const bool ready = !m_service->isBusy() && m_throttleSeconds == 0;
    for (Section *section : {&m_byEmail, &m_byScoreReport, &m_forgot, &m_sent}) {
        if (section->submit)
            section->submit->setEnabled(ready);
    }
}

} // namespace certtrack::ui
