#pragma once

#include "domain/Order.h"

#include <QWidget>

namespace certtrack::ui {

class OrderSummary;

// Claim & Purchase Fulfillment, the confirmation screen as the guide shows it (its sentence made
// grammatical: "The following fulfillment kits have been successfully purchased and
// submitted."), the items with their prices and "Please allow 6-8 weeks for processing and
// shipping".
class ConfirmationStep : public QWidget {
    Q_OBJECT
public:
    explicit ConfirmationStep(QWidget *parent = nullptr);
    void setOrder(const domain::Order &order);

signals:
    void closeRequested();

private:
    OrderSummary *m_summary;
};

} // namespace certtrack::ui
