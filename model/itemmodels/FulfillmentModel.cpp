#include "itemmodels/FulfillmentModel.h"

#include "itemmodels/DisplayFormat.h"
#include "itemmodels/ItemRoles.h"

namespace certtrack::itemmodels {

void FulfillmentModel::setItems(const QList<domain::FulfillmentItem> &items) {
    replaceRows(int(items.size()), [&] { m_items = items; });
}

QString FulfillmentModel::itemName(const domain::FulfillmentItem &item) {
    if (item.kind.isEmpty() || item.name.endsWith(QLatin1Char(')')))
        return item.name;
    QString kind = item.kind;
    kind[0] = kind.at(0).toUpper();
    return item.name + QStringLiteral(" (") + kind + QLatin1Char(')');
}

QString FulfillmentModel::headerText(int column) const {
    switch (column) {
    case Name:
        return tr("Name");
    case VerificationCode:
        return tr("Verification Code");
    case Queued:
        return tr("Queued");
    case Sent:
        return tr("Sent");
    case Complete:
        return tr("Complete");
    case Status:
        return tr("Status");
    }
    return {};
}

QString FulfillmentModel::displayText(int row, int column) const {
    const domain::FulfillmentItem &item = m_items.at(row);
    switch (column) {
    case Name:
        return itemName(item);
    case VerificationCode:
        return item.verificationCode;
    case Queued:
        return DisplayFormat::monthYear(item.queued);
    case Sent:
        return DisplayFormat::monthYear(item.sent);
    case Complete:
        return DisplayFormat::monthYear(item.complete);
    case Status:
        return DisplayFormat::textOrNa(item.status);
    }
    return {};
}

QVariant FulfillmentModel::sortValue(int row, int column) const {
    const domain::FulfillmentItem &item = m_items.at(row);
    switch (column) {
    case Queued:
        return DisplayFormat::startSortKey(item.queued);
    case Sent:
        return DisplayFormat::startSortKey(item.sent);
    case Complete:
        return DisplayFormat::startSortKey(item.complete);
    default:
        return displayText(row, column);
    }
}

QString FulfillmentModel::toolTip(int row, int column) const {
    const domain::FulfillmentItem &item = m_items.at(row);
    const auto exact = [](const std::optional<QDate> &d) {
        return d ? DisplayFormat::date(*d) : QString();
    };
    switch (column) {
    case Queued:
        return exact(item.queued);
    case Sent:
        return exact(item.sent);
    case Complete:
        return exact(item.complete);
    default:
        return {};
    }
}

QVariant FulfillmentModel::extraData(int row, int, int role) const {
    const domain::FulfillmentItem &item = m_items.at(row);
    if (role == IdRole)
        return item.id;
    if (role == OrderIdRole)
        return item.orderId;
    return {};
}

} // namespace certtrack::itemmodels
