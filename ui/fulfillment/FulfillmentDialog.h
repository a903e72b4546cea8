#pragma once

#include "client/ApiError.h"
#include "domain/AccountData.h"

#include <QDialog>
#include <QPointer>
#include <QStringList>

class QLabel;
class QProgressBar;
class QPushButton;
class QStackedWidget;

namespace certtrack::client {
class AccountController;
struct OrderReply;
class OrderService;
class OrderWatcher;
} // namespace certtrack::client

namespace certtrack::ui {

class CatalogueStep;
class ConfirmationStep;
class PaymentStep;
class ShippingForm;
class WaitingStep;

// Claim & Purchase Fulfillment, one step after the other as the guide lays it out: the catalogue,
// the shipping details, the payment on the server's checkout page in the browser (only when
// there is something to pay) and the confirmation. The order lives on the server from
// "Purchase" on; this dialog follows it (polling while the checkout is open) and can be closed
// at any time: an unpaid order waits in the history to be paid or abandoned, and a draft not yet
// submitted is abandoned on the server as the dialog closes (nothing else would ever end it).
class FulfillmentDialog : public QDialog {
    Q_OBJECT
public:
    enum class Step { Catalogue, Shipping, Payment, Waiting, Confirmation };
    Q_ENUM(Step)

    FulfillmentDialog(client::AccountController *controller, QWidget *parent = nullptr);
    ~FulfillmentDialog() override;

    // A new order: the cached catalogue at once, then the server's.
    void start();
    // An order from the history that still waits for its payment (or was declined/cancelled).
    void resume(const domain::Order &order);

    Step step() const { return m_step; }
    // A request to the server is running.
    bool isBusy() const { return m_busy; }
    const domain::Order &order() const { return m_order; }
    client::OrderService *service() const { return m_service; }
    client::OrderWatcher *watcher() const { return m_watcher; }
    CatalogueStep *catalogueStep() const { return m_catalogue; }
    ShippingForm *shippingForm() const { return m_shipping; }
    PaymentStep *paymentStep() const { return m_payment; }

    // Closing (accept, reject, Escape, the window's close button) abandons a draft that was
    // never submitted; it never waits for the server.
    void done(int result) override;

signals:
    void stepChanged(certtrack::ui::FulfillmentDialog::Step step);

protected:
    void changeEvent(QEvent *event) override;

private:
    QWidget *makeShippingPage();
    void showStep(Step step);
    void setBusy(bool busy);
    void showMessage(const QString &message);
    void showError(const client::ApiError &error);

    void purchase();
    void onDraftCreated(const client::OrderReply &reply, const QStringList &items, bool tracking);
    void confirmShipping();
    void submitFree();
    void pay();
    void openCheckout();
    void payLater();
    void abandon();
    // After an abandoned order: the catalogue again, for a new order.
    void startOver();
    // Whether closing now leaves a draft behind on the server: one that exists and is neither
    // submitted nor being submitted.
    bool leavesDraftBehind() const;
    // Fire and forget: the request outlives the dialog, a failure is only logged.
    static void abandonLeftDraft(client::AccountController *controller, const QString &orderId);
    // Shows the step that fits where the order is now.
    void follow(const domain::Order &order);

    QPointer<client::AccountController> m_controller;
    client::OrderService *m_service;
    client::OrderWatcher *m_watcher;
    QLabel *m_stepLabel;
    QStackedWidget *m_stack;
    CatalogueStep *m_catalogue;
    ShippingForm *m_shipping;
    QPushButton *m_back;
    QPushButton *m_confirm;
    PaymentStep *m_payment;
    WaitingStep *m_waiting;
    ConfirmationStep *m_confirmation;
    QLabel *m_message;
    // The shipping step's own place for a message, beside its buttons: under the form, so the
    // fields do not move when it appears.
    QLabel *m_shippingMessage;
    QProgressBar *m_progress;

    Step m_step = Step::Catalogue;
    domain::Order m_order;
    // What the draft in m_order was made of: Purchase again with the same choice reuses it.
    QStringList m_draftItems;
    bool m_draftTracking = false;
    bool m_shippingFilled = false;
    bool m_busy = false;
    bool m_submitting = false; // a submit of the draft is on its way: it may be past draft
    bool m_closed = false;
};

} // namespace certtrack::ui
