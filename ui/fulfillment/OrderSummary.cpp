#include "ui/fulfillment/OrderSummary.h"

#include "itemmodels/DisplayFormat.h"
#include "itemmodels/OrderLinesModel.h"

#include <QHeaderView>
#include <QLabel>
#include <QTreeView>
#include <QVBoxLayout>

namespace certtrack::ui {

OrderSummary::OrderSummary(const QString &objectName, QWidget *parent)
    : QWidget(parent)
    , m_model(new itemmodels::OrderLinesModel(this))
    , m_view(new QTreeView(this))
    , m_total(new QLabel(this)) {
    setObjectName(objectName);
    m_view->setObjectName(objectName + QStringLiteral("Lines"));
    m_view->setAccessibleName(tr("Items and prices"));
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setSelectionMode(QAbstractItemView::NoSelection);
    m_view->setFocusPolicy(Qt::NoFocus);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(itemmodels::OrderLinesModel::Name, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(itemmodels::OrderLinesModel::Price,
                                           QHeaderView::ResizeToContents);
    m_total->setObjectName(objectName + QStringLiteral("Total"));
    m_total->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_total->setProperty("role", QStringLiteral("sectionTitle"));

    // As tall as its lines: the room left over belongs to the step around it.
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_total);
}

void OrderSummary::setOrder(const domain::Order &order) {
    m_model->setOrder(order);
    m_total->setText(tr("Total: %1").arg(itemmodels::DisplayFormat::money(order.total)));
    // As tall as its few lines, so the screen around it stays in view.
    const int rowHeight = qMax(m_view->sizeHintForRow(0), m_view->fontMetrics().height() + 8);
    const int rows = qMax(1, m_view->model()->rowCount());
    m_view->setFixedHeight(m_view->header()->sizeHint().height() + rowHeight * rows +
                           2 * m_view->frameWidth() + 2);
}

} // namespace certtrack::ui
