#pragma once

#include "itemmodels/TableModel.h"

#include "domain/AccountData.h"

namespace certtrack::itemmodels {

// Certificates & Plaques → fulfillment kit history & status. Dates read "December 2019".
class FulfillmentModel : public TableModel {
    Q_OBJECT
public:
    enum Column { Name, VerificationCode, Queued, Sent, Complete, Status, ColumnCount };

    using TableModel::TableModel;
    void setItems(const QList<domain::FulfillmentItem> &items);
    void setAccountData(const domain::AccountData &data) { setItems(data.fulfillment); }

    // "4013 Recognition (Letter)": the item's name with its kind, as the portal lists it.
    static QString itemName(const domain::FulfillmentItem &item);

protected:
    int rows() const override { return int(m_items.size()); }
    int columns() const override { return ColumnCount; }
    QString headerText(int column) const override;
    QString displayText(int row, int column) const override;
    QVariant sortValue(int row, int column) const override;
    QString toolTip(int row, int column) const override;
    QVariant extraData(int row, int column, int role) const override;

private:
    QList<domain::FulfillmentItem> m_items;
};

} // namespace certtrack::itemmodels
