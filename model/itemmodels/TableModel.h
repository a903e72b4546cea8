#pragma once

#include <QAbstractTableModel>

#include <functional>

namespace certtrack::itemmodels {

// Base of the flat tables: subclasses describe cells; this class answers Qt's roles the same way
// everywhere (display, sort, tool tip, accessible text, alignment).
class TableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    virtual int rows() const = 0;
    virtual int columns() const = 0;
    virtual QString headerText(int column) const = 0;
    virtual QString displayText(int row, int column) const = 0;
    // Raw value for sorting; the display text unless a subclass knows better.
    virtual QVariant sortValue(int row, int column) const;
    virtual QString toolTip(int row, int column) const;
    virtual QVariant extraData(int row, int column, int role) const;
    virtual bool isNumeric(int column) const;

    // Swaps in new rows: a row count that stays the same keeps selections and scroll position
    // (dataChanged); otherwise the model resets.
    void replaceRows(int newCount, const std::function<void()> &assign);
};

} // namespace certtrack::itemmodels
