#include "ui/TableSection.h"

#include "ui/FilterField.h"

#include "itemmodels/SortFilterProxyModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTreeView>
#include <QVBoxLayout>

namespace certtrack::ui {

TableSection::TableSection(const QString &objectName, const QString &title, QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(title, this))
    , m_description(new QLabel(this))
    , m_filter(new QLineEdit(this))
    , m_view(new QTreeView(this))
    , m_proxy(new itemmodels::SortFilterProxyModel(this)) {
    setObjectName(objectName);
    m_title->setProperty("role", QStringLiteral("sectionTitle"));
    m_description->setProperty("role", QStringLiteral("description"));
    m_description->setWordWrap(true);
    m_description->hide();

    setUpFilterField(m_filter, objectName + QStringLiteral("Filter"), tr("Filter %1").arg(title));
    m_filter->setPlaceholderText(tr("Filter"));
    connect(m_filter, &QLineEdit::textChanged, m_proxy,
            &itemmodels::SortFilterProxyModel::setFilterText);
    connect(m_filter, &QLineEdit::textChanged, this, [this] {
        if (m_expandAll)
            m_view->expandAll();
        spanDetailRows();
    });

    m_view->setObjectName(objectName + QStringLiteral("View"));
    m_view->setAccessibleName(title);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->setAlternatingRowColors(true);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->header()->setStretchLastSection(true);
    m_view->header()->setSortIndicatorShown(true);
    m_view->header()->setSectionsClickable(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder); // server order until the person sorts

    m_header = new QHBoxLayout;
    auto *header = m_header;
    header->addWidget(m_title);
    header->addStretch(1);
    header->addWidget(m_filter);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addLayout(header);
    layout->addWidget(m_description);
    layout->addWidget(m_view, 1);

    setFocusProxy(m_view);
}

void TableSection::setTitle(const QString &title) {
    m_title->setText(title);
    m_view->setAccessibleName(title);
    m_filter->setAccessibleName(tr("Filter %1").arg(title));
}

void TableSection::setDescription(const QString &text) {
    m_description->setText(text);
    m_description->setVisible(!text.isEmpty());
}

void TableSection::setFilterPlaceholder(const QString &text) {
    m_filter->setPlaceholderText(text);
}

void TableSection::setSourceModel(QAbstractItemModel *model) {
    m_proxy->setSourceModel(model);
    connect(model, &QAbstractItemModel::modelReset, this, &TableSection::onModelChanged);
    connect(model, &QAbstractItemModel::rowsInserted, this, &TableSection::onModelChanged);
    onModelChanged();
}

void TableSection::setTree(bool expandAll) {
    m_expandAll = expandAll;
    m_view->setRootIsDecorated(true);
    m_view->setUniformRowHeights(true);
    onModelChanged();
}

void TableSection::setSpanDetailRows(bool span) {
    m_spanDetailRows = span;
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &TableSection::spanDetailRows);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &TableSection::spanDetailRows);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &TableSection::spanDetailRows);
    spanDetailRows();
}

void TableSection::spanDetailRows() {
    if (!m_spanDetailRows)
        return;
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex parent = m_proxy->index(row, 0);
        for (int child = 0; child < m_proxy->rowCount(parent); ++child)
            m_view->setFirstColumnSpanned(child, parent, true);
    }
}

void TableSection::setInitialSort(int column, Qt::SortOrder order) {
    m_view->sortByColumn(column, order);
}

void TableSection::onModelChanged() {
    if (m_expandAll)
        m_view->expandAll();
    spanDetailRows();
    fitColumns();
}

void TableSection::fitColumns() {
    QHeaderView *header = m_view->header();
    const int columns = m_proxy->columnCount();
    for (int column = 0; column + 1 < columns; ++column) {
        m_view->resizeColumnToContents(column);
        // Room for the sort indicator and some air.
        const int wanted = qMax(header->sectionSizeHint(column), header->sectionSize(column));
        header->resizeSection(column, qMin(wanted + 24, 520));
    }
}

void TableSection::addHeaderWidget(QWidget *widget, int stretch) {
    // Title, [widgets…], spacer, filter: each widget goes just before the spacer, which then
    // yields its share of the row to the widgets.
    m_header->insertWidget(m_header->count() - 2, widget, stretch);
    m_header->setStretch(m_header->count() - 2, 0);
}

} // namespace certtrack::ui
