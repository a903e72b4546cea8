#include "records/RecordArchive.h"

#include "certificate/CertificateContent.h"
#include "certificate/CertificatePdf.h"
#include "domain/CertificateEligibility.h"
#include "domain/RecertificationPlan.h"
#include "itemmodels/AgreementsModel.h"
#include "itemmodels/AttributesModel.h"
#include "itemmodels/BadgesModel.h"
#include "itemmodels/CeActivitiesModel.h"
#include "itemmodels/CertificationsModel.h"
#include "itemmodels/ExamsModel.h"
#include "itemmodels/FulfillmentModel.h"
#include "itemmodels/IdentifiersModel.h"
#include "itemmodels/RecertificationPlanModel.h"
#include "itemmodels/TransactionsModel.h"
#include "itemmodels/TranscriptsModel.h"
#include "records/BadgeFiles.h"
#include "records/CsvWriter.h"
#include "records/RenewalCalendar.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>

#include <zip.h>

#include <memory>

namespace certtrack::records {

namespace {

QString html(const QString &text) {
    return text.toHtmlEscaped();
}

// A name unique within the archive: "x.png", then "x (2).png".
QString uniqueName(const QString &wanted, QSet<QString> *taken) {
    QString name = wanted;
    const QFileInfo info(wanted);
    for (int n = 2; taken->contains(name.toLower()); ++n)
        name = QStringLiteral("%1 (%2).%3").arg(info.completeBaseName()).arg(n).arg(info.suffix());
    taken->insert(name.toLower());
    return name;
}

QString pageHead(const QString &title) {
    return QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                          "<title>%1</title><style>body{font-family:sans-serif;max-width:50em;"
                          "margin:2em auto;padding:0 1em}td,th{text-align:left;padding:.2em "
                          ".8em .2em 0;vertical-align:top}</style></head><body>\n")
        .arg(html(title));
}

} // namespace

RecordArchive::RecordArchive(domain::AccountData account, client::ServerEndpoint endpoint,
                             QList<int> leadDays, QDate today, QLocale locale)
    : m_account(std::move(account))
    , m_endpoint(std::move(endpoint))
    , m_leadDays(std::move(leadDays))
    , m_today(today)
    , m_locale(std::move(locale)) {}

RecordArchive::Contents RecordArchive::build() const {
    Contents contents;
    addCertificates(&contents);
    addBadges(&contents);
    addTranscripts(&contents);
    addTables(&contents);
    addCalendar(&contents);
    contents.entries.append({QStringLiteral("index.html"), indexPage(contents.entries)});
    return contents;
}

void RecordArchive::addCertificates(Contents *contents) const {
    QSet<QString> taken;
    for (const domain::CertificationDetail &detail : m_account.certifications) {
        const domain::Certification &certification = detail.summary;
        const auto eligibility = domain::CertificateEligibility::evaluate(certification, m_today);
        if (!eligibility.isEligible()) {
            contents->messages.append(tr("No PDF certificate for %1: %2.")
                                          .arg(certification.displayName(), eligibility.reason()));
            continue;
        }
        const certificate::CertificateContent content = certificate::CertificateContent::from(
            m_account.profile, certification, m_endpoint.baseUrl);
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        if (!certificate::CertificatePdf::write(content, &buffer, m_locale)) {
            contents->messages.append(
                tr("The certificate of %1 could not be drawn.").arg(certification.displayName()));
            continue;
        }
        contents->entries.append(
            {QStringLiteral("certificates/") + uniqueName(content.suggestedFileName(), &taken),
             buffer.data()});
    }
}

void RecordArchive::addBadges(Contents *contents) const {
    QSet<QString> taken;
    for (const domain::Badge &badge : m_account.badges) {
        const auto copy = m_account.badgeCopies.constFind(badge.id);
        if (copy == m_account.badgeCopies.cend() || copy->credentialJwt.isEmpty()) {
            contents->messages.append(
                tr("No baked image of the badge %1: it is not a credential yet (sync once more "
                   "to fetch it).")
                    .arg(badge.name));
            continue;
        }
        QString error;
        const std::optional<QByteArray> png =
            BadgeFiles::makeOffline(badge, *copy, client::BadgeFile::BakedPng, &error);
        if (!png) {
            contents->messages.append(
                tr("No baked image of the badge %1: %2").arg(badge.name, error));
            continue;
        }
        contents->entries.append(
            {QStringLiteral("badges/") +
                 uniqueName(BadgeFiles::suggestedFileName(badge, client::BadgeFile::BakedPng),
                            &taken),
             *png});
    }
}

QByteArray RecordArchive::transcriptPage(const domain::Transcript &transcript) const {
    QString page = pageHead(transcript.displayName);
    page += QStringLiteral("<h1>%1</h1>\n").arg(html(transcript.displayName));
    if (!transcript.description.isEmpty())
        page += QStringLiteral("<p>%1</p>\n").arg(html(transcript.description));
    page += QStringLiteral("<table>\n");
    const auto row = [&page](const QString &label, const QString &value) {
        page += QStringLiteral("<tr><th>%1</th><td>%2</td></tr>\n").arg(html(label), value);
    };
    row(tr("Transcript ID"), html(transcript.id));
    row(tr("Status"), html(domain::toString(transcript.state)));
    row(tr("Expires"), html(transcript.expires.toString(Qt::ISODate)));
    row(tr("Shows"), html(transcript.displayOptionsText()));
    row(tr("Certifications"), html(domain::toString(transcript.disclosure)));
    row(tr("Views"), QString::number(transcript.views));
    if (!transcript.remarks.isEmpty())
        row(tr("Remarks"), html(transcript.remarks));
    if (!transcript.url.isEmpty())
        row(tr("Public page"), QStringLiteral("<a href=\"%1\">%1</a>").arg(html(transcript.url)));
    page += QStringLiteral("</table>\n<h2>%1</h2>\n<ul>\n").arg(html(tr("Certifications shown")));
    const QSet<QString> chosen(transcript.certificationIds.cbegin(),
                               transcript.certificationIds.cend());
    for (const domain::CertificationDetail &detail : m_account.certifications) {
        const domain::Certification &c = detail.summary;
        const bool inForce = domain::Certification::statusFor(c.active, c.expires, m_today) ==
                                 domain::Certification::Status::Active &&
                             !c.revokedOn;
        const bool shown =
            transcript.disclosure == domain::Transcript::Disclosure::ActiveCertifications ||
            chosen.contains(c.id);
        if (inForce && shown)
            page += QStringLiteral("<li>%1, %2</li>\n")
                        .arg(html(c.displayName()), html(c.active.toString(Qt::ISODate)));
    }
    page += QStringLiteral("</ul>\n");
    if (transcript.disclosure == domain::Transcript::Disclosure::AllNewCertificates)
        page += QStringLiteral("<p>%1</p>\n")
                    .arg(html(tr("It also shows every certification earned after it was made.")));
    page += QStringLiteral("</body></html>\n");
    return page.toUtf8();
}

void RecordArchive::addTranscripts(Contents *contents) const {
    QSet<QString> taken;
    for (const domain::Transcript &transcript : m_account.transcripts) {
        QString stem = transcript.displayName.simplified();
        stem.replace(QRegularExpression(QStringLiteral(R"([\\/:*?"<>|\x00-\x1f]+)")),
                     QStringLiteral(" "));
        const QString name = QStringLiteral("%1 %2.html").arg(stem.simplified(), transcript.id);
        contents->entries.append({QStringLiteral("transcripts/") + uniqueName(name, &taken),
                                  transcriptPage(transcript)});
    }
}

void RecordArchive::addTables(Contents *contents) const {
    const auto table = [contents](const QString &name, const QAbstractItemModel &model) {
        contents->entries.append(
            {QStringLiteral("tables/%1.csv").arg(name), CsvWriter::toCsv(model)});
    };
    itemmodels::CertificationsModel certifications;
    certifications.setAccountData(m_account);
    table(QStringLiteral("certifications"), certifications);
    itemmodels::RecertificationPlanModel plan;
    plan.setPlan(domain::RecertificationPlan::evaluate(m_account.certifications, m_today));
    table(QStringLiteral("recertification-plan"), plan);
    itemmodels::ExamsModel exams;
    exams.setAccountData(m_account);
    table(QStringLiteral("exams"), exams);
    itemmodels::AgreementsModel agreements;
    agreements.setAccountData(m_account);
    table(QStringLiteral("agreements"), agreements);
    itemmodels::CeActivitiesModel activities;
    activities.setAccountData(m_account);
    table(QStringLiteral("ce-activities"), activities);
    itemmodels::TransactionsModel transactions;
    transactions.setAccountData(m_account);
    table(QStringLiteral("transactions"), transactions);
    itemmodels::FulfillmentModel fulfillment;
    fulfillment.setAccountData(m_account);
    table(QStringLiteral("certificates-and-kits"), fulfillment);
    itemmodels::TranscriptsModel transcripts;
    transcripts.setAccountData(m_account);
    table(QStringLiteral("transcripts"), transcripts);
    itemmodels::BadgesModel badges;
    badges.setAccountData(m_account);
    table(QStringLiteral("badges"), badges);
    itemmodels::IdentifiersModel identifiers;
    identifiers.setAccountData(m_account);
    table(QStringLiteral("identifiers"), identifiers);
    itemmodels::AttributesModel attributes;
    attributes.setAccountData(m_account);
    table(QStringLiteral("attributes"), attributes);
}

void RecordArchive::addCalendar(Contents *contents) const {
    const domain::RecertificationPlan plan =
        domain::RecertificationPlan::evaluate(m_account.certifications, m_today);
    contents->entries.append(
        {QStringLiteral("renewal-plan.ics"),
         RenewalCalendar::toIcs(plan, m_leadDays, QDateTime::currentDateTimeUtc(),
                                m_endpoint.baseUrl.host())});
}

QByteArray RecordArchive::indexPage(const QList<Entry> &entries) const {
    const QString name = m_account.profile.displayName();
    QString page = pageHead(tr("Record of %1").arg(name));
    page += QStringLiteral("<h1>%1</h1>\n<p>%2</p>\n")
                .arg(html(tr("Record of %1").arg(name)),
                     html(tr("Login ID %1 at %2. Data as of %3; archived on %4.")
                              .arg(m_account.profile.loginId, m_endpoint.baseUrl.toString(),
                                   m_account.lastSynced.isValid()
                                       ? m_account.lastSynced.toUTC().toString(Qt::ISODate)
                                       : tr("an unknown time"),
                                   m_today.toString(Qt::ISODate))));
    const QList<QPair<QString, QString>> sections{
        {QStringLiteral("certificates/"), tr("PDF certificates")},
        {QStringLiteral("badges/"), tr("Badges (PNG images with their credential inside)")},
        {QStringLiteral("transcripts/"), tr("Transcripts")},
        {QStringLiteral("tables/"), tr("Tables (CSV)")},
        {QStringLiteral("renewal-plan"), tr("Renewal plan (iCalendar)")},
    };
    for (const auto &[prefix, title] : sections) {
        page += QStringLiteral("<h2>%1</h2>\n<ul>\n").arg(html(title));
        int count = 0;
        for (const Entry &entry : entries) {
            if (!entry.path.startsWith(prefix))
                continue;
            ++count;
            const QString shown = entry.path.mid(entry.path.lastIndexOf(QLatin1Char('/')) + 1);
            QString href = QString::fromUtf8(QUrl::toPercentEncoding(entry.path, "/"));
            page += QStringLiteral("<li><a href=\"%1\">%2</a></li>\n").arg(href, html(shown));
        }
        if (count == 0)
            page += QStringLiteral("<li>%1</li>\n").arg(html(tr("None")));
        page += QStringLiteral("</ul>\n");
    }
    page += QStringLiteral("</body></html>\n");
    return page.toUtf8();
}

bool RecordArchive::isZipTarget(const QString &target) {
    return target.endsWith(QStringLiteral(".zip"), Qt::CaseInsensitive);
}

bool RecordArchive::write(const QList<Entry> &entries, const QString &target, QStringList *written,
                          QString *error) {
    if (!isZipTarget(target)) {
        const QDir directory(target);
        for (const Entry &entry : entries) {
            const QString path = directory.filePath(entry.path);
            if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
                *error = tr("Cannot create the folder %1.").arg(QFileInfo(path).absolutePath());
                return false;
            }
            QSaveFile file(path);
            if (!file.open(QIODevice::WriteOnly) || file.write(entry.data) != entry.data.size() ||
                !file.commit()) {
                *error = tr("Cannot write %1: %2").arg(path, file.errorString());
                return false;
            }
            written->append(path);
        }
        return true;
    }

    // libzip writes into a temporary file beside the target and renames it on zip_close, so a
    // failed archive never leaves half a zip under the target's name.
    const QFileInfo info(target);
    if (!info.absoluteDir().exists()) {
        *error =
            tr("Cannot write %1: the folder %2 does not exist.").arg(target, info.absolutePath());
        return false;
    }
    int code = 0;
    zip_t *archive = zip_open(QFile::encodeName(info.absoluteFilePath()).constData(),
                              ZIP_CREATE | ZIP_TRUNCATE, &code);
    if (!archive) {
        zip_error_t zipError;
        zip_error_init_with_code(&zipError, code);
        *error = tr("Cannot write %1: %2")
                     .arg(target, QString::fromLocal8Bit(zip_error_strerror(&zipError)));
        zip_error_fini(&zipError);
        return false;
    }
    const auto fail = [&](const QString &what) {
        *error = tr("Cannot write %1: %2 (%3)")
                     .arg(target, what, QString::fromLocal8Bit(zip_strerror(archive)));
        zip_discard(archive);
        return false;
    };
    for (const Entry &entry : entries) {
        // The data outlives the source: entries stay alive until zip_close returns.
        zip_source_t *source =
            zip_source_buffer(archive, entry.data.constData(), zip_uint64_t(entry.data.size()), 0);
        if (!source)
            return fail(entry.path);
        const zip_int64_t index = zip_file_add(archive, entry.path.toUtf8().constData(), source,
                                               ZIP_FL_ENC_UTF_8 | ZIP_FL_OVERWRITE);
        if (index < 0) {
            zip_source_free(source);
            return fail(entry.path);
        }
        // PDFs and PNGs are compressed already: storing them spares the time for nothing.
        const QString suffix = QFileInfo(entry.path).suffix().toLower();
        if (suffix == QLatin1String("pdf") || suffix == QLatin1String("png"))
            zip_set_file_compression(archive, zip_uint64_t(index), ZIP_CM_STORE, 0);
    }
    if (zip_close(archive) != 0)
        return fail(tr("closing the archive"));
    written->append(info.absoluteFilePath());
    return true;
}

} // namespace certtrack::records
