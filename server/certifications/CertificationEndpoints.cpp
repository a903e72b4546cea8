#include "server/certifications/CertificationEndpoints.h"

#include "domain/Json.h"
#include "domain/RecertificationPlan.h"
#include "server/core/Database.h"

namespace certtrack::server {

CertificationEndpoints::CertificationEndpoints(CertificationStore &store, const Clock &clock)
    : m_store(store)
    , m_clock(clock) {}

const CertificationDefinition &CertificationEndpoints::definition(const QString &id) {
    auto it = m_definitions.find(id);
    if (it == m_definitions.end()) {
        const std::optional<CertificationDefinition> found = m_store.definition(id);
        if (!found)
            throw StorageError("certification definition missing: " + id.toStdString());
        it = m_definitions.insert(id, *found);
    }
    return *it;
}

domain::Certification CertificationEndpoints::summary(const HeldCertification &held) {
    const CertificationDefinition &def = definition(held.definitionId);
    domain::Certification c;
    c.id = held.id;
    c.track = def.track;
    c.name = def.name;
    c.acronym = def.acronym;
    c.started = held.started;
    c.active = held.active;
    c.expires = held.expires;
    c.status = held.revokedAt
                   ? domain::Certification::Status::Inactive
                   : domain::Certification::statusFor(held.active, held.expires, m_clock.today());
    const bool active = c.status == domain::Certification::Status::Active;
    // Downloads exist only while the certification is in force (the guide's PDF note).
    c.logoAvailable = def.logoAvailable && active;
    c.pdfCertificateAvailable = def.pdfCertificateAvailable && active;
    c.verificationCode = held.verificationCode;
    if (held.revokedAt)
        c.revokedOn = held.revokedAt->toUTC().date();
    return c;
}

CertificationEndpoints::Facts CertificationEndpoints::facts(qint64 candidateId) {
    Facts facts;
    facts.held = m_store.certifications(candidateId);
    facts.exams = m_store.exams(candidateId);
    return facts;
}

domain::CertificationDetail CertificationEndpoints::detail(const Facts &facts,
                                                           const HeldCertification &held) {
    const QDate today = m_clock.today();
    const CertificationDefinition &def = definition(held.definitionId);
    domain::CertificationDetail d;
    d.summary = summary(held);
    const bool active = d.summary.status == domain::Certification::Status::Active;

    domain::RequirementFacts requirementFacts;
    d.ceCreditsLabel = def.ceCreditsLabel;
    for (domain::CeCredit credit : held.ceCredits) {
        const bool counts = credit.activeDate <= today && today < credit.inactiveDate;
        credit.status = counts ? QStringLiteral("Active") : QStringLiteral("Expired");
        if (counts)
            requirementFacts.ceCredits += credit.points;
        d.ceCredits.append(credit);
    }
    // Keeping a certification counts only exams passed since it was last (re)certified;
    // earning one counts every pass.
    for (const domain::Exam &exam : facts.exams) {
        if (exam.grade == domain::Exam::Grade::Pass && (!active || exam.date > held.active))
            requirementFacts.passedExamCodes.insert(exam.code);
    }
    for (const HeldCertification &other : facts.held) {
        if (summary(other).status == domain::Certification::Status::Active)
            requirementFacts.activeCertificationIds.insert(other.definitionId);
    }
    const std::optional<domain::RequirementRule> &rule =
        active ? def.recertification : def.requirements;
    if (rule)
        d.progress = domain::RequirementProgress::evaluate(*rule, requirementFacts);
    d.history = held.history;
    d.durationMonths = def.durationMonths;
    // A renewal of a higher certification the candidate holds renews this one too.
    for (const HeldCertification &other : facts.held) {
        if (other.id != held.id && !other.revokedAt &&
            definition(other.definitionId).renews.contains(held.definitionId))
            d.renewedBy.append(other.id);
    }
    return d;
}

QList<domain::CertificationDetail> CertificationEndpoints::details(qint64 candidateId) {
    const Facts known = facts(candidateId);
    QList<domain::CertificationDetail> details;
    details.reserve(known.held.size());
    for (const HeldCertification &held : known.held)
        details.append(detail(known, held));
    return details;
}

HttpResponse CertificationEndpoints::recertificationPlan(qint64 candidateId) {
    return HttpResponse::json(
        domain::RecertificationPlan::evaluate(details(candidateId), m_clock.today()).toJson());
}

HttpResponse CertificationEndpoints::certifications(qint64 candidateId) {
    QList<domain::Certification> items;
    for (const HeldCertification &held : m_store.certifications(candidateId))
        items.append(summary(held));
    domain::Page<domain::Certification> page;
    page.items = items;
    return HttpResponse::json(page.toJson());
}

HttpResponse CertificationEndpoints::certificationDetails(qint64 candidateId) {
    domain::Page<domain::CertificationDetail> page;
    page.items = details(candidateId);
    return HttpResponse::json(page.toJson());
}

HttpResponse CertificationEndpoints::certification(qint64 candidateId,
                                                   const QString &certificationId) {
    const std::optional<HeldCertification> held =
        m_store.certification(candidateId, certificationId);
    if (!held) {
        return HttpResponse::problem(404, QStringLiteral("Not Found"),
                                     QStringLiteral("You hold no certification with this id."));
    }
    return HttpResponse::json(detail(facts(candidateId), *held).toJson());
}

void addRoutes(Router &router, CertificationEndpoints *endpoints, const CandidateGuard &guard) {
    CertificationEndpoints *c = endpoints;
    router.add({"GET", QStringLiteral("/api/v1/me/certifications"),
                guard([c](const ApiRequest &, qint64 id) { return c->certifications(id); })});
    router.add({"GET", QStringLiteral("/api/v1/me/certification-details"),
                guard([c](const ApiRequest &, qint64 id) { return c->certificationDetails(id); })});
    router.add({"GET", QStringLiteral("/api/v1/me/certifications/{id}"),
                guard([c](const ApiRequest &request, qint64 id) {
                    return c->certification(id, request.pathParameter(QStringLiteral("id")));
                })});
    router.add({"GET", QStringLiteral("/api/v1/me/recertification-plan"),
                guard([c](const ApiRequest &, qint64 id) { return c->recertificationPlan(id); })});
}

} // namespace certtrack::server
