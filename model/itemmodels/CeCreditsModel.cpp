#include "itemmodels/CeCreditsModel.h"

#include "itemmodels/DisplayFormat.h"

namespace certtrack::itemmodels {

void CeCreditsModel::setCredits(const QList<domain::CeCredit> &credits) {
    replaceRows(int(credits.size()), [&] { m_credits = credits; });
}

QString CeCreditsModel::headerText(int column) const {
    switch (column) {
    case ActiveDate:
        return tr("Active Date");
    case InactiveDate:
        return tr("Inactive Date");
    case Points:
        return tr("Points");
    case Status:
        return tr("Status");
    }
    return {};
}

QString CeCreditsModel::displayText(int row, int column) const {
    const domain::CeCredit &c = m_credits.at(row);
    switch (column) {
    case ActiveDate:
        return DisplayFormat::date(c.activeDate);
    case InactiveDate:
        return DisplayFormat::date(c.inactiveDate);
    case Points:
        return QString::number(c.points);
    case Status:
        return c.status;
    }
    return {};
}

QVariant CeCreditsModel::sortValue(int row, int column) const {
    const domain::CeCredit &c = m_credits.at(row);
    switch (column) {
    case ActiveDate:
        return c.activeDate;
    case InactiveDate:
        return c.inactiveDate;
    case Points:
        return c.points;
    default:
        return displayText(row, column);
    }
}

} // namespace certtrack::itemmodels
