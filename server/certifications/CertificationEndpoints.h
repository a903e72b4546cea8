#pragma once

#include "server/certifications/CertificationStore.h"
#include "server/core/Clock.h"
#include "server/http/HttpMessage.h"
#include "server/http/Router.h"

#include <QHash>

namespace certtrack::server {

// GET /api/v1/me/certifications, /certifications/{id} and /recertification-plan: the candidate's
// certifications as of the server's today, progress evaluated from each definition's rule and the
// candidate's exams, credits and other certifications. Another candidate's id is 404.
class CertificationEndpoints {
public:
    CertificationEndpoints(CertificationStore &store, const Clock &clock);

    HttpResponse certifications(qint64 candidateId);
    HttpResponse certification(qint64 candidateId, const QString &certificationId);
    // The domain's RecertificationPlan by the server clock.
    HttpResponse recertificationPlan(qint64 candidateId);

    // One held certification as the candidate sees it today.
    domain::CertificationDetail detail(qint64 candidateId, const HeldCertification &held);

private:
    domain::Certification summary(const HeldCertification &held);
    const CertificationDefinition &definition(const QString &id);

    CertificationStore &m_store;
    const Clock &m_clock;
    QHash<QString, CertificationDefinition> m_definitions; // read once: programme data
};

void addRoutes(Router &router, CertificationEndpoints *endpoints, const CandidateGuard &guard);

} // namespace certtrack::server
