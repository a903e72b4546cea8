#pragma once

#include "itemmodels/TableModel.h"

#include "domain/AccountData.h"

namespace certtrack::itemmodels {

// Testing History → Certification agreements: "Cisco Certification and Confidentiality
// Agreement (V9)", its active date and expiry.
class AgreementsModel : public TableModel {
    Q_OBJECT
public:
    enum Column { Name, ActiveDate, Expires, ColumnCount };

    using TableModel::TableModel;
    void setAgreements(const QList<domain::Agreement> &agreements);
    void setAccountData(const domain::AccountData &data) { setAgreements(data.agreements); }
    const domain::Agreement &agreement(int row) const { return m_agreements.at(row); }

protected:
    int rows() const override { return int(m_agreements.size()); }
    int columns() const override { return ColumnCount; }
    QString headerText(int column) const override;
    QString displayText(int row, int column) const override;
    QVariant sortValue(int row, int column) const override;
    QVariant extraData(int row, int column, int role) const override;

private:
    QList<domain::Agreement> m_agreements;
};

} // namespace certtrack::itemmodels
