#pragma once

#include "itemmodels/TableModel.h"

#include "domain/AccountData.h"

namespace certtrack::itemmodels {

// Personal Info → Attributes (CCDE Number, CCIE Number, Job Title, Net Academy Id …).
class AttributesModel : public TableModel {
    Q_OBJECT
public:
    enum Column { Label, Value, ColumnCount };

    using TableModel::TableModel;
    void setAttributes(const QList<domain::Attribute> &attributes);
    void setAccountData(const domain::AccountData &data) { setAttributes(data.attributes.items); }

protected:
    int rows() const override { return int(m_attributes.size()); }
    int columns() const override { return ColumnCount; }
    QString headerText(int column) const override;
    QString displayText(int row, int column) const override;
    QString toolTip(int row, int column) const override;
    QVariant extraData(int row, int column, int role) const override;

private:
    QList<domain::Attribute> m_attributes;
};

} // namespace certtrack::itemmodels
