#pragma once

#include <QCollator>
#include <QSortFilterProxyModel>

namespace certtrack::itemmodels {

// The proxy in front of every table: sorts on the models' SortRole (dates as dates, numbers as
// numbers, text with the locale's collation and numbers inside text compared numerically) and
// filters rows on display text: every word typed must appear in some column of the row. In a
// tree, a matching row keeps its ancestors and its children visible.
class SortFilterProxyModel : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit SortFilterProxyModel(QObject *parent = nullptr);

    void setFilterText(const QString &text);
    QString filterText() const { return m_terms.join(QLatin1Char(' ')); }

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    // Text compared chunk by chunk: digit runs as numbers, the rest with the collator, so
    // "Item 9" < "item 10" even where the platform collator has no numeric mode.
    int compareText(const QString &left, const QString &right) const;

    QCollator m_collator;
    QStringList m_terms;
};

} // namespace certtrack::itemmodels
