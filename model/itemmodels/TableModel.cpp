#include "itemmodels/TableModel.h"

#include "itemmodels/ItemRoles.h"

namespace certtrack::itemmodels {

int TableModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : rows();
}

int TableModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : columns();
}

QVariant TableModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayText(row, column);
    case SortRole:
        return sortValue(row, column);
    case Qt::ToolTipRole: {
        const QString tip = toolTip(row, column);
        return tip.isEmpty() ? QVariant() : QVariant(tip);
    }
    case Qt::AccessibleTextRole:
        return QString(headerText(column) + QStringLiteral(": ") + displayText(row, column));
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(isNumeric(column) ? Qt::AlignRight | Qt::AlignVCenter
                                                     : Qt::AlignLeft | Qt::AlignVCenter);
    default:
        return extraData(row, column, role);
    }
}

QVariant TableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || section < 0 || section >= columns())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole)
        return headerText(section);
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(isNumeric(section) ? Qt::AlignRight | Qt::AlignVCenter
                                                      : Qt::AlignLeft | Qt::AlignVCenter);
    return {};
}

QVariant TableModel::sortValue(int row, int column) const {
    return displayText(row, column);
}

QString TableModel::toolTip(int, int) const {
    return {};
}

QVariant TableModel::extraData(int, int, int) const {
    return {};
}

bool TableModel::isNumeric(int) const {
    return false;
}

void TableModel::replaceRows(int newCount, const std::function<void()> &assign) {
    const int oldCount = rows();
    if (newCount == oldCount && newCount > 0) {
        assign();
        emit dataChanged(index(0, 0), index(newCount - 1, columns() - 1));
        return;
    }
    beginResetModel();
    assign();
    endResetModel();
}

} // namespace certtrack::itemmodels
