#include "server/core/Rows.h"

#include "domain/Json.h"
#include "server/core/SqlValues.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace certtrack::server::rows {

using namespace sql;

namespace {

std::optional<domain::RequirementRule> ruleFromText(const QVariant &value) {
    if (value.isNull() || value.toString().isEmpty())
        return std::nullopt;
    QString error;
    auto rule = domain::decodeDocument<domain::RequirementRule>(value.toString().toUtf8(), &error);
    if (!rule)
        throw StorageError("stored requirement rule does not decode: " + error.toStdString());
    return rule;
}

// One row of candidate_certifications in the column order both reads select.
HeldCertification heldCertification(const QSqlQuery &query) {
    HeldCertification held;
    held.id = query.value(0).toString();
    held.definitionId = query.value(1).toString();
    held.started = toOptionalDate(query.value(2));
    held.active = toDate(query.value(3));
    held.expires = toOptionalDate(query.value(4));
    held.verificationCode = query.value(5).toString();
    held.revokedAt = toOptionalInstant(query.value(6));
    return held;
}

void fillCertification(Database &db, HeldCertification *held) {
    QSqlQuery credits = db.run(QStringLiteral("SELECT id, active_on, inactive_on, points FROM "
                                              "ce_credits WHERE certification_id = ? ORDER BY "
                                              "active_on, id"),
                               {held->id});
    while (credits.next()) {
        domain::CeCredit credit;
        credit.id = credits.value(0).toString();
        credit.activeDate = toDate(credits.value(1));
        credit.inactiveDate = toDate(credits.value(2));
        credit.points = credits.value(3).toLongLong();
        held->ceCredits.append(credit);
    }
    QSqlQuery history = db.run(QStringLiteral("SELECT happened_on, text FROM "
                                              "certification_history WHERE certification_id = ? "
                                              "ORDER BY happened_on DESC, id DESC"),
                               {held->id});
    while (history.next())
        held->history.append(
            domain::HistoryEntry{toDate(history.value(0)), history.value(1).toString()});
}

} // namespace

QHash<QString, QString> programmeTexts(Database &db, const QStringList &keys) {
    QHash<QString, QString> texts;
    if (keys.isEmpty())
        return texts;
    QStringList placeholders;
    QVariantList values;
    for (const QString &key : keys) {
        placeholders << QStringLiteral("?");
        values << key;
    }
    QSqlQuery query =
        db.run(QStringLiteral("SELECT key, text FROM programme_texts WHERE key IN (") +
                   placeholders.join(QLatin1Char(',')) + QLatin1Char(')'),
               values);
    while (query.next())
        texts.insert(query.value(0).toString(), query.value(1).toString());
    return texts;
}

QString ruleText(const std::optional<domain::RequirementRule> &rule) {
    if (!rule)
        return {};
    return QString::fromUtf8(QJsonDocument(rule->toJson()).toJson(QJsonDocument::Compact));
}

domain::Profile profile(Database &db, qint64 candidateId) {
    QSqlQuery query = db.run(
        QStringLiteral("SELECT login_id, first_name, last_name, email, phone, address_line1, "
                       "address_line2, address_line3, city, state_province, postal_code, country "
                       "FROM candidates WHERE id = ?"),
        {candidateId});
    domain::Profile p;
    if (!query.next())
        throw StorageError("no candidate " + std::to_string(candidateId));
    p.loginId = query.value(0).toString();
    p.firstName = query.value(1).toString();
    p.lastName = query.value(2).toString();
    p.email = query.value(3).toString();
    p.phone = query.value(4).toString();
    p.address.line1 = query.value(5).toString();
    p.address.line2 = query.value(6).toString();
    p.address.line3 = query.value(7).toString();
    p.address.city = query.value(8).toString();
    p.address.stateProvince = query.value(9).toString();
    p.address.postalCode = query.value(10).toString();
    p.address.country = query.value(11).toString();
    return p;
}

domain::Settings settings(Database &db, qint64 candidateId) {
    domain::Settings settings;
    QSqlQuery query =
        db.run(QStringLiteral("SELECT q.id, q.title, q.text, q.required, a.answer "
                              "FROM settings_questions q LEFT JOIN settings_answers a "
                              "ON a.question_id = q.id AND a.candidate_id = ? "
                              "ORDER BY q.position"),
               {candidateId});
    while (query.next()) {
        domain::SettingsQuestion question;
        question.id = query.value(0).toString();
        question.title = query.value(1).toString();
        question.text = query.value(2).toString();
        question.required = query.value(3).toBool();
        if (!query.value(4).isNull())
            question.answer = query.value(4).toBool();
        settings.questions.append(question);
    }
    QSqlQuery confirmed = db.run(
        QStringLiteral("SELECT settings_confirmed_on FROM candidates WHERE id = ?"), {candidateId});
    if (confirmed.next())
        settings.confirmedOn = toOptionalDate(confirmed.value(0));
    return settings;
}

domain::Attributes attributes(Database &db, qint64 candidateId) {
    domain::Attributes result;
    QSqlQuery query = db.run(QStringLiteral("SELECT d.id, d.label, d.editable, v.value "
                                            "FROM attribute_definitions d LEFT JOIN "
                                            "candidate_attributes v ON v.attribute_id = d.id AND "
                                            "v.candidate_id = ? ORDER BY d.position"),
                             {candidateId});
    while (query.next()) {
        domain::Attribute attribute;
        attribute.id = query.value(0).toString();
        attribute.label = query.value(1).toString();
        attribute.editable = query.value(2).toBool();
        attribute.value = query.value(3).toString();
        result.items.append(attribute);
    }
    return result;
}

namespace {

const QString kExamColumns =
    QStringLiteral("SELECT code, name, registration_number, grade, taken_on, expires_on, "
                   "taken_on, id FROM exams WHERE candidate_id = ?");

domain::Exam examOf(const QSqlQuery &query) {
    domain::Exam exam;
    exam.code = query.value(0).toString();
    exam.name = query.value(1).toString();
    exam.registrationNumber = query.value(2).toString();
    exam.grade = query.value(3).toString() == QLatin1String("pass") ? domain::Exam::Grade::Pass
                                                                    : domain::Exam::Grade::Fail;
    exam.date = toDate(query.value(4));
    exam.expires = toOptionalDate(query.value(5));
    return exam;
}

} // namespace

QList<domain::Exam> exams(Database &db, qint64 candidateId) {
    QList<domain::Exam> result;
    QSqlQuery query =
        db.run(kExamColumns + QStringLiteral(" ORDER BY taken_on DESC, id"), {candidateId});
    while (query.next())
        result.append(examOf(query));
    return result;
}

PageOf<domain::Exam> exams(Database &db, qint64 candidateId, const PageRequest &page) {
    return readPage<domain::Exam>(db, kExamColumns, {candidateId}, QStringLiteral("taken_on"),
                                  QStringLiteral("id"), page, examOf);
}

QList<domain::Agreement> agreements(Database &db, qint64 candidateId) {
    QList<domain::Agreement> result;
    QSqlQuery query = db.run(QStringLiteral("SELECT a.id, a.name, a.version, c.active_on, "
                                            "c.expires_on, a.text FROM candidate_agreements c JOIN "
                                            "agreements a ON a.id = c.agreement_id WHERE "
                                            "c.candidate_id = ? ORDER BY c.active_on DESC"),
                             {candidateId});
    while (query.next()) {
        domain::Agreement agreement;
        agreement.id = query.value(0).toString();
        agreement.name = query.value(1).toString();
        agreement.version = query.value(2).toString();
        agreement.activeDate = toDate(query.value(3));
        agreement.expires = toOptionalDate(query.value(4));
        agreement.text = query.value(5).toString();
        result.append(agreement);
    }
    return result;
}

QList<HeldCertification> certifications(Database &db, qint64 candidateId) {
    QList<HeldCertification> result;
    QSqlQuery query = db.run(QStringLiteral("SELECT c.id, c.definition_id, c.started_on, "
                                            "c.active_on, c.expires_on, c.verification_code, "
                                            "c.revoked_at FROM candidate_certifications c JOIN "
                                            "certification_definitions d ON d.id = "
                                            "c.definition_id WHERE c.candidate_id = ? ORDER BY "
                                            "d.position, c.active_on DESC"),
                             {candidateId});
    while (query.next())
        result.append(heldCertification(query));
    for (HeldCertification &held : result)
        fillCertification(db, &held);
    return result;
}

std::optional<HeldCertification> certification(Database &db, qint64 candidateId,
                                               const QString &certificationId) {
    QSqlQuery query = db.run(QStringLiteral("SELECT id, definition_id, started_on, active_on, "
                                            "expires_on, verification_code, revoked_at FROM "
                                            "candidate_certifications WHERE candidate_id = ? AND "
                                            "id = ?"),
                             {candidateId, certificationId});
    if (!query.next())
        return std::nullopt;
    HeldCertification held = heldCertification(query);
    query.finish();
    fillCertification(db, &held);
    return held;
}

std::optional<CertificationDefinition> definition(Database &db, const QString &definitionId) {
    QSqlQuery query = db.run(QStringLiteral("SELECT id, track, name, acronym, duration_months, "
                                            "requirements_json, recertification_json, "
                                            "ce_credits_label, renews_json, logo_available, "
                                            "pdf_available FROM certification_definitions WHERE "
                                            "id = ?"),
                             {definitionId});
    if (!query.next())
        return std::nullopt;
    CertificationDefinition d;
    d.id = query.value(0).toString();
    d.track = query.value(1).toString();
    d.name = query.value(2).toString();
    d.acronym = query.value(3).toString();
    d.durationMonths = query.value(4).toInt();
    d.requirements = ruleFromText(query.value(5));
    d.recertification = ruleFromText(query.value(6));
    d.ceCreditsLabel = query.value(7).toString();
    for (const QJsonValue &value : QJsonDocument::fromJson(query.value(8).toByteArray()).array())
        d.renews.append(value.toString());
    d.logoAvailable = query.value(9).toBool();
    d.pdfCertificateAvailable = query.value(10).toBool();
    return d;
}

} // namespace certtrack::server::rows
