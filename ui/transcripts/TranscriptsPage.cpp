#include "ui/transcripts/TranscriptsPage.h"

#include "client/TranscriptService.h"
#include "itemmodels/ItemRoles.h"
#include "itemmodels/SortFilterProxyModel.h"
#include "itemmodels/TranscriptsModel.h"
#include "ui/MessageBox.h"
#include "ui/TableSection.h"
#include "ui/Theme.h"
#include "ui/transcripts/TranscriptFormDialog.h"
#include "ui/transcripts/TranscriptPreviewDialog.h"
#include "ui/transcripts/TranscriptShareDialog.h"

#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace certtrack::ui {

TranscriptsPage::TranscriptsPage(client::AccountController *controller, QWidget *parent)
    : AccountPage(parent)
    , m_model(new itemmodels::TranscriptsModel(this))
    , m_section(new TableSection(QStringLiteral("transcripts"), tr("Transcripts")))
    , m_create(new QPushButton(tr("Create &new transcript"), this))
    , m_edit(new QPushButton(tr("Ed&it"), this))
    , m_preview(new QPushButton(tr("Previe&w"), this))
    , m_share(new QPushButton(tr("&Share…"), this))
    , m_deactivate(new QPushButton(tr("Deacti&vate"), this))
    , m_progress(new QProgressBar(this))
    , m_message(new QLabel(this)) {
    setObjectName(QStringLiteral("transcriptsPage"));
    m_section->setSourceModel(m_model);
    m_section->setDescription(
        tr("Create a new transcript or edit an existing one. Then, select the transcript and "
           "enter an email address to send directions on how to access your transcripts."));

    const QList<QPair<QPushButton *, QString>> buttons{
        {m_create, QStringLiteral("createTranscript")},
        {m_edit, QStringLiteral("editTranscript")},
        {m_preview, QStringLiteral("previewTranscript")},
        {m_share, QStringLiteral("shareTranscript")},
        {m_deactivate, QStringLiteral("deactivateTranscript")}};
    auto *actions = new QHBoxLayout;
    for (const auto &[button, name] : buttons) {
        button->setObjectName(name);
        button->setAccessibleName(button->text().remove(QLatin1Char('&')));
        actions->addWidget(button);
    }
    m_create->setDefault(false);
    m_edit->setToolTip(tr("Change the selected transcript"));
    m_preview->setToolTip(tr("See the selected transcript as its readers do (not counted as a "
                             "view)"));
    m_share->setToolTip(tr("Email the link, copy it, or share it on Facebook, X or LinkedIn"));
    m_deactivate->setToolTip(tr("Withdraw the selected transcript: its link stops working"));
    actions->addStretch();
    m_progress->setObjectName(QStringLiteral("transcriptsProgress"));
    m_progress->setRange(0, 0);
    m_progress->setMaximumWidth(120);
    m_progress->setMaximumHeight(8);
    m_progress->setTextVisible(false);
    m_progress->hide();
    actions->addWidget(m_progress);
    m_message->setObjectName(QStringLiteral("transcriptsMessage"));
    m_message->setWordWrap(true);
    m_message->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->addWidget(m_section, 1);
    layout->addWidget(m_message);
    layout->addLayout(actions);

    connect(m_create, &QPushButton::clicked, this, &TranscriptsPage::createTranscript);
    connect(m_edit, &QPushButton::clicked, this, &TranscriptsPage::editSelected);
    connect(m_preview, &QPushButton::clicked, this, &TranscriptsPage::previewSelected);
    connect(m_share, &QPushButton::clicked, this, &TranscriptsPage::shareSelected);
    connect(m_deactivate, &QPushButton::clicked, this, &TranscriptsPage::deactivateSelected);
    connect(m_section->view(), &QTreeView::activated, this, &TranscriptsPage::editSelected);
    connect(m_section->view()->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &TranscriptsPage::updateActions);
    m_service = new client::TranscriptService(controller, this);
    connect(m_service, &client::TranscriptService::busyChanged, m_progress,
            &QProgressBar::setVisible);
    updateActions();
}

void TranscriptsPage::setAccountData(const domain::AccountData &account) {
    const QString current = selected() ? selected()->id : QString();
    m_account = account;
    m_model->setAccountData(account);
    m_section->fitColumns();
    // Keep the same transcript selected across a refresh.
    QAbstractItemModel *proxy = m_section->view()->model();
    for (int row = 0; row < proxy->rowCount() && !current.isEmpty(); ++row) {
        const QModelIndex index = proxy->index(row, 0);
        if (index.data(itemmodels::IdRole).toString() == current)
            m_section->view()->setCurrentIndex(index);
    }
    updateActions();
}

const domain::Transcript *TranscriptsPage::selected() const {
    const QModelIndex index = m_section->view()->currentIndex();
    if (!index.isValid())
        return nullptr;
    const QString id = index.siblingAtColumn(0).data(itemmodels::IdRole).toString();
    for (const domain::Transcript &t : m_account.transcripts) {
        if (t.id == id)
            return &t;
    }
    return nullptr;
}

void TranscriptsPage::updateActions() {
    const domain::Transcript *t = selected();
    const bool connected = m_service != nullptr;
    const bool active = t && t->state == domain::Transcript::State::Active;
    m_create->setEnabled(connected);
    m_edit->setEnabled(connected && t && t->state != domain::Transcript::State::Deactivated);
    m_preview->setEnabled(connected && t);
    m_share->setEnabled(connected && active);
    m_deactivate->setEnabled(connected && t && t->state != domain::Transcript::State::Deactivated);
}

void TranscriptsPage::showError(const QString &message) {
    m_message->setText(message);
    Theme::setInlineError(m_message, true);
    m_message->setVisible(!message.isEmpty());
}

void TranscriptsPage::createTranscript() {
    if (!m_service)
        return;
    showError(QString());
    auto *dialog = new TranscriptFormDialog(m_account, nullptr, m_service, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void TranscriptsPage::editSelected() {
    const domain::Transcript *t = selected();
    if (!m_service || !t || t->state == domain::Transcript::State::Deactivated)
        return;
    showError(QString());
    auto *dialog = new TranscriptFormDialog(m_account, t, m_service, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void TranscriptsPage::previewSelected() {
    const domain::Transcript *t = selected();
    if (!m_service || !t)
        return;
    showError(QString());
    const QString id = t->id;
    m_service->preview(id, this, [this, id](const client::TranscriptReply &reply) {
        if (reply.error) {
            showError(reply.error->httpStatus == 410
                          ? tr("Transcript %1 has expired or was deactivated: its link shows "
                               "only that it is no longer available.")
                                .arg(id)
                          : reply.error->message);
            return;
        }
        auto *dialog = new TranscriptPreviewDialog(reply.page, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
}

void TranscriptsPage::shareSelected() {
    const domain::Transcript *t = selected();
    if (!m_service || !t)
        return;
    showError(QString());
    auto *dialog = new TranscriptShareDialog(*t, m_service, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void TranscriptsPage::deactivateSelected() {
    const domain::Transcript *t = selected();
    if (!m_service || !t)
        return;
    const QString id = t->id;
    const QMessageBox::StandardButton answer = MessageBox::question(
        this, tr("Deactivate transcript"),
        tr("Deactivate the transcript \"%1\"? Its link will stop working for everyone, and it "
           "cannot be activated again.")
            .arg(t->description),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    showError(QString());
    m_service->deactivate(id, this, [this](const client::TranscriptReply &reply) {
        if (reply.error)
            showError(reply.error->message);
    });
}

} // namespace certtrack::ui
