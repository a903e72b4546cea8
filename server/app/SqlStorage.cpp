#include "server/app/SqlStorage.h"

#include "domain/Json.h"
#include "server/core/Logging.h"

#include <QAtomicInt>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTimeZone>

namespace certtrack::server {

namespace {

QVariant dateValue(const QDate &date) {
    return date.isValid() ? QVariant(domain::formatDate(date)) : QVariant();
}

QVariant dateValue(const std::optional<QDate> &date) {
    return date ? dateValue(*date) : QVariant();
}

QDate toDate(const QVariant &value) {
    return value.isNull() ? QDate() : domain::parseDate(value.toString());
}

std::optional<QDate> toOptionalDate(const QVariant &value) {
    if (value.isNull())
        return std::nullopt;
    const QDate date = toDate(value);
    return date.isValid() ? std::optional<QDate>(date) : std::nullopt;
}

QVariant instantValue(const QDateTime &instant) {
    return instant.isValid() ? QVariant(instant.toMSecsSinceEpoch()) : QVariant();
}

QVariant instantValue(const std::optional<QDateTime> &instant) {
    return instant ? instantValue(*instant) : QVariant();
}

QDateTime toInstant(const QVariant &value) {
    return QDateTime::fromMSecsSinceEpoch(value.toLongLong(), QTimeZone::utc());
}

std::optional<QDateTime> toOptionalInstant(const QVariant &value) {
    if (value.isNull())
        return std::nullopt;
    return toInstant(value);
}

QString ruleToText(const std::optional<domain::RequirementRule> &rule) {
    if (!rule)
        return {};
    return QString::fromUtf8(QJsonDocument(rule->toJson()).toJson(QJsonDocument::Compact));
}

std::optional<domain::RequirementRule> ruleFromText(const QVariant &value) {
    if (value.isNull() || value.toString().isEmpty())
        return std::nullopt;
    QString error;
    auto rule = domain::decodeDocument<domain::RequirementRule>(value.toString().toUtf8(), &error);
    if (!rule)
        throw StorageError("stored requirement rule does not decode: " + error.toStdString());
    return rule;
}

QString gradeText(domain::Exam::Grade grade) {
    return grade == domain::Exam::Grade::Pass ? QStringLiteral("pass") : QStringLiteral("fail");
}

} // namespace

std::unique_ptr<SqlStorage> SqlStorage::openSqlite(const QString &path, QString *error) {
    static QAtomicInt counter;
    const QString connectionName =
        QStringLiteral("certtrack-storage-%1").arg(counter.fetchAndAddRelaxed(1));
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath())) {
        *error = QStringLiteral("cannot create the folder %1").arg(info.absolutePath());
        return nullptr;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
    db.setDatabaseName(path);
    if (!db.open()) {
        *error = QStringLiteral("cannot open the database %1: %2").arg(path, db.lastError().text());
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(connectionName);
        return nullptr;
    }
    std::unique_ptr<SqlStorage> storage(new SqlStorage(db, connectionName));
    db = QSqlDatabase(); // the storage holds the one handle, so it can remove the connection
    try {
        // WAL lets an admin command read and write while the server runs; the busy timeout
        // makes the two wait for each other instead of failing.
        storage->run(QStringLiteral("PRAGMA journal_mode=WAL"));
        storage->run(QStringLiteral("PRAGMA synchronous=NORMAL"));
        storage->run(QStringLiteral("PRAGMA foreign_keys=ON"));
        storage->run(QStringLiteral("PRAGMA busy_timeout=5000"));
        storage->migrate(sqliteMigrations());
    } catch (const StorageError &e) {
        *error = QStringLiteral("database %1: %2").arg(path, QString::fromStdString(e.what()));
        return nullptr;
    }
    return storage;
}

SqlStorage::SqlStorage(QSqlDatabase database, QString connectionName)
    : m_db(std::move(database))
    , m_connectionName(std::move(connectionName)) {}

SqlStorage::~SqlStorage() {
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlQuery SqlStorage::run(const QString &sql, const QVariantList &values) {
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        throw StorageError(QString(QStringLiteral("cannot prepare: ") + query.lastError().text() +
                                   QStringLiteral(" in ") + sql)
                               .toStdString());
    for (const QVariant &value : values) {
        // A null QString binds as SQL NULL; NULLs are meant only where a QVariant() is passed.
        if (value.typeId() == QMetaType::QString && value.toString().isNull())
            query.addBindValue(QString(QLatin1String("")));
        else
            query.addBindValue(value);
    }
    if (!query.exec())
        throw StorageError(QString(QStringLiteral("query failed: ") + query.lastError().text() +
                                   QStringLiteral(" in ") + sql)
                               .toStdString());
    return query;
}

void SqlStorage::beginTransaction() {
    if (!m_db.transaction())
        throw StorageError("cannot begin a transaction: " + m_db.lastError().text().toStdString());
}

void SqlStorage::commit() {
    if (!m_db.commit())
        throw StorageError("cannot commit: " + m_db.lastError().text().toStdString());
}

void SqlStorage::rollback() {
    m_db.rollback();
}

void SqlStorage::migrate(const QList<Migration> &migrations) {
    run(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version ("
                       "version INTEGER NOT NULL, description TEXT NOT NULL, "
                       "applied_at INTEGER NOT NULL)"));
    const int current = schemaVersion();
    const int newest = migrations.isEmpty() ? 0 : migrations.last().version;
    if (current > newest)
        throw StorageError(QStringLiteral("the schema is version %1, newer than this certtrackd "
                                          "knows (%2)")
                               .arg(current)
                               .arg(newest)
                               .toStdString());
    for (const Migration &migration : migrations) {
        if (migration.version <= current)
            continue;
        beginTransaction();
        try {
            for (const QString &statement : migration.statements)
                run(statement);
            run(QStringLiteral("INSERT INTO schema_version (version, description, applied_at) "
                               "VALUES (?, ?, ?)"),
                {migration.version, migration.description,
                 QDateTime::currentDateTimeUtc().toMSecsSinceEpoch()});
            commit();
        } catch (...) {
            rollback();
            throw;
        }
        qCInfo(lcServer) << "database schema migrated to version" << migration.version;
    }
}

int SqlStorage::schemaVersion() {
    QSqlQuery query = run(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_version"));
    return query.next() ? query.value(0).toInt() : 0;
}

bool SqlStorage::hasCandidates() {
    QSqlQuery query = run(QStringLiteral("SELECT EXISTS (SELECT 1 FROM candidates)"));
    return query.next() && query.value(0).toBool();
}

void SqlStorage::importProgramme(const ProgrammeRecord &programme) {
    beginTransaction();
    try {
        run(QStringLiteral("INSERT INTO programme_texts (key, text) VALUES ('logoGuidelines', ?) "
                           "ON CONFLICT (key) DO UPDATE SET text = excluded.text"),
            {programme.logoGuidelinesText});
        int position = 0;
        for (const auto &question : programme.settingsQuestions) {
            run(QStringLiteral("INSERT INTO settings_questions (id, position, title, text, "
                               "required) VALUES (?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING"),
                {question.id, position++, question.title, question.text, question.required});
        }
        position = 0;
        for (const auto &attribute : programme.attributes) {
            run(QStringLiteral("INSERT INTO attribute_definitions (id, position, label, editable) "
                               "VALUES (?, ?, ?, ?) ON CONFLICT (id) DO NOTHING"),
                {attribute.id, position++, attribute.label, attribute.editable});
        }
        position = 0;
        for (const auto &type : programme.identifierTypes) {
            run(QStringLiteral("INSERT INTO identifier_types (id, position, label) "
                               "VALUES (?, ?, ?) ON CONFLICT (id) DO NOTHING"),
                {type.id, position++, type.label});
        }
        for (const auto &agreement : programme.agreements) {
            run(QStringLiteral("INSERT INTO agreements (id, name, version, text) "
                               "VALUES (?, ?, ?, ?) ON CONFLICT (id) DO NOTHING"),
                {agreement.id, agreement.name, agreement.version, agreement.text});
        }
        position = 0;
        for (const auto &definition : programme.certifications) {
            run(QStringLiteral(
                    "INSERT INTO certification_definitions (id, position, track, name, acronym, "
                    "duration_months, requirements_json, recertification_json, "
                    "ce_credits_label, renews_json, logo_available, pdf_available) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING"),
                {definition.id, position++, definition.track, definition.name, definition.acronym,
                 definition.durationMonths,
                 definition.requirements ? QVariant(ruleToText(definition.requirements))
                                         : QVariant(),
                 definition.recertification ? QVariant(ruleToText(definition.recertification))
                                            : QVariant(),
                 definition.ceCreditsLabel,
                 QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(definition.renews))
                                       .toJson(QJsonDocument::Compact)),
                 definition.logoAvailable, definition.pdfCertificateAvailable});
        }
        commit();
    } catch (...) {
        rollback();
        throw;
    }
}

qint64 SqlStorage::importCandidate(const CandidateRecord &c) {
    beginTransaction();
    try {
        const domain::Profile &p = c.profile;
        QSqlQuery inserted = run(
            QStringLiteral(
                "INSERT INTO candidates (login_id, password_hash, first_name, last_name, email, "
                "phone, address_line1, address_line2, address_line3, city, state_province, "
                "postal_code, country, settings_confirmed_on, logo_guidelines_accepted) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {p.loginId, c.passwordHash, p.firstName, p.lastName, p.email, p.phone, p.address.line1,
             p.address.line2, p.address.line3, p.address.city, p.address.stateProvince,
             p.address.postalCode, p.address.country, dateValue(c.settingsConfirmedOn),
             c.logoGuidelinesAccepted});
        const qint64 id = inserted.lastInsertId().toLongLong();

        for (auto it = c.settingsAnswers.cbegin(); it != c.settingsAnswers.cend(); ++it) {
            run(QStringLiteral("INSERT INTO settings_answers (candidate_id, question_id, answer) "
                               "VALUES (?, ?, ?)"),
                {id, it.key(), it.value()});
        }
        for (auto it = c.attributes.cbegin(); it != c.attributes.cend(); ++it) {
            if (it.value().isEmpty())
                continue; // nothing set
            run(QStringLiteral("INSERT INTO candidate_attributes (candidate_id, attribute_id, "
                               "value) VALUES (?, ?, ?)"),
                {id, it.key(), it.value()});
        }
        for (auto it = c.identifiers.cbegin(); it != c.identifiers.cend(); ++it) {
            run(QStringLiteral("INSERT INTO candidate_identifiers (candidate_id, "
                               "identifier_type_id, value) VALUES (?, ?, ?)"),
                {id, it.key(), it.value()});
        }
        for (const auto &exam : c.exams) {
            run(QStringLiteral("INSERT INTO exams (candidate_id, code, name, registration_number, "
                               "grade, taken_on, expires_on) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                {id, exam.code, exam.name, exam.registrationNumber, gradeText(exam.grade),
                 dateValue(exam.date), dateValue(exam.expires)});
        }
        for (const auto &agreement : c.agreements) {
            run(QStringLiteral("INSERT INTO candidate_agreements (candidate_id, agreement_id, "
                               "active_on, expires_on) VALUES (?, ?, ?, ?)"),
                {id, agreement.id, dateValue(agreement.activeDate), dateValue(agreement.expires)});
        }
        for (const auto &activity : c.ceActivities) {
            run(QStringLiteral(
                    "INSERT INTO ce_activities (id, candidate_id, name, active_on, expires_on, "
                    "review_on, points, updated_on, provider_name, source, import_source, "
                    "external_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                {activity.id, id, activity.name, dateValue(activity.activeDate),
                 dateValue(activity.expires), dateValue(activity.review), activity.points,
                 dateValue(activity.updated), activity.providerName, activity.source,
                 activity.importSource, activity.externalId});
        }
        for (const auto &t : c.transactions) {
            run(QStringLiteral("INSERT INTO transactions (id, candidate_id, occurred_at, "
                               "description, amount_minor, currency, payment_method, status, "
                               "order_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                {t.id, id, instantValue(t.at), t.description, t.amount.minorUnits,
                 t.amount.currency, t.paymentMethod, t.status, t.orderId});
        }
        for (const auto &held : c.certifications) {
            run(QStringLiteral("INSERT INTO candidate_certifications (id, candidate_id, "
                               "definition_id, started_on, active_on, expires_on, "
                               "verification_code, revoked_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                {held.id, id, held.definitionId, dateValue(held.started), dateValue(held.active),
                 dateValue(held.expires), held.verificationCode, instantValue(held.revokedAt)});
            for (const auto &credit : held.ceCredits) {
                run(QStringLiteral("INSERT INTO ce_credits (id, certification_id, active_on, "
                                   "inactive_on, points) VALUES (?, ?, ?, ?, ?)"),
                    {credit.id, held.id, dateValue(credit.activeDate),
                     dateValue(credit.inactiveDate), credit.points});
            }
            for (const auto &entry : held.history) {
                run(QStringLiteral("INSERT INTO certification_history (certification_id, "
                                   "happened_on, text) VALUES (?, ?, ?)"),
                    {held.id, dateValue(entry.date), entry.text});
            }
        }
        int position = 0;
        for (const auto &logo : c.logos) {
            run(QStringLiteral("INSERT INTO logos (id, candidate_id, position, name, "
                               "certification_id, formats) VALUES (?, ?, ?, ?, ?, ?)"),
                {logo.id, id, position++, logo.name,
                 logo.certificationId.isEmpty() ? QVariant() : QVariant(logo.certificationId),
                 logo.formats.join(QLatin1Char(','))});
        }
        position = 0;
        for (const auto &item : c.fulfillment) {
            run(QStringLiteral("INSERT INTO fulfillment_items (id, candidate_id, position, "
                               "order_id, name, kind, verification_code, queued_on, sent_on, "
                               "complete_on, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                {item.id, id, position++, item.orderId, item.name, item.kind, item.verificationCode,
                 dateValue(item.queued), dateValue(item.sent), dateValue(item.complete),
                 item.status});
        }
        for (const auto &t : c.transcripts) {
            run(QStringLiteral("INSERT INTO transcripts (id, candidate_id, display_name, "
                               "description, remarks, show_name, show_address, show_email, "
                               "expires_on, disclosure, views, last_viewed_at, deactivated) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                {t.id, id, t.displayName, t.description, t.remarks, t.showName, t.showAddress,
                 t.showEmail, dateValue(t.expires), domain::toString(t.disclosure), t.views,
                 instantValue(t.lastViewed), t.state == domain::Transcript::State::Deactivated});
            for (const QString &certificationId : t.certificationIds) {
                run(QStringLiteral("INSERT INTO transcript_certifications (transcript_id, "
                                   "certification_id) VALUES (?, ?)"),
                    {t.id, certificationId});
            }
        }
        for (const auto &b : c.badges) {
            run(QStringLiteral("INSERT INTO badges (id, candidate_id, certification_id, name, "
                               "issuer, description, issued_on, expires_on, image_svg) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                {b.id, id, b.certificationId.isEmpty() ? QVariant() : QVariant(b.certificationId),
                 b.name, b.issuer, b.description, dateValue(b.issuedOn), dateValue(b.expires),
                 b.imageSvg});
        }
        commit();
        return id;
    } catch (...) {
        rollback();
        throw;
    }
}

std::optional<CandidateAccount> SqlStorage::accountByLogin(const QString &loginId) {
    QSqlQuery query = run(QStringLiteral("SELECT id, login_id, password_hash FROM candidates "
                                         "WHERE login_id = ? COLLATE NOCASE"),
                          {loginId});
    if (!query.next())
        return std::nullopt;
    return CandidateAccount{query.value(0).toLongLong(), query.value(1).toString(),
                            query.value(2).toString()};
}

void SqlStorage::recordLoginFailure(const QString &loginId, const QDateTime &at) {
    run(QStringLiteral("INSERT INTO login_failures (login_id, failed_at) VALUES (?, ?)"),
        {loginId.toLower(), instantValue(at)});
}

QList<QDateTime> SqlStorage::loginFailuresSince(const QString &loginId, const QDateTime &since) {
    QSqlQuery query = run(QStringLiteral("SELECT failed_at FROM login_failures WHERE login_id = ? "
                                         "AND failed_at > ? ORDER BY failed_at"),
                          {loginId.toLower(), instantValue(since)});
    QList<QDateTime> result;
    while (query.next())
        result.append(toInstant(query.value(0)));
    return result;
}

void SqlStorage::clearLoginFailures(const QString &loginId) {
    run(QStringLiteral("DELETE FROM login_failures WHERE login_id = ?"), {loginId.toLower()});
}

void SqlStorage::insertToken(const StoredToken &token) {
    run(QStringLiteral("INSERT INTO tokens (hash, kind, candidate_id, family_id, issued_at, "
                       "expires_at, used_at, revoked_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        {token.hash,
         token.kind == StoredToken::Kind::Access ? QStringLiteral("access")
                                                 : QStringLiteral("refresh"),
         token.candidateId, token.familyId, instantValue(token.issuedAt),
         instantValue(token.expiresAt), instantValue(token.usedAt), instantValue(token.revokedAt)});
}

std::optional<StoredToken> SqlStorage::tokenByHash(const QByteArray &hash) {
    QSqlQuery query = run(QStringLiteral("SELECT kind, candidate_id, family_id, issued_at, "
                                         "expires_at, used_at, revoked_at FROM tokens "
                                         "WHERE hash = ?"),
                          {hash});
    if (!query.next())
        return std::nullopt;
    StoredToken token;
    token.hash = hash;
    token.kind = query.value(0).toString() == QLatin1String("access") ? StoredToken::Kind::Access
                                                                      : StoredToken::Kind::Refresh;
    token.candidateId = query.value(1).toLongLong();
    token.familyId = query.value(2).toString();
    token.issuedAt = toInstant(query.value(3));
    token.expiresAt = toInstant(query.value(4));
    token.usedAt = toOptionalInstant(query.value(5));
    token.revokedAt = toOptionalInstant(query.value(6));
    return token;
}

bool SqlStorage::markTokenUsed(const QByteArray &hash, const QDateTime &at) {
    QSqlQuery query = run(QStringLiteral("UPDATE tokens SET used_at = ? WHERE hash = ? AND "
                                         "used_at IS NULL"),
                          {instantValue(at), hash});
    return query.numRowsAffected() == 1;
}

void SqlStorage::revokeToken(const QByteArray &hash, const QDateTime &at) {
    run(QStringLiteral("UPDATE tokens SET revoked_at = ? WHERE hash = ? AND revoked_at IS NULL"),
        {instantValue(at), hash});
}

void SqlStorage::revokeTokenFamily(const QString &familyId, const QDateTime &at) {
    run(QStringLiteral("UPDATE tokens SET revoked_at = ? WHERE family_id = ? AND "
                       "revoked_at IS NULL"),
        {instantValue(at), familyId});
}

void SqlStorage::deleteTokensExpiredBefore(const QDateTime &instant) {
    run(QStringLiteral("DELETE FROM tokens WHERE expires_at < ?"), {instantValue(instant)});
}

domain::Profile SqlStorage::profile(qint64 candidateId) {
    QSqlQuery query = run(
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

domain::Settings SqlStorage::settings(qint64 candidateId) {
    domain::Settings settings;
    QSqlQuery query = run(QStringLiteral("SELECT q.id, q.title, q.text, q.required, a.answer "
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
    QSqlQuery confirmed = run(
        QStringLiteral("SELECT settings_confirmed_on FROM candidates WHERE id = ?"), {candidateId});
    if (confirmed.next())
        settings.confirmedOn = toOptionalDate(confirmed.value(0));
    return settings;
}

domain::Attributes SqlStorage::attributes(qint64 candidateId) {
    domain::Attributes result;
    QSqlQuery query = run(QStringLiteral("SELECT d.id, d.label, d.editable, v.value "
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

domain::Identifiers SqlStorage::identifiers(qint64 candidateId) {
    domain::Identifiers result;
    QSqlQuery query = run(QStringLiteral("SELECT t.id, t.label, v.value FROM identifier_types t "
                                         "JOIN candidate_identifiers v ON v.identifier_type_id = "
                                         "t.id WHERE v.candidate_id = ? ORDER BY t.position"),
                          {candidateId});
    while (query.next()) {
        result.items.append(domain::Identifier{query.value(0).toString(), query.value(1).toString(),
                                               query.value(2).toString()});
    }
    return result;
}

QList<domain::Exam> SqlStorage::exams(qint64 candidateId) {
    QList<domain::Exam> result;
    QSqlQuery query = run(QStringLiteral("SELECT code, name, registration_number, grade, "
                                         "taken_on, expires_on FROM exams WHERE candidate_id = ? "
                                         "ORDER BY taken_on DESC, id"),
                          {candidateId});
    while (query.next()) {
        domain::Exam exam;
        exam.code = query.value(0).toString();
        exam.name = query.value(1).toString();
        exam.registrationNumber = query.value(2).toString();
        exam.grade = query.value(3).toString() == QLatin1String("pass") ? domain::Exam::Grade::Pass
                                                                        : domain::Exam::Grade::Fail;
        exam.date = toDate(query.value(4));
        exam.expires = toOptionalDate(query.value(5));
        result.append(exam);
    }
    return result;
}

QList<domain::Agreement> SqlStorage::agreements(qint64 candidateId) {
    QList<domain::Agreement> result;
    QSqlQuery query = run(QStringLiteral("SELECT a.id, a.name, a.version, c.active_on, "
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

QList<domain::CeActivity> SqlStorage::ceActivities(qint64 candidateId) {
    QList<domain::CeActivity> result;
    QSqlQuery query = run(QStringLiteral("SELECT id, name, active_on, expires_on, review_on, "
                                         "points, updated_on, provider_name, source, "
                                         "import_source, external_id FROM ce_activities WHERE "
                                         "candidate_id = ? ORDER BY active_on DESC, id"),
                          {candidateId});
    while (query.next()) {
        domain::CeActivity a;
        a.id = query.value(0).toString();
        a.name = query.value(1).toString();
        a.activeDate = toDate(query.value(2));
        a.expires = toOptionalDate(query.value(3));
        a.review = toOptionalDate(query.value(4));
        a.points = query.value(5).toLongLong();
        a.updated = toDate(query.value(6));
        a.providerName = query.value(7).toString();
        a.source = query.value(8).toString();
        a.importSource = query.value(9).toString();
        a.externalId = query.value(10).toString();
        result.append(a);
    }
    return result;
}

QList<domain::Transaction> SqlStorage::transactions(qint64 candidateId) {
    QList<domain::Transaction> result;
    QSqlQuery query = run(QStringLiteral("SELECT id, occurred_at, description, amount_minor, "
                                         "currency, payment_method, status, order_id FROM "
                                         "transactions WHERE candidate_id = ? ORDER BY "
                                         "occurred_at DESC, id"),
                          {candidateId});
    while (query.next()) {
        domain::Transaction t;
        t.id = query.value(0).toString();
        t.at = toInstant(query.value(1));
        t.description = query.value(2).toString();
        t.amount.minorUnits = query.value(3).toLongLong();
        t.amount.currency = query.value(4).toString();
        t.paymentMethod = query.value(5).toString();
        t.status = query.value(6).toString();
        t.orderId = query.value(7).toString();
        result.append(t);
    }
    return result;
}

void SqlStorage::fillCertification(HeldCertification *held) {
    QSqlQuery credits = run(QStringLiteral("SELECT id, active_on, inactive_on, points FROM "
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
    QSqlQuery history = run(QStringLiteral("SELECT happened_on, text FROM certification_history "
                                           "WHERE certification_id = ? ORDER BY happened_on "
                                           "DESC, id DESC"),
                            {held->id});
    while (history.next())
        held->history.append(
            domain::HistoryEntry{toDate(history.value(0)), history.value(1).toString()});
}

QList<HeldCertification> SqlStorage::certifications(qint64 candidateId) {
    QList<HeldCertification> result;
    QSqlQuery query = run(QStringLiteral("SELECT c.id, c.definition_id, c.started_on, "
                                         "c.active_on, c.expires_on, c.verification_code, "
                                         "c.revoked_at FROM candidate_certifications c JOIN "
                                         "certification_definitions d ON d.id = c.definition_id "
                                         "WHERE c.candidate_id = ? ORDER BY d.position, "
                                         "c.active_on DESC"),
                          {candidateId});
    while (query.next()) {
        HeldCertification held;
        held.id = query.value(0).toString();
        held.definitionId = query.value(1).toString();
        held.started = toOptionalDate(query.value(2));
        held.active = toDate(query.value(3));
        held.expires = toOptionalDate(query.value(4));
        held.verificationCode = query.value(5).toString();
        held.revokedAt = toOptionalInstant(query.value(6));
        result.append(held);
    }
    for (HeldCertification &held : result)
        fillCertification(&held);
    return result;
}

std::optional<HeldCertification> SqlStorage::certification(qint64 candidateId,
                                                           const QString &certificationId) {
    QSqlQuery query = run(QStringLiteral("SELECT id, definition_id, started_on, active_on, "
                                         "expires_on, verification_code, revoked_at FROM "
                                         "candidate_certifications WHERE candidate_id = ? AND "
                                         "id = ?"),
                          {candidateId, certificationId});
    if (!query.next())
        return std::nullopt;
    HeldCertification held;
    held.id = query.value(0).toString();
    held.definitionId = query.value(1).toString();
    held.started = toOptionalDate(query.value(2));
    held.active = toDate(query.value(3));
    held.expires = toOptionalDate(query.value(4));
    held.verificationCode = query.value(5).toString();
    held.revokedAt = toOptionalInstant(query.value(6));
    query.finish();
    fillCertification(&held);
    return held;
}

std::optional<CertificationDefinition> SqlStorage::definition(const QString &definitionId) {
    QSqlQuery query = run(QStringLiteral("SELECT id, track, name, acronym, duration_months, "
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

domain::Logos SqlStorage::logos(qint64 candidateId) {
    domain::Logos logos;
    QSqlQuery text =
        run(QStringLiteral("SELECT text FROM programme_texts WHERE key = 'logoGuidelines'"));
    if (text.next())
        logos.guidelinesText = text.value(0).toString();
    // Accepted in the seed or an import (the flag), or through the API (migration 5's table).
    QSqlQuery accepted = run(QStringLiteral("SELECT c.logo_guidelines_accepted, a.accepted_at "
                                            "FROM candidates c LEFT JOIN "
                                            "logo_guideline_acceptances a ON a.candidate_id = "
                                            "c.id WHERE c.id = ?"),
                             {candidateId});
    if (accepted.next()) {
        logos.guidelinesAccepted = accepted.value(0).toBool() || !accepted.value(1).isNull();
        if (!accepted.value(1).isNull())
            logos.guidelinesAcceptedAt = toInstant(accepted.value(1));
    }
    QSqlQuery query = run(QStringLiteral("SELECT id, name, certification_id, formats FROM logos "
                                         "WHERE candidate_id = ? ORDER BY position"),
                          {candidateId});
    while (query.next()) {
        domain::Logo logo;
        logo.id = query.value(0).toString();
        logo.name = query.value(1).toString();
        logo.certificationId = query.value(2).toString();
        logo.formats = query.value(3).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
        logos.items.append(logo);
    }
    return logos;
}

QList<domain::FulfillmentItem> SqlStorage::fulfillment(qint64 candidateId) {
    QList<domain::FulfillmentItem> result;
    QSqlQuery query = run(QStringLiteral("SELECT id, order_id, name, kind, verification_code, "
                                         "queued_on, sent_on, complete_on, status FROM "
                                         "fulfillment_items WHERE candidate_id = ? ORDER BY "
                                         "position"),
                          {candidateId});
    while (query.next()) {
        domain::FulfillmentItem item;
        item.id = query.value(0).toString();
        item.orderId = query.value(1).toString();
        item.name = query.value(2).toString();
        item.kind = query.value(3).toString();
        item.verificationCode = query.value(4).toString();
        item.queued = toOptionalDate(query.value(5));
        item.sent = toOptionalDate(query.value(6));
        item.complete = toOptionalDate(query.value(7));
        item.status = query.value(8).toString();
        result.append(item);
    }
    return result;
}

QList<domain::Transcript> SqlStorage::transcripts(qint64 candidateId) {
    QList<domain::Transcript> result;
    QSqlQuery query = run(QStringLiteral("SELECT id, display_name, description, remarks, "
                                         "show_name, show_address, show_email, expires_on, "
                                         "disclosure, views, last_viewed_at, deactivated FROM "
                                         "transcripts WHERE candidate_id = ? ORDER BY id"),
                          {candidateId});
    while (query.next()) {
        domain::Transcript t;
        t.id = query.value(0).toString();
        t.displayName = query.value(1).toString();
        t.description = query.value(2).toString();
        t.remarks = query.value(3).toString();
        t.showName = query.value(4).toBool();
        t.showAddress = query.value(5).toBool();
        t.showEmail = query.value(6).toBool();
        t.expires = toDate(query.value(7));
        const QString disclosure = query.value(8).toString();
        for (auto kind : {domain::Transcript::Disclosure::ActiveCertifications,
                          domain::Transcript::Disclosure::AllNewCertificates,
                          domain::Transcript::Disclosure::Selected}) {
            if (domain::toString(kind) == disclosure)
                t.disclosure = kind;
        }
        t.views = query.value(9).toLongLong();
        t.lastViewed = toOptionalInstant(query.value(10));
        t.state = query.value(11).toBool() ? domain::Transcript::State::Deactivated
                                           : domain::Transcript::State::Active;
        result.append(t);
    }
    for (domain::Transcript &t : result) {
        QSqlQuery selected = run(QStringLiteral("SELECT certification_id FROM "
                                                "transcript_certifications WHERE "
                                                "transcript_id = ? ORDER BY certification_id"),
                                 {t.id});
        while (selected.next())
            t.certificationIds.append(selected.value(0).toString());
    }
    return result;
}

QList<domain::Badge> SqlStorage::badges(qint64 candidateId) {
    QList<domain::Badge> result;
    QSqlQuery query = run(QStringLiteral("SELECT id, certification_id, name, issuer, description, "
                                         "issued_on, expires_on, image_svg FROM badges WHERE "
                                         "candidate_id = ? ORDER BY issued_on DESC, id"),
                          {candidateId});
    while (query.next()) {
        domain::Badge b;
        b.id = query.value(0).toString();
        b.certificationId = query.value(1).toString();
        b.name = query.value(2).toString();
        b.issuer = query.value(3).toString();
        b.description = query.value(4).toString();
        b.issuedOn = toDate(query.value(5));
        b.expires = toOptionalDate(query.value(6));
        b.imageSvg = query.value(7).toString();
        result.append(b);
    }
    return result;
}

} // namespace certtrack::server
