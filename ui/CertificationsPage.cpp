#include "ui/CertificationsPage.h"

#include "domain/CertificateEligibility.h"
#include "itemmodels/CertificationsModel.h"
#include "itemmodels/ItemRoles.h"
#include "itemmodels/SortFilterProxyModel.h"
#include "ui/CertificationDetailView.h"
#include "ui/TableSection.h"

#include <QEvent>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>

namespace certtrack::ui {

CertificationsPage::CertificationsPage(QWidget *parent)
    : AccountPage(parent)
    , m_model(new itemmodels::CertificationsModel(this))
    , m_list(new TableSection(QStringLiteral("certifications"), tr("Active certifications")))
    , m_detail(new CertificationDetailView)
    , m_splitter(new QSplitter(Qt::Vertical, this))
    , m_pdfButton(new QPushButton(tr("PDF &Certificate…")))
    , m_pdfReason(new QLabel) {
    setObjectName(QStringLiteral("certificationsPage"));
    m_list->setSourceModel(m_model);
    m_list->setTree(true);
    m_list->setDescription(tr("Select a certification to see its progress, continuing "
                              "education credits and history."));
    connect(m_list->view()->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &CertificationsPage::onCurrentChanged);

    m_splitter->setObjectName(QStringLiteral("certificationsSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_list);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_list->setMinimumHeight(160);
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

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->addWidget(m_splitter);
}

bool CertificationsPage::eventFilter(QObject *watched, QEvent *event) {
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
    const int wanted = chrome + view->header()->sizeHint().height() + rows * qMax(rowHeight, 1) +
                       2 * view->frameWidth() + 2;
    // The detail below needs room too: the list never takes more than three fifths.
    const int list = qMax(m_list->minimumHeight(), qMin(wanted, total * 3 / 5));
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
    m_details = account.certifications;
    const QString keep = m_selectedId;
    m_model->setAccountData(account);
    m_list->fitColumns();
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
