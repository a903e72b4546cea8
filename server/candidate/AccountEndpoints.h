#pragma once

#include "server/app/Storage.h"
#include "server/core/Clock.h"
#include "server/http/HttpMessage.h"

#include <QUrl>

namespace certtrack::server {

// GET /api/v1/me/...: one candidate's own data, the candidate being the one the bearer token
// belongs to. No handler takes a candidate id from the request.
class AccountEndpoints {
public:
    AccountEndpoints(Storage &storage, const Clock &clock, QUrl publicBaseUrl);

    HttpResponse profile(qint64 candidateId);
    HttpResponse settings(qint64 candidateId);
    HttpResponse attributes(qint64 candidateId);
    HttpResponse identifiers(qint64 candidateId);
    HttpResponse exams(qint64 candidateId);
    HttpResponse agreements(qint64 candidateId);
    HttpResponse ceActivities(qint64 candidateId);
    HttpResponse transactions(qint64 candidateId);
    HttpResponse certifications(qint64 candidateId);
    HttpResponse certification(qint64 candidateId, const QString &certificationId);
    HttpResponse logos(qint64 candidateId);
    // The domain's RecertificationPlan by the server clock.
    HttpResponse recertificationPlan(qint64 candidateId);
    HttpResponse fulfillment(qint64 candidateId);
    HttpResponse transcripts(qint64 candidateId);
    HttpResponse badges(qint64 candidateId);

    // One held certification as the candidate sees it today, progress evaluated from the
    // definition's rule and the candidate's exams, credits and other certifications.
    domain::CertificationDetail detail(qint64 candidateId, const HeldCertification &held);

private:
    domain::Certification summary(const HeldCertification &held);
    const CertificationDefinition &definition(const QString &id);
    QString publicUrl(const QString &path) const;

    Storage &m_storage;
    const Clock &m_clock;
    QUrl m_publicBaseUrl;
    QHash<QString, CertificationDefinition> m_definitions; // read once: programme data
};

} // namespace certtrack::server
