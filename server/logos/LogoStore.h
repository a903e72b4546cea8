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

    virtual domain::Logos logos(qint64 candidateId) = 0;
    // One of the candidate's own logos, or nullopt.
    virtual std::optional<domain::Logo> logo(qint64 candidateId, const QString &logoId) = 0;
    virtual QList<domain::Agreement> agreements(qint64 candidateId) = 0;
    // Records that the candidate accepted the logo guidelines and the agreement agreementId
    // (empty: none on record); accepting again keeps the first time.
    virtual void acceptLogoGuidelines(qint64 candidateId, const QDateTime &at,
                                      const QString &agreementId) = 0;
};

} // namespace certtrack::server
