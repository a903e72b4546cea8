#pragma once

#include "ui/AccountPage.h"
#include "ui/fulfillment/FulfillmentDialog.h"

#include <QPointer>

class QLabel;
class QPushButton;

namespace certtrack::client {
class AccountController;
class OrderService;
} // namespace certtrack::client

namespace certtrack::itemmodels {
class FulfillmentModel;
}

namespace certtrack::ui {

class TableSection;

// Certificates & Plaques: the history and status of printed kits, "Claim & Purchase
// Fulfillment" (a FulfillmentDialog) and, for an order still waiting for its payment (or
// declined or cancelled), paying for it or abandoning it.
class CertificatesPage : public AccountPage {
    Q_OBJECT
public:
    // Orders and payments go to the server through controller.
    explicit CertificatesPage(client::AccountController *controller, QWidget *parent = nullptr);
    void setAccountData(const domain::AccountData &account) override;

    void claimAndPurchase();
    void paySelected();
    void abandonSelected();
    // The dialog open now, if any (tests, screenshots).
    FulfillmentDialog *dialog() const { return m_dialog; }

private:
    // The order of the selected history row when it can still be paid; null otherwise.
    const domain::Order *selectedPayableOrder() const;
    bool explainIfOffline();
    void updateActions();
    void showMessage(const QString &message, bool error);
    FulfillmentDialog *openDialog();

    itemmodels::FulfillmentModel *m_model;
    TableSection *m_section;
    QPointer<client::AccountController> m_controller;
    client::OrderService *m_service;
    QPointer<FulfillmentDialog> m_dialog;
    domain::AccountData m_account;
    QPushButton *m_claim;
    QPushButton *m_pay;
    QPushButton *m_abandon;
    QLabel *m_awaiting;
    QLabel *m_message;
};

} // namespace certtrack::ui
