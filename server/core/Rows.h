#pragma once

#include "domain/Candidate.h"
#include "domain/TestingHistory.h"
#include "server/core/CertificationRecords.h"
#include "server/core/Database.h"
#include "server/core/Paging.h"

#include <QHash>
#include <QStringList>

#include <optional>

namespace certtrack::server::rows {

// The reads more than one feature needs, each written once: the row-to-struct mapping of a
// type lives here and nowhere else. Every read is scoped by candidate id where it has one.

domain::Profile profile(Database &db, qint64 candidateId); // throws for an unknown candidate
domain::Settings settings(Database &db, qint64 candidateId);
domain::Attributes attributes(Database &db, qint64 candidateId);
QList<domain::Exam> exams(Database &db, qint64 candidateId);
// Newest first (then by id), a page at a time.
PageOf<domain::Exam> exams(Database &db, qint64 candidateId, const PageRequest &page);
QList<domain::Agreement> agreements(Database &db, qint64 candidateId);
// The candidate's certifications in programme order, with CE credits and history.
QList<HeldCertification> certifications(Database &db, qint64 candidateId);
std::optional<HeldCertification> certification(Database &db, qint64 candidateId,
                                               const QString &certificationId);
std::optional<CertificationDefinition> definition(Database &db, const QString &definitionId);

// The programme's texts (programme_texts) with these keys, by key; a key not stored is absent.
QHash<QString, QString> programmeTexts(Database &db, const QStringList &keys);

// Requirement rules are stored as their JSON text.
QString ruleText(const std::optional<domain::RequirementRule> &rule);

} // namespace certtrack::server::rows
