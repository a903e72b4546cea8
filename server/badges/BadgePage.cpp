#include "server/badges/BadgePage.h"

#include <QLocale>

namespace certtrack::server::BadgePage {

namespace {

QString esc(const QString &text) {
    return text.toHtmlEscaped();
}

QString longDate(const QDate &date) {
    return QLocale::c().toString(date, QStringLiteral("MMMM d, yyyy"));
}

const char kStyle[] = R"(
*{box-sizing:border-box}
body{margin:0;background:#f3f0e8;color:#1b2f52;font:16px/1.5 "DejaVu Sans","Noto Sans",Arial,sans-serif}
header{background:#1b2f52;color:#f4e6c3;padding:14px 24px;display:flex;justify-content:space-between;align-items:center}
header .brand{font-size:20px;font-weight:600;letter-spacing:.5px}
header .kind{font-size:14px;opacity:.85}
main{max-width:760px;margin:32px auto;background:#fcf9f1;border:1px solid #d9c28f;padding:32px 40px;display:grid;grid-template-columns:200px 1fr;gap:28px}
.art svg{width:200px;height:auto;display:block}
h1{margin:0 0 4px;font:700 26px/1.25 "Noto Serif","DejaVu Serif",Georgia,serif}
.holder{margin:0 0 16px;font-size:18px}
.status{display:inline-block;margin:0 0 16px;padding:6px 12px;border-radius:4px;font-weight:600}
.valid{background:#e4f2e7;color:#1d5e2f;border:1px solid #9cc9a8}
.expired{background:#fbf0dc;color:#7a4b00;border:1px solid #e0b870}
.revoked{background:#f8e1e1;color:#8a1c1c;border:1px solid #dd9c9c}
dl{margin:16px 0 0;display:grid;grid-template-columns:max-content 1fr;gap:6px 18px;font-size:15px}
dt{color:#a88446;font-weight:600;text-transform:uppercase;font-size:12px;letter-spacing:1px;padding-top:3px}
dd{margin:0}
p{margin:0 0 12px}
footer{max-width:760px;margin:8px auto 32px;font-size:13px;color:#6a6150;padding:0 8px}
@media (max-width:640px){main{grid-template-columns:1fr;padding:24px}}
)";

QByteArray document(const QString &title, const QString &kind, const QString &body,
                    const QString &footer) {
    QString html;
    html += QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                           "<meta name=\"viewport\" content=\"width=device-width, "
                           "initial-scale=1\"><meta name=\"robots\" content=\"noindex\">");
    html += QStringLiteral("<title>") + esc(title) + QStringLiteral("</title><style>") +
            QString::fromLatin1(kStyle) + QStringLiteral("</style></head><body>");
    html += QStringLiteral("<header><span class=\"brand\">CertTrack</span><span "
                           "class=\"kind\">") +
            esc(kind) + QStringLiteral("</span></header>");
    html += body;
    html += QStringLiteral("<footer>") + footer + QStringLiteral("</footer></body></html>\n");
    return html.toUtf8();
}

// The artwork is programme data drawn by certtrackd (badges/BadgeArtwork): inline it, so the page
// loads nothing; an XML declaration would not belong inside HTML.
QString inlineSvg(const QString &svg) {
    QString art = svg;
    if (art.startsWith(QLatin1String("<?xml"))) {
        const qsizetype end = art.indexOf(QLatin1String("?>"));
        if (end >= 0)
            art = art.mid(end + 2).trimmed();
    }
    return art;
}

} // namespace

QByteArray badge(const domain::Badge &badge, const BadgeAchievement &achievement,
                 const QString &holder, const IssuerProfile &issuer, const QDateTime &checkedAt,
                 const QString &revocationReason) {
    QString statusClass;
    QString statusText;
    switch (badge.status) {
    case domain::Badge::Status::Valid:
        statusClass = QStringLiteral("valid");
        statusText = QStringLiteral("Valid");
        break;
    case domain::Badge::Status::Expired:
        statusClass = QStringLiteral("expired");
        statusText = QStringLiteral("Expired");
        break;
    case domain::Badge::Status::Revoked:
        statusClass = QStringLiteral("revoked");
        statusText = revocationReason.isEmpty()
                         ? QStringLiteral("Revoked")
                         : QStringLiteral("Revoked: %1").arg(revocationReason);
        break;
    }
    const QString checked =
        QLocale::c().toString(checkedAt.toUTC(), QStringLiteral("MMMM d, yyyy 'at' HH:mm 'UTC'"));
    QString body = QStringLiteral("<main><div class=\"art\">") + inlineSvg(achievement.imageSvg) +
                   QStringLiteral("</div><div>");
    body += QStringLiteral("<h1>") + esc(achievement.name) + QStringLiteral("</h1>");
    body += QStringLiteral("<p class=\"holder\">Earned by <strong>") + esc(holder) +
            QStringLiteral("</strong></p>");
    body += QStringLiteral("<p class=\"status %1\" role=\"status\">%2, as checked at %3</p>")
                .arg(statusClass, esc(statusText), esc(checked));
    body += QStringLiteral("<p>") + esc(achievement.description) + QStringLiteral("</p>");
    body += QStringLiteral("<dl><dt>Issuer</dt><dd>") + esc(issuer.name) +
            QStringLiteral("</dd><dt>Criteria</dt><dd>") + esc(achievement.criteria) +
            QStringLiteral("</dd><dt>Issued</dt><dd>") + esc(longDate(badge.issuedOn)) +
            QStringLiteral("</dd>");
    if (badge.expires) {
        body += QStringLiteral("<dt>%1</dt><dd>%2</dd>")
                    .arg(badge.status == domain::Badge::Status::Expired ? QStringLiteral("Expired")
                                                                        : QStringLiteral("Expires"),
                         esc(longDate(*badge.expires)));
    }
    body += QStringLiteral("</dl></div></main>");
    return document(achievement.name + QStringLiteral(" - ") + holder,
                    QStringLiteral("Digital badge"), body,
                    QStringLiteral("This badge is an Open Badges credential. Its holder chose to "
                                   "show it; this page is served from the programme's records, "
                                   "and the credential itself can be checked by any Open Badges "
                                   "verifier."));
}

QByteArray issuer(const IssuerProfile &issuer, const QString &keysUrl) {
    QString body = QStringLiteral("<main><div class=\"art\">") + inlineSvg(issuer.imageSvg) +
                   QStringLiteral("</div><div>");
    body += QStringLiteral("<h1>") + esc(issuer.name) + QStringLiteral("</h1>");
    body += QStringLiteral("<p>Issuer of the programme's digital badges.</p><dl>");
    body += QStringLiteral("<dt>Web site</dt><dd>") + esc(issuer.url) + QStringLiteral("</dd>");
    body += QStringLiteral("<dt>Email</dt><dd>") + esc(issuer.email) + QStringLiteral("</dd>");
    body += QStringLiteral("<dt>Signing keys</dt><dd>") + esc(keysUrl) + QStringLiteral("</dd>");
    body += QStringLiteral("</dl></div></main>");
    return document(issuer.name, QStringLiteral("Badge issuer"), body,
                    QStringLiteral("Credentials this issuer signs name one of these keys."));
}

} // namespace certtrack::server::BadgePage
