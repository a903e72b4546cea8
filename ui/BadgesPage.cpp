#include "ui/BadgesPage.h"

#include "client/AccountController.h"
#include "client/ExternalCredentialService.h"
#include "itemmodels/BadgesModel.h"
#include "itemmodels/ExternalCredentialsModel.h"
#include "itemmodels/ItemRoles.h"
#include "itemmodels/SortFilterProxyModel.h"
#include "ui/BadgeCardDelegate.h"
#include "ui/FilterField.h"
#include "ui/badges/BadgeActions.h"
#include "ui/badges/BadgeDetailDialog.h"
#include "ui/badges/BadgeFeedback.h"
#include "ui/verification/VerifyCredentialDialog.h"

#include <QAction>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMimeData>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>
#include <QtMath>

namespace certtrack::ui {

void BadgesPage::showEvent(QShowEvent *event) {
    AccountPage::showEvent(event);
    // The badges are drawn for the screen's own density, so that they are sharp at a scale
    // factor of 2 (and not 128 pixels stretched over 256).
    const int side = qCeil(BadgeCardDelegate::kImageSide * devicePixelRatioF());
    m_model->setImageSize(QSize(side, side));
}

BadgesPage::BadgesPage(client::AccountController *controller, QWidget *parent)
    : AccountPage(parent)
    , m_controller(controller)
    , m_model(new itemmodels::BadgesModel(this))
    , m_proxy(new itemmodels::SortFilterProxyModel(this))
    , m_actions(new BadgeActions(controller, this))
    , m_filter(new QLineEdit(this))
    , m_view(new QListView(this))
    , m_empty(new QLabel(tr("You have no digital badges yet."), this))
    , m_open(new QPushButton(tr("Ope&n"), this))
    , m_download(new QPushButton(tr("Do&wnload"), this))
    , m_share(new QPushButton(tr("&Share"), this))
    , m_downloadMenu(new QMenu(m_download))
    , m_shareMenu(new QMenu(m_share))
    , m_toolbar(new QHBoxLayout)
    , m_feedback(new BadgeFeedback(QStringLiteral("badges"), this))
    , m_kept(new itemmodels::ExternalCredentialsModel(this))
    , m_keptSection(new QWidget(this))
    , m_keptView(new QTreeView(m_keptSection))
    , m_removeKept(new QPushButton(tr("Re&move"), m_keptSection)) {
    setObjectName(QStringLiteral("badgesPage"));
    m_proxy->setSourceModel(m_model);
    m_proxy->sort(itemmodels::BadgesModel::IssuedOn, Qt::DescendingOrder);

    setUpFilterField(m_filter, QStringLiteral("badgesFilter"), tr("Filter digital badges"));
    m_filter->setPlaceholderText(tr("Filter"));
    connect(m_filter, &QLineEdit::textChanged, m_proxy,
            &itemmodels::SortFilterProxyModel::setFilterText);

    m_view->setObjectName(QStringLiteral("badgesView"));
    m_view->setAccessibleName(tr("Digital badges"));
    m_view->setModel(m_proxy);
    m_view->setItemDelegate(new BadgeCardDelegate(m_view));
    m_view->setViewMode(QListView::IconMode);
    m_view->setResizeMode(QListView::Adjust);
    m_view->setMovement(QListView::Static);
    m_view->setUniformItemSizes(true);
    m_view->setGridSize(BadgeCardDelegate::cardSize());
    m_view->setSpacing(0);
    m_view->setWordWrap(true);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setStyleSheet(QStringLiteral("QListView { background: transparent; border: none; }"));
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_empty->setProperty("role", QStringLiteral("description"));
    m_empty->hide();

    // Shift+F10 and the Menu key, the same on every platform.
    m_view->installEventFilter(this);

    const QList<QPair<QPushButton *, QString>> buttons{
        {m_open, QStringLiteral("openBadge")},
        {m_download, QStringLiteral("downloadBadge")},
        {m_share, QStringLiteral("shareBadge")}};
    for (const auto &[button, name] : buttons)
        button->setObjectName(name);
    m_open->setAccessibleName(tr("Open the selected badge"));
    m_download->setAccessibleName(tr("Download the selected badge"));
    m_share->setAccessibleName(tr("Share the selected badge"));
    m_downloadMenu->setObjectName(QStringLiteral("badgesDownloadMenu"));
    m_shareMenu->setObjectName(QStringLiteral("badgesShareMenu"));
    m_download->setMenu(m_downloadMenu);
    m_share->setMenu(m_shareMenu);
    // Filled when shown, for the badge selected then.
    connect(m_downloadMenu, &QMenu::aboutToShow, this, [this] {
        m_downloadMenu->clear();
        m_actions->addDownloadActions(m_downloadMenu, currentBadgeId());
    });
    connect(m_shareMenu, &QMenu::aboutToShow, this, [this] {
        m_shareMenu->clear();
        m_actions->addShareActions(m_shareMenu, currentBadgeId());
    });

    auto *title = new QLabel(tr("Digital badges"), this);
    title->setProperty("role", QStringLiteral("sectionTitle"));
    auto *header = new QHBoxLayout;
    header->addWidget(title);
    header->addStretch(1);
    header->addWidget(m_filter);

    auto *description = new QLabel(tr("Badges issued for your certifications, as Open Badges "
                                      "credentials. Open one to accept it, choose who sees it, "
                                      "download it or share it."),
                                   this);
    description->setProperty("role", QStringLiteral("description"));
    description->setWordWrap(true);

    m_toolbar->addWidget(m_open);
    m_toolbar->addWidget(m_download);
    m_toolbar->addWidget(m_share);
    m_toolbar->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(8);
    layout->addLayout(header);
    layout->addWidget(description);
    layout->addLayout(m_toolbar);
    layout->addWidget(m_feedback);
    layout->addWidget(m_empty);
    layout->addWidget(m_view, 1);

    // Credentials from other issuers the person kept on the account.
    auto *keptTitle = new QLabel(tr("Credentials from other issuers"), m_keptSection);
    keptTitle->setProperty("role", QStringLiteral("sectionTitle"));
    m_keptView->setObjectName(QStringLiteral("keptCredentialsView"));
    m_keptView->setAccessibleName(tr("Credentials from other issuers"));
    m_keptView->setModel(m_kept);
    m_keptView->setRootIsDecorated(false);
    m_keptView->setUniformRowHeights(true);
    m_keptView->setMaximumHeight(150);
    m_keptView->header()->setStretchLastSection(true);
    m_removeKept->setObjectName(QStringLiteral("removeKeptCredentialButton"));
    m_removeKept->setAccessibleName(tr("Remove the selected credential from your account"));
    m_removeKept->setEnabled(false);
    auto *keptHeader = new QHBoxLayout;
    keptHeader->addWidget(keptTitle);
    keptHeader->addStretch(1);
    keptHeader->addWidget(m_removeKept);
    auto *keptLayout = new QVBoxLayout(m_keptSection);
    keptLayout->setContentsMargins(0, 8, 0, 0);
    keptLayout->addLayout(keptHeader);
    keptLayout->addWidget(m_keptView);
    m_keptSection->setVisible(false);
    layout->addWidget(m_keptSection);
    connect(m_removeKept, &QPushButton::clicked, this, &BadgesPage::removeKeptCredential);
    connect(m_keptView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { m_removeKept->setEnabled(current.isValid()); });

    auto *verify = new QAction(tr("&Verify a Credential…"), this);
    verify->setObjectName(QStringLiteral("verifyCredential"));
    verify->setToolTip(tr("Check a badge or credential file, ours or another issuer's. You can "
                          "also drop the file on this page."));
    connect(verify, &QAction::triggered, this, [this] { verifyCredential(); });
    addPageAction(verify);
    setAcceptDrops(true);

    connect(m_view, &QListView::activated, this, &BadgesPage::openCurrent);
    connect(m_view, &QListView::customContextMenuRequested, this, [this](const QPoint &position) {
        const QModelIndex index = m_view->indexAt(position);
        if (!index.isValid())
            return;
        m_view->setCurrentIndex(index);
        showMenuAt(m_view->viewport()->mapToGlobal(position));
    });
    connect(m_open, &QPushButton::clicked, this, &BadgesPage::openCurrent);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &BadgesPage::updateButtons);
    connect(m_actions, &BadgeActions::message, m_feedback, &BadgeFeedback::setMessage);
    connect(m_actions, &BadgeActions::busyChanged, m_feedback, &BadgeFeedback::setBusy);
    updateButtons();
}

void BadgesPage::setAccountData(const domain::AccountData &account) {
    const QString current = currentBadgeId();
    m_model->setAccountData(account);
    m_empty->setVisible(account.badges.isEmpty());
    if (m_controller) {
        verification::CredentialVerifier::Options options;
        options.ours = m_controller->issuerSnapshot();
        options.caFile = m_controller->endpoint().caFile;
        m_kept->setCredentials(account.externalCredentials, options);
    }
    m_keptSection->setVisible(!account.externalCredentials.isEmpty());
    m_removeKept->setEnabled(m_keptView->currentIndex().isValid());
    // The same badge stays selected across a sync.
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, 0);
        if (!current.isEmpty() && index.data(itemmodels::IdRole).toString() == current)
            m_view->setCurrentIndex(index);
    }
    if (!m_view->currentIndex().isValid() && m_proxy->rowCount() > 0)
        m_view->setCurrentIndex(m_proxy->index(0, 0));
    updateButtons();
}

void BadgesPage::verifyCredential(const QByteArray &bytes, const QString &fileName) {
    if (m_controller)
        openVerifyDialog(this, m_controller, bytes, fileName);
}

void BadgesPage::removeKeptCredential() {
    const QModelIndex current = m_keptView->currentIndex();
    if (!current.isValid() || !m_controller)
        return;
    const QString id = current.siblingAtColumn(0).data(itemmodels::IdRole).toString();
    auto *service = new client::ExternalCredentialService(m_controller, this);
    m_feedback->setBusy(true);
    m_removeKept->setEnabled(false);
    service->remove(
        id, this, [this, service](const client::ExternalCredentialService::Reply &reply) {
            m_feedback->setBusy(false);
            if (reply.error)
                m_feedback->setMessage(reply.error->message, true);
            else
                m_feedback->setMessage(tr("The credential was removed from your account."), false);
            service->deleteLater();
        });
}

namespace {

// The one local file a drag carries, or empty.
QString droppedFile(const QMimeData *mime) {
    if (!mime || !mime->hasUrls() || mime->urls().size() != 1 ||
        !mime->urls().first().isLocalFile())
        return {};
    return mime->urls().first().toLocalFile();
}

} // namespace

void BadgesPage::dragEnterEvent(QDragEnterEvent *event) {
    if (!droppedFile(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void BadgesPage::dropEvent(QDropEvent *event) {
    const QString path = droppedFile(event->mimeData());
    if (path.isEmpty())
        return;
    event->acceptProposedAction();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_feedback->setMessage(
            tr("%1 cannot be read: %2").arg(QFileInfo(path).fileName(), file.errorString()), true);
        return;
    }
    if (file.size() > VerifyCredentialDialog::kMaxFileBytes) {
        m_feedback->setMessage(
            tr("%1 is too large to be a credential.").arg(QFileInfo(path).fileName()), true);
        return;
    }
    verifyCredential(file.readAll(), QFileInfo(path).fileName());
}

void BadgesPage::addPageAction(QAction *action) {
    auto *button = new QPushButton(action->icon(), action->text(), this);
    button->setObjectName(action->objectName() + QStringLiteral("Button"));
    button->setAccessibleName(action->text().remove(QLatin1Char('&')));
    button->setToolTip(action->toolTip());
    connect(button, &QPushButton::clicked, action, &QAction::trigger);
    connect(action, &QAction::changed, button, [button, action] {
        button->setText(action->text());
        button->setEnabled(action->isEnabled());
        button->setVisible(action->isVisible());
    });
    m_toolbar->addWidget(button);
}

BadgeDetailDialog *BadgesPage::detailDialog() const {
    return m_detail;
}

QString BadgesPage::currentBadgeId() const {
    return m_view->currentIndex().data(itemmodels::IdRole).toString();
}

void BadgesPage::updateButtons() {
    const bool any = !currentBadgeId().isEmpty();
    m_open->setEnabled(any);
    m_download->setEnabled(any);
    m_share->setEnabled(any);
}

void BadgesPage::openCurrent() {
    const QString id = currentBadgeId();
    if (id.isEmpty())
        return;
    if (m_detail)
        m_detail->close();
    m_detail = new BadgeDetailDialog(m_controller, id, this);
    m_detail->open();
}

void BadgesPage::showContextMenu() {
    const QModelIndex index = m_view->currentIndex();
    if (!index.isValid())
        return;
    m_view->scrollTo(index);
    showMenuAt(m_view->viewport()->mapToGlobal(m_view->visualRect(index).center()));
}

bool BadgesPage::eventFilter(QObject *watched, QEvent *event) {
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Menu ||
            (key->key() == Qt::Key_F10 && key->modifiers() == Qt::ShiftModifier)) {
            showContextMenu();
            return true;
        }
    }
    return AccountPage::eventFilter(watched, event);
}

void BadgesPage::showMenuAt(const QPoint &globalPosition) {
    const QString id = currentBadgeId();
    if (id.isEmpty() || (m_menu && m_menu->isVisible()))
        return;
    auto *menu = new QMenu(this);
    m_menu = menu;
    menu->setObjectName(QStringLiteral("badgeContextMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    QAction *open = menu->addAction(tr("&Open"));
    open->setObjectName(QStringLiteral("openBadgeAction"));
    menu->setDefaultAction(open);
    connect(open, &QAction::triggered, this, &BadgesPage::openCurrent);
    menu->addSeparator();
    m_actions->addActions(menu, id);
    menu->popup(globalPosition);
}

} // namespace certtrack::ui
