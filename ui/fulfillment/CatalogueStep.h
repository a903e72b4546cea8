#pragma once

#include "domain/Order.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QPushButton;
class QTreeView;

namespace certtrack::itemmodels {
class CatalogueModel;
}

namespace certtrack::ui {

// Claim & Purchase Fulfillment, step 1: the catalogue (Name, Description, Price, a check box
// per row), the Tracking option for printed certificates with its fee, the total as the boxes
// change, and Purchase.
class CatalogueStep : public QWidget {
    Q_OBJECT
public:
    explicit CatalogueStep(QWidget *parent = nullptr);

    void setCatalogue(const domain::FulfillmentCatalogue &catalogue);
    itemmodels::CatalogueModel *model() const { return m_model; }
    QStringList checkedIds() const;
    // Asked and possible: a printed certificate is among the checked items.
    bool tracking() const;
    domain::Money total() const;
    void setBusy(bool busy);

signals:
    void purchaseRequested();

private:
    void refreshTotals();

    itemmodels::CatalogueModel *m_model;
    QTreeView *m_view;
    QLabel *m_empty;
    QCheckBox *m_tracking;
    QLabel *m_total;
    QPushButton *m_purchase;
    bool m_busy = false;
};

} // namespace certtrack::ui
