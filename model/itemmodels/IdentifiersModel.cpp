#include "itemmodels/IdentifiersModel.h"

#include "itemmodels/ItemRoles.h"

namespace certtrack::itemmodels {

void IdentifiersModel::setIdentifiers(const QList<domain::Identifier> &identifiers) {
    replaceRows(int(identifiers.size()), [&] { m_identifiers = identifiers; });
}

QString IdentifiersModel::headerText(int column) const {
    return column == Label ? tr("Identifier") : tr("Value");
}

QString IdentifiersModel::displayText(int row, int column) const {
    const domain::Identifier &i = m_identifiers.at(row);
    return column == Label ? i.label : i.value;
}

QVariant IdentifiersModel::extraData(int row, int, int role) const {
    if (role == IdRole)
        return m_identifiers.at(row).id;
    return {};
}

} // namespace certtrack::itemmodels
