#include "itemmodels/AgreementsModel.h"

#include "itemmodels/DisplayFormat.h"
#include "itemmodels/ItemRoles.h"

namespace certtrack::itemmodels {

void AgreementsModel::setAgreements(const QList<domain::Agreement> &agreements) {
    replaceRows(int(agreements.size()), [&] { m_agreements = agreements; });
}

QString AgreementsModel::headerText(int column) const {
    switch (column) {
    case Name:
        return tr("Name");
    case ActiveDate:
        return tr("Active date");
    case Expires:
        return tr("Expires");
    }
    return {};
}

QString AgreementsModel::displayText(int row, int column) const {
    const domain::Agreement &a = m_agreements.at(row);
    switch (column) {
    case Name:
        return a.version.isEmpty() ? a.name
                                   : a.name + QStringLiteral(" (") + a.version + QLatin1Char(')');
    case ActiveDate:
        return DisplayFormat::date(a.activeDate);
    case Expires:
        return DisplayFormat::expiry(a.expires);
    }
    return {};
}

QVariant AgreementsModel::sortValue(int row, int column) const {
    const domain::Agreement &a = m_agreements.at(row);
    switch (column) {
    case ActiveDate:
        return a.activeDate;
    case Expires:
        return DisplayFormat::expirySortKey(a.expires);
    default:
        return displayText(row, column);
    }
}

QVariant AgreementsModel::extraData(int row, int, int role) const {
    if (role == IdRole)
        return m_agreements.at(row).id;
    return {};
}

} // namespace certtrack::itemmodels
