#pragma once

#include "server/certifications/CertificationStore.h"
#include "server/core/Clock.h"
#include "server/http/HttpMessage.h"
#include "server/http/Router.h"

#include <QHash>

namespace certtrack::server {

// GET /api/v1/me/certifications, /certifications/{id}, /certification-details and
// /recertification-plan: the candidate's certifications as of the server's today, progress
// evaluated from each definition's rule and the candidate's exams, credits and other
// certifications. Another candidate's id is 404. /certification-details gives every detail in
// one answer, so a sync needs no request per certification; the candidate's exams and
// certifications are read once for all of them.
class CertificationEndpoints {
public:
    CertificationEndpoints(CertificationStore &store, const Clock &clock);

    HttpResponse certifications(qint64 candidateId);
    HttpResponse certification(qint64 candidateId, const QString &certificationId);
    HttpResponse certificationDetails(qint64 candidateId);
    // The domain's RecertificationPlan by the server clock.
    HttpResponse recertificationPlan(qint64 candidateId);

    // Every held certification as the candidate sees it today.
    QList<domain::CertificationDetail> details(qint64 candidateId);

private:
    // What a detail's progress is evaluated from, read once for all of a candidate's details.
    struct Facts {
        QList<HeldCertification> held;
        QList<domain::Exam> exams;
    };
    Facts facts(qint64 candidateId);
    domain::CertificationDetail detail(const Facts &facts, const HeldCertification &held);
    domain::Certification summary(const HeldCertification &held);
    const CertificationDefinition &definition(const QString &id);

    CertificationStore &m_store;
    const Clock &m_clock;
    QHash<QString, CertificationDefinition> m_definitions; // read once: programme data
};

void addRoutes(Router &router, CertificationEndpoints *endpoints, const CandidateGuard &guard);

} // namespace certtrack::server
