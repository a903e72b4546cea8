#pragma once

#include "domain/Order.h"

#include <QWidget>

class QButtonGroup;
class QLabel;
class QPushButton;

namespace certtrack::ui {

class OrderSummary;

// Claim & Purchase Fulfillment, step 3 when there is something to pay: the order with its total
// and the payment method (PayPal, Debit Card, Credit Card). The payment itself happens on the
// server's checkout page in the browser. After a decline or a cancel the same step offers to pay
// again, to pay later or to abandon the order; an abandoned order can only be left behind for a
// new purchase.
class PaymentStep : public QWidget {
    Q_OBJECT
public:
    explicit PaymentStep(QWidget *parent = nullptr);

    void setOrder(const domain::Order &order);
    domain::Order::PaymentMethod method() const;
    // Why the person is here again (a decline, a cancel); empty for a first payment.
    void setOutcome(const QString &message);
    void setBusy(bool busy);
    // Where the keyboard starts: the chosen payment method, or the first one.
    void focusChoice();

signals:
    void payRequested();
    // Back to the shipping form (only while the order is still a draft).
    void backRequested();
    void payLaterRequested();
    void abandonRequested();
    void startOverRequested();
    void closeRequested();

private:
    void updateButtons();

    OrderSummary *m_summary;
    QLabel *m_outcome;
    QButtonGroup *m_methods;
    QWidget *m_methodsBox;
    QPushButton *m_back;
    QPushButton *m_pay;
    QPushButton *m_payLater;
    QPushButton *m_abandon;
    QPushButton *m_startOver;
    QPushButton *m_close;
    bool m_busy = false;
    bool m_payable = true;
};

} // namespace certtrack::ui
