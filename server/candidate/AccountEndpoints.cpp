#include "server/candidate/AccountEndpoints.h"

#include "domain/Json.h"
#include "domain/RecertificationPlan.h"

namespace certtrack::server {

namespace {

template <typename T> HttpResponse pageOf(const QList<T> &items) {
    domain::Page<T> page;
    page.items = items;
    return HttpResponse::json(page.toJson());
}

} // namespace

AccountEndpoints::AccountEndpoints(Storage &storage, const Clock &clock, QUrl publicBaseUrl)
    : m_storage(storage)
    , m_clock(clock)
    , m_publicBaseUrl(std::move(publicBaseUrl)) {}

QString AccountEndpoints::publicUrl(const QString &path) const {
    QUrl url = m_publicBaseUrl;
    url.setPath(path);
    return url.toString();
}

const CertificationDefinition &AccountEndpoints::definition(const QString &id) {
    auto it = m_definitions.find(id);
    if (it == m_definitions.end()) {
        const std::optional<CertificationDefinition> found = m_storage.definition(id);
        if (!found)
            throw StorageError("certification definition missing: " + id.toStdString());
        it = m_definitions.insert(id, *found);
    }
    return *it;
}

HttpResponse AccountEndpoints::profile(qint64 candidateId) {
    return HttpResponse::json(m_storage.profile(candidateId).toJson());
}

HttpResponse AccountEndpoints::settings(qint64 candidateId) {
    return HttpResponse::json(m_storage.settings(candidateId).toJson());
}

HttpResponse AccountEndpoints::attributes(qint64 candidateId) {
    return HttpResponse::json(m_storage.attributes(candidateId).toJson());
}

HttpResponse AccountEndpoints::identifiers(qint64 candidateId) {
    return HttpResponse::json(m_storage.identifiers(candidateId).toJson());
}

HttpResponse AccountEndpoints::exams(qint64 candidateId) {
    return pageOf(m_storage.exams(candidateId));
}

HttpResponse AccountEndpoints::agreements(qint64 candidateId) {
    return pageOf(m_storage.agreements(candidateId));
}

HttpResponse AccountEndpoints::ceActivities(qint64 candidateId) {
    return pageOf(m_storage.ceActivities(candidateId));
}

HttpResponse AccountEndpoints::transactions(qint64 candidateId) {
    return pageOf(m_storage.transactions(candidateId));
}

domain::Certification AccountEndpoints::summary(const HeldCertification &held) {
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

domain::CertificationDetail AccountEndpoints::detail(qint64 candidateId,
                                                     const HeldCertification &held) {
    const QDate today = m_clock.today();
    const CertificationDefinition &def = definition(held.definitionId);
    domain::CertificationDetail d;
    d.summary = summary(held);
    const bool active = d.summary.status == domain::Certification::Status::Active;

    domain::RequirementFacts facts;
    d.ceCreditsLabel = def.ceCreditsLabel;
    for (domain::CeCredit credit : held.ceCredits) {
        const bool counts = credit.activeDate <= today && today < credit.inactiveDate;
        credit.status = counts ? QStringLiteral("Active") : QStringLiteral("Expired");
        if (counts)
            facts.ceCredits += credit.points;
        d.ceCredits.append(credit);
    }
    // Keeping a certification counts only exams passed since it was last (re)certified;
    // earning one counts every pass.
    for (const domain::Exam &exam : m_storage.exams(candidateId)) {
        if (exam.grade == domain::Exam::Grade::Pass && (!active || exam.date > held.active))
            facts.passedExamCodes.insert(exam.code);
    }
    for (const HeldCertification &other : m_storage.certifications(candidateId)) {
        if (summary(other).status == domain::Certification::Status::Active)
            facts.activeCertificationIds.insert(other.definitionId);
    }
    const std::optional<domain::RequirementRule> &rule =
        active ? def.recertification : def.requirements;
    if (rule)
        d.progress = domain::RequirementProgress::evaluate(*rule, facts);
    d.history = held.history;
    d.durationMonths = def.durationMonths;
    // A renewal of a higher certification the candidate holds renews this one too.
    for (const HeldCertification &other : m_storage.certifications(candidateId)) {
        if (other.id != held.id && !other.revokedAt &&
            definition(other.definitionId).renews.contains(held.definitionId))
            d.renewedBy.append(other.id);
    }
    return d;
}

HttpResponse AccountEndpoints::recertificationPlan(qint64 candidateId) {
    QList<domain::CertificationDetail> details;
    for (const HeldCertification &held : m_storage.certifications(candidateId))
        details.append(detail(candidateId, held));
    return HttpResponse::json(
        domain::RecertificationPlan::evaluate(details, m_clock.today()).toJson());
}

HttpResponse AccountEndpoints::certifications(qint64 candidateId) {
    QList<domain::Certification> items;
    for (const HeldCertification &held : m_storage.certifications(candidateId))
        items.append(summary(held));
    return pageOf(items);
}

HttpResponse AccountEndpoints::certification(qint64 candidateId, const QString &certificationId) {
    const std::optional<HeldCertification> held =
        m_storage.certification(candidateId, certificationId);
    if (!held) {
        return HttpResponse::problem(404, QStringLiteral("Not Found"),
                                     QStringLiteral("You hold no certification with this id."));
    }
    return HttpResponse::json(detail(candidateId, *held).toJson());
}

HttpResponse AccountEndpoints::logos(qint64 candidateId) {
    return HttpResponse::json(m_storage.logos(candidateId).toJson());
}

HttpResponse AccountEndpoints::fulfillment(qint64 candidateId) {
    return pageOf(m_storage.fulfillment(candidateId));
}

HttpResponse AccountEndpoints::transcripts(qint64 candidateId) {
    const QDate today = m_clock.today();
    QList<domain::Transcript> items = m_storage.transcripts(candidateId);
    for (domain::Transcript &t : items) {
        if (t.state == domain::Transcript::State::Active && t.expires < today)
            t.state = domain::Transcript::State::Expired;
        t.url = publicUrl(QStringLiteral("/transcripts/") + t.id);
    }
    return pageOf(items);
}

HttpResponse AccountEndpoints::badges(qint64 candidateId) {
    QList<domain::Badge> items = m_storage.badges(candidateId);
    for (domain::Badge &b : items)
        b.url = publicUrl(QStringLiteral("/badges/") + b.id);
    return pageOf(items);
}

} // namespace certtrack::server
