#include "itemmodels/TransactionsModel.h"

#include "itemmodels/DisplayFormat.h"

namespace certtrack::itemmodels {

void TransactionsModel::setTransactions(const QList<domain::Transaction> &transactions) {
    replaceRows(int(transactions.size()), [&] { m_transactions = transactions; });
}

QString TransactionsModel::headerText(int column) const {
    switch (column) {
    case Date:
        return tr("Date");
    case Description:
        return tr("Description");
    case Amount:
        return tr("Amount");
    case PaymentMethod:
        return tr("Payment method");
    case Status:
        return tr("Status");
    case OrderId:
        return tr("Order");
    }
    return {};
}

QString TransactionsModel::displayText(int row, int column) const {
    const domain::Transaction &t = m_transactions.at(row);
    switch (column) {
    case Date:
        return DisplayFormat::date(t.at.toLocalTime().date());
    case Description:
        return t.description;
    case Amount:
        return DisplayFormat::money(t.amount);
    case PaymentMethod:
        return DisplayFormat::textOrNa(t.paymentMethod);
    case Status:
        return DisplayFormat::textOrNa(t.status);
    case OrderId:
        return t.orderId;
    }
    return {};
}

QVariant TransactionsModel::sortValue(int row, int column) const {
    const domain::Transaction &t = m_transactions.at(row);
    switch (column) {
    case Date:
        return t.at;
    case Amount:
        return t.amount.minorUnits;
    default:
        return displayText(row, column);
    }
}

} // namespace certtrack::itemmodels
