#pragma once

#include "itemmodels/TableModel.h"

#include "domain/AccountData.h"

namespace certtrack::itemmodels {

// A certification's History list ("2020-Jan-01  Manually granted certification").
class CertificationHistoryModel : public TableModel {
    Q_OBJECT
public:
    enum Column { Date, Event, ColumnCount };

    using TableModel::TableModel;
    void setHistory(const QList<domain::HistoryEntry> &history);

protected:
    int rows() const override { return int(m_history.size()); }
    int columns() const override { return ColumnCount; }
    QString headerText(int column) const override;
    QString displayText(int row, int column) const override;
    QVariant sortValue(int row, int column) const override;

private:
    QList<domain::HistoryEntry> m_history;
};

} // namespace certtrack::itemmodels
