#pragma once

#include "domain/Candidate.h"
#include "domain/Transcript.h"
#include "server/core/CertificationRecords.h"

#include <QDateTime>
#include <QList>
#include <QStringList>

#include <optional>

namespace certtrack::server {

// One transcript with what only the server keeps: its owner, when it was created and
// deactivated, and the certifications its owner held at creation.
struct TranscriptRecord {
    qint64 candidateId = 0;
    domain::Transcript transcript; // state Active or Deactivated; expiry is the caller's call
    std::optional<QDateTime> createdAt;
    std::optional<QDateTime> deactivatedAt;
    QStringList certificationsAtCreation;
};

// Transcripts for third parties, and the reads a transcript discloses (the owner's profile and
// certifications). Faults throw StorageError.
class TranscriptStore {
public:
    virtual ~TranscriptStore() = default;

    // The candidate's own transcripts; url left empty (made from the public address).
    virtual QList<domain::Transcript> transcripts(qint64 candidateId) = 0;
    // A transcript by its public id, whoever owns it: the caller checks the owner.
    virtual std::optional<TranscriptRecord> transcript(const QString &transcriptId) = 0;
    virtual void insertTranscript(const TranscriptRecord &record) = 0;
    // How many transcripts the candidate keeps (active or not), and when those created after
    // `since` were: what AccountLimits weighs.
    virtual qsizetype transcriptCount(qint64 candidateId) = 0;
    virtual QList<QDateTime> transcriptsCreatedSince(qint64 candidateId,
                                                     const QDateTime &since) = 0;
    // Writes the editable fields and the certification choice; views and state stay.
    virtual void updateTranscript(qint64 candidateId, const domain::Transcript &transcript) = 0;
    virtual void deactivateTranscript(qint64 candidateId, const QString &transcriptId,
                                      const QDateTime &at) = 0;
    virtual void recordTranscriptView(const QString &transcriptId, const QDateTime &at) = 0;

    virtual domain::Profile profile(qint64 candidateId) = 0;
    virtual QList<HeldCertification> certifications(qint64 candidateId) = 0;
    virtual std::optional<CertificationDefinition> definition(const QString &definitionId) = 0;
};

} // namespace certtrack::server
