#pragma once

#include "domain/Certification.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace certtrack::server {

// A certification the programme offers, with its rules as data. Several features read these
// (certifications, transcripts, orders, verification), so they live in the core.
struct CertificationDefinition {
    QString id;
    QString track;
    QString name;
    QString acronym;
    int durationMonths = 36;
    std::optional<domain::RequirementRule> requirements;    // to earn it
    std::optional<domain::RequirementRule> recertification; // to keep it
    QString ceCreditsLabel;                                 // "Cisco CE Credits"
    QStringList renews;                                     // definitions renewed with it
    bool logoAvailable = false;
    bool pdfCertificateAvailable = false;
};

// A certification a candidate holds (or held), with what hangs off it.
struct HeldCertification {
    QString id; // public id, unique over all candidates
    QString definitionId;
    std::optional<QDate> started;
    QDate active;
    std::optional<QDate> expires;
    QString verificationCode;
    std::optional<QDateTime> revokedAt;
    QList<domain::CeCredit> ceCredits;
    QList<domain::HistoryEntry> history;
};

} // namespace certtrack::server
