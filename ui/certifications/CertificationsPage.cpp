#include "ui/certifications/CertificationsPage.h"

#include "ui/LinkCellDelegate.h"

#include "domain/CertificateEligibility.h"
#include "itemmodels/CertificationsModel.h"
#include "itemmodels/ItemRoles.h"
#include "itemmodels/SortFilterProxyModel.h"
#include "ui/Icons.h"
#include "ui/TableSection.h"
#include "ui/certifications/CertificationAgreementDialog.h"
#include "ui/certifications/CertificationDetailView.h"
#include "ui/certifications/LogosDialog.h"
#include "ui/certifications/RecertificationPlannerView.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenu>
#include <QMouseEvent>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QTabWidget>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace certtrack::ui {

CertificationsPage::CertificationsPage(client::AccountController *controller, QWidget *parent)
    : AccountPage(parent)
    , m_model(new itemmodels::CertificationsModel(this))
    , m_list(new TableSection(QStringLiteral("certifications"), tr("Your certifications")))
    , m_detail(new CertificationDetailView)
    , m_splitter(new QSplitter(Qt::Vertical, this))
    , m_pdfButton(new QPushButton(tr("PDF Cert&ificate…")))
    , m_pdfReason(new QLabel)
    , m_notice(new QLabel)
    , m_tabs(new QTabWidget(this))
    , m_planner(new RecertificationPlannerView)
    , m_agreementButton(new QToolButton(this))
    , m_logosButton(new QToolButton(this))
    , m_controller(controller) {
    setObjectName(QStringLiteral("certificationsPage"));
    m_list->setSourceModel(m_model);
    m_list->setTree(true);
    // The groups say the status (a track holds active ones; Expired and Inactive have their own).
    m_list->view()->setColumnHidden(itemmodels::CertificationsModel::Status, true);
    // No description line: the detail below needs the height, and its placeholder says what a
    // selection shows.
    connect(m_list->view()->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &CertificationsPage::onCurrentChanged);
    // Right click, the Menu key or Shift+F10 on a certification: what its row can do.
    m_list->view()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_list->view(), &QWidget::customContextMenuRequested, this,
            &CertificationsPage::showContextMenu);

    // The Downloads column acts as the portal's links do; the context menu offers the same.
    m_links = new LinkCellDelegate(this);
    m_list->view()->setItemDelegateForColumn(itemmodels::CertificationsModel::Downloads, m_links);
    m_list->view()->viewport()->setMouseTracking(true);
    connect(m_links, &LinkCellDelegate::linkActivated, this, &CertificationsPage::openDownload);

    m_splitter->setObjectName(QStringLiteral("certificationsSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_list);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_list->setMinimumHeight(130);
    connect(m_splitter, &QSplitter::splitterMoved, this,
            [this] { m_splitterMovedByPerson = true; });
    // Sizes only mean something once the page is laid out, and the view scrolls by its own size.
    m_splitter->installEventFilter(this);
    m_list->view()->viewport()->installEventFilter(this);

    m_pdfButton->setObjectName(QStringLiteral("pdfCertificateButton"));
    m_pdfButton->setAccessibleName(tr("PDF certificate of the selected certification"));
    m_pdfReason->setObjectName(QStringLiteral("pdfCertificateReason"));
    connect(m_pdfButton, &QPushButton::clicked, this,
            [this] { emit pdfCertificateRequested(m_selectedId); });
    updatePdfCertificateAction(nullptr);
    m_detail->addTitleWidget(m_pdfReason);
    m_detail->addTitleWidget(m_pdfButton);

    auto *certifications = new QWidget;
    auto *certificationsLayout = new QVBoxLayout(certifications);
    certificationsLayout->setContentsMargins(0, 2, 0, 0);
    m_notice->setObjectName(QStringLiteral("programmeNotice"));
    // Muted text rather than a boxed note: it informs, needs no action, and fits the heading
    // row in two lines at 1024 pixels.
    m_notice->setProperty("role", QStringLiteral("description"));
    m_notice->setTextFormat(Qt::PlainText);
    m_notice->setWordWrap(true);
    m_notice->hide();
    // Beside the list's title: the note is one or two short lines, and the detail needs height.
    m_list->addHeaderWidget(m_notice, 4);
    certificationsLayout->addWidget(m_splitter);

    m_tabs->setObjectName(QStringLiteral("certificationsTabs"));
    m_tabs->setAccessibleName(tr("Certifications sections"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(certifications, tr("Certifications"));
    m_tabs->addTab(m_planner, tr("Recertification planner"));

    // The portal's sub-navigation sits beside the section tabs, where it costs no height.
    m_tabs->setCornerWidget(makeSubNavigation(), Qt::TopRightCorner);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 8, 24, 10);
    layout->addWidget(m_tabs, 1);
}

QWidget *CertificationsPage::makeSubNavigation() {
    m_agreementButton->setObjectName(QStringLiteral("certificationAgreementButton"));
    m_agreementButton->setText(tr("Certification A&greement…"));
    m_agreementButton->setAccessibleName(tr("Show the certification agreement"));
    m_agreementButton->setIcon(Icons::agreement());
    m_logosButton->setObjectName(QStringLiteral("downloadLogosButton"));
    m_logosButton->setText(tr("Do&wnload Logos…"));
    m_logosButton->setAccessibleName(tr("Download certification logos"));
    m_logosButton->setIcon(Icons::download());
    for (QToolButton *button : {m_agreementButton, m_logosButton}) {
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setAutoRaise(true);
    }
    connect(m_agreementButton, &QToolButton::clicked, this, &CertificationsPage::openAgreement);
    connect(m_logosButton, &QToolButton::clicked, this, &CertificationsPage::openLogos);

    auto *bar = new QWidget(this);
    bar->setObjectName(QStringLiteral("certificationsSubNavigation"));
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(4);
    row->addWidget(m_agreementButton);
    row->addWidget(m_logosButton);
    row->addStretch(1);
    return bar;
}

void CertificationsPage::showPlanner(const QString &certificationId) {
    m_tabs->setCurrentWidget(m_planner);
    if (!certificationId.isEmpty())
        m_planner->selectCertification(certificationId);
}

void CertificationsPage::openAgreement() {
    auto *dialog = new CertificationAgreementDialog(m_account.agreements, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void CertificationsPage::openLogos() {
    auto *dialog = new LogosDialog(m_controller, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

QMenu *CertificationsPage::certificationMenu(const QString &certificationId) {
    const domain::CertificationDetail *detail = nullptr;
    for (const domain::CertificationDetail &d : std::as_const(m_details)) {
        if (d.summary.id == certificationId)
            detail = &d;
    }
    if (!detail)
        return nullptr;
    const domain::Certification &summary = detail->summary;
    auto *menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("certificationMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);

    // The guide's Downloads column, as actions: the same rules as the buttons.
    QAction *pdf = menu->addAction(tr("PDF &Certificate…"), this, [this, certificationId] {
        emit pdfCertificateRequested(certificationId);
    });
    pdf->setObjectName(QStringLiteral("menuPdfCertificate"));
    const auto eligibility =
        domain::CertificateEligibility::evaluate(summary, QDate::currentDate());
    pdf->setEnabled(eligibility.isEligible());
    if (!eligibility.isEligible())
        pdf->setToolTip(eligibility.reason());

    QAction *logos = menu->addAction(tr("Download &Logos…"), this, &CertificationsPage::openLogos);
    logos->setObjectName(QStringLiteral("menuDownloadLogos"));
    logos->setEnabled(summary.logoAvailable && m_controller);

    menu->addSeparator();
    QAction *renew = menu->addAction(tr("&Ways to renew"), this,
                                     [this, certificationId] { showPlanner(certificationId); });
    renew->setObjectName(QStringLiteral("menuWaysToRenew"));
    return menu;
}

void CertificationsPage::showContextMenu(const QPoint &position) {
    QTreeView *view = m_list->view();
    const QModelIndex index = view->indexAt(position);
    const QString id = index.siblingAtColumn(0).data(itemmodels::IdRole).toString();
    if (id.isEmpty())
        return; // a track heading: nothing to offer
    view->setCurrentIndex(index);
    if (QMenu *menu = certificationMenu(id))
        menu->popup(view->viewport()->mapToGlobal(position));
}

void CertificationsPage::collapseStatusGroups() {
    QTreeView *view = m_list->view();
    for (int row = 0; row < m_list->proxy()->rowCount(); ++row) {
        const QModelIndex index = m_list->proxy()->index(row, 0);
        if (m_model->isStatusGroup(m_list->proxy()->mapToSource(index)))
            view->collapse(index);
    }
}

void CertificationsPage::openDownload(const QModelIndex &index, const QString &key) {
    const QString id = index.siblingAtColumn(0).data(itemmodels::IdRole).toString();
    if (id.isEmpty())
        return;
    m_list->view()->setCurrentIndex(index);
    if (key == QLatin1String("logo")) {
        openLogos();
        return;
    }
    for (const domain::CertificationDetail &detail : std::as_const(m_details)) {
        if (detail.summary.id != id)
            continue;
        // Refused (expired, say): the selection shows why beside the PDF button.
        if (domain::CertificateEligibility::evaluate(detail.summary, QDate::currentDate())
                .isEligible())
            emit pdfCertificateRequested(id);
        return;
    }
}

bool CertificationsPage::eventFilter(QObject *watched, QEvent *event) {
    if (event->type() == QEvent::MouseMove && watched == m_list->view()->viewport()) {
        // A pointing hand over a link, as over the portal's.
        QTreeView *view = m_list->view();
        const QPoint position = static_cast<QMouseEvent *>(event)->position().toPoint();
        const QModelIndex index = view->indexAt(position);
        QStyleOptionViewItem option;
        option.initFrom(view);
        option.rect = view->visualRect(index);
        option.font = view->font();
        const bool overLink = index.isValid() &&
                              index.column() == itemmodels::CertificationsModel::Downloads &&
                              !m_links->linkAt(option, index, position).isEmpty();
        if (overLink)
            view->viewport()->setCursor(Qt::PointingHandCursor);
        else
            view->viewport()->unsetCursor();
    }
    if (event->type() == QEvent::Resize) {
        if (watched == m_splitter)
            fitListHeight();
        else if (watched == m_list->view()->viewport())
            revealSelection();
    }
    return AccountPage::eventFilter(watched, event);
}

namespace {

int visibleRows(const QTreeView *view, const QModelIndex &parent = QModelIndex()) {
    const QAbstractItemModel *model = view->model();
    int rows = 0;
    for (int row = 0; row < model->rowCount(parent); ++row) {
        ++rows;
        const QModelIndex index = model->index(row, 0, parent);
        if (view->isExpanded(index))
            rows += visibleRows(view, index);
    }
    return rows;
}

} // namespace

void CertificationsPage::fitListHeight() {
    const int total = m_splitter->height() - m_splitter->handleWidth();
    if (m_splitterMovedByPerson || total <= 0)
        return;
    QTreeView *view = m_list->view();
    const int rows = visibleRows(view);
    const int rowHeight = rows > 0 ? view->sizeHintForRow(0) : 0;
    // What the section shows besides its view: heading, wrapped description and spacing.
    const int sectionHeight = m_list->hasHeightForWidth()
                                  ? m_list->heightForWidth(m_splitter->width())
                                  : m_list->sizeHint().height();
    const int chrome = sectionHeight - view->sizeHint().height();
    // Columns wider than the view bring a horizontal scroll bar, which takes a row's height.
    const int sideways = view->header()->length() > view->viewport()->width()
                             ? view->horizontalScrollBar()->sizeHint().height()
                             : 0;
    const int wanted = chrome + view->header()->sizeHint().height() + rows * qMax(rowHeight, 1) +
                       2 * view->frameWidth() + 2 + sideways;
    // The detail below needs room too (three rows of its tables at 1024×640): the list never
    // takes more than half; it scrolls to the selection.
    const int list = qMax(m_list->minimumHeight(), qMin(wanted, total / 2));
    m_splitter->setSizes({list, total - list});
}

void CertificationsPage::revealSelection() {
    QTreeView *view = m_list->view();
    const QModelIndex current = view->currentIndex();
    if (!current.isValid())
        return;
    // The top of the list when the selection is visible from there; otherwise its track
    // heading at the top, and the selection surely in view (it wins when both do not fit).
    view->scrollToTop();
    if (view->viewport()->rect().contains(view->visualRect(current)))
        return;
    if (current.parent().isValid())
        view->scrollTo(current.parent(), QAbstractItemView::PositionAtTop);
    view->scrollTo(current, QAbstractItemView::EnsureVisible);
}

void CertificationsPage::setAccountData(const domain::AccountData &account) {
    m_account = account;
    m_details = account.certifications;
    m_notice->setText(account.programme.certificationsNotice);
    m_notice->setVisible(!account.programme.certificationsNotice.isEmpty());
    const QString keep = m_selectedId;
    m_model->setAccountData(account);
    collapseStatusGroups();
    m_list->fitColumns();
    m_planner->setAccountData(account, QDate::currentDate());
    fitListHeight();
    // Keep the person's selection across a sync; otherwise open the first certification so the
    // page never starts half empty.
    if (keep.isEmpty() || !selectCertification(keep)) {
        if (!m_details.isEmpty())
            selectCertification(m_details.constFirst().summary.id);
        else
            m_detail->clear();
    }
}

bool CertificationsPage::selectCertification(const QString &certificationId) {
    const QModelIndex source = m_model->indexOf(certificationId);
    const QModelIndex index = m_list->proxy()->mapFromSource(source);
    if (!index.isValid())
        return false;
    m_list->view()->setCurrentIndex(index);
    revealSelection();
    onCurrentChanged();
    return true;
}

void CertificationsPage::onCurrentChanged() {
    const QModelIndex current = m_list->view()->currentIndex();
    const QString id = current.siblingAtColumn(0).data(itemmodels::IdRole).toString();
    for (const domain::CertificationDetail &detail : std::as_const(m_details)) {
        if (!id.isEmpty() && detail.summary.id == id) {
            m_selectedId = id;
            m_detail->showCertification(detail);
            updatePdfCertificateAction(&detail.summary);
            return;
        }
    }
    if (!m_selectedId.isEmpty() && current.isValid())
        return; // a track row: keep showing the last certification
    m_detail->clear();
    updatePdfCertificateAction(nullptr);
}

void CertificationsPage::updatePdfCertificateAction(const domain::Certification *certification) {
    if (!certification) {
        m_pdfButton->setEnabled(false);
        m_pdfButton->setToolTip(tr("Select a certification first"));
        m_pdfReason->clear();
        return;
    }
    const auto eligibility =
        domain::CertificateEligibility::evaluate(*certification, QDate::currentDate());
    m_pdfButton->setEnabled(eligibility.isEligible());
    m_pdfButton->setToolTip(
        eligibility.isEligible()
            ? tr("Preview, print or save the certificate of %1").arg(certification->acronym)
            : eligibility.reason());
    m_pdfReason->setText(eligibility.reason());
}

} // namespace certtrack::ui
