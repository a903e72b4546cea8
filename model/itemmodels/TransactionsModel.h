#pragma once

#include "itemmodels/TableModel.h"

#include "domain/AccountData.h"

namespace certtrack::itemmodels {

// Testing History → E-commerce Transactions.
class TransactionsModel : public TableModel {
    Q_OBJECT
public:
    enum Column { Date, Description, Amount, PaymentMethod, Status, OrderId, ColumnCount };

    using TableModel::TableModel;
    void setTransactions(const QList<domain::Transaction> &transactions);
    void setAccountData(const domain::AccountData &data) { setTransactions(data.transactions); }

protected:
    int rows() const override { return int(m_transactions.size()); }
    int columns() const override { return ColumnCount; }
    QString headerText(int column) const override;
    QString displayText(int row, int column) const override;
    QVariant sortValue(int row, int column) const override;
    bool isNumeric(int column) const override { return column == Amount; }

private:
    QList<domain::Transaction> m_transactions;
};

} // namespace certtrack::itemmodels
