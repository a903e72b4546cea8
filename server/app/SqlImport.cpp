#include "server/app/SqlImport.h"

#include "domain/Json.h"
#include "server/core/Database.h"
#include "server/core/Rows.h"
#include "server/core/SqlValues.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace certtrack::server {

using namespace sql;

namespace {

QString gradeText(domain::Exam::Grade grade) {
    return grade == domain::Exam::Grade::Pass ? QStringLiteral("pass") : QStringLiteral("fail");
}

} // namespace

bool SqlImport::hasCandidates() {
    QSqlQuery query = m_db.run(QStringLiteral("SELECT EXISTS (SELECT 1 FROM candidates)"));
    return query.next() && query.value(0).toBool();
}

void SqlImport::importProgramme(const ProgrammeRecord &programme) {
    m_db.transaction([&] {
        m_db.run(
            QStringLiteral("INSERT INTO programme_texts (key, text) VALUES ('logoGuidelines', ?) "
                           "ON CONFLICT (key) DO UPDATE SET text = excluded.text"),
            {programme.logoGuidelinesText});
        const QList<std::pair<QString, QString>> programmeTexts{
            {QStringLiteral("issuerName"), programme.issuer.name},
            {QStringLiteral("issuerUrl"), programme.issuer.url},
            {QStringLiteral("issuerEmail"), programme.issuer.email},
            {QStringLiteral("issuerImageSvg"), programme.issuer.imageSvg},
            {QStringLiteral("identifiersHeading"), programme.identifiersHeading},
            {QStringLiteral("certificationsNotice"), programme.certificationsNotice}};
        for (const auto &[key, text] : programmeTexts) {
            m_db.run(QStringLiteral("INSERT INTO programme_texts (key, text) VALUES (?, ?) "
                                    "ON CONFLICT (key) DO UPDATE SET text = excluded.text"),
                     {key, text});
        }
        // The programme's links are its whole list: an import replaces the previous one.
        m_db.run(QStringLiteral("DELETE FROM programme_links"));
        for (qsizetype i = 0; i < programme.links.size(); ++i) {
            m_db.run(QStringLiteral(
                         "INSERT INTO programme_links (position, title, url) VALUES (?, ?, ?)"),
                     {i, programme.links.at(i).title, programme.links.at(i).url});
        }
        for (const BadgeAchievement &a : programme.achievements) {
            m_db.run(QStringLiteral("INSERT INTO badge_achievements (id, name, description, "
                                    "criteria, image_svg) VALUES (?, ?, ?, ?, ?) ON CONFLICT (id) "
                                    "DO NOTHING"),
                     {a.id, a.name, a.description, a.criteria, a.imageSvg});
        }
        int position = 0;
        for (const auto &question : programme.settingsQuestions) {
            m_db.run(QStringLiteral("INSERT INTO settings_questions (id, position, title, text, "
                                    "required) VALUES (?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING"),
                     {question.id, position++, question.title, question.text, question.required});
        }
        position = 0;
        for (const auto &attribute : programme.attributes) {
            m_db.run(
                QStringLiteral("INSERT INTO attribute_definitions (id, position, label, editable) "
                               "VALUES (?, ?, ?, ?) ON CONFLICT (id) DO NOTHING"),
                {attribute.id, position++, attribute.label, attribute.editable});
        }
        position = 0;
        for (const auto &type : programme.identifierTypes) {
            m_db.run(QStringLiteral("INSERT INTO identifier_types (id, position, label) "
                                    "VALUES (?, ?, ?) ON CONFLICT (id) DO NOTHING"),
                     {type.id, position++, type.label});
        }
        for (const auto &agreement : programme.agreements) {
            m_db.run(QStringLiteral("INSERT INTO agreements (id, name, version, text) "
                                    "VALUES (?, ?, ?, ?) ON CONFLICT (id) DO NOTHING"),
                     {agreement.id, agreement.name, agreement.version, agreement.text});
        }
        position = 0;
        for (const auto &definition : programme.certifications) {
            m_db.run(
                QStringLiteral(
                    "INSERT INTO certification_definitions (id, position, track, name, acronym, "
                    "duration_months, requirements_json, recertification_json, "
                    "ce_credits_label, renews_json, logo_available, pdf_available) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING"),
                {definition.id, position++, definition.track, definition.name, definition.acronym,
                 definition.durationMonths,
                 definition.requirements ? QVariant(rows::ruleText(definition.requirements))
                                         : QVariant(),
                 definition.recertification ? QVariant(rows::ruleText(definition.recertification))
                                            : QVariant(),
                 definition.ceCreditsLabel,
                 QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(definition.renews))
                                       .toJson(QJsonDocument::Compact)),
                 definition.logoAvailable, definition.pdfCertificateAvailable});
        }
    });
}

qint64 SqlImport::importCandidate(const CandidateRecord &c) {
    return m_db.transaction([&] {
        const domain::Profile &p = c.profile;
        QSqlQuery inserted = m_db.run(
            QStringLiteral(
                "INSERT INTO candidates (login_id, password_hash, first_name, last_name, email, "
                "phone, address_line1, address_line2, address_line3, city, state_province, "
                "postal_code, country, settings_confirmed_on, logo_guidelines_accepted) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
            {p.loginId, c.passwordHash, p.firstName, p.lastName, p.email, p.phone, p.address.line1,
             p.address.line2, p.address.line3, p.address.city, p.address.stateProvince,
             p.address.postalCode, p.address.country, dateValue(c.settingsConfirmedOn),
             c.logoGuidelinesAccepted});
        if (!inserted.next())
            throw StorageError("the new candidate's id was not returned");
        const qint64 id = inserted.value(0).toLongLong();

        for (auto it = c.settingsAnswers.cbegin(); it != c.settingsAnswers.cend(); ++it) {
            m_db.run(
                QStringLiteral("INSERT INTO settings_answers (candidate_id, question_id, answer) "
                               "VALUES (?, ?, ?)"),
                {id, it.key(), it.value()});
        }
        for (auto it = c.attributes.cbegin(); it != c.attributes.cend(); ++it) {
            if (it.value().isEmpty())
                continue; // nothing set
            m_db.run(QStringLiteral("INSERT INTO candidate_attributes (candidate_id, attribute_id, "
                                    "value) VALUES (?, ?, ?)"),
                     {id, it.key(), it.value()});
        }
        for (auto it = c.identifiers.cbegin(); it != c.identifiers.cend(); ++it) {
            m_db.run(QStringLiteral("INSERT INTO candidate_identifiers (candidate_id, "
                                    "identifier_type_id, value) VALUES (?, ?, ?)"),
                     {id, it.key(), it.value()});
        }
        for (const auto &exam : c.exams) {
            m_db.run(
                QStringLiteral("INSERT INTO exams (candidate_id, code, name, registration_number, "
                               "grade, taken_on, expires_on) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                {id, exam.code, exam.name, exam.registrationNumber, gradeText(exam.grade),
                 dateValue(exam.date), dateValue(exam.expires)});
        }
        for (const auto &agreement : c.agreements) {
            m_db.run(
                QStringLiteral("INSERT INTO candidate_agreements (candidate_id, agreement_id, "
                               "active_on, expires_on) VALUES (?, ?, ?, ?)"),
                {id, agreement.id, dateValue(agreement.activeDate), dateValue(agreement.expires)});
        }
        for (const auto &activity : c.ceActivities) {
            m_db.run(
                QStringLiteral(
                    "INSERT INTO ce_activities (id, candidate_id, name, active_on, expires_on, "
                    "review_on, points, updated_on, provider_name, source, import_source, "
                    "external_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                {activity.id, id, activity.name, dateValue(activity.activeDate),
                 dateValue(activity.expires), dateValue(activity.review), activity.points,
                 dateValue(activity.updated), activity.providerName, activity.source,
                 activity.importSource, activity.externalId});
        }
        for (const auto &t : c.transactions) {
            m_db.run(QStringLiteral("INSERT INTO transactions (id, candidate_id, occurred_at, "
                                    "description, amount_minor, currency, payment_method, status, "
                                    "order_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                     {t.id, id, instantValue(t.at), t.description, t.amount.minorUnits,
                      t.amount.currency, t.paymentMethod, t.status, t.orderId});
        }
        for (const auto &held : c.certifications) {
            m_db.run(
                QStringLiteral("INSERT INTO candidate_certifications (id, candidate_id, "
                               "definition_id, started_on, active_on, expires_on, "
                               "verification_code, revoked_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                {held.id, id, held.definitionId, dateValue(held.started), dateValue(held.active),
                 dateValue(held.expires), held.verificationCode, instantValue(held.revokedAt)});
            for (const auto &credit : held.ceCredits) {
                m_db.run(QStringLiteral("INSERT INTO ce_credits (id, certification_id, active_on, "
                                        "inactive_on, points) VALUES (?, ?, ?, ?, ?)"),
                         {credit.id, held.id, dateValue(credit.activeDate),
                          dateValue(credit.inactiveDate), credit.points});
            }
            for (const auto &entry : held.history) {
                m_db.run(QStringLiteral("INSERT INTO certification_history (certification_id, "
                                        "happened_on, text) VALUES (?, ?, ?)"),
                         {held.id, dateValue(entry.date), entry.text});
            }
        }
        int position = 0;
        for (const auto &logo : c.logos) {
            m_db.run(QStringLiteral("INSERT INTO logos (id, candidate_id, position, name, "
                                    "certification_id, formats) VALUES (?, ?, ?, ?, ?, ?)"),
                     {logo.id, id, position++, logo.name,
                      logo.certificationId.isEmpty() ? QVariant() : QVariant(logo.certificationId),
                      logo.formats.join(QLatin1Char(','))});
        }
        position = 0;
        for (const auto &item : c.fulfillment) {
            m_db.run(
                QStringLiteral("INSERT INTO fulfillment_items (id, candidate_id, position, "
                               "order_id, name, kind, verification_code, queued_on, sent_on, "
                               "complete_on, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                {item.id, id, position++, item.orderId, item.name, item.kind, item.verificationCode,
                 dateValue(item.queued), dateValue(item.sent), dateValue(item.complete),
                 item.status});
        }
        for (const auto &t : c.transcripts) {
            m_db.run(QStringLiteral("INSERT INTO transcripts (id, candidate_id, display_name, "
                                    "description, remarks, show_name, show_address, show_email, "
                                    "expires_on, disclosure, views, last_viewed_at, deactivated) "
                                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                     {t.id, id, t.displayName, t.description, t.remarks, t.showName, t.showAddress,
                      t.showEmail, dateValue(t.expires), domain::toString(t.disclosure), t.views,
                      instantValue(t.lastViewed),
                      t.state == domain::Transcript::State::Deactivated});
            for (const QString &certificationId : t.certificationIds) {
                m_db.run(QStringLiteral("INSERT INTO transcript_certifications (transcript_id, "
                                        "certification_id) VALUES (?, ?)"),
                         {t.id, certificationId});
            }
        }
        for (const BadgeRecord &r : c.badges) {
            const domain::Badge &b = r.badge;
            m_db.run(
                QStringLiteral("INSERT INTO badges (id, candidate_id, certification_id, name, "
                               "issuer, description, issued_on, expires_on, image_svg, "
                               "achievement_id, accepted_at, public, revoked_at, "
                               "revocation_reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                               "?, ?)"),
                {b.id, id, nullIfEmpty(b.certificationId), b.name, b.issuer, b.description,
                 dateValue(b.issuedOn), dateValue(b.expires), b.imageSvg, r.achievementId,
                 instantValue(r.acceptedAt), r.isPublic, instantValue(r.revokedAt),
                 nullIfEmpty(r.revocationReason)});
        }
        return id;
    });
}

} // namespace certtrack::server
