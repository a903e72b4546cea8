#pragma once

#include "itemmodels/TableModel.h"

#include "domain/Order.h"

namespace certtrack::itemmodels {

// The lines of one order with their prices, as the confirmation screen lists them ("Name",
// "Price:"); the tracking fee is a line of its own when the order has it.
class OrderLinesModel : public TableModel {
    Q_OBJECT
public:
    enum Column { Name, Price, ColumnCount };

    using TableModel::TableModel;
    void setOrder(const domain::Order &order);

protected:
    int rows() const override { return int(m_lines.size()); }
    int columns() const override { return ColumnCount; }
    QString headerText(int column) const override;
    QString displayText(int row, int column) const override;
    QVariant sortValue(int row, int column) const override;
    bool isNumeric(int column) const override { return column == Price; }

private:
    QList<domain::Order::Line> m_lines;
};

} // namespace certtrack::itemmodels
