#include "ui/verification/VerifyCredentialDialog.h"

#include "client/AccountController.h"
#include "client/ExternalCredentialService.h"
#include "ui/FileDialog.h"
#include "verification/CredentialVerifier.h"

#include <QDialogButtonBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace certtrack::ui {

using verification::CredentialVerifier;
using verification::Verdict;

namespace {

void name(QWidget *widget, const char *objectName, const QString &accessibleName) {
    widget->setObjectName(QString::fromLatin1(objectName));
    widget->setAccessibleName(accessibleName);
}

} // namespace

VerifyCredentialDialog::VerifyCredentialDialog(client::AccountController *controller,
                                               QWidget *parent)
    : QDialog(parent)
    , m_controller(controller) {
    setObjectName(QStringLiteral("verifyCredentialDialog"));
    setWindowTitle(tr("Verify a Credential"));
    setAccessibleName(tr("Verify a credential"));
    setAcceptDrops(true);

    CredentialVerifier::Options options;
    if (controller) {
        options.ours = controller->issuerSnapshot();
        options.caFile = controller->endpoint().caFile;
        m_service = new client::ExternalCredentialService(controller, this);
    }
    m_verifier = new CredentialVerifier(options, this);

    m_intro = new QLabel(tr("Choose a badge image (PNG or SVG), a credential file (JSON) or a "
                            "JWT, or drop one here. Credentials of your programme are checked "
                            "against its keys from your last sync; other issuers' are checked "
                            "over the network."),
                         this);
    m_intro->setWordWrap(true);
    name(m_intro, "verifyIntro", tr("How to verify"));
    m_chooseButton = new QPushButton(tr("&Choose a File…"), this);
    name(m_chooseButton, "verifyChooseButton", tr("Choose a file to verify"));
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 0);
    m_progress->setVisible(false);
    name(m_progress, "verifyProgress", tr("Checking"));
    m_progressLabel = new QLabel(this);
    name(m_progressLabel, "verifyProgressLabel", tr("Current step"));
    m_outcome = new QLabel(this);
    QFont big = m_outcome->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_outcome->setFont(big);
    m_outcome->setWordWrap(true);
    m_outcome->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    name(m_outcome, "verifyOutcome", tr("Verdict"));
    m_details = new QLabel(this);
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::PlainText);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    name(m_details, "verifyDetails", tr("Verdict details"));
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    name(m_status, "verifyStatus", tr("Status"));

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    name(m_buttons, "verifyButtons", tr("Dialog buttons"));
    m_keepButton = m_buttons->addButton(tr("&Keep This Credential"), QDialogButtonBox::ActionRole);
    name(m_keepButton, "verifyKeepButton", tr("Keep this credential on my account"));
    m_keepButton->setEnabled(false);
    QPushButton *close = m_buttons->button(QDialogButtonBox::Close);
    close->setText(tr("C&lose"));
    name(close, "verifyCloseButton", tr("Close"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_chooseButton, 0, Qt::AlignLeft);
    layout->addWidget(m_progress);
    layout->addWidget(m_progressLabel);
    layout->addWidget(m_outcome);
    layout->addWidget(m_details, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);
    setTabOrder(m_chooseButton, m_keepButton);
    setTabOrder(m_keepButton, close);
    m_chooseButton->setDefault(true);
    resize(560, 420);

    connect(m_chooseButton, &QPushButton::clicked, this, &VerifyCredentialDialog::chooseFile);
    connect(m_keepButton, &QPushButton::clicked, this, &VerifyCredentialDialog::keepCredential);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_verifier, &CredentialVerifier::progress, this,
            [this](const QString &step) { m_progressLabel->setText(step); });
    connect(m_verifier, &CredentialVerifier::finished, this, &VerifyCredentialDialog::showVerdict);
}

VerifyCredentialDialog::~VerifyCredentialDialog() = default;

bool VerifyCredentialDialog::isChecking() const {
    return m_verifier->isRunning();
}

QString VerifyCredentialDialog::outcomeText() const {
    return m_outcome->text();
}

QString VerifyCredentialDialog::detailsText() const {
    return m_details->text();
}

QString VerifyCredentialDialog::statusText() const {
    return m_status->text();
}

void VerifyCredentialDialog::setChecking(bool checking, const QString &step) {
    m_progress->setVisible(checking);
    m_progressLabel->setText(step);
    m_chooseButton->setEnabled(!checking);
    if (checking) {
        m_outcome->clear();
        m_details->clear();
        m_status->clear();
    }
    updateKeepButton();
}

void VerifyCredentialDialog::verifyBytes(const QByteArray &bytes, const QString &fileName) {
    m_fileName = fileName;
    m_hasVerdict = false;
    m_kept = false;
    setChecking(true, tr("Reading the file…"));
    m_verifier->verify(bytes);
}

void VerifyCredentialDialog::verifyFile(const QString &path) {
    QFile file(path);
    const QString shown = QFileInfo(path).fileName();
    if (file.size() > kMaxFileBytes) {
        m_status->setText(tr("%1 is too large to be a credential.").arg(shown));
        return;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        m_status->setText(tr("%1 cannot be read: %2").arg(shown, file.errorString()));
        return;
    }
    verifyBytes(file.read(kMaxFileBytes + 1), shown);
}

void VerifyCredentialDialog::chooseFile() {
    const QString path = FileDialog::getOpenFileName(
        this, tr("Choose a Credential"), QString(),
        tr("Credentials (*.png *.svg *.json *.jwt *.txt);;All files (*)"));
    if (!path.isEmpty())
        verifyFile(path);
}

void VerifyCredentialDialog::showVerdict(const Verdict &verdict) {
    m_verdict = verdict;
    m_hasVerdict = true;
    setChecking(false);
    QString outcome = Verdict::outcomeText(verdict.outcome);
    if (!m_fileName.isEmpty())
        outcome = tr("%1 — %2").arg(outcome, m_fileName);
    m_outcome->setText(outcome);
    QStringList lines = verdict.describe();
    lines.removeFirst(); // the outcome, shown above; its reason follows
    if (!verdict.reason.isEmpty())
        lines.prepend(verdict.reason);
    if (verdict.issuedByOurServer)
        lines.append(tr("Issued by your programme's server."));
    m_details->setText(lines.join(QLatin1Char('\n')));
    m_buttons->button(QDialogButtonBox::Close)->setDefault(true);
    updateKeepButton();
    emit verdictShown(verdict);
}

void VerifyCredentialDialog::updateKeepButton() {
    const bool canKeep = m_hasVerdict && !isChecking() && m_service && m_controller &&
                         m_controller->isSignedIn() && !m_verdict.issuedByOurServer &&
                         !m_verdict.credentialText.isEmpty() && !m_kept &&
                         m_verdict.outcome != Verdict::Outcome::NotValid;
    m_keepButton->setEnabled(canKeep);
    m_keepButton->setVisible(!m_hasVerdict || !m_verdict.issuedByOurServer);
}

void VerifyCredentialDialog::keepCredential() {
    if (!m_keepButton->isEnabled())
        return;
    m_keepButton->setEnabled(false);
    m_status->setText(tr("Keeping the credential on your account…"));
    m_service->keep(m_verdict.credentialText, this,
                    [this](const client::ExternalCredentialService::Reply &reply) {
                        if (reply.error) {
                            m_status->setText(
                                tr("The credential was not kept: %1").arg(reply.error->message));
                            updateKeepButton();
                            emit keepFinished(false);
                            return;
                        }
                        m_kept = true;
                        m_status->setText(tr("Kept on your account."));
                        updateKeepButton();
                        emit keepFinished(true);
                    });
}

void VerifyCredentialDialog::dragEnterEvent(QDragEnterEvent *event) {
    const QList<QUrl> urls = event->mimeData()->urls();
    if (!isChecking() && urls.size() == 1 && urls.constFirst().isLocalFile())
        event->acceptProposedAction();
}

void VerifyCredentialDialog::dropEvent(QDropEvent *event) {
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() != 1 || !urls.constFirst().isLocalFile())
        return;
    event->acceptProposedAction();
    verifyFile(urls.constFirst().toLocalFile());
}

VerifyCredentialDialog *openVerifyDialog(QWidget *parent, client::AccountController *controller,
                                         const QByteArray &bytes, const QString &fileName) {
    auto *dialog = new VerifyCredentialDialog(controller, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    if (!bytes.isEmpty())
        dialog->verifyBytes(bytes, fileName);
    return dialog;
}

} // namespace certtrack::ui
