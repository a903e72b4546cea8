#include "itemmodels/AttributesModel.h"

#include "itemmodels/ItemRoles.h"

namespace certtrack::itemmodels {

void AttributesModel::setAttributes(const QList<domain::Attribute> &attributes) {
    replaceRows(int(attributes.size()), [&] { m_attributes = attributes; });
}

QString AttributesModel::headerText(int column) const {
    return column == Label ? tr("Attribute") : tr("Value");
}

QString AttributesModel::displayText(int row, int column) const {
    const domain::Attribute &a = m_attributes.at(row);
    if (column == Label)
        return a.label;
    return a.value.isEmpty() ? tr("[Nothing set]") : a.value;
}

QString AttributesModel::toolTip(int row, int column) const {
    if (column == Value && m_attributes.at(row).editable)
        return tr("You can change this value.");
    return {};
}

QVariant AttributesModel::extraData(int row, int, int role) const {
    if (role == IdRole)
        return m_attributes.at(row).id;
    return {};
}

} // namespace certtrack::itemmodels
