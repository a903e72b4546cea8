#pragma once

#include "domain/Order.h"

#include <QByteArray>
#include <QString>

namespace certtrack::server {

// The sandbox hosted checkout: plain HTML with inline CSS and no script, every text escaped,
// marked on every page as a sandbox that takes no money. The summary's form posts back to the
// same path with action=approve|decline|cancel.
class CheckoutPage {
public:
    static QByteArray summary(const domain::Order &order, const QString &token);
    // After a button: approved, declined or cancelled.
    static QByteArray outcome(const domain::Order &order);
    // The order no longer awaits payment (paid, declined, cancelled, abandoned, ...).
    static QByteArray closed(const domain::Order &order);
    static QByteArray unknown();
    static QByteArray badRequest();
};

} // namespace certtrack::server
