#include "server/transcripts/TranscriptPage.h"

#include <QLocale>

namespace certtrack::server {

namespace {

QString esc(const QString &text) {
    return text.toHtmlEscaped();
}

// Calm and legible in any browser, printable, nothing loaded from elsewhere.
const char kStyle[] = R"(
*{box-sizing:border-box}
body{margin:0;background:#eef1f5;color:#1d2733;font:16px/1.5 "Segoe UI","DejaVu Sans","Noto Sans",Arial,sans-serif}
header{background:#0d274d;color:#fff;padding:14px 24px;display:flex;justify-content:space-between;align-items:center}
header .brand{font-size:20px;font-weight:600;letter-spacing:.5px}
header .kind{font-size:14px;opacity:.85}
main{max-width:820px;margin:32px auto;background:#fff;border:1px solid #d4dae3;border-radius:6px;padding:32px 40px}
h1{margin:0 0 4px;font-size:28px;font-weight:600}
.address{margin:0 0 4px;color:#3d4a5c;white-space:pre-line}
.email{margin:0;color:#3d4a5c}
.statement{margin:24px 0;padding:14px 16px;background:#f4f7fb;border-left:4px solid #1f6fb2}
table{width:100%;border-collapse:collapse;margin-top:8px}
th{text-align:left;font-size:13px;text-transform:uppercase;letter-spacing:.6px;color:#5a6776;border-bottom:2px solid #d4dae3;padding:8px}
td{padding:9px 8px;border-bottom:1px solid #e6eaf0}
td.date{white-space:nowrap;width:9em;font-variant-numeric:tabular-nums}
tr.track td{background:#f4f7fb;font-weight:600;color:#0d274d;padding-top:12px}
.none{color:#5a6776;font-style:italic}
.facts{margin-top:28px;display:grid;grid-template-columns:max-content 1fr;gap:4px 16px;font-size:14px;color:#3d4a5c}
.facts dt{font-weight:600}
.facts dd{margin:0;font-family:"DejaVu Sans Mono",monospace}
.notice h1{color:#8a1c1c}
footer{max-width:820px;margin:0 auto 32px;font-size:13px;color:#5a6776;padding:0 8px}
@media print{body{background:#fff}main{border:0;margin:0}}
)";

QByteArray document(const QString &title, const QString &kind, const QString &body,
                    const QString &footer) {
    QString html;
    html += QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">");
    html += QStringLiteral("<meta name=\"viewport\" content=\"width=device-width, "
                           "initial-scale=1\"><meta name=\"robots\" content=\"noindex\">");
    html += QStringLiteral("<title>") + esc(title) + QStringLiteral("</title><style>") +
            QString::fromLatin1(kStyle) + QStringLiteral("</style></head><body>");
    html += QStringLiteral("<header><span class=\"brand\">CertTrack</span><span class=\"kind\">") +
            esc(kind) + QStringLiteral("</span></header>");
    html += body;
    html += QStringLiteral("<footer>") + footer + QStringLiteral("</footer></body></html>\n");
    return html.toUtf8();
}

QString standardFooter() {
    return QStringLiteral("This page is served directly from the CertTrack certification "
                          "records over a secure connection. A printed or forwarded copy is not "
                          "a verification: open the link to check the current record.");
}

QString utcInstant(const QDateTime &instant) {
    return QLocale::c().toString(instant.toUTC(), QStringLiteral("yyyy-MM-dd HH:mm")) +
           QStringLiteral(" UTC");
}

QString notice(const QString &heading, const QStringList &paragraphs) {
    QString body =
        QStringLiteral("<main class=\"notice\"><h1>") + esc(heading) + QStringLiteral("</h1>");
    for (const QString &paragraph : paragraphs)
        body += QStringLiteral("<p>") + esc(paragraph) + QStringLiteral("</p>");
    return body + QStringLiteral("</main>");
}

} // namespace

QString TranscriptPage::longDate(const QDate &date) {
    return QLocale::c().toString(date, QStringLiteral("dddd, MMMM d, yyyy"));
}

QString TranscriptPage::tableDate(const QDate &date) {
    return QLocale::c().toString(date, QStringLiteral("yyyy-MMM-dd"));
}

QByteArray TranscriptPage::transcript(const domain::PublicTranscript &content) {
    QString body = QStringLiteral("<main>");
    body +=
        // dir="auto": a name in a right-to-left script keeps its direction to itself.
        QStringLiteral("<h1 dir=\"auto\">") +
        esc(content.name.isEmpty() ? QStringLiteral("Certification transcript") : content.name) +
        QStringLiteral("</h1>");
    if (!content.addressLines.isEmpty()) {
        body += QStringLiteral("<p class=\"address\">") +
                esc(content.addressLines.join(QLatin1Char('\n'))) + QStringLiteral("</p>");
    }
    if (!content.email.isEmpty())
        body += QStringLiteral("<p class=\"email\">") + esc(content.email) + QStringLiteral("</p>");
    body +=
        QStringLiteral("<p class=\"statement\">") + esc(content.statement) + QStringLiteral("</p>");

    body += QStringLiteral("<table><thead><tr><th scope=\"col\">Certification Name</th>"
                           "<th scope=\"col\">Date</th></tr></thead><tbody>");
    QString track;
    bool first = true;
    for (const domain::PublicTranscript::Entry &entry : content.certifications) {
        if (first || entry.track != track) {
            track = entry.track;
            first = false;
            body += QStringLiteral("<tr class=\"track\"><td colspan=\"2\">") + esc(track) +
                    QStringLiteral("</td></tr>");
        }
        body += QStringLiteral("<tr><td>") + esc(entry.name) +
                QStringLiteral("</td><td class=\"date\">") + esc(tableDate(entry.date)) +
                QStringLiteral("</td></tr>");
    }
    if (content.certifications.isEmpty()) {
        body += QStringLiteral("<tr><td colspan=\"2\" class=\"none\">No certification is shown "
                               "on this transcript at present.</td></tr>");
    }
    body += QStringLiteral("</tbody></table>");

    body += QStringLiteral("<dl class=\"facts\"><dt>Transcript</dt><dd>") + esc(content.id) +
            QStringLiteral("</dd><dt>Valid through</dt><dd>") + esc(longDate(content.expires)) +
            QStringLiteral("</dd><dt>Retrieved</dt><dd>") + esc(utcInstant(content.retrievedAt)) +
            QStringLiteral("</dd></dl></main>");
    const QString title = content.name.isEmpty()
                              ? QStringLiteral("Certification transcript")
                              : QStringLiteral("Transcript for %1").arg(content.name);
    return document(title, QStringLiteral("Certification transcript"), body, standardFooter());
}

QByteArray TranscriptPage::expired(const QString &id, const QDate &expires) {
    return document(
        QStringLiteral("Transcript expired"), QStringLiteral("Certification transcript"),
        notice(QStringLiteral("This transcript has expired"),
               {QStringLiteral("Transcript %1 was valid through %2 and has not been available "
                               "since %3.")
                    .arg(id, longDate(expires), longDate(expires.addDays(1))),
                QStringLiteral("Ask the person who shared it for a current transcript.")}),
        standardFooter());
}

QByteArray TranscriptPage::deactivated(const QString &id, const std::optional<QDateTime> &since) {
    const QString first =
        since ? QStringLiteral("Transcript %1 was withdrawn by its owner on %2 (%3) and is no "
                               "longer available.")
                    .arg(id, longDate(since->toUTC().date()), utcInstant(*since))
              : QStringLiteral("Transcript %1 was withdrawn by its owner and is no longer "
                               "available.")
                    .arg(id);
    return document(
        QStringLiteral("Transcript withdrawn"), QStringLiteral("Certification transcript"),
        notice(QStringLiteral("This transcript has been deactivated"),
               {first, QStringLiteral("Ask the person who shared it for a current transcript.")}),
        standardFooter());
}

QByteArray TranscriptPage::notFound() {
    return document(QStringLiteral("Transcript not found"),
                    QStringLiteral("Certification transcript"),
                    notice(QStringLiteral("No such transcript"),
                           {QStringLiteral("There is no transcript at this address. Check that "
                                           "the link was copied whole: a transcript id has 16 "
                                           "letters and digits.")}),
                    standardFooter());
}

QByteArray TranscriptPage::tooManyRequests(qint64 retryAfterSeconds) {
    return document(QStringLiteral("Too many requests"), QStringLiteral("Certification transcript"),
                    notice(QStringLiteral("Too many requests"),
                           {QStringLiteral("This address has looked up too many transcripts "
                                           "that do not exist. Try again in %1 seconds.")
                                .arg(retryAfterSeconds)}),
                    standardFooter());
}

} // namespace certtrack::server
