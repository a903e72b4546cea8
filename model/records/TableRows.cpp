#include "records/TableRows.h"

#include <QAbstractItemModel>

namespace certtrack::records {

namespace {

void appendRows(const QAbstractItemModel &model, const QModelIndex &parent, int depth,
                TableRows *table) {
    const int count = model.rowCount(parent);
    for (int row = 0; row < count; ++row) {
        TableRows::Row out;
        out.depth = depth;
        for (int column : std::as_const(table->columns))
            out.cells.append(model.index(row, column, parent).data(Qt::DisplayRole).toString());
        table->rows.append(out);
        const QModelIndex first = model.index(row, 0, parent);
        if (model.hasChildren(first))
            appendRows(model, first, depth + 1, table);
    }
}

} // namespace

TableRows TableRows::of(const QAbstractItemModel &model, const QList<int> &columns) {
    TableRows table;
    table.columns = columns;
    if (table.columns.isEmpty()) {
        for (int column = 0; column < model.columnCount(); ++column)
            table.columns.append(column);
    }
    for (int column : std::as_const(table.columns))
        table.headers.append(model.headerData(column, Qt::Horizontal, Qt::DisplayRole).toString());
    appendRows(model, QModelIndex(), 0, &table);
    return table;
}

} // namespace certtrack::records
