// SqlStorage's transcript writes and the unscoped lookup the public page needs; kept apart from
// SqlStorage.cpp because they are the only rows the API changes after import.
#include "server/app/SqlStorage.h"

#include "domain/Json.h"

#include <QSqlQuery>
#include <QTimeZone>

namespace certtrack::server {

namespace {

QVariant optionalInstantValue(const std::optional<QDateTime> &instant) {
    return instant ? QVariant(instant->toMSecsSinceEpoch()) : QVariant();
}

std::optional<QDateTime> optionalInstant(const QVariant &value) {
    if (value.isNull())
        return std::nullopt;
    return QDateTime::fromMSecsSinceEpoch(value.toLongLong(), QTimeZone::utc());
}

QStringList column(QSqlQuery query) {
    QStringList values;
    while (query.next())
        values.append(query.value(0).toString());
    return values;
}

} // namespace

std::optional<TranscriptRecord> SqlStorage::transcript(const QString &transcriptId) {
    QSqlQuery query =
        run(QStringLiteral("SELECT candidate_id, display_name, description, remarks, "
                           "show_name, show_address, show_email, expires_on, "
                           "disclosure, views, last_viewed_at, deactivated, "
                           "created_at, deactivated_at FROM transcripts WHERE id = ?"),
            {transcriptId});
    if (!query.next())
        return std::nullopt;
    TranscriptRecord record;
    record.candidateId = query.value(0).toLongLong();
    domain::Transcript &t = record.transcript;
    t.id = transcriptId;
    t.displayName = query.value(1).toString();
    t.description = query.value(2).toString();
    t.remarks = query.value(3).toString();
    t.showName = query.value(4).toBool();
    t.showAddress = query.value(5).toBool();
    t.showEmail = query.value(6).toBool();
    t.expires = domain::parseDate(query.value(7).toString());
    t.disclosure = domain::transcriptDisclosureFromString(query.value(8).toString())
                       .value_or(domain::Transcript::Disclosure::Selected);
    t.views = query.value(9).toLongLong();
    t.lastViewed = optionalInstant(query.value(10));
    t.state = query.value(11).toBool() ? domain::Transcript::State::Deactivated
                                       : domain::Transcript::State::Active;
    record.createdAt = optionalInstant(query.value(12));
    record.deactivatedAt = optionalInstant(query.value(13));
    query.finish();
    t.certificationIds = column(run(QStringLiteral("SELECT certification_id FROM "
                                                   "transcript_certifications WHERE "
                                                   "transcript_id = ? ORDER BY certification_id"),
                                    {transcriptId}));
    record.certificationsAtCreation =
        column(run(QStringLiteral("SELECT certification_id FROM transcript_known_certifications "
                                  "WHERE transcript_id = ? ORDER BY certification_id"),
                   {transcriptId}));
    return record;
}

void SqlStorage::replaceTranscriptCertifications(const QString &transcriptId,
                                                 const QStringList &ids) {
    run(QStringLiteral("DELETE FROM transcript_certifications WHERE transcript_id = ?"),
        {transcriptId});
    for (const QString &id : ids) {
        run(QStringLiteral("INSERT INTO transcript_certifications (transcript_id, "
                           "certification_id) VALUES (?, ?)"),
            {transcriptId, id});
    }
}

void SqlStorage::insertTranscript(const TranscriptRecord &record) {
    const domain::Transcript &t = record.transcript;
    beginTransaction();
    try {
        run(QStringLiteral("INSERT INTO transcripts (id, candidate_id, display_name, description, "
                           "remarks, show_name, show_address, show_email, expires_on, disclosure, "
                           "views, last_viewed_at, deactivated, created_at, deactivated_at) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, NULL, 0, ?, NULL)"),
            {t.id, record.candidateId, t.displayName, t.description, t.remarks, t.showName,
             t.showAddress, t.showEmail, domain::formatDate(t.expires),
             domain::toString(t.disclosure), optionalInstantValue(record.createdAt)});
        replaceTranscriptCertifications(t.id, t.certificationIds);
        for (const QString &id : record.certificationsAtCreation) {
            run(QStringLiteral("INSERT INTO transcript_known_certifications (transcript_id, "
                               "certification_id) VALUES (?, ?)"),
                {t.id, id});
        }
        commit();
    } catch (...) {
        rollback();
        throw;
    }
}

void SqlStorage::updateTranscript(qint64 candidateId, const domain::Transcript &t) {
    beginTransaction();
    try {
        QSqlQuery query =
            run(QStringLiteral("UPDATE transcripts SET display_name = ?, "
                               "description = ?, remarks = ?, show_name = ?, "
                               "show_address = ?, show_email = ?, expires_on = ?, "
                               "disclosure = ? WHERE id = ? AND candidate_id = ?"),
                {t.displayName, t.description, t.remarks, t.showName, t.showAddress, t.showEmail,
                 domain::formatDate(t.expires), domain::toString(t.disclosure), t.id, candidateId});
        if (query.numRowsAffected() != 1)
            throw StorageError("no transcript " + t.id.toStdString() + " for this candidate");
        replaceTranscriptCertifications(t.id, t.certificationIds);
        commit();
    } catch (...) {
        rollback();
        throw;
    }
}

void SqlStorage::deactivateTranscript(qint64 candidateId, const QString &transcriptId,
                                      const QDateTime &at) {
    run(QStringLiteral("UPDATE transcripts SET deactivated = 1, deactivated_at = ? "
                       "WHERE id = ? AND candidate_id = ? AND deactivated = 0"),
        {at.toMSecsSinceEpoch(), transcriptId, candidateId});
}

void SqlStorage::recordTranscriptView(const QString &transcriptId, const QDateTime &at) {
    run(QStringLiteral("UPDATE transcripts SET views = views + 1, last_viewed_at = ? WHERE id = ?"),
        {at.toMSecsSinceEpoch(), transcriptId});
}

} // namespace certtrack::server
