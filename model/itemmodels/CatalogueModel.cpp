#include "itemmodels/CatalogueModel.h"

#include "itemmodels/DisplayFormat.h"
#include "itemmodels/ItemRoles.h"

namespace certtrack::itemmodels {

void CatalogueModel::setCatalogue(const domain::FulfillmentCatalogue &catalogue) {
    QSet<QString> offered;
    for (const domain::CatalogueItem &item : catalogue.items)
        offered.insert(item.id);
    const QSet<QString> before = m_checked;
    replaceRows(int(catalogue.items.size()), [&] {
        m_catalogue = catalogue;
        m_checked.intersect(offered);
    });
    if (m_checked != before)
        emit checkedChanged();
}

void CatalogueModel::setChecked(const QString &itemId, bool checked) {
    for (int row = 0; row < rows(); ++row) {
        if (m_catalogue.items.at(row).id == itemId) {
            setData(index(row, Name), checked ? Qt::Checked : Qt::Unchecked, Qt::CheckStateRole);
            return;
        }
    }
}

QStringList CatalogueModel::checkedIds() const {
    QStringList ids;
    for (const domain::CatalogueItem &item : m_catalogue.items) {
        if (m_checked.contains(item.id))
            ids.append(item.id);
    }
    return ids;
}

bool CatalogueModel::hasCheckedPrintedCertificate() const {
    for (const domain::CatalogueItem &item : m_catalogue.items) {
        if (m_checked.contains(item.id) && item.kind == QLatin1String("certificate"))
            return true;
    }
    return false;
}

domain::Money CatalogueModel::total(bool tracking) const {
    domain::Money sum;
    sum.currency = m_catalogue.trackingFee.currency;
    for (const domain::CatalogueItem &item : m_catalogue.items) {
        if (m_checked.contains(item.id)) {
            sum.minorUnits += item.price.minorUnits;
            sum.currency = item.price.currency;
        }
    }
    if (tracking && hasCheckedPrintedCertificate())
        sum.minorUnits += m_catalogue.trackingFee.minorUnits;
    return sum;
}

Qt::ItemFlags CatalogueModel::flags(const QModelIndex &index) const {
    Qt::ItemFlags result = TableModel::flags(index);
    if (index.isValid() && index.column() == Name)
        result |= Qt::ItemIsUserCheckable;
    return result;
}

bool CatalogueModel::setData(const QModelIndex &index, const QVariant &value, int role) {
    if (role != Qt::CheckStateRole || !index.isValid() || index.column() != Name ||
        index.row() >= rows())
        return false;
    const QString id = m_catalogue.items.at(index.row()).id;
    const bool checked = value.value<Qt::CheckState>() == Qt::Checked;
    if (checked == m_checked.contains(id))
        return true;
    if (checked)
        m_checked.insert(id);
    else
        m_checked.remove(id);
    emit dataChanged(index, index, {Qt::CheckStateRole});
    emit checkedChanged();
    return true;
}

QString CatalogueModel::headerText(int column) const {
    switch (column) {
    case Name:
        return tr("Name");
    case Description:
        return tr("Description");
    case Price:
        return tr("Price");
    }
    return {};
}

QString CatalogueModel::displayText(int row, int column) const {
    const domain::CatalogueItem &item = m_catalogue.items.at(row);
    switch (column) {
    case Name:
        return item.name;
    case Description:
        return item.description;
    case Price:
        return DisplayFormat::money(item.price);
    }
    return {};
}

QVariant CatalogueModel::sortValue(int row, int column) const {
    if (column == Price)
        return m_catalogue.items.at(row).price.minorUnits;
    return displayText(row, column);
}

QString CatalogueModel::toolTip(int row, int column) const {
    const domain::CatalogueItem &item = m_catalogue.items.at(row);
    if (column == Name && item.initialKit)
        return tr("The initial kit of a certification you achieved: free, once.");
    return {};
}

QVariant CatalogueModel::extraData(int row, int column, int role) const {
    const domain::CatalogueItem &item = m_catalogue.items.at(row);
    if (role == IdRole)
        return item.id;
    if (role == Qt::CheckStateRole && column == Name)
        return m_checked.contains(item.id) ? Qt::Checked : Qt::Unchecked;
    return {};
}

} // namespace certtrack::itemmodels
