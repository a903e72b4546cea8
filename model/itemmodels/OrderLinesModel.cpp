#include "itemmodels/OrderLinesModel.h"

#include "itemmodels/DisplayFormat.h"

namespace certtrack::itemmodels {

void OrderLinesModel::setOrder(const domain::Order &order) {
    QList<domain::Order::Line> lines = order.lines;
    if (order.tracking) {
        domain::Order::Line tracking;
        tracking.name = tr("Tracking");
        tracking.description = tr("Trackable shipping for printed certificates");
        tracking.price = order.trackingFee;
        lines.append(tracking);
    }
    replaceRows(int(lines.size()), [&] { m_lines = std::move(lines); });
}

QString OrderLinesModel::headerText(int column) const {
    switch (column) {
    case Name:
        return tr("Name");
    case Price:
        return tr("Price");
    }
    return {};
}

QString OrderLinesModel::displayText(int row, int column) const {
    const domain::Order::Line &line = m_lines.at(row);
    switch (column) {
    case Name:
        return line.name;
    case Price:
        return DisplayFormat::money(line.price);
    }
    return {};
}

QVariant OrderLinesModel::sortValue(int row, int column) const {
    if (column == Price)
        return m_lines.at(row).price.minorUnits;
    return displayText(row, column);
}

} // namespace certtrack::itemmodels
