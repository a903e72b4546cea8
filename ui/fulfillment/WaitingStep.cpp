#include "ui/fulfillment/WaitingStep.h"

#include "ui/Clipboard.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QStyle>
#include <QUrl>
#include <QVBoxLayout>

namespace certtrack::ui {

WaitingStep::WaitingStep(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_explanation(new QLabel(this))
    , m_address(new QLabel(this))
    , m_copy(new QPushButton(tr("&Copy the address"), this))
    , m_reopen(new QPushButton(tr("&Open the payment page again"), this))
    , m_payLater(new QPushButton(tr("Pay &later"), this))
    , m_abandon(new QPushButton(tr("&Abandon order"), this)) {
    setObjectName(QStringLiteral("waitingStep"));

    QLabel *title = m_title;
    title->setObjectName(QStringLiteral("waitingTitle"));
    title->setProperty("role", QStringLiteral("sectionTitle"));
    title->setAlignment(Qt::AlignCenter);
    auto *progress = new QProgressBar(this);
    progress->setObjectName(QStringLiteral("waitingProgress"));
    progress->setRange(0, 0);
    progress->setTextVisible(false);
    progress->setMaximumHeight(10);
    progress->setAccessibleName(tr("Waiting for payment"));
    QLabel *explanation = m_explanation;
    explanation->setObjectName(QStringLiteral("waitingExplanation"));
    explanation->setWordWrap(true);
    explanation->setAlignment(Qt::AlignCenter);
    m_address->setObjectName(QStringLiteral("checkoutAddress"));
    m_address->setProperty("role", QStringLiteral("description"));
    m_address->setAlignment(Qt::AlignCenter);
    m_address->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_address->setWordWrap(true);

    m_copy->setObjectName(QStringLiteral("copyCheckoutAddress"));
    m_copy->setAccessibleName(tr("Copy the checkout page's address"));
    m_copy->hide();
    m_reopen->setObjectName(QStringLiteral("reopenCheckout"));
    m_payLater->setObjectName(QStringLiteral("waitingPayLater"));
    m_abandon->setObjectName(QStringLiteral("waitingAbandon"));
    for (QPushButton *button : {m_reopen, m_payLater, m_abandon})
        button->setAccessibleName(button->text().remove(QLatin1Char('&')));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_abandon);
    buttons->addStretch();
    buttons->addWidget(m_payLater);
    buttons->addWidget(m_reopen);

    // The message sits inset in the middle; the buttons line up with every other step's.
    auto *message = new QVBoxLayout;
    message->setContentsMargins(40, 0, 40, 0);
    message->addWidget(title);
    message->addSpacing(8);
    message->addWidget(progress);
    message->addSpacing(12);
    message->addWidget(explanation);
    message->addWidget(m_address);
    message->addWidget(m_copy, 0, Qt::AlignCenter);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addStretch();
    layout->addLayout(message);
    layout->addStretch();
    layout->addLayout(buttons);

    connect(m_copy, &QPushButton::clicked, this,
            [this] { Clipboard::setText(m_url.toString(QUrl::FullyEncoded)); });
    connect(m_reopen, &QPushButton::clicked, this, &WaitingStep::reopenRequested);
    setBrowserFailed(false);
    connect(m_payLater, &QPushButton::clicked, this, &WaitingStep::payLaterRequested);
    connect(m_abandon, &QPushButton::clicked, this, &WaitingStep::abandonRequested);
}

void WaitingStep::setCheckoutUrl(const QUrl &url) {
    m_url = url;
    m_address->setText(tr("Checkout page: %1").arg(url.toDisplayString()));
}

void WaitingStep::setBrowserFailed(bool failed) {
    if (failed) {
        m_title->setText(tr("The web browser did not open"));
        m_title->setProperty("role", QStringLiteral("error"));
        m_explanation->setText(
            tr("CertTrack could not open the checkout page in a web browser. Copy its address "
               "below into a browser to pay; this window still notices by itself when the "
               "payment is approved, declined or cancelled. You can also close this window and "
               "pay later from the fulfillment history."));
    } else {
        m_title->setText(tr("Waiting for payment in your browser…"));
        m_title->setProperty("role", QStringLiteral("sectionTitle"));
        m_explanation->setText(
            tr("Complete the payment on the checkout page that opened in your web browser. This "
               "window notices by itself when the payment is approved, declined or cancelled.\n\n"
               "Closed the browser? Open the page again. You can also close this window and pay "
               "later from the fulfillment history."));
    }
    m_title->style()->unpolish(m_title);
    m_title->style()->polish(m_title);
    m_copy->setVisible(failed);
    m_reopen->setText(failed ? tr("&Try the browser again") : tr("&Open the payment page again"));
    m_reopen->setAccessibleName(m_reopen->text().remove(QLatin1Char('&')));
}

void WaitingStep::setBusy(bool busy) {
    m_reopen->setEnabled(!busy);
    m_abandon->setEnabled(!busy);
}

} // namespace certtrack::ui
