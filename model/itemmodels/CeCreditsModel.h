#pragma once

#include "itemmodels/TableModel.h"

#include "domain/AccountData.h"

namespace certtrack::itemmodels {

// The CE credits counted toward one certification (Active Date / Inactive Date / Points /
// Status), shown under the server's label such as "+10 Cisco CE Credits".
class CeCreditsModel : public TableModel {
    Q_OBJECT
public:
    enum Column { ActiveDate, InactiveDate, Points, Status, ColumnCount };

    using TableModel::TableModel;
    void setCredits(const QList<domain::CeCredit> &credits);

protected:
    int rows() const override { return int(m_credits.size()); }
    int columns() const override { return ColumnCount; }
    QString headerText(int column) const override;
    QString displayText(int row, int column) const override;
    QVariant sortValue(int row, int column) const override;
    bool isNumeric(int column) const override { return column == Points; }

private:
    QList<domain::CeCredit> m_credits;
};

} // namespace certtrack::itemmodels
