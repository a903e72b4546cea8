// Personal Info in SQL: the settings answers with their confirmation date, and
// attribute values.
#include "server/personalinfo/SqlPersonalInfoStore.h"

#include "server/core/Database.h"
#include "server/core/Rows.h"
#include "server/core/SqlValues.h"

#include "domain/Json.h"

#include <QSqlQuery>

namespace certtrack::server {

using namespace sql;

void SqlPersonalInfoStore::saveSettings(qint64 candidateId,
                                        const QHash<QString, std::optional<bool>> &answers,
                                        const QDate &confirmedOn) {
    m_db.transaction([&] {
        for (auto it = answers.cbegin(); it != answers.cend(); ++it) {
            if (it.value()) {
                m_db.run(QStringLiteral("INSERT INTO settings_answers (candidate_id, question_id, "
                                        "answer) VALUES (?, ?, ?) ON CONFLICT (candidate_id, "
                                        "question_id) DO UPDATE SET answer = excluded.answer"),
                         {candidateId, it.key(), *it.value()});
            } else {
                m_db.run(QStringLiteral("DELETE FROM settings_answers WHERE candidate_id = ? AND "
                                        "question_id = ?"),
                         {candidateId, it.key()});
            }
        }
        QSqlQuery query =
            m_db.run(QStringLiteral("UPDATE candidates SET settings_confirmed_on = ? WHERE id = ?"),
                     {domain::formatDate(confirmedOn), candidateId});
        if (query.numRowsAffected() != 1)
            throw StorageError("no candidate " + std::to_string(candidateId));
    });
}

void SqlPersonalInfoStore::setAttribute(qint64 candidateId, const QString &attributeId,
                                        const QString &value) {
    if (value.isEmpty()) {
        m_db.run(QStringLiteral("DELETE FROM candidate_attributes WHERE candidate_id = ? AND "
                                "attribute_id = ?"),
                 {candidateId, attributeId});
        return;
    }
    m_db.run(
        QStringLiteral("INSERT INTO candidate_attributes (candidate_id, attribute_id, value) "
                       "VALUES (?, ?, ?) ON CONFLICT (candidate_id, attribute_id) DO UPDATE SET "
                       "value = excluded.value"),
        {candidateId, attributeId, value});
}

domain::Identifiers SqlPersonalInfoStore::identifiers(qint64 candidateId) {
    domain::Identifiers result;
    QSqlQuery query =
        m_db.run(QStringLiteral("SELECT t.id, t.label, v.value FROM identifier_types t "
                                "JOIN candidate_identifiers v ON v.identifier_type_id = "
                                "t.id WHERE v.candidate_id = ? ORDER BY t.position"),
                 {candidateId});
    while (query.next()) {
        result.items.append(domain::Identifier{query.value(0).toString(), query.value(1).toString(),
                                               query.value(2).toString()});
    }
    return result;
}

domain::Programme SqlPersonalInfoStore::programme() {
    const QHash<QString, QString> texts = rows::programmeTexts(
        m_db, {QStringLiteral("issuerName"), QStringLiteral("identifiersHeading"),
               QStringLiteral("certificationsNotice")});
    domain::Programme result;
    result.name = texts.value(QStringLiteral("issuerName"));
    result.identifiersHeading = texts.value(QStringLiteral("identifiersHeading"));
    result.certificationsNotice = texts.value(QStringLiteral("certificationsNotice"));
    QSqlQuery links =
        m_db.run(QStringLiteral("SELECT title, url FROM programme_links ORDER BY position"));
    while (links.next())
        result.links.append({links.value(0).toString(), links.value(1).toString()});
    return result;
}

domain::Settings SqlPersonalInfoStore::settings(qint64 candidateId) {
    return rows::settings(m_db, candidateId);
}

domain::Attributes SqlPersonalInfoStore::attributes(qint64 candidateId) {
    return rows::attributes(m_db, candidateId);
}

} // namespace certtrack::server
