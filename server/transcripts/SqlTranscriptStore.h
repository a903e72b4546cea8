#pragma once

#include "server/transcripts/TranscriptStore.h"

namespace certtrack::server {

class Database;

// TranscriptStore over the shared SQL database.
class SqlTranscriptStore : public TranscriptStore {
public:
    explicit SqlTranscriptStore(Database &db)
        : m_db(db) {}

    QList<domain::Transcript> transcripts(qint64 candidateId) override;
    std::optional<TranscriptRecord> transcript(const QString &transcriptId) override;
    void insertTranscript(const TranscriptRecord &record) override;
    qsizetype transcriptCount(qint64 candidateId) override;
    QList<QDateTime> transcriptsCreatedSince(qint64 candidateId, const QDateTime &since) override;
    void updateTranscript(qint64 candidateId, const domain::Transcript &transcript) override;
    void deactivateTranscript(qint64 candidateId, const QString &transcriptId,
                              const QDateTime &at) override;
    void recordTranscriptView(const QString &transcriptId, const QDateTime &at) override;
    domain::Profile profile(qint64 candidateId) override;
    QList<HeldCertification> certifications(qint64 candidateId) override;
    std::optional<CertificationDefinition> definition(const QString &definitionId) override;

private:
    void replaceTranscriptCertifications(const QString &transcriptId, const QStringList &ids);

    Database &m_db;
};

} // namespace certtrack::server
