#include "itemmodels/SortFilterProxyModel.h"

#include "itemmodels/ItemRoles.h"

namespace certtrack::itemmodels {

SortFilterProxyModel::SortFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent) {
    // Qt's collator for the C locale compares code points ("Zebra" < "éclair"); a person whose
    // system says C still expects dictionary order, so C collates as English.
    QLocale locale;
    if (locale.language() == QLocale::C)
        locale = QLocale(QLocale::English, QLocale::UnitedStates);
    m_collator = QCollator(locale);
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    setSortRole(SortRole);
    setRecursiveFilteringEnabled(true);
    setAutoAcceptChildRows(true);
    setDynamicSortFilter(true);
}

void SortFilterProxyModel::setFilterText(const QString &text) {
    const QStringList terms = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (terms == m_terms)
        return;
    m_terms = terms;
    invalidateFilter();
}

namespace {

// Splits "item 10b" into "item ", "10", "b".
QStringList chunks(const QString &text) {
    QStringList parts;
    QString current;
    bool digits = false;
    for (const QChar c : text) {
        if (!current.isEmpty() && c.isDigit() != digits) {
            parts << current;
            current.clear();
        }
        digits = c.isDigit();
        current += c;
    }
    if (!current.isEmpty())
        parts << current;
    return parts;
}

int compareNumbers(QStringView left, QStringView right) {
    while (left.size() > 1 && left.front() == QLatin1Char('0'))
        left = left.mid(1);
    while (right.size() > 1 && right.front() == QLatin1Char('0'))
        right = right.mid(1);
    if (left.size() != right.size())
        return left.size() < right.size() ? -1 : 1;
    return left.compare(right);
}

} // namespace

int SortFilterProxyModel::compareText(const QString &left, const QString &right) const {
    const QStringList l = chunks(left);
    const QStringList r = chunks(right);
    for (qsizetype i = 0; i < qMin(l.size(), r.size()); ++i) {
        const QString &a = l.at(i);
        const QString &b = r.at(i);
        const bool numeric = a.front().isDigit() && b.front().isDigit();
        const int order = numeric ? compareNumbers(a, b) : m_collator.compare(a, b);
        if (order != 0)
            return order;
    }
    if (l.size() != r.size())
        return l.size() < r.size() ? -1 : 1;
    return 0;
}

bool SortFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const {
    const QVariant leftFixed = left.data(FixedOrderRole);
    const QVariant rightFixed = right.data(FixedOrderRole);
    if (leftFixed.isValid() && rightFixed.isValid()) {
        // The proxy reverses lessThan for descending order; reverse it back.
        const bool before = leftFixed.toInt() < rightFixed.toInt();
        return sortOrder() == Qt::AscendingOrder ? before : !before;
    }
    if (leftFixed.isValid() != rightFixed.isValid()) {
        // Among sortable siblings, fixed rows (the Expired and Inactive groups) come last in
        // either order.
        const bool before = rightFixed.isValid();
        return sortOrder() == Qt::AscendingOrder ? before : !before;
    }
    const QVariant l = left.data(sortRole());
    const QVariant r = right.data(sortRole());
    if (l.userType() == QMetaType::QString && r.userType() == QMetaType::QString)
        return compareText(l.toString(), r.toString()) < 0;
    if (l.metaType() == r.metaType()) {
        const QPartialOrdering order = QVariant::compare(l, r);
        if (order == QPartialOrdering::Less)
            return true;
        if (order == QPartialOrdering::Greater || order == QPartialOrdering::Equivalent)
            return false;
    }
    return compareText(l.toString(), r.toString()) < 0;
}

bool SortFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const {
    if (m_terms.isEmpty())
        return true;
    const QAbstractItemModel *model = sourceModel();
    QString rowText;
    for (int column = 0; column < model->columnCount(sourceParent); ++column) {
        rowText += model->index(sourceRow, column, sourceParent).data().toString();
        rowText += QLatin1Char('\n');
    }
    for (const QString &term : m_terms) {
        if (!rowText.contains(term, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

} // namespace certtrack::itemmodels
