// Transcripts in SQL: the candidate's list, the unscoped lookup the public page needs, and the
// writes of the transcript editor.
#include "server/transcripts/SqlTranscriptStore.h"

#include "server/core/Database.h"
#include "server/core/Rows.h"
#include "server/core/SqlValues.h"

#include "domain/Json.h"

#include <QSqlQuery>

namespace certtrack::server {

using namespace sql;

namespace {

const char kTranscriptColumns[] =
    "SELECT id, display_name, description, remarks, show_name, show_address, show_email, "
    "expires_on, disclosure, views, last_viewed_at, deactivated, candidate_id, created_at, "
    "deactivated_at FROM transcripts ";

// One row in kTranscriptColumns' order, the selected certifications still to be filled in.
TranscriptRecord transcriptRow(const QSqlQuery &query) {
    TranscriptRecord record;
    domain::Transcript &t = record.transcript;
    t.id = query.value(0).toString();
    t.displayName = query.value(1).toString();
    t.description = query.value(2).toString();
    t.remarks = query.value(3).toString();
    t.showName = query.value(4).toBool();
    t.showAddress = query.value(5).toBool();
    t.showEmail = query.value(6).toBool();
    t.expires = toDate(query.value(7));
    t.disclosure = domain::transcriptDisclosureFromString(query.value(8).toString())
                       .value_or(domain::Transcript::Disclosure::Selected);
    t.views = query.value(9).toLongLong();
    t.lastViewed = toOptionalInstant(query.value(10));
    t.state = query.value(11).toBool() ? domain::Transcript::State::Deactivated
                                       : domain::Transcript::State::Active;
    record.candidateId = query.value(12).toLongLong();
    record.createdAt = toOptionalInstant(query.value(13));
    record.deactivatedAt = toOptionalInstant(query.value(14));
    return record;
}

QStringList selectedCertifications(Database &db, const QString &transcriptId) {
    return column(db.run(QStringLiteral("SELECT certification_id FROM transcript_certifications "
                                        "WHERE transcript_id = ? ORDER BY certification_id"),
                         {transcriptId}));
}

} // namespace

QList<domain::Transcript> SqlTranscriptStore::transcripts(qint64 candidateId) {
    QList<domain::Transcript> result;
    QSqlQuery query = m_db.run(QLatin1String(kTranscriptColumns) +
                                   QStringLiteral("WHERE candidate_id = ? ORDER BY id"),
                               {candidateId});
    while (query.next())
        result.append(transcriptRow(query).transcript);
    query.finish();
    for (domain::Transcript &t : result)
        t.certificationIds = selectedCertifications(m_db, t.id);
    return result;
}

std::optional<TranscriptRecord> SqlTranscriptStore::transcript(const QString &transcriptId) {
    QSqlQuery query = m_db.run(QLatin1String(kTranscriptColumns) + QStringLiteral("WHERE id = ?"),
                               {transcriptId});
    if (!query.next())
        return std::nullopt;
    TranscriptRecord record = transcriptRow(query);
    query.finish();
    record.transcript.certificationIds = selectedCertifications(m_db, transcriptId);
    record.certificationsAtCreation =
        column(m_db.run(QStringLiteral("SELECT certification_id FROM "
                                       "transcript_known_certifications WHERE transcript_id = ? "
                                       "ORDER BY certification_id"),
                        {transcriptId}));
    return record;
}

void SqlTranscriptStore::replaceTranscriptCertifications(const QString &transcriptId,
                                                         const QStringList &ids) {
    m_db.run(QStringLiteral("DELETE FROM transcript_certifications WHERE transcript_id = ?"),
             {transcriptId});
    for (const QString &id : ids) {
        m_db.run(QStringLiteral("INSERT INTO transcript_certifications (transcript_id, "
                                "certification_id) VALUES (?, ?)"),
                 {transcriptId, id});
    }
}

qsizetype SqlTranscriptStore::transcriptCount(qint64 candidateId) {
    QSqlQuery query = m_db.run(
        QStringLiteral("SELECT COUNT(*) FROM transcripts WHERE candidate_id = ?"), {candidateId});
    return query.next() ? query.value(0).toLongLong() : 0;
}

QList<QDateTime> SqlTranscriptStore::transcriptsCreatedSince(qint64 candidateId,
                                                             const QDateTime &since) {
    QSqlQuery query = m_db.run(QStringLiteral("SELECT created_at FROM transcripts WHERE "
                                              "candidate_id = ? AND created_at > ?"),
                               {candidateId, instantValue(since)});
    QList<QDateTime> result;
    while (query.next())
        result.append(toInstant(query.value(0)));
    return result;
}

void SqlTranscriptStore::insertTranscript(const TranscriptRecord &record) {
    const domain::Transcript &t = record.transcript;
    m_db.transaction([&] {
        m_db.run(
            QStringLiteral("INSERT INTO transcripts (id, candidate_id, display_name, description, "
                           "remarks, show_name, show_address, show_email, expires_on, disclosure, "
                           "views, last_viewed_at, deactivated, created_at, deactivated_at) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, NULL, 0, ?, NULL)"),
            {t.id, record.candidateId, t.displayName, t.description, t.remarks, t.showName,
             t.showAddress, t.showEmail, domain::formatDate(t.expires),
             domain::toString(t.disclosure), instantValue(record.createdAt)});
        replaceTranscriptCertifications(t.id, t.certificationIds);
        for (const QString &id : record.certificationsAtCreation) {
            m_db.run(QStringLiteral("INSERT INTO transcript_known_certifications (transcript_id, "
                                    "certification_id) VALUES (?, ?)"),
                     {t.id, id});
        }
    });
}

void SqlTranscriptStore::updateTranscript(qint64 candidateId, const domain::Transcript &t) {
    m_db.transaction([&] {
        QSqlQuery query = m_db.run(
            QStringLiteral("UPDATE transcripts SET display_name = ?, "
                           "description = ?, remarks = ?, show_name = ?, "
                           "show_address = ?, show_email = ?, expires_on = ?, "
                           "disclosure = ? WHERE id = ? AND candidate_id = ?"),
            {t.displayName, t.description, t.remarks, t.showName, t.showAddress, t.showEmail,
             domain::formatDate(t.expires), domain::toString(t.disclosure), t.id, candidateId});
        if (query.numRowsAffected() != 1)
            throw StorageError("no transcript " + t.id.toStdString() + " for this candidate");
        replaceTranscriptCertifications(t.id, t.certificationIds);
    });
}

void SqlTranscriptStore::deactivateTranscript(qint64 candidateId, const QString &transcriptId,
                                              const QDateTime &at) {
    m_db.run(QStringLiteral("UPDATE transcripts SET deactivated = 1, deactivated_at = ? "
                            "WHERE id = ? AND candidate_id = ? AND deactivated = 0"),
             {at.toMSecsSinceEpoch(), transcriptId, candidateId});
}

void SqlTranscriptStore::recordTranscriptView(const QString &transcriptId, const QDateTime &at) {
    m_db.run(
        QStringLiteral("UPDATE transcripts SET views = views + 1, last_viewed_at = ? WHERE id = ?"),
        {at.toMSecsSinceEpoch(), transcriptId});
}

domain::Profile SqlTranscriptStore::profile(qint64 candidateId) {
    return rows::profile(m_db, candidateId);
}

QList<HeldCertification> SqlTranscriptStore::certifications(qint64 candidateId) {
    return rows::certifications(m_db, candidateId);
}

std::optional<CertificationDefinition> SqlTranscriptStore::definition(const QString &definitionId) {
    return rows::definition(m_db, definitionId);
}

} // namespace certtrack::server
