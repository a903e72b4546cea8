#include "server/verification/VerificationPage.h"

#include <QLocale>

namespace certtrack::server {

namespace {

QString esc(const QString &text) {
    return text.toHtmlEscaped();
}

QString longDate(const QDate &date) {
    return QLocale::c().toString(date, QStringLiteral("MMMM d, yyyy"));
}

const char kStyle[] = R"(
*{box-sizing:border-box}
body{margin:0;background:#f3f0e8;color:#1b2f52;font:16px/1.5 "Noto Serif","DejaVu Serif",Georgia,serif}
header{background:#1b2f52;color:#f4e6c3;padding:14px 24px;display:flex;justify-content:space-between;align-items:center;font-family:"DejaVu Sans","Noto Sans",Arial,sans-serif}
header .brand{font-size:20px;font-weight:600;letter-spacing:.5px}
header .kind{font-size:14px;opacity:.85}
main{max-width:720px;margin:32px auto;background:#fcf9f1;border:1px solid #d9c28f;outline:6px double #1b2f52;outline-offset:6px;padding:36px 44px}
.verdict{display:flex;align-items:center;gap:14px;margin:0 0 24px;padding:14px 18px;border-radius:4px;font:600 20px/1.3 "DejaVu Sans","Noto Sans",Arial,sans-serif}
.verdict .mark{font-size:30px;line-height:1}
.valid{background:#e4f2e7;color:#1d5e2f;border:1px solid #9cc9a8}
.expired,.notYetActive{background:#fbf0dc;color:#7a4b00;border:1px solid #e0b870}
.revoked,.unknown{background:#f8e1e1;color:#8a1c1c;border:1px solid #dd9c9c}
.holder{margin:0;font-size:34px;font-weight:400}
.what{margin:4px 0 0;font-size:15px;color:#5a5140;font-style:italic}
.certification{margin:6px 0 0;font-size:24px;font-weight:700}
.acronym{color:#a88446;font-weight:600;letter-spacing:1px}
dl{margin:28px 0 0;display:grid;grid-template-columns:max-content 1fr;gap:6px 20px;font-family:"DejaVu Sans","Noto Sans",Arial,sans-serif;font-size:15px}
dt{color:#a88446;font-weight:600;text-transform:uppercase;font-size:12px;letter-spacing:1px;padding-top:3px}
dd{margin:0}
.code{font-family:"DejaVu Sans Mono",monospace;letter-spacing:2px;font-weight:600}
p{margin:0 0 12px}
footer{max-width:720px;margin:8px auto 32px;font:13px/1.5 "DejaVu Sans","Noto Sans",Arial,sans-serif;color:#6a6150;padding:0 8px}
@media print{body{background:#fff}main{outline:0;margin:0}}
)";

QByteArray document(const QString &title, const QString &body) {
    QString html;
    html += QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">");
    html += QStringLiteral("<meta name=\"viewport\" content=\"width=device-width, "
                           "initial-scale=1\"><meta name=\"robots\" content=\"noindex\">");
    html += QStringLiteral("<title>") + esc(title) + QStringLiteral("</title><style>") +
            QString::fromLatin1(kStyle) + QStringLiteral("</style></head><body>");
    html += QStringLiteral("<header><span class=\"brand\">CertTrack</span><span "
                           "class=\"kind\">Certificate verification</span></header>");
    html += body;
    html += QStringLiteral(
        "<footer>This page is served directly from the certification records over a secure "
        "connection. A printed certificate proves nothing by itself: its verification code, "
        "checked here, does.</footer></body></html>\n");
    return html.toUtf8();
}

QString verdictBox(const QString &cssClass, const QString &mark, const QString &text) {
    return QStringLiteral("<div class=\"verdict %1\" role=\"status\"><span class=\"mark\" "
                          "aria-hidden=\"true\">%2</span><span>%3</span></div>")
        .arg(cssClass, mark, esc(text));
}

} // namespace

QByteArray VerificationPage::verification(const domain::CertificateVerification &v) {
    using Status = domain::CertificateVerification::Status;
    QString verdict;
    switch (v.status) {
    case Status::Valid:
        verdict = verdictBox(QStringLiteral("valid"), QStringLiteral("&#10004;"),
                             v.validThrough ? QStringLiteral("Valid certificate: in force "
                                                             "through %1")
                                                  .arg(longDate(*v.validThrough))
                                            : QStringLiteral("Valid certificate"));
        break;
    case Status::Expired:
        verdict = verdictBox(QStringLiteral("expired"), QStringLiteral("&#9888;"),
                             QStringLiteral("Expired: this certification was valid through %1")
                                 .arg(longDate(v.validThrough.value_or(QDate()))));
        break;
    case Status::Revoked:
        verdict = verdictBox(QStringLiteral("revoked"), QStringLiteral("&#10006;"),
                             QStringLiteral("Revoked on %1: this certificate is no longer valid")
                                 .arg(longDate(v.revokedOn.value_or(QDate()))));
        break;
    case Status::NotYetActive:
        verdict = verdictBox(
            QStringLiteral("notYetActive"), QStringLiteral("&#9888;"),
            QStringLiteral("Not yet in force: active from %1").arg(longDate(v.achieved)));
        break;
    }
    QString body = QStringLiteral("<main>") + verdict;
    body += QStringLiteral("<p class=\"what\">This certifies that</p><h1 class=\"holder\">") +
            esc(v.holderName) + QStringLiteral("</h1>");
    body += QStringLiteral("<p class=\"what\">holds the certification</p><p "
                           "class=\"certification\">") +
            esc(v.certificationName) + QStringLiteral(" <span class=\"acronym\">(") +
            esc(v.acronym) + QStringLiteral(")</span></p>");
    body += QStringLiteral("<dl>");
    auto fact = [&body](const QString &label, const QString &value, const char *cssClass = "") {
        body += QStringLiteral("<dt>") + esc(label) + QStringLiteral("</dt><dd class=\"") +
                QString::fromLatin1(cssClass) + QStringLiteral("\">") + esc(value) +
                QStringLiteral("</dd>");
    };
    fact(QStringLiteral("Status"), domain::toString(v.status), "status");
    fact(QStringLiteral("Track"), v.track);
    fact(QStringLiteral("Date achieved"), longDate(v.achieved));
    fact(QStringLiteral("Valid through"),
         v.validThrough ? longDate(*v.validThrough) : QStringLiteral("No expiry"));
    if (v.revokedOn)
        fact(QStringLiteral("Revoked on"), longDate(*v.revokedOn));
    fact(QStringLiteral("Verification code"), v.verificationCode, "code");
    fact(QStringLiteral("Checked"),
         QLocale::c().toString(v.checkedAt.toUTC(), QStringLiteral("yyyy-MM-dd HH:mm")) +
             QStringLiteral(" UTC"));
    body += QStringLiteral("</dl></main>");
    return document(QStringLiteral("%1 (%2) - %3")
                        .arg(v.certificationName, v.acronym, domain::toString(v.status)),
                    body);
}

QByteArray VerificationPage::notFound(const QString &code) {
    QString body = QStringLiteral("<main>") +
                   verdictBox(QStringLiteral("unknown"), QStringLiteral("&#10006;"),
                              QStringLiteral("No certificate has this verification code"));
    body += QStringLiteral("<p>The code <span class=\"code\">") + esc(code.left(64)) +
            QStringLiteral("</span> is not in the certification records. Check it against the "
                           "certificate: codes are eight letters and digits, such as "
                           "<span class=\"code\">V7L4P3MC</span>.</p></main>");
    return document(QStringLiteral("Unknown verification code"), body);
}

QByteArray VerificationPage::notConsented(const QString &code) {
    QString body = QStringLiteral("<main>") +
                   verdictBox(QStringLiteral("unknown"), QStringLiteral("&#128274;"),
                              QStringLiteral("The holder has not consented to verification"));
    body += QStringLiteral("<p>The holder of the certificate with the code <span "
                           "class=\"code\">") +
            esc(code.left(64)) +
            QStringLiteral("</span> has not consented to the disclosure of their certification "
                           "status to third parties, so this page shows neither their name nor "
                           "their certification.</p><p>Ask the holder for proof of their "
                           "certification: they can share a transcript, or allow verification "
                           "in their account's settings.</p></main>");
    return document(QStringLiteral("Verification not consented"), body);
}

QByteArray VerificationPage::tooManyRequests(qint64 retryAfterSeconds) {
    const QString body =
        QStringLiteral("<main>") +
        verdictBox(QStringLiteral("expired"), QStringLiteral("&#8987;"),
                   QStringLiteral("Too many look-ups from your address")) +
        QStringLiteral("<p>Please try again in %1 seconds.</p></main>").arg(retryAfterSeconds);
    return document(QStringLiteral("Too many look-ups"), body);
}

} // namespace certtrack::server
