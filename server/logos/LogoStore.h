#pragma once

#include "domain/Certification.h"
#include "domain/TestingHistory.h"

#include <QDateTime>
#include <QList>

#include <optional>

namespace certtrack::server {

// Logo downloads: the candidate's logos with the guidelines, one logo by id (scoped to its
// candidate), the agreements the acceptance names, and the acceptance itself (migration 5).
class LogoStore {
public:
    virtual ~LogoStore() = default;

    // The logos the candidate may use on `today`: those of the certifications in force that day
    // (not expired, not revoked, already active), never of one that lapsed, as the logo
    // guidelines require. A certification's own artwork rows (achievement logos, say) stand in
    // for the plain logo of its name; otherwise a definition that offers a logo gives one.
    virtual domain::Logos logos(qint64 candidateId, const QDate &today) = 0;
    // One of those logos, or nullopt (unknown, another candidate's, or no longer entitled).
    virtual std::optional<domain::Logo> logo(qint64 candidateId, const QString &logoId,
                                             const QDate &today) = 0;
    virtual QList<domain::Agreement> agreements(qint64 candidateId) = 0;
    // Records that the candidate accepted the logo guidelines and the agreement agreementId
    // (empty: none on record); accepting again keeps the first time.
    virtual void acceptLogoGuidelines(qint64 candidateId, const QDateTime &at,
                                      const QString &agreementId) = 0;
};

} // namespace certtrack::server
