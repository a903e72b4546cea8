#include "ui/transcripts/TranscriptPreviewDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLocale>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace certtrack::ui {

namespace {

QString esc(const QString &text) {
    return text.toHtmlEscaped();
}

// The public page's wording and formats are English whatever the reader's language, so the
// preview uses the same: it shows what the reader sees.
QString tableDate(const QDate &date) {
    return QLocale::c().toString(date, QStringLiteral("yyyy-MMM-dd"));
}

QString longDate(const QDate &date) {
    return QLocale::c().toString(date, QStringLiteral("dddd, MMMM d, yyyy"));
}

QString utcInstant(const QDateTime &instant) {
    return QLocale::c().toString(instant.toUTC(), QStringLiteral("yyyy-MM-dd HH:mm")) +
           QStringLiteral(" UTC");
}

// The public page's palette.
constexpr auto kInk = "#1d2733";
constexpr auto kMuted = "#3d4a5c";
constexpr auto kLabel = "#5a6776";
constexpr auto kNavy = "#0d274d";
constexpr auto kTint = "#f4f7fb";
constexpr auto kAccent = "#1f6fb2";
constexpr auto kRule = "#e6eaf0";
constexpr auto kStrongRule = "#d4dae3";

QString cell(const QString &style, const QString &content, const QString &attributes = {}) {
    return QStringLiteral("<td%1 style=\"%2\">%3</td>").arg(attributes, style, content);
}

} // namespace

QString TranscriptPreviewDialog::documentHtml(const domain::PublicTranscript &t) {
    const QString ruled =
        QStringLiteral("padding: 9px 8px; border-bottom: 1px solid %1;").arg(QLatin1String(kRule));
    QString html = QStringLiteral("<html><body style=\"color: %1; font-size: 11pt;\">")
                       .arg(QLatin1String(kInk));

    // The banner: the page's header bar.
    html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\" "
                           "style=\"border-collapse: collapse;\"><tr>");
    html += cell(QStringLiteral("background-color: %1; color: #ffffff; padding: 12px 18px; "
                                "font-size: 15pt; font-weight: 600;")
                     .arg(QLatin1String(kNavy)),
                 QStringLiteral("CertTrack"));
    html += cell(QStringLiteral("background-color: %1; color: #dfe6ef; padding: 12px 18px; "
                                "font-size: 10pt;")
                     .arg(QLatin1String(kNavy)),
                 QStringLiteral("Certification transcript"), QStringLiteral(" align=\"right\""));
    html += QStringLiteral("</tr></table>");

    // The holder: name as the heading, then address and email, each on their own lines.
    html += QStringLiteral("<h1 dir=\"auto\" style=\"margin-top: 22px; margin-bottom: 6px; "
                           "font-size: 21pt; font-weight: 600;\">%1</h1>")
                .arg(esc(t.name.isEmpty() ? QStringLiteral("Certification transcript") : t.name));
    QStringList details = t.addressLines;
    if (!t.email.isEmpty())
        details << t.email;
    for (const QString &line : std::as_const(details)) {
        html += QStringLiteral("<p style=\"margin: 0; color: %1;\">%2</p>")
                    .arg(QLatin1String(kMuted), esc(line));
    }

    // The statement, in the page's tinted box with its accent rule.
    html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\" "
                           "style=\"margin-top: 18px; margin-bottom: 14px; border-collapse: "
                           "collapse;\"><tr>");
    html += cell(QStringLiteral("background-color: %1; border-left: 4px solid %2; padding: 12px "
                                "16px;")
                     .arg(QLatin1String(kTint), QLatin1String(kAccent)),
                 esc(t.statement));
    html += QStringLiteral("</tr></table>");

    // The certifications, grouped by track, dates in their own column.
    html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\" "
                           "style=\"border-collapse: collapse;\">");
    const QString head =
        QStringLiteral("padding: 8px; font-size: 9pt; font-weight: 600; color: %1; "
                       "border-bottom: 2px solid %2;")
            .arg(QLatin1String(kLabel), QLatin1String(kStrongRule));
    html += QStringLiteral("<tr>") + cell(head, QStringLiteral("CERTIFICATION NAME")) +
            cell(head, QStringLiteral("DATE"), QStringLiteral(" width=\"22%\"")) +
            QStringLiteral("</tr>");
    QString track;
    bool first = true;
    for (const domain::PublicTranscript::Entry &entry : t.certifications) {
        if (first || entry.track != track) {
            track = entry.track;
            first = false;
            html += QStringLiteral("<tr>") +
                    cell(ruled + QStringLiteral(" background-color: %1; color: %2; "
                                                "font-weight: 600;")
                                     .arg(QLatin1String(kTint), QLatin1String(kNavy)),
                         esc(track), QStringLiteral(" colspan=\"2\"")) +
                    QStringLiteral("</tr>");
        }
        html += QStringLiteral("<tr>") + cell(ruled, esc(entry.name)) +
                cell(ruled, esc(tableDate(entry.date))) + QStringLiteral("</tr>");
    }
    if (t.certifications.isEmpty()) {
        html +=
            QStringLiteral("<tr>") +
            cell(ruled +
                     QStringLiteral(" color: %1; font-style: italic;").arg(QLatin1String(kLabel)),
                 QStringLiteral("No certification is shown on this transcript at present."),
                 QStringLiteral(" colspan=\"2\"")) +
            QStringLiteral("</tr>");
    }
    html += QStringLiteral("</table>");

    // The facts under the table.
    html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"0\" style=\"margin-top: 20px; "
                           "font-size: 10pt; color: %1;\">")
                .arg(QLatin1String(kMuted));
    const QList<std::pair<QString, QString>> facts{
        {QStringLiteral("Transcript"), t.id},
        {QStringLiteral("Valid through"), longDate(t.expires)},
        {QStringLiteral("Retrieved"), utcInstant(t.retrievedAt)}};
    for (const auto &[label, value] : facts) {
        html += QStringLiteral("<tr>") +
                cell(QStringLiteral("padding: 2px 16px 2px 0; font-weight: 600;"), esc(label)) +
                cell(QStringLiteral("padding: 2px 0; font-family: 'DejaVu Sans Mono', "
                                    "monospace;"),
                     esc(value)) +
                QStringLiteral("</tr>");
    }
    html += QStringLiteral("</table>");
    html += QStringLiteral("<p style=\"margin-top: 22px; font-size: 9pt; color: %1;\">This page "
                           "is served directly from the CertTrack certification records over a "
                           "secure connection. A printed or forwarded copy is not a "
                           "verification: open the link to check the current record.</p>")
                .arg(QLatin1String(kLabel));
    return html + QStringLiteral("</body></html>");
}

TranscriptPreviewDialog::TranscriptPreviewDialog(const domain::PublicTranscript &transcript,
                                                 QWidget *parent)
    : QDialog(parent)
    , m_browser(new QTextBrowser(this)) {
    setObjectName(QStringLiteral("transcriptPreviewDialog"));
    setWindowTitle(tr("Preview of transcript %1").arg(transcript.id));
    m_browser->setObjectName(QStringLiteral("transcriptPreview"));
    m_browser->setAccessibleName(tr("Transcript preview"));
    // The page's links are for its readers; nothing is opened from here.
    m_browser->setOpenLinks(false);
    // A white page whatever the desktop theme, as a browser shows it.
    QPalette page = m_browser->palette();
    page.setColor(QPalette::Base, Qt::white);
    page.setColor(QPalette::Text, QColor(QLatin1String(kInk)));
    m_browser->setPalette(page);
    m_browser->document()->setDocumentMargin(20);
    m_browser->setHtml(documentHtml(transcript));

    auto *note = new QLabel(tr("This is what a person opening the link sees now. Previews are "
                               "not counted as views."),
                            this);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addWidget(m_browser, 1);
    layout->addWidget(buttons);
    resize(820, 640);
}

} // namespace certtrack::ui
