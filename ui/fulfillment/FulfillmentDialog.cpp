#include "ui/fulfillment/FulfillmentDialog.h"

#include "client/AccountController.h"
#include "client/OrderService.h"
#include "client/OrderWatcher.h"
#include "itemmodels/DisplayFormat.h"
#include "ui/ExternalLinks.h"
#include "ui/MessageBox.h"
#include "ui/fulfillment/CatalogueStep.h"
#include "ui/fulfillment/ConfirmationStep.h"
#include "ui/fulfillment/PaymentStep.h"
#include "ui/fulfillment/ShippingForm.h"
#include "ui/fulfillment/WaitingStep.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLoggingCategory>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QUrl>
#include <QVBoxLayout>

Q_LOGGING_CATEGORY(lcFulfillment, "certtrack.fulfillment")

namespace certtrack::ui {

using State = domain::Order::State;

FulfillmentDialog::FulfillmentDialog(client::AccountController *controller, QWidget *parent)
    : QDialog(parent)
    , m_controller(controller)
    , m_service(new client::OrderService(controller, this))
    , m_watcher(new client::OrderWatcher(controller, this))
    , m_stepLabel(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_catalogue(new CatalogueStep(this))
    , m_shipping(new ShippingForm(this))
    , m_back(new QPushButton(tr("&Back"), this))
    , m_confirm(new QPushButton(tr("&Confirm"), this))
    , m_payment(new PaymentStep(this))
    , m_waiting(new WaitingStep(this))
    , m_confirmation(new ConfirmationStep(this))
    , m_message(new QLabel(this))
    , m_shippingMessage(new QLabel(this))
    , m_progress(new QProgressBar(this)) {
    setObjectName(QStringLiteral("fulfillmentDialog"));
    setWindowTitle(tr("Claim & Purchase Fulfillment"));
    setModal(true);

    auto *title = new QLabel(tr("Claim & Purchase Fulfillment"), this);
    title->setProperty("role", QStringLiteral("pageTitle"));
    m_stepLabel->setObjectName(QStringLiteral("fulfillmentStep"));
    m_stepLabel->setProperty("role", QStringLiteral("description"));

    m_stack->addWidget(m_catalogue);
    m_stack->addWidget(makeShippingPage());
    m_stack->addWidget(m_payment);
    m_stack->addWidget(m_waiting);
    m_stack->addWidget(m_confirmation);

    m_message->setObjectName(QStringLiteral("fulfillmentMessage"));
    m_message->setProperty("role", QStringLiteral("error"));
    m_message->setWordWrap(true);
    m_message->hide();
    m_progress->setObjectName(QStringLiteral("fulfillmentProgress"));
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(6);
    m_progress->setVisible(false);
    // Keep the layout still when the bar comes and goes.
    QSizePolicy keep = m_progress->sizePolicy();
    keep.setRetainSizeWhenHidden(true);
    m_progress->setSizePolicy(keep);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 16);
    layout->setSpacing(10);
    layout->addWidget(title);
    layout->addWidget(m_stepLabel);
    layout->addWidget(m_progress);
    layout->addWidget(m_message);
    layout->addWidget(m_stack, 1);

    connect(m_catalogue, &CatalogueStep::purchaseRequested, this, &FulfillmentDialog::purchase);
    connect(m_back, &QPushButton::clicked, this, [this] {
        showMessage(QString());
        showStep(Step::Catalogue);
    });
    connect(m_confirm, &QPushButton::clicked, this, &FulfillmentDialog::confirmShipping);
    connect(m_payment, &PaymentStep::payRequested, this, &FulfillmentDialog::pay);
    connect(m_payment, &PaymentStep::payLaterRequested, this, &FulfillmentDialog::payLater);
    connect(m_payment, &PaymentStep::backRequested, this, [this] {
        if (!m_busy && m_order.state == State::Draft)
            showStep(Step::Shipping);
    });
    connect(m_payment, &PaymentStep::abandonRequested, this, &FulfillmentDialog::abandon);
    connect(m_payment, &PaymentStep::startOverRequested, this, &FulfillmentDialog::startOver);
    connect(m_payment, &PaymentStep::closeRequested, this, &QDialog::reject);
    connect(m_waiting, &WaitingStep::reopenRequested, this, &FulfillmentDialog::openCheckout);
    connect(m_waiting, &WaitingStep::payLaterRequested, this, &FulfillmentDialog::payLater);
    connect(m_waiting, &WaitingStep::abandonRequested, this, &FulfillmentDialog::abandon);
    connect(m_confirmation, &ConfirmationStep::closeRequested, this, &QDialog::accept);
    connect(m_watcher, &client::OrderWatcher::orderChanged, this,
            [this](const domain::Order &order) { m_order = order; });
    connect(m_watcher, &client::OrderWatcher::settled, this, &FulfillmentDialog::follow);
    connect(m_watcher, &client::OrderWatcher::failed, this, &FulfillmentDialog::showError);

    resize(860, 640);
    showStep(Step::Catalogue);
}

FulfillmentDialog::~FulfillmentDialog() = default;

QWidget *FulfillmentDialog::makeShippingPage() {
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("shippingStep"));
    auto *scroll = new QScrollArea(page);
    scroll->setObjectName(QStringLiteral("shippingScroll"));
    scroll->setWidget(m_shipping);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_back->setObjectName(QStringLiteral("shippingBack"));
    m_confirm->setObjectName(QStringLiteral("confirmShipping"));
    m_confirm->setDefault(true);
    for (QPushButton *button : {m_back, m_confirm})
        button->setAccessibleName(button->text().remove(QLatin1Char('&')));
    m_shippingMessage->setObjectName(QStringLiteral("shippingMessage"));
    m_shippingMessage->setProperty("role", QStringLiteral("error"));
    m_shippingMessage->setWordWrap(true);
    m_shippingMessage->hide();
    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(12);
    buttons->addWidget(m_back);
    buttons->addWidget(m_shippingMessage, 1);
    buttons->addStretch();
    buttons->addWidget(m_confirm);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll, 1);
    layout->addLayout(buttons);
    return page;
}

void FulfillmentDialog::start() {
    if (m_controller)
        m_catalogue->setCatalogue(m_controller->data().catalogue);
    showStep(Step::Catalogue);
    setBusy(true);
    m_service->loadCatalogue(this, [this](const client::OrderReply &reply) {
        setBusy(false);
        if (reply.error) {
            showError(*reply.error);
            return;
        }
        m_catalogue->setCatalogue(reply.catalogue);
    });
}

void FulfillmentDialog::resume(const domain::Order &order) {
    m_order = order;
    if (order.state == State::AwaitingPayment) {
        // The page of an earlier attempt may be gone: paying starts a fresh checkout.
        m_payment->setOrder(order);
        m_payment->setOutcome(tr("This order is waiting for its payment."));
        showStep(Step::Payment);
    } else {
        follow(order);
    }
    // The history may be older than the order: ask where it is now.
    setBusy(true);
    m_service->load(order.id, this, [this](const client::OrderReply &reply) {
        setBusy(false);
        if (reply.error) {
            showError(*reply.error);
            return;
        }
        if (reply.order.state != State::AwaitingPayment || m_step != Step::Payment)
            follow(reply.order);
        else
            m_order = reply.order;
    });
}

void FulfillmentDialog::showStep(Step step) {
    m_step = step;
    switch (step) {
    case Step::Catalogue:
        m_stack->setCurrentWidget(m_catalogue);
        m_stepLabel->setText(tr("Step 1 · Check the kits to claim or buy, then Purchase"));
        break;
    case Step::Shipping:
        m_stack->setCurrentIndex(1);
        m_stepLabel->setText(tr("Step 2 · Confirm that the shipping information is correct"));
        break;
    case Step::Payment:
        m_stack->setCurrentWidget(m_payment);
        m_stepLabel->setText(m_order.state == State::Abandoned
                                 ? tr("Order %1 · Abandoned").arg(m_order.id)
                                 : tr("Step 3 · Choose how to pay %1")
                                       .arg(itemmodels::DisplayFormat::money(m_order.total)));
        break;
    case Step::Waiting:
        m_stack->setCurrentWidget(m_waiting);
        m_stepLabel->setText(tr("Step 3 · Pay %1 on the checkout page")
                                 .arg(itemmodels::DisplayFormat::money(m_order.total)));
        break;
    case Step::Confirmation:
        m_stack->setCurrentWidget(m_confirmation);
        m_stepLabel->setText(tr("Order %1 · Confirmation").arg(m_order.id));
        break;
    }
    // Enter presses the step's own next button (a dialog has one default button at a time).
    static const char *const primary[] = {"purchase", "confirmShipping", "pay", "reopenCheckout",
                                          "confirmationClose"};
    const bool abandoned = step == Step::Payment && m_order.state == State::Abandoned;
    const QString next = abandoned ? QStringLiteral("startNewPurchase")
                                   : QString::fromLatin1(primary[static_cast<int>(step)]);
    if (auto *button = findChild<QPushButton *>(next))
        button->setDefault(true);
    if (step == Step::Payment)
        m_payment->focusChoice();
    emit stepChanged(step);
}

void FulfillmentDialog::setBusy(bool busy) {
    m_busy = busy;
    m_progress->setVisible(busy);
    m_catalogue->setBusy(busy);
    m_back->setEnabled(!busy);
    m_confirm->setEnabled(!busy);
    m_payment->setBusy(busy);
    m_waiting->setBusy(busy);
}

void FulfillmentDialog::showMessage(const QString &message) {
    // On the shipping form the message goes under the form, beside Confirm: above it, it would
    // push every field down under the pointer.
    const bool shipping = m_step == Step::Shipping;
    QLabel *shown = shipping ? m_shippingMessage : m_message;
    QLabel *other = shipping ? m_message : m_shippingMessage;
    other->clear();
    other->hide();
    shown->setText(message);
    shown->setVisible(!message.isEmpty());
}

void FulfillmentDialog::showError(const client::ApiError &error) {
    if (error.kind == client::ApiError::Kind::Cancelled)
        return;
    if (error.isTransient() && error.httpStatus == 0)
        showMessage(tr("%1 Nothing was lost: try again when the server can be reached.")
                        .arg(error.message));
    else
        showMessage(error.message);
}

void FulfillmentDialog::purchase() {
    if (m_busy)
        return;
    const QStringList items = m_catalogue->checkedIds();
    const bool tracking = m_catalogue->tracking();
    if (items.isEmpty())
        return;
    showMessage(QString());
    const bool sameDraft = !m_order.id.isEmpty() && m_order.state == State::Draft &&
                           items == m_draftItems && tracking == m_draftTracking;
    if (sameDraft) {
        showStep(Step::Shipping);
        return;
    }
    if (leavesDraftBehind()) {
        // The choice changed: the earlier draft is of no use any more.
        abandonLeftDraft(m_controller, m_order.id);
    }
    setBusy(true);
    // Answered in the controller's context, which outlives this dialog: a draft that arrives
    // after the dialog closed is abandoned at once rather than left behind.
    QObject *context = m_controller ? static_cast<QObject *>(m_controller.data()) : this;
    QPointer<FulfillmentDialog> self(this);
    QPointer<client::AccountController> controller = m_controller;
    m_service->create(items, tracking, context,
                      [self, controller, items, tracking](const client::OrderReply &reply) {
                          if (self && !self->m_closed) {
                              self->onDraftCreated(reply, items, tracking);
                          } else if (!reply.error) {
                              abandonLeftDraft(controller, reply.order.id);
                          }
                      });
}

void FulfillmentDialog::onDraftCreated(const client::OrderReply &reply, const QStringList &items,
                                       bool tracking) {
    setBusy(false);
    if (reply.error) {
        showError(*reply.error);
        return;
    }
    m_order = reply.order;
    m_draftItems = items;
    m_draftTracking = tracking;
    if (!m_shippingFilled) {
        m_shippingFilled = true;
        if (m_order.shipping)
            m_shipping->setDetails(*m_order.shipping);
        else if (m_controller)
            m_shipping->setDetails(ShippingForm::fromProfile(m_controller->data().profile));
    }
    showStep(Step::Shipping);
}

void FulfillmentDialog::confirmShipping() {
    if (m_busy || m_order.id.isEmpty())
        return;
    if (!m_shipping->validateAll()) {
        showMessage(tr("Some shipping details need changing: see the messages under the fields."));
        return;
    }
    showMessage(QString());
    setBusy(true);
    m_service->setShipping(
        m_order.id, m_shipping->details(), this, [this](const client::OrderReply &reply) {
            if (reply.error) {
                setBusy(false);
                const QStringList others = m_shipping->showServerErrors(reply.error->fieldErrors);
                if (reply.error->httpStatus == 409) {
                    // Submitted meanwhile (another window): show where it is.
                    m_service->load(m_order.id, this, [this](const client::OrderReply &fresh) {
                        if (!fresh.error)
                            follow(fresh.order);
                    });
                }
                showMessage(others.isEmpty() ? reply.error->message
                                             : reply.error->message + QLatin1Char('\n') +
                                                   others.join(QLatin1Char('\n')));
                return;
            }
            m_order = reply.order;
            if (m_order.isFree()) {
                submitFree();
                return;
            }
            setBusy(false);
            m_payment->setOrder(m_order);
            m_payment->setOutcome(QString());
            showStep(Step::Payment);
        });
}

void FulfillmentDialog::submitFree() {
    setBusy(true);
    m_submitting = true;
    m_service->submit(m_order.id, domain::Order::PaymentMethod::None, this,
                      [this](const client::OrderReply &reply) {
                          setBusy(false);
                          m_submitting = false;
                          if (reply.error) {
                              showError(*reply.error);
                              if (reply.error->httpStatus == 409) {
                                  // Claimed meanwhile: what is on offer now has changed.
                                  showStep(Step::Catalogue);
                                  m_service->loadCatalogue(
                                      this, [this](const client::OrderReply &fresh) {
                                          if (!fresh.error)
                                              m_catalogue->setCatalogue(fresh.catalogue);
                                      });
                              }
                              return;
                          }
                          follow(reply.order);
                      });
}

void FulfillmentDialog::pay() {
    const domain::Order::PaymentMethod method = m_payment->method();
    if (m_busy || m_order.id.isEmpty() || method == domain::Order::PaymentMethod::None)
        return;
    showMessage(QString());
    setBusy(true);
    const auto answered = [this](const client::OrderReply &reply) {
        setBusy(false);
        m_submitting = false;
        // Closed meanwhile: the order waits in the history; no browser opens behind its back.
        if (m_closed)
            return;
        if (reply.error) {
            showError(*reply.error);
            return;
        }
        const bool opensCheckout = reply.order.state == State::AwaitingPayment;
        follow(reply.order);
        if (opensCheckout)
            openCheckout();
    };
    if (m_order.state == State::Draft) {
        m_submitting = true;
        m_service->submit(m_order.id, method, this, answered);
    } else {
        m_service->checkoutAgain(m_order.id, method, this, answered);
    }
}

void FulfillmentDialog::openCheckout() {
    if (m_order.checkoutUrl.isEmpty())
        return;
    m_waiting->setBrowserFailed(!ExternalLinks::open(QUrl(m_order.checkoutUrl)));
    if (!m_watcher->isWatching() || m_watcher->orderId() != m_order.id)
        m_watcher->watch(m_order.id);
}

void FulfillmentDialog::payLater() {
    m_watcher->stop();
    if (m_controller)
        m_controller->refresh();
    reject();
}

void FulfillmentDialog::abandon() {
    if (m_busy || m_order.id.isEmpty())
        return;
    const QMessageBox::StandardButton answer = MessageBox::question(
        this, tr("Abandon order"),
        tr("Abandon this order? Nothing is charged for it, and it cannot be paid any more."),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return;
    m_watcher->stop();
    setBusy(true);
    m_service->abandon(m_order.id, this, [this](const client::OrderReply &reply) {
        setBusy(false);
        if (reply.error) {
            showError(*reply.error);
            return;
        }
        m_order = reply.order;
        reject();
    });
}

void FulfillmentDialog::startOver() {
    m_watcher->stop();
    m_order = domain::Order();
    m_draftItems.clear();
    m_draftTracking = false;
    m_payment->setOutcome(QString());
    showMessage(QString());
    start();
}

bool FulfillmentDialog::leavesDraftBehind() const {
    return !m_order.id.isEmpty() && m_order.state == State::Draft && !m_submitting;
}

void FulfillmentDialog::abandonLeftDraft(client::AccountController *controller,
                                         const QString &orderId) {
    if (!controller || orderId.isEmpty())
        return;
    // A service of its own under the controller: the dialog and its service may be gone before
    // the server answers.
    auto *service = new client::OrderService(controller, controller);
    service->abandon(orderId, service, [service, orderId](const client::OrderReply &reply) {
        if (reply.error) {
            qCWarning(lcFulfillment).noquote()
                << "the draft order" << orderId
                << "left behind could not be abandoned:" << reply.error->message;
        } else {
            qCInfo(lcFulfillment).noquote() << "abandoned the draft order" << orderId;
        }
        service->deleteLater();
    });
}

void FulfillmentDialog::done(int result) {
    if (!m_closed) {
        m_closed = true;
        m_watcher->stop();
        // A draft holds no kit and no payment, is no row of the history and cannot be resumed
        // from there, so the window that made it ends it at once (certtrackd would only sweep it
        // away 24 h later). A submit on its way may already have moved it on; that order then
        // waits in the history like any unpaid one.
        if (leavesDraftBehind())
            abandonLeftDraft(m_controller, m_order.id);
    }
    QDialog::done(result);
}

void FulfillmentDialog::follow(const domain::Order &order) {
    m_order = order;
    switch (order.state) {
    case State::Draft:
        if (!order.shipping || order.isFree()) {
            if (order.shipping)
                m_shipping->setDetails(*order.shipping);
            showStep(Step::Shipping);
        } else {
            m_payment->setOrder(order);
            m_payment->setOutcome(QString());
            showStep(Step::Payment);
        }
        return;
    case State::AwaitingPayment:
        m_waiting->setCheckoutUrl(QUrl(order.checkoutUrl));
        showStep(Step::Waiting);
        if (!m_watcher->isWatching() || m_watcher->orderId() != order.id)
            m_watcher->watch(order.id);
        return;
    case State::Paid:
    case State::Queued:
    case State::Sent:
    case State::Complete:
        m_watcher->stop();
        m_confirmation->setOrder(order);
        showMessage(QString());
        showStep(Step::Confirmation);
        // The history row and the e-commerce transaction come with the next sync.
        if (m_controller)
            m_controller->refresh();
        return;
    case State::Declined:
    case State::Cancelled:
    case State::Abandoned:
        m_watcher->stop();
        m_payment->setOrder(order);
        m_payment->setOutcome(
            order.state == State::Declined
                ? tr("The payment was declined. Choose a payment method to try again, pay later "
                     "from the history, or abandon the order.")
            : order.state == State::Cancelled
                ? tr("The payment was cancelled. Choose a payment method to try again, pay later "
                     "from the history, or abandon the order.")
                : tr("This order was abandoned: it was not paid within 24 hours, or it was "
                     "abandoned in another window. Nothing was charged for it and it can no "
                     "longer be paid. To order these kits, start a new purchase."));
        showStep(Step::Payment);
        if (m_controller)
            m_controller->refresh();
        return;
    }
}

void FulfillmentDialog::changeEvent(QEvent *event) {
    QDialog::changeEvent(event);
    // Back from the browser: look now rather than at the next tick.
    if (event->type() == QEvent::ActivationChange && isActiveWindow() && m_step == Step::Waiting)
        m_watcher->pollNow();
}

} // namespace certtrack::ui
