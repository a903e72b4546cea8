#pragma once

#include "itemmodels/TableModel.h"

#include "domain/Order.h"

#include <QSet>
#include <QStringList>

namespace certtrack::itemmodels {

// Claim & Purchase Fulfillment, step 1: what the candidate may order, one check box per row
// (Name column). Checking rows and the tracking option change total().
class CatalogueModel : public TableModel {
    Q_OBJECT
public:
    enum Column { Name, Description, Price, ColumnCount };

    using TableModel::TableModel;
    // Keeps the rows still offered checked.
    void setCatalogue(const domain::FulfillmentCatalogue &catalogue);
    const domain::FulfillmentCatalogue &catalogue() const { return m_catalogue; }

    void setChecked(const QString &itemId, bool checked);
    QStringList checkedIds() const; // in catalogue order
    bool hasCheckedPrintedCertificate() const;
    // The checked items, plus the tracking fee when tracking is asked and possible.
    domain::Money total(bool tracking) const;

    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;

signals:
    void checkedChanged();

protected:
    int rows() const override { return int(m_catalogue.items.size()); }
    int columns() const override { return ColumnCount; }
    QString headerText(int column) const override;
    QString displayText(int row, int column) const override;
    QVariant sortValue(int row, int column) const override;
    QString toolTip(int row, int column) const override;
    QVariant extraData(int row, int column, int role) const override;
    bool isNumeric(int column) const override { return column == Price; }

private:
    domain::FulfillmentCatalogue m_catalogue;
    QSet<QString> m_checked;
};

} // namespace certtrack::itemmodels
