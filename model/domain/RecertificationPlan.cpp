#include "domain/RecertificationPlan.h"

#include "domain/Json.h"

#include <algorithm>

namespace certtrack::domain {

namespace {

const std::pair<RenewalNeed::Kind, const char *> kNeedKinds[] = {
    {RenewalNeed::Kind::Exam, "exam"},
    {RenewalNeed::Kind::CeCredits, "ceCredits"},
    {RenewalNeed::Kind::Certification, "certification"},
    {RenewalNeed::Kind::Renewal, "renewal"},
    {RenewalNeed::Kind::AnyOf, "anyOf"},
    {RenewalNeed::Kind::AllOf, "allOf"},
};

int monthsBetween(const QDate &from, const QDate &to) {
    return (to.year() - from.year()) * 12 + (to.month() - from.month());
}

RenewalNeed group(RenewalNeed::Kind kind, const QString &title, qint64 amount,
                  QList<RenewalNeed> parts) {
    RenewalNeed need;
    need.kind = kind;
    need.title = title;
    need.amount = amount;
    need.parts = std::move(parts);
    return need;
}

// A child's needs as one need: itself when it is one thing, "all of" them otherwise.
RenewalNeed asOneNeed(const RequirementProgress &child) {
    QList<RenewalNeed> needs = RecertificationPlan::needsOf(child);
    if (needs.size() == 1)
        return needs.takeFirst();
    return group(RenewalNeed::Kind::AllOf, child.title, 0, std::move(needs));
}

QList<const RequirementProgress *> unmetChildren(const RequirementProgress &progress) {
    QList<const RequirementProgress *> unmet;
    for (const RequirementProgress &child : progress.children) {
        if (child.state != RequirementProgress::State::Met)
            unmet.append(&child);
    }
    return unmet;
}

} // namespace

QString toString(RenewalNeed::Kind kind) {
    for (const auto &[k, name] : kNeedKinds) {
        if (k == kind)
            return QString::fromLatin1(name);
    }
    return {};
}

QString toString(RecertificationEntry::State state) {
    return state == RecertificationEntry::State::Active ? QStringLiteral("active")
                                                        : QStringLiteral("expired");
}

RenewalNeed RenewalNeed::fromJson(JsonReader &reader) {
    RenewalNeed need;
    const QString kind = reader.string("kind");
    bool known = false;
    for (const auto &[k, name] : kNeedKinds) {
        if (kind == QLatin1String(name)) {
            need.kind = k;
            known = true;
        }
    }
    if (!known && reader.ok())
        reader.fail(QStringLiteral("kind"), QStringLiteral("unknown renewal need"));
    need.title = reader.string("title");
    need.reference = reader.optionalString("reference");
    need.amount = reader.integer("amount");
    need.parts = reader.list<RenewalNeed>("parts", &RenewalNeed::fromJson);
    return need;
}

QJsonObject RenewalNeed::toJson() const {
    QJsonArray array;
    for (const RenewalNeed &part : parts)
        array.append(part.toJson());
    return {
        {QStringLiteral("kind"), toString(kind)},
        {QStringLiteral("title"), title},
        {QStringLiteral("reference"), reference.isEmpty() ? QJsonValue() : QJsonValue(reference)},
        {QStringLiteral("amount"), amount},
        {QStringLiteral("parts"), array}};
}

RenewalOption RenewalOption::fromJson(JsonReader &reader) {
    RenewalOption option;
    option.title = reader.string("title");
    option.throughCertificationId = reader.optionalString("throughCertificationId");
    option.needs = reader.list<RenewalNeed>("needs", &RenewalNeed::fromJson);
    option.renewedOn = reader.date("renewedOn");
    option.newExpiry = reader.date("newExpiry");
    return option;
}

QJsonObject RenewalOption::toJson() const {
    QJsonArray array;
    for (const RenewalNeed &need : needs)
        array.append(need.toJson());
    return {{QStringLiteral("title"), title},
            {QStringLiteral("throughCertificationId"),
             throughCertificationId.isEmpty() ? QJsonValue() : QJsonValue(throughCertificationId)},
            {QStringLiteral("needs"), array},
            {QStringLiteral("renewedOn"), formatDate(renewedOn)},
            {QStringLiteral("newExpiry"), formatDate(newExpiry)}};
}

RecertificationEntry RecertificationEntry::fromJson(JsonReader &reader) {
    RecertificationEntry e;
    e.certificationId = reader.string("certificationId");
    e.name = reader.string("name");
    e.acronym = reader.optionalString("acronym");
    e.ceCreditsLabel = reader.optionalString("ceCreditsLabel");
    const QString state = reader.string("state");
    if (state == QLatin1String("active"))
        e.state = State::Active;
    else if (state == QLatin1String("expired"))
        e.state = State::Expired;
    else if (reader.ok())
        reader.fail(QStringLiteral("state"), QStringLiteral("expected active or expired"));
    e.expires = reader.date("expires");
    e.daysLeft = reader.integer("daysLeft");
    e.durationMonths = int(reader.integer("durationMonths"));
    e.flagged = reader.boolean("flagged");
    e.expiryIfRenewedOnLastDay = reader.optionalDate("expiryIfRenewedOnLastDay").value_or(QDate());
    e.alsoRenews = reader.stringList("alsoRenews");
    e.options = reader.list<RenewalOption>("options", &RenewalOption::fromJson);
    return e;
}

QJsonObject RecertificationEntry::toJson() const {
    QJsonArray array;
    for (const RenewalOption &option : options)
        array.append(option.toJson());
    return {{QStringLiteral("certificationId"), certificationId},
            {QStringLiteral("name"), name},
            {QStringLiteral("acronym"), acronym},
            {QStringLiteral("ceCreditsLabel"), ceCreditsLabel},
            {QStringLiteral("state"), toString(state)},
            {QStringLiteral("expires"), formatDate(expires)},
            {QStringLiteral("daysLeft"), daysLeft},
            {QStringLiteral("durationMonths"), durationMonths},
            {QStringLiteral("flagged"), flagged},
            {QStringLiteral("expiryIfRenewedOnLastDay"),
             expiryIfRenewedOnLastDay.isValid() ? QJsonValue(formatDate(expiryIfRenewedOnLastDay))
                                                : QJsonValue()},
            {QStringLiteral("alsoRenews"), QJsonArray::fromStringList(alsoRenews)},
            {QStringLiteral("options"), array}};
}

QDate RecertificationPlan::renewedExpiry(const QDate &renewalDate, int durationMonths) {
    return renewalDate.addMonths(durationMonths);
}

QList<RenewalNeed> RecertificationPlan::needsOf(const RequirementProgress &progress) {
    if (progress.state == RequirementProgress::State::Met)
        return {};
    RenewalNeed need;
    need.title = progress.title;
    need.reference = progress.reference;
    switch (progress.kind) {
    case RequirementRule::Kind::Exam:
        need.kind = RenewalNeed::Kind::Exam;
        return {need};
    case RequirementRule::Kind::Certification:
        need.kind = RenewalNeed::Kind::Certification;
        return {need};
    case RequirementRule::Kind::CeCredits:
        need.kind = RenewalNeed::Kind::CeCredits;
        need.amount = progress.required - progress.achieved;
        return {need};
    case RequirementRule::Kind::AllOf: {
        QList<RenewalNeed> needs;
        for (const RequirementProgress *child : unmetChildren(progress))
            needs += needsOf(*child);
        return needs;
    }
    case RequirementRule::Kind::AnyOf:
        break;
    }
    const QList<const RequirementProgress *> unmet = unmetChildren(progress);
    const qint64 missing = progress.required - progress.achieved;
    // Only one way left: its needs are the needs, without a "1 of" around them.
    if (unmet.size() == 1 && missing == 1)
        return needsOf(*unmet.constFirst());
    QList<RenewalNeed> parts;
    for (const RequirementProgress *child : unmet)
        parts.append(asOneNeed(*child));
    return {group(RenewalNeed::Kind::AnyOf, progress.title, missing, std::move(parts))};
}

QList<RenewalOption> RecertificationPlan::optionsOf(const RequirementProgress &progress) {
    const auto option = [](const QString &title, QList<RenewalNeed> needs) {
        RenewalOption o;
        o.title = title;
        o.needs = std::move(needs);
        return o;
    };
    const bool anyOneMore = progress.kind == RequirementRule::Kind::AnyOf &&
                            progress.state != RequirementProgress::State::Met &&
                            progress.required - progress.achieved == 1;
    if (!anyOneMore)
        return {option(progress.title, needsOf(progress))};
    // One more child completes the rule: each child not yet met is a way of its own.
    QList<RenewalOption> options;
    for (const RequirementProgress *child : unmetChildren(progress))
        options.append(option(child->title, needsOf(*child)));
    return options;
}

RecertificationPlan RecertificationPlan::evaluate(const QList<CertificationDetail> &certifications,
                                                  const QDate &today) {
    RecertificationPlan plan;
    plan.today = today;
    const auto find = [&certifications](const QString &id) -> const CertificationDetail * {
        for (const CertificationDetail &d : certifications) {
            if (d.summary.id == id)
                return &d;
        }
        return nullptr;
    };
    const auto activeOn = [&today](const Certification &c) {
        return c.status != Certification::Status::Inactive &&
               Certification::statusFor(c.active, c.expires, today) ==
                   Certification::Status::Active;
    };

    for (const CertificationDetail &detail : certifications) {
        const Certification &c = detail.summary;
        if (c.status == Certification::Status::Inactive || !c.expires || c.active > today)
            continue;
        RecertificationEntry entry;
        entry.certificationId = c.id;
        entry.name = c.displayName();
        entry.acronym = c.acronym;
        entry.ceCreditsLabel = detail.ceCreditsLabel;
        entry.expires = *c.expires;
        entry.daysLeft = today.daysTo(entry.expires);
        entry.state = activeOn(c) ? RecertificationEntry::State::Active
                                  : RecertificationEntry::State::Expired;
        entry.durationMonths =
            detail.durationMonths > 0 ? detail.durationMonths : monthsBetween(c.active, *c.expires);
        const bool active = entry.state == RecertificationEntry::State::Active;
        entry.flagged = active && entry.daysLeft <= kFlagDays;
        if (active)
            entry.expiryIfRenewedOnLastDay = renewedExpiry(entry.expires, entry.durationMonths);

        if (detail.progress)
            entry.options = optionsOf(*detail.progress);
        if (active) {
            for (const QString &higherId : detail.renewedBy) {
                const CertificationDetail *higher = find(higherId);
                if (!higher || !activeOn(higher->summary))
                    continue;
                RenewalNeed need;
                need.kind = RenewalNeed::Kind::Renewal;
                need.title = higher->summary.displayName();
                need.reference = higherId;
                RenewalOption option;
                option.title = need.title;
                option.throughCertificationId = higherId;
                option.needs = {need};
                entry.options.append(option);
            }
        }
        // Whatever the way, the new period counts from the day of the renewal.
        for (RenewalOption &option : entry.options) {
            option.renewedOn = today;
            option.newExpiry = renewedExpiry(today, entry.durationMonths);
        }
        for (const CertificationDetail &other : certifications) {
            if (other.renewedBy.contains(c.id) &&
                other.summary.status != Certification::Status::Inactive)
                entry.alsoRenews.append(other.summary.displayName());
        }
        plan.entries.append(entry);
    }
    std::stable_sort(plan.entries.begin(), plan.entries.end(),
                     [](const RecertificationEntry &a, const RecertificationEntry &b) {
                         if (a.state != b.state)
                             return a.state == RecertificationEntry::State::Active;
                         if (a.daysLeft != b.daysLeft)
                             return a.state == RecertificationEntry::State::Active
                                        ? a.daysLeft < b.daysLeft
                                        : a.daysLeft > b.daysLeft;
                         return a.name < b.name;
                     });
    return plan;
}

QList<RecertificationEntry> RecertificationPlan::flagged() const {
    QList<RecertificationEntry> result;
    for (const RecertificationEntry &entry : entries) {
        if (entry.flagged)
            result.append(entry);
    }
    return result;
}

RecertificationPlan RecertificationPlan::fromJson(JsonReader &reader) {
    RecertificationPlan plan;
    plan.today = reader.date("today");
    plan.entries = reader.list<RecertificationEntry>("items", &RecertificationEntry::fromJson);
    return plan;
}

QJsonObject RecertificationPlan::toJson() const {
    QJsonArray array;
    for (const RecertificationEntry &entry : entries)
        array.append(entry.toJson());
    return {{QStringLiteral("today"), formatDate(today)},
            {QStringLiteral("flagDays"), kFlagDays},
            {QStringLiteral("items"), array}};
}

} // namespace certtrack::domain
