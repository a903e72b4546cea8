#include "ui/transcripts/TranscriptShareDialog.h"

#include "ui/Clipboard.h"
#include "ui/ExternalLinks.h"
#include "ui/Theme.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QUrlQuery>
#include <QVBoxLayout>

namespace certtrack::ui {

TranscriptShareDialog::TranscriptShareDialog(const domain::Transcript &transcript,
                                             client::TranscriptService *service, QWidget *parent)
    : QDialog(parent)
    , m_transcript(transcript)
    , m_service(service)
    , m_to(new QLineEdit(this))
    , m_toError(new QLabel(this))
    , m_preview(new QPushButton(tr("&Preview Email"), this))
    , m_send(new QPushButton(tr("&Send"), this))
    , m_message(new QPlainTextEdit(this))
    , m_link(new QLineEdit(transcript.url, this))
    , m_status(new QLabel(this))
    , m_progress(new QProgressBar(this)) {
    setObjectName(QStringLiteral("transcriptShareDialog"));
    setWindowTitle(tr("Email this Transcript"));
    setModal(true);

    m_to->setObjectName(QStringLiteral("shareTo"));
    m_to->setAccessibleName(tr("To"));
    m_to->setPlaceholderText(tr("name@example.com"));
    m_toError->setObjectName(QStringLiteral("shareToError"));
    Theme::setInlineError(m_toError, true);
    m_toError->hide();
    m_preview->setObjectName(QStringLiteral("sharePreviewEmail"));
    m_send->setObjectName(QStringLiteral("shareSend"));
    m_send->setDefault(true);
    m_message->setObjectName(QStringLiteral("shareMessage"));
    m_message->setAccessibleName(tr("Email preview"));
    m_message->setReadOnly(true);
    m_message->setPlaceholderText(tr("Preview Email shows the message here before you send it."));
    m_link->setObjectName(QStringLiteral("shareLink"));
    m_link->setAccessibleName(tr("Transcript link"));
    m_link->setReadOnly(true);
    m_status->setObjectName(QStringLiteral("shareStatus"));
    m_status->setWordWrap(true);
    m_progress->setObjectName(QStringLiteral("shareProgress"));
    m_progress->setRange(0, 0);
    m_progress->setMaximumHeight(6);
    m_progress->setTextVisible(false);
    m_progress->hide();

    auto *email = new QGroupBox(tr("Send by email"), this);
    auto *emailForm = new QFormLayout(email);
    auto *toColumn = new QVBoxLayout;
    toColumn->addWidget(m_to);
    toColumn->addWidget(m_toError);
    auto *toLabel = new QLabel(tr("&To:"), this);
    toLabel->setBuddy(m_to);
    emailForm->addRow(toLabel, toColumn);
    auto *emailButtons = new QHBoxLayout;
    emailButtons->addStretch();
    emailButtons->addWidget(m_preview);
    emailButtons->addWidget(m_send);
    emailForm->addRow(emailButtons);
    emailForm->addRow(m_message);

    auto *elsewhere = new QGroupBox(tr("Share the link"), this);
    auto *linkLayout = new QVBoxLayout(elsewhere);
    auto *linkRow = new QHBoxLayout;
    linkRow->addWidget(m_link, 1);
    auto *copy = new QPushButton(tr("&Copy link"), this);
    copy->setObjectName(QStringLiteral("shareCopyLink"));
    linkRow->addWidget(copy);
    linkLayout->addLayout(linkRow);
    auto *social = new QHBoxLayout;
    const QUrl link(transcript.url);
    const QString text = tr("My certification transcript");
    const QList<QPair<QString, QUrl>> networks{
        {tr("&Facebook"), ExternalLinks::facebookShare(link)},
        {tr("&X"), ExternalLinks::xShare(link, text)},
        {tr("&LinkedIn"), ExternalLinks::linkedInShare(link)}};
    const QStringList names{QStringLiteral("shareFacebook"), QStringLiteral("shareX"),
                            QStringLiteral("shareLinkedIn")};
    for (int i = 0; i < networks.size(); ++i) {
        auto *button = new QPushButton(networks.at(i).first, this);
        button->setObjectName(names.at(i));
        button->setToolTip(tr("Opens your web browser to share the link"));
        const QUrl target = networks.at(i).second;
        connect(button, &QPushButton::clicked, this, [target] { ExternalLinks::open(target); });
        social->addWidget(button);
    }
    social->addStretch();
    linkLayout->addLayout(social);

    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    auto *heading =
        new QLabel(tr("Transcript <b>%1</b> — %2")
                       .arg(transcript.id.toHtmlEscaped(), transcript.description.toHtmlEscaped()),
                   this);
    layout->addWidget(heading);
    layout->addWidget(email);
    layout->addWidget(elsewhere);
    layout->addWidget(m_status);
    layout->addWidget(m_progress);
    layout->addWidget(close);
    resize(560, 520);

    connect(m_preview, &QPushButton::clicked, this, &TranscriptShareDialog::previewEmail);
    connect(m_send, &QPushButton::clicked, this, &TranscriptShareDialog::send);
    connect(copy, &QPushButton::clicked, this, &TranscriptShareDialog::copyLink);
    connect(m_to, &QLineEdit::textEdited, m_toError, &QLabel::hide);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_to->setFocus();
}

void TranscriptShareDialog::setBusy(bool busy) {
    m_progress->setVisible(busy);
    m_preview->setEnabled(!busy);
    m_send->setEnabled(!busy);
}

void TranscriptShareDialog::showMessage(const QString &text, bool error) {
    m_status->setText(text);
    Theme::setInlineError(m_status, error);
}

bool TranscriptShareDialog::checkAddress() {
    // The server checks properly; this only catches the obvious before a round trip.
    static const QRegularExpression plausible(QStringLiteral(R"(^[^@\s]+@[^@\s]+\.[^@\s]+$)"));
    const bool ok = plausible.match(m_to->text().trimmed()).hasMatch();
    m_toError->setText(ok ? QString() : tr("Enter the recipient's email address."));
    m_toError->setVisible(!ok);
    if (!ok)
        m_to->setFocus();
    return ok;
}

void TranscriptShareDialog::previewEmail() {
    setBusy(true);
    m_service->emailPreview(m_transcript.id, this, [this](const client::TranscriptReply &reply) {
        setBusy(false);
        if (reply.error) {
            showMessage(reply.error->message, true);
            return;
        }
        const QString to = m_to->text().trimmed();
        m_message->setPlainText(tr("To: %1\nSubject: %2\n\n%3")
                                    .arg(to.isEmpty() ? tr("(not entered yet)") : to,
                                         reply.email.subject, reply.email.body));
        showMessage(QString(), false);
    });
}

void TranscriptShareDialog::send() {
    if (!checkAddress())
        return;
    const QString to = m_to->text().trimmed();
    setBusy(true);
    showMessage(tr("Sending…"), false);
    m_service->share(m_transcript.id, to, this, [this](const client::TranscriptReply &reply) {
        setBusy(false);
        if (reply.error) {
            for (const domain::Problem::FieldError &fieldError : reply.error->fieldErrors) {
                if (fieldError.field == QLatin1String("to")) {
                    m_toError->setText(fieldError.message);
                    m_toError->show();
                }
            }
            showMessage(reply.error->message, true);
            return;
        }
        m_message->setPlainText(tr("To: %1\nSubject: %2\n\n%3")
                                    .arg(reply.email.to, reply.email.subject, reply.email.body));
        showMessage(tr("Sent to %1.").arg(reply.email.to), false);
    });
}

void TranscriptShareDialog::copyLink() {
    Clipboard::setText(m_transcript.url);
    showMessage(tr("The link is on the clipboard."), false);
}

} // namespace certtrack::ui
