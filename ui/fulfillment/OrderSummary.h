#pragma once

#include "domain/Order.h"

#include <QWidget>

class QLabel;
class QTreeView;

namespace certtrack::itemmodels {
class OrderLinesModel;
}

namespace certtrack::ui {

// The lines of an order with their prices (Name, Price) and the total under them: what the
// payment step and the confirmation screen show.
class OrderSummary : public QWidget {
    Q_OBJECT
public:
    explicit OrderSummary(const QString &objectName, QWidget *parent = nullptr);
    void setOrder(const domain::Order &order);
    QTreeView *view() const { return m_view; }

private:
    itemmodels::OrderLinesModel *m_model;
    QTreeView *m_view;
    QLabel *m_total;
};

} // namespace certtrack::ui
