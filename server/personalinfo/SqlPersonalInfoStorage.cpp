// SqlStorage's Personal Info writes: the settings answers with their confirmation date, and
// attribute values.
#include "server/app/SqlStorage.h"

#include "domain/Json.h"

#include <QSqlQuery>

namespace certtrack::server {

void SqlStorage::saveSettings(qint64 candidateId,
                              const QHash<QString, std::optional<bool>> &answers,
                              const QDate &confirmedOn) {
    beginTransaction();
    try {
        for (auto it = answers.cbegin(); it != answers.cend(); ++it) {
            if (it.value()) {
                run(QStringLiteral("INSERT INTO settings_answers (candidate_id, question_id, "
                                   "answer) VALUES (?, ?, ?) ON CONFLICT (candidate_id, "
                                   "question_id) DO UPDATE SET answer = excluded.answer"),
                    {candidateId, it.key(), *it.value()});
            } else {
                run(QStringLiteral("DELETE FROM settings_answers WHERE candidate_id = ? AND "
                                   "question_id = ?"),
                    {candidateId, it.key()});
            }
        }
        QSqlQuery query =
            run(QStringLiteral("UPDATE candidates SET settings_confirmed_on = ? WHERE id = ?"),
                {domain::formatDate(confirmedOn), candidateId});
        if (query.numRowsAffected() != 1)
            throw StorageError("no candidate " + std::to_string(candidateId));
        commit();
    } catch (...) {
        rollback();
        throw;
    }
}

void SqlStorage::setAttribute(qint64 candidateId, const QString &attributeId,
                              const QString &value) {
    if (value.isEmpty()) {
        run(QStringLiteral("DELETE FROM candidate_attributes WHERE candidate_id = ? AND "
                           "attribute_id = ?"),
            {candidateId, attributeId});
        return;
    }
    run(QStringLiteral("INSERT INTO candidate_attributes (candidate_id, attribute_id, value) "
                       "VALUES (?, ?, ?) ON CONFLICT (candidate_id, attribute_id) DO UPDATE SET "
                       "value = excluded.value"),
        {candidateId, attributeId, value});
}

} // namespace certtrack::server
