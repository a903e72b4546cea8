#include "ui/fulfillment/PaymentStep.h"

#include "ui/fulfillment/OrderSummary.h"

#include <QButtonGroup>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace certtrack::ui {

using Method = domain::Order::PaymentMethod;

PaymentStep::PaymentStep(QWidget *parent)
    : QWidget(parent)
    , m_summary(new OrderSummary(QStringLiteral("paymentSummary"), this))
    , m_outcome(new QLabel(this))
    , m_methods(new QButtonGroup(this))
    , m_methodsBox(new QGroupBox(tr("Payment method"), this))
    , m_back(new QPushButton(tr("&Back"), this))
    , m_pay(new QPushButton(tr("Co&ntinue to payment"), this))
    , m_payLater(new QPushButton(tr("Pay &later"), this))
    , m_abandon(new QPushButton(tr("&Abandon order"), this))
    , m_startOver(new QPushButton(tr("Start a &new purchase"), this))
    , m_close(new QPushButton(tr("C&lose"), this)) {
    setObjectName(QStringLiteral("paymentStep"));

    m_outcome->setObjectName(QStringLiteral("paymentOutcome"));
    m_outcome->setProperty("role", QStringLiteral("error"));
    m_outcome->setWordWrap(true);
    m_outcome->hide();

    QWidget *box = m_methodsBox;
    box->setObjectName(QStringLiteral("paymentMethods"));
    auto *boxLayout = new QVBoxLayout(box);
    const QList<std::tuple<Method, QString, QString>> methods{
        {Method::PayPal, tr("Pay&Pal"), QStringLiteral("methodPayPal")},
        {Method::DebitCard, tr("&Debit Card"), QStringLiteral("methodDebitCard")},
        {Method::CreditCard, tr("&Credit Card"), QStringLiteral("methodCreditCard")}};
    for (const auto &[method, text, name] : methods) {
        auto *radio = new QRadioButton(text, box);
        radio->setObjectName(name);
        radio->setAccessibleName(QString(text).remove(QLatin1Char('&')));
        m_methods->addButton(radio, int(method));
        boxLayout->addWidget(radio);
    }
    auto *explanation = new QLabel(
        tr("The checkout page opens in your web browser. CertTrack never sees your card or "
           "account details; it notices by itself when the payment is done."),
        box);
    explanation->setProperty("role", QStringLiteral("description"));
    explanation->setWordWrap(true);
    boxLayout->addWidget(explanation);

    m_back->setObjectName(QStringLiteral("paymentBack"));
    m_back->setToolTip(tr("Back to the shipping information"));
    m_pay->setObjectName(QStringLiteral("pay"));
    m_pay->setDefault(true);
    m_payLater->setObjectName(QStringLiteral("payLater"));
    m_payLater->setToolTip(tr("Close this window: the order waits in the history, where you can "
                              "pay for it or abandon it"));
    m_abandon->setObjectName(QStringLiteral("abandon"));
    m_startOver->setObjectName(QStringLiteral("startNewPurchase"));
    m_startOver->setToolTip(tr("Back to the catalogue, to order the kits again"));
    m_close->setObjectName(QStringLiteral("paymentClose"));
    for (QPushButton *button : {m_back, m_pay, m_payLater, m_abandon, m_startOver, m_close})
        button->setAccessibleName(button->text().remove(QLatin1Char('&')));
    m_startOver->hide();
    m_close->hide();

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_abandon);
    buttons->addStretch();
    buttons->addWidget(m_back);
    buttons->addWidget(m_payLater);
    buttons->addWidget(m_pay);
    buttons->addWidget(m_close);
    buttons->addWidget(m_startOver);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_outcome);
    layout->addWidget(m_summary);
    layout->addWidget(box);
    layout->addStretch();
    layout->addLayout(buttons);

    connect(m_methods, &QButtonGroup::idClicked, this, &PaymentStep::updateButtons);
    connect(m_pay, &QPushButton::clicked, this, [this] {
        if (m_pay->isEnabled())
            emit payRequested();
    });
    connect(m_back, &QPushButton::clicked, this, &PaymentStep::backRequested);
    connect(m_payLater, &QPushButton::clicked, this, &PaymentStep::payLaterRequested);
    connect(m_abandon, &QPushButton::clicked, this, &PaymentStep::abandonRequested);
    connect(m_startOver, &QPushButton::clicked, this, &PaymentStep::startOverRequested);
    connect(m_close, &QPushButton::clicked, this, &PaymentStep::closeRequested);
    updateButtons();
}

void PaymentStep::setOrder(const domain::Order &order) {
    m_summary->setOrder(order);
    if (order.paymentMethod != Method::None && m_methods->button(int(order.paymentMethod)))
        m_methods->button(int(order.paymentMethod))->setChecked(true);
    using State = domain::Order::State;
    // Only an order past draft waits in the history to be paid later; a draft left here is
    // abandoned as the dialog closes.
    const bool waits = order.state == State::AwaitingPayment || order.state == State::Declined ||
                       order.state == State::Cancelled;
    m_payable = waits || order.state == State::Draft;
    const bool abandoned = order.state == State::Abandoned;
    m_methodsBox->setVisible(m_payable);
    m_pay->setVisible(m_payable);
    m_payLater->setVisible(waits);
    m_abandon->setVisible(m_payable);
    // The shipping details can change until the order is submitted.
    m_back->setVisible(order.state == State::Draft);
    m_startOver->setVisible(abandoned);
    m_close->setVisible(!m_payable);
    updateButtons();
}

Method PaymentStep::method() const {
    const int id = m_methods->checkedId();
    return id < 0 ? Method::None : Method(id);
}

void PaymentStep::setOutcome(const QString &message) {
    m_outcome->setText(message);
    m_outcome->setVisible(!message.isEmpty());
}

void PaymentStep::setBusy(bool busy) {
    m_busy = busy;
    updateButtons();
}

void PaymentStep::focusChoice() {
    QAbstractButton *choice = m_methods->checkedButton();
    if (!choice && !m_methods->buttons().isEmpty())
        choice = m_methods->buttons().constFirst();
    if (m_payable && choice && choice->isEnabled())
        choice->setFocus(Qt::TabFocusReason);
    else if (m_startOver->isVisible())
        m_startOver->setFocus(Qt::TabFocusReason);
    else if (m_close->isVisible())
        m_close->setFocus(Qt::TabFocusReason);
}

void PaymentStep::updateButtons() {
    m_pay->setEnabled(!m_busy && m_payable && method() != Method::None);
    m_pay->setToolTip(method() == Method::None ? tr("Choose a payment method first") : QString());
    m_abandon->setEnabled(!m_busy && m_payable);
    m_back->setEnabled(!m_busy);
    for (QAbstractButton *radio : m_methods->buttons())
        radio->setEnabled(!m_busy && m_payable);
}

} // namespace certtrack::ui
