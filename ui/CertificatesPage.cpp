#include "ui/CertificatesPage.h"

#include "client/AccountController.h"
#include "client/OrderService.h"
#include "itemmodels/FulfillmentModel.h"
#include "itemmodels/ItemRoles.h"
#include "ui/MessageBox.h"
#include "ui/TableSection.h"
#include "ui/Theme.h"
#include "ui/fulfillment/FulfillmentDialog.h"

#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace certtrack::ui {

using State = domain::Order::State;

namespace {

bool isPayable(State state) {
    return state == State::AwaitingPayment || state == State::Declined || state == State::Cancelled;
}

} // namespace

CertificatesPage::CertificatesPage(client::AccountController *controller, QWidget *parent)
    : AccountPage(parent)
    , m_model(new itemmodels::FulfillmentModel(this))
    , m_section(new TableSection(QStringLiteral("fulfillment"),
                                 tr("Certification fulfillment kit history & status")))
    , m_controller(controller)
    , m_service(new client::OrderService(controller, this))
    , m_claim(new QPushButton(tr("Claim && P&urchase Fulfillment…"), this))
    , m_pay(new QPushButton(tr("Pa&y for this order…"), this))
    , m_abandon(new QPushButton(tr("A&bandon this order"), this))
    , m_awaiting(new QLabel(this))
    , m_message(new QLabel(this)) {
    setObjectName(QStringLiteral("certificatesPage"));
    m_section->setSourceModel(m_model);
    m_section->setDescription(tr("Printed certificates, plaques and letters sent to you, with "
                                 "the code that verifies each of them."));

    m_claim->setObjectName(QStringLiteral("claimFulfillment"));
    m_claim->setAccessibleName(tr("Claim & Purchase Fulfillment"));
    m_claim->setToolTip(tr("Claim the initial kit of a new certification, or buy printed "
                           "certificates and plaques"));
    m_pay->setObjectName(QStringLiteral("payOrder"));
    m_pay->setAccessibleName(tr("Pay for this order"));
    m_pay->setToolTip(tr("Pay for the selected order, which is still waiting for its payment"));
    m_abandon->setObjectName(QStringLiteral("abandonOrder"));
    m_abandon->setAccessibleName(tr("Abandon this order"));
    m_abandon->setToolTip(tr("Give up the selected unpaid order: nothing is charged"));

    m_awaiting->setObjectName(QStringLiteral("ordersAwaitingPayment"));
    m_awaiting->setProperty("role", QStringLiteral("note"));
    m_awaiting->setWordWrap(true);
    m_awaiting->hide();
    m_message->setObjectName(QStringLiteral("certificatesMessage"));
    m_message->setWordWrap(true);
    m_message->hide();

    auto *note =
        new QLabel(tr("<b>Note:</b> Please allow 6-8 weeks for processing and shipping"), this);
    note->setObjectName(QStringLiteral("fulfillmentNote"));
    note->setProperty("role", QStringLiteral("note"));

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_claim);
    actions->addStretch();
    actions->addWidget(m_pay);
    actions->addWidget(m_abandon);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(12);
    layout->addWidget(m_section, 1);
    layout->addWidget(m_awaiting);
    layout->addWidget(m_message);
    layout->addLayout(actions);
    layout->addWidget(note);

    connect(m_claim, &QPushButton::clicked, this, &CertificatesPage::claimAndPurchase);
    connect(m_pay, &QPushButton::clicked, this, &CertificatesPage::paySelected);
    connect(m_abandon, &QPushButton::clicked, this, &CertificatesPage::abandonSelected);
    connect(m_section->view()->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &CertificatesPage::updateActions);
    updateActions();
}

void CertificatesPage::setAccountData(const domain::AccountData &account) {
    m_account = account;
    m_model->setAccountData(account);
    m_section->fitColumns();
    int waiting = 0;
    for (const domain::Order &order : account.orders) {
        if (isPayable(order.state))
            ++waiting;
    }
    m_awaiting->setText(tr("%n order(s) not paid yet: select one of its rows to pay for it or "
                           "to abandon it.",
                           nullptr, waiting));
    m_awaiting->setVisible(waiting > 0);
    updateActions();
}

const domain::Order *CertificatesPage::selectedPayableOrder() const {
    const QModelIndex index = m_section->view()->currentIndex();
    if (!index.isValid())
        return nullptr;
    const QString orderId = index.data(itemmodels::OrderIdRole).toString();
    if (orderId.isEmpty())
        return nullptr;
    for (const domain::Order &order : m_account.orders) {
        if (order.id == orderId)
            return isPayable(order.state) ? &order : nullptr;
    }
    return nullptr;
}

void CertificatesPage::updateActions() {
    const bool connected = m_controller != nullptr;
    const bool payable = connected && selectedPayableOrder() != nullptr;
    m_claim->setEnabled(connected);
    m_pay->setEnabled(payable);
    m_abandon->setEnabled(payable);
}

void CertificatesPage::showMessage(const QString &message, bool error) {
    m_message->setText(message);
    m_message->setProperty("role", error ? QStringLiteral("error") : QString());
    Theme::setInlineError(m_message, error);
    m_message->setVisible(!message.isEmpty());
}

bool CertificatesPage::explainIfOffline() {
    if (!m_controller || !m_controller->session()) {
        showMessage(tr("Sign in to claim or buy kits."), true);
        return true;
    }
    if (m_controller->syncState() == client::AccountController::SyncState::Offline) {
        // The reason is a sentence of its own ("Cannot reach the server at … (Connection
        // refused)."), never put inside parentheses.
        showMessage(tr("Claiming and buying kits needs the server. %1 CertTrack keeps trying; try "
                       "again once it is back.")
                        .arg(m_controller->offlineReason()),
                    true);
        return true;
    }
    return false;
}

FulfillmentDialog *CertificatesPage::openDialog() {
    if (m_dialog)
        m_dialog->close();
    auto *dialog = new FulfillmentDialog(m_controller, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = dialog;
    return dialog;
}

void CertificatesPage::claimAndPurchase() {
    if (explainIfOffline())
        return;
    showMessage(QString(), false);
    FulfillmentDialog *dialog = openDialog();
    dialog->start();
    dialog->open();
}

void CertificatesPage::paySelected() {
    const domain::Order *order = selectedPayableOrder();
    if (!order || explainIfOffline())
        return;
    showMessage(QString(), false);
    FulfillmentDialog *dialog = openDialog();
    dialog->resume(*order);
    dialog->open();
}

void CertificatesPage::abandonSelected() {
    const domain::Order *order = selectedPayableOrder();
    if (!order || !m_service || explainIfOffline())
        return;
    const QString id = order->id;
    const QMessageBox::StandardButton answer = MessageBox::question(
        this, tr("Abandon order"),
        tr("Abandon order %1? Nothing is charged for it, and it cannot be paid any more.").arg(id),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return;
    m_abandon->setEnabled(false);
    m_service->abandon(id, this, [this, id](const client::OrderReply &reply) {
        if (reply.error) {
            showMessage(reply.error->message, true);
            updateActions();
            return;
        }
        showMessage(tr("Order %1 was abandoned.").arg(id), false);
    });
}

} // namespace certtrack::ui
