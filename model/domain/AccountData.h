#pragma once

#include "domain/Badge.h"
#include "domain/Candidate.h"
#include "domain/Certification.h"
#include "domain/ExternalCredential.h"
#include "domain/Fulfillment.h"
#include "domain/Order.h"
#include "domain/Programme.h"
#include "domain/TestingHistory.h"
#include "domain/Transcript.h"

#include <QDateTime>
#include <QHash>
#include <QList>

namespace certtrack::domain {

// Everything the client knows about one signed-in candidate: what a sync fetches, what the
// cache stores and what the pages show. A plain value: copying it is cheap (implicit sharing).
struct AccountData {
    Profile profile;
    Settings settings;
    Attributes attributes;
    Identifiers identifiers;
    QList<Exam> exams;
    QList<Agreement> agreements;
    QList<CeActivity> ceActivities;
    QList<Transaction> transactions;
    QList<CertificationDetail> certifications;
    Logos logos;
    QList<FulfillmentItem> fulfillment;
    FulfillmentCatalogue catalogue; // what the candidate may claim or buy now
    QList<Order> orders;            // newest first, drafts included
    QList<Transcript> transcripts;
    QList<Badge> badges;
    // By badge id; a badge synced before the server offered these has none.
    QHash<QString, BadgeCredentialCopy> badgeCopies;
    QList<ExternalCredential> externalCredentials; // other issuers' credentials kept here
    Programme programme; // a server (or cache) from before it was offered: empty

    QDateTime lastSynced; // invalid: never synced
};

} // namespace certtrack::domain
