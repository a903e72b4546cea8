#include "ui/fulfillment/ConfirmationStep.h"

#include "ui/fulfillment/OrderSummary.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace certtrack::ui {

ConfirmationStep::ConfirmationStep(QWidget *parent)
    : QWidget(parent)
    , m_summary(new OrderSummary(QStringLiteral("confirmation"), this)) {
    setObjectName(QStringLiteral("confirmationStep"));

    auto *message = new QLabel(
        tr("The following fulfillment kits have been successfully purchased and submitted."), this);
    message->setObjectName(QStringLiteral("confirmationMessage"));
    message->setProperty("role", QStringLiteral("sectionTitle"));
    message->setWordWrap(true);
    auto *note =
        new QLabel(tr("<b>NOTE:</b> Please allow 6-8 weeks for processing and shipping"), this);
    note->setObjectName(QStringLiteral("confirmationNote"));
    note->setProperty("role", QStringLiteral("note"));
    auto *close = new QPushButton(tr("&Close"), this);
    close->setObjectName(QStringLiteral("confirmationClose"));
    close->setAccessibleName(tr("Close"));
    close->setDefault(true);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(close);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(message);
    layout->addWidget(m_summary);
    layout->addWidget(note);
    layout->addStretch();
    layout->addLayout(buttons);

    connect(close, &QPushButton::clicked, this, &ConfirmationStep::closeRequested);
}

void ConfirmationStep::setOrder(const domain::Order &order) {
    m_summary->setOrder(order);
}

} // namespace certtrack::ui
