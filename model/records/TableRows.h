#pragma once

#include <QList>
#include <QString>
#include <QStringList>

class QAbstractItemModel;

namespace certtrack::records {

// A model's shown text flattened to rows, the one reading of a table that CSV and print share:
// the horizontal header texts, then every row depth first with its depth in the tree.
struct TableRows {
    struct Row {
        QStringList cells;
        int depth = 0;
    };

    QList<int> columns; // the model's columns, in the order written
    QStringList headers;
    QList<Row> rows;

    // columns empty: every column of the model.
    static TableRows of(const QAbstractItemModel &model, const QList<int> &columns = {});
};

} // namespace certtrack::records
