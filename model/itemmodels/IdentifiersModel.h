#pragma once

#include "itemmodels/TableModel.h"

#include "domain/AccountData.h"

namespace certtrack::itemmodels {

// Personal Info → Identification: the ids the account is known by (login, testing, badging).
class IdentifiersModel : public TableModel {
    Q_OBJECT
public:
    enum Column { Label, Value, ColumnCount };

    using TableModel::TableModel;
    void setIdentifiers(const QList<domain::Identifier> &identifiers);
    void setAccountData(const domain::AccountData &data) { setIdentifiers(data.identifiers.items); }

protected:
    int rows() const override { return int(m_identifiers.size()); }
    int columns() const override { return ColumnCount; }
    QString headerText(int column) const override;
    QString displayText(int row, int column) const override;
    QVariant extraData(int row, int column, int role) const override;

private:
    QList<domain::Identifier> m_identifiers;
};

} // namespace certtrack::itemmodels
