#include "server/orders/CheckoutPage.h"

#include "server/orders/FulfillmentRules.h"

namespace certtrack::server {

namespace {

using State = domain::Order::State;

QString esc(const QString &text) {
    return text.toHtmlEscaped();
}

const char kStyle[] = R"(
*{box-sizing:border-box}
body{margin:0;background:#f1f3f6;color:#1b2f52;font:16px/1.5 "DejaVu Sans","Noto Sans",Arial,sans-serif}
header{background:#1b2f52;color:#fff;padding:14px 24px;font-size:20px;font-weight:600}
.sandbox{background:#fff3c4;color:#6b4e00;border-bottom:2px solid #e0b000;padding:10px 24px;font-weight:600;text-align:center}
main{max-width:620px;margin:32px auto;background:#fff;border:1px solid #cfd6e0;border-radius:6px;padding:28px 36px}
h1{font-size:22px;margin:0 0 16px}
table{width:100%;border-collapse:collapse;margin:12px 0}
th,td{text-align:left;padding:6px 8px;border-bottom:1px solid #e1e6ee}
td.price,th.price{text-align:right}
tr.total td{font-weight:700;border-bottom:0}
.buttons{display:flex;gap:12px;margin-top:20px}
button{padding:9px 22px;font-size:16px;border:0;border-radius:4px;cursor:pointer;color:#fff}
button.approve{background:#1d7a3a}
button.decline{background:#a32020}
button.cancel{background:#5a6578}
.done{background:#e4f2e7;color:#1d5e2f;border:1px solid #9cc9a8;padding:10px 14px;border-radius:4px}
.error{background:#f8e1e1;color:#8a1c1c;border:1px solid #dd9c9c;padding:10px 14px;border-radius:4px}
)";

const QString kSandboxNotice = QStringLiteral("SANDBOX \u2014 no real payment is taken");

QByteArray document(const QString &title, const QString &body) {
    QString html;
    html += QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">");
    html += QStringLiteral("<meta name=\"viewport\" content=\"width=device-width, "
                           "initial-scale=1\"><meta name=\"robots\" content=\"noindex\">");
    html += QStringLiteral("<title>") + esc(title) + QStringLiteral(" \u2014 ") +
            esc(kSandboxNotice) + QStringLiteral("</title><style>") + QString::fromLatin1(kStyle) +
            QStringLiteral("</style></head><body>");
    html += QStringLiteral("<header>CertTrack checkout</header>");
    html += QStringLiteral("<div class=\"sandbox\" id=\"sandbox\" role=\"note\">") +
            esc(kSandboxNotice) + QStringLiteral("</div><main>");
    html += QStringLiteral("<h1>") + esc(title) + QStringLiteral("</h1>");
    html += body;
    html += QStringLiteral("</main></body></html>\n");
    return html.toUtf8();
}

QString paragraph(const QString &text) {
    return QStringLiteral("<p>") + esc(text) + QStringLiteral("</p>");
}

QString itemsTable(const domain::Order &order) {
    QString html = QStringLiteral("<table id=\"items\"><thead><tr><th>Name</th><th>Description"
                                  "</th><th class=\"price\">Price</th></tr></thead><tbody>");
    for (const domain::Order::Line &line : order.lines) {
        html += QStringLiteral("<tr><td>") + esc(line.name) + QStringLiteral("</td><td>") +
                esc(line.description) + QStringLiteral("</td><td class=\"price\">") +
                esc(line.price.display()) + QStringLiteral("</td></tr>");
    }
    if (order.tracking) {
        html += QStringLiteral("<tr><td>Tracking</td><td>for Printed Certificates</td>"
                               "<td class=\"price\">") +
                esc(order.trackingFee.display()) + QStringLiteral("</td></tr>");
    }
    html += QStringLiteral("<tr class=\"total\"><td colspan=\"2\">Total</td><td class=\"price\" "
                           "id=\"total\">") +
            esc(order.total.display()) + QStringLiteral("</td></tr></tbody></table>");
    return html;
}

const QString kReturn = QStringLiteral("You can return to CertTrack.");

} // namespace

QByteArray CheckoutPage::summary(const domain::Order &order, const QString &token) {
    QString body = paragraph(
        QStringLiteral("Order %1, paid by %2.")
            .arg(order.id, FulfillmentRules::paymentMethodLabel(order.paymentMethod).toLower()));
    body += itemsTable(order);
    body += paragraph(QStringLiteral("This page stands in for the payment provider. Approve to "
                                     "pay, Decline to see a refused payment, Cancel to go back "
                                     "without paying."));
    body += QStringLiteral("<form method=\"post\" action=\"/checkout/%1\"><div class=\"buttons\">"
                           "<button type=\"submit\" class=\"approve\" id=\"approve\" "
                           "name=\"action\" value=\"approve\">Approve</button>"
                           "<button type=\"submit\" class=\"decline\" id=\"decline\" "
                           "name=\"action\" value=\"decline\">Decline</button>"
                           "<button type=\"submit\" class=\"cancel\" id=\"cancel\" "
                           "name=\"action\" value=\"cancel\">Cancel</button></div></form>")
                .arg(esc(token));
    return document(QStringLiteral("Pay %1").arg(order.total.display()), body);
}

QByteArray CheckoutPage::outcome(const domain::Order &order) {
    QString title;
    QString cssClass = QStringLiteral("done");
    if (order.state == State::Paid) {
        title = QStringLiteral("Payment approved");
    } else if (order.state == State::Declined) {
        title = QStringLiteral("Payment declined");
        cssClass = QStringLiteral("error");
    } else {
        title = QStringLiteral("Payment cancelled");
        cssClass = QStringLiteral("error");
    }
    QString body = QStringLiteral("<p class=\"%1\" id=\"outcome\" role=\"status\">").arg(cssClass) +
                   esc(title + QStringLiteral(" \u2014 you can return to CertTrack.")) +
                   QStringLiteral("</p>");
    body += itemsTable(order);
    if (order.state == State::Paid) {
        body += paragraph(QStringLiteral("Order %1 is paid. Please allow 6-8 weeks for "
                                         "processing and shipping.")
                              .arg(order.id));
    } else {
        body += paragraph(QStringLiteral("Order %1 is not paid. In CertTrack you can pay it "
                                         "again or abandon it.")
                              .arg(order.id));
    }
    return document(title, body);
}

QByteArray CheckoutPage::closed(const domain::Order &order) {
    return document(
        QStringLiteral("This checkout is closed"),
        QStringLiteral("<p id=\"closed\">") +
            esc(QStringLiteral("Order %1 is %2: there is nothing to pay here.")
                    .arg(order.id, FulfillmentRules::statusText(order.state).toLower())) +
            QStringLiteral("</p>") + paragraph(kReturn));
}

QByteArray CheckoutPage::unknown() {
    return document(QStringLiteral("This checkout link is not valid"),
                    paragraph(QStringLiteral("The link is unknown or was replaced by a newer "
                                             "one. Open the checkout again from CertTrack.")));
}

QByteArray CheckoutPage::badRequest() {
    return document(QStringLiteral("This request was not understood"),
                    paragraph(QStringLiteral("Use the Approve, Decline or Cancel button of the "
                                             "checkout page.")));
}

} // namespace certtrack::server
