#pragma once

#include "domain/Badge.h"
#include "domain/Candidate.h"
#include "domain/Certification.h"
#include "domain/Fulfillment.h"
#include "domain/Programme.h"
#include "domain/TestingHistory.h"
#include "domain/Transcript.h"
#include "server/badges/BadgeStore.h"
#include "server/core/CertificationRecords.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace certtrack::server {

class Database;

// Programme-wide data: the wording of questions, labels and certifications.
struct ProgrammeRecord {
    QList<domain::SettingsQuestion> settingsQuestions; // answers ignored
    QList<domain::Attribute> attributes;               // values ignored
    QList<domain::Identifier> identifierTypes;         // values ignored
    QList<domain::Agreement> agreements;               // dates ignored
    QList<CertificationDefinition> certifications;
    QString logoGuidelinesText;
    QString identifiersHeading;           // the Identification page's heading; empty: none
    QString certificationsNotice;         // a note above the certifications; empty: none
    QList<domain::ProgrammeLink> links;   // the portal header's links, in order; https only
    IssuerProfile issuer;                 // who signs the badges
    QList<BadgeAchievement> achievements; // what badges recognise
};

// Everything about one candidate, as a seed or an import writes it in one go.
struct CandidateRecord {
    domain::Profile profile;
    QString passwordHash;
    QHash<QString, bool> settingsAnswers; // question id -> answer
    std::optional<QDate> settingsConfirmedOn;
    QHash<QString, QString> attributes;  // attribute id -> value
    QHash<QString, QString> identifiers; // identifier type id -> value
    QList<domain::Exam> exams;
    QList<domain::Agreement> agreements; // id names a programme agreement
    QList<domain::CeActivity> ceActivities;
    QList<domain::Transaction> transactions;
    QList<HeldCertification> certifications;
    bool logoGuidelinesAccepted = false;
    QList<domain::Logo> logos;
    QList<domain::FulfillmentItem> fulfillment;
    QList<domain::Transcript> transcripts; // url ignored: made from the server address
    // Each badge with its achievement, acceptance, visibility and revocation; the credential is
    // issued (signed) when first needed, with the public address of that moment.
    QList<BadgeRecord> badges;
};

// Writes a whole programme and whole candidates in one go, as the demo seed (or an import of
// another system's records) does; it is the one writer that touches every feature's tables.
class SqlImport {
public:
    explicit SqlImport(Database &db)
        : m_db(db) {}

    bool hasCandidates();
    // Adds the programme's questions, labels, agreements and certifications; rows that exist
    // already are kept, so an interrupted seed can run again.
    void importProgramme(const ProgrammeRecord &programme);
    // One candidate with everything hanging off it, in one transaction; returns its id.
    qint64 importCandidate(const CandidateRecord &candidate);

private:
    Database &m_db;
};

} // namespace certtrack::server
