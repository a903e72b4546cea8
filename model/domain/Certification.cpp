#include "domain/Certification.h"

#include "domain/Json.h"

namespace certtrack::domain {

namespace {

const std::pair<RequirementRule::Kind, const char *> kRuleKinds[] = {
    {RequirementRule::Kind::AllOf, "allOf"},
    {RequirementRule::Kind::AnyOf, "anyOf"},
    {RequirementRule::Kind::Exam, "exam"},
    {RequirementRule::Kind::CeCredits, "ceCredits"},
    {RequirementRule::Kind::Certification, "certification"},
};

RequirementProgress::State stateFor(qint64 achieved, qint64 required) {
    if (required > 0 && achieved >= required)
        return RequirementProgress::State::Met;
    return achieved > 0 ? RequirementProgress::State::InProgress
                        : RequirementProgress::State::NotStarted;
}

} // namespace

QString toString(RequirementRule::Kind kind) {
    for (const auto &[k, name] : kRuleKinds) {
        if (k == kind)
            return QString::fromLatin1(name);
    }
    return {};
}

std::optional<RequirementRule::Kind> requirementKindFromString(const QString &text) {
    for (const auto &[k, name] : kRuleKinds) {
        if (text == QLatin1String(name))
            return k;
    }
    return std::nullopt;
}

QString toString(RequirementProgress::State state) {
    switch (state) {
    case RequirementProgress::State::Met:
        return QStringLiteral("met");
    case RequirementProgress::State::InProgress:
        return QStringLiteral("inProgress");
    case RequirementProgress::State::NotStarted:
        break;
    }
    return QStringLiteral("notStarted");
}

QString toString(Certification::Status status) {
    switch (status) {
    case Certification::Status::Active:
        return QStringLiteral("active");
    case Certification::Status::Expired:
        return QStringLiteral("expired");
    case Certification::Status::Inactive:
        break;
    }
    return QStringLiteral("inactive");
}

RequirementRule RequirementRule::fromJson(JsonReader &reader) {
    RequirementRule rule;
    const QString kind = reader.string("kind");
    const auto parsed = requirementKindFromString(kind);
    if (!parsed && reader.ok())
        reader.fail(QStringLiteral("kind"), QStringLiteral("unknown requirement kind"));
    rule.kind = parsed.value_or(Kind::AllOf);
    rule.title = reader.string("title");
    switch (rule.kind) {
    case Kind::AllOf:
        rule.children = reader.list<RequirementRule>("children", &RequirementRule::fromJson);
        break;
    case Kind::AnyOf:
        rule.count = reader.integer("count");
        rule.children = reader.list<RequirementRule>("children", &RequirementRule::fromJson);
        if (reader.ok() && (rule.count < 1 || rule.count > rule.children.size()))
            reader.fail(QStringLiteral("count"),
                        QStringLiteral("must be between 1 and the number of children"));
        break;
    case Kind::CeCredits:
        rule.count = reader.integer("count");
        if (reader.ok() && rule.count < 1)
            reader.fail(QStringLiteral("count"), QStringLiteral("must be positive"));
        break;
    case Kind::Exam:
    case Kind::Certification:
        rule.reference = reader.string("reference");
        break;
    }
    return rule;
}

QJsonObject RequirementRule::toJson() const {
    QJsonObject json{{QStringLiteral("kind"), toString(kind)}, {QStringLiteral("title"), title}};
    if (kind == Kind::AnyOf || kind == Kind::CeCredits)
        json.insert(QStringLiteral("count"), count);
    if (kind == Kind::Exam || kind == Kind::Certification)
        json.insert(QStringLiteral("reference"), reference);
    if (kind == Kind::AllOf || kind == Kind::AnyOf) {
        QJsonArray array;
        for (const RequirementRule &child : children)
            array.append(child.toJson());
        json.insert(QStringLiteral("children"), array);
    }
    return json;
}

QString RequirementProgress::label() const {
    return QStringLiteral("%1 - (%2 / %3)").arg(number).arg(achieved).arg(required);
}

RequirementProgress RequirementProgress::evaluate(const RequirementRule &rule,
                                                  const RequirementFacts &facts,
                                                  const QString &number) {
    RequirementProgress node;
    node.number = number;
    node.title = rule.title;
    node.kind = rule.kind;
    node.reference = rule.reference;
    switch (rule.kind) {
    case RequirementRule::Kind::AllOf:
    case RequirementRule::Kind::AnyOf: {
        qint64 met = 0;
        bool anyProgress = false;
        for (qsizetype i = 0; i < rule.children.size(); ++i) {
            RequirementProgress child = evaluate(
                rule.children.at(i), facts, number + QLatin1Char('.') + QString::number(i + 1));
            if (child.state == State::Met)
                ++met;
            if (child.state != State::NotStarted)
                anyProgress = true;
            node.children.append(std::move(child));
        }
        node.required =
            rule.kind == RequirementRule::Kind::AllOf ? rule.children.size() : rule.count;
        node.achieved = qMin(met, node.required);
        node.state = node.achieved >= node.required && node.required > 0
                         ? State::Met
                         : (anyProgress ? State::InProgress : State::NotStarted);
        return node;
    }
    case RequirementRule::Kind::Exam:
        node.required = 1;
        node.achieved = facts.passedExamCodes.contains(rule.reference) ? 1 : 0;
        break;
    case RequirementRule::Kind::CeCredits:
        node.required = rule.count;
        node.achieved = qMin(facts.ceCredits, rule.count);
        break;
    case RequirementRule::Kind::Certification:
        node.required = 1;
        node.achieved = facts.activeCertificationIds.contains(rule.reference) ? 1 : 0;
        break;
    }
    node.state = stateFor(node.achieved, node.required);
    return node;
}

RequirementProgress RequirementProgress::fromJson(JsonReader &reader) {
    RequirementProgress node;
    node.number = reader.string("number");
    node.title = reader.string("title");
    const auto kind = requirementKindFromString(reader.string("kind"));
    if (!kind && reader.ok())
        reader.fail(QStringLiteral("kind"), QStringLiteral("unknown requirement kind"));
    node.kind = kind.value_or(RequirementRule::Kind::AllOf);
    node.reference = reader.optionalString("reference");
    node.achieved = reader.integer("achieved");
    node.required = reader.integer("required");
    const QString state = reader.string("state");
    if (state == QLatin1String("met"))
        node.state = State::Met;
    else if (state == QLatin1String("inProgress"))
        node.state = State::InProgress;
    else if (state == QLatin1String("notStarted"))
        node.state = State::NotStarted;
    else
        reader.fail(QStringLiteral("state"), QStringLiteral("unknown progress state"));
    node.children = reader.list<RequirementProgress>("children", &RequirementProgress::fromJson);
    return node;
}

QJsonObject RequirementProgress::toJson() const {
    QJsonArray array;
    for (const RequirementProgress &child : children)
        array.append(child.toJson());
    return {
        {QStringLiteral("number"), number},
        {QStringLiteral("title"), title},
        {QStringLiteral("kind"), toString(kind)},
        {QStringLiteral("achieved"), achieved},
        {QStringLiteral("required"), required},
        {QStringLiteral("state"), toString(state)},
        {QStringLiteral("children"), array},
        {QStringLiteral("reference"), reference.isEmpty() ? QJsonValue() : QJsonValue(reference)}};
}

CeCredit CeCredit::fromJson(JsonReader &reader) {
    CeCredit c;
    c.id = reader.string("id");
    c.activeDate = reader.date("activeDate");
    c.inactiveDate = reader.date("inactiveDate");
    c.points = reader.integer("points");
    c.status = reader.string("status");
    return c;
}

QJsonObject CeCredit::toJson() const {
    return {{QStringLiteral("id"), id},
            {QStringLiteral("activeDate"), formatDate(activeDate)},
            {QStringLiteral("inactiveDate"), formatDate(inactiveDate)},
            {QStringLiteral("points"), points},
            {QStringLiteral("status"), status}};
}

HistoryEntry HistoryEntry::fromJson(JsonReader &reader) {
    HistoryEntry h;
    h.date = reader.date("date");
    h.text = reader.string("text");
    return h;
}

QJsonObject HistoryEntry::toJson() const {
    return {{QStringLiteral("date"), formatDate(date)}, {QStringLiteral("text"), text}};
}

QString Certification::displayName() const {
    return acronym.isEmpty() ? name : name + QStringLiteral(" (") + acronym + QLatin1Char(')');
}

Certification::Status Certification::statusFor(const QDate &active,
                                               const std::optional<QDate> &expires,
                                               const QDate &today) {
    if (active > today)
        return Status::Inactive;
    // A certification is valid through its expiry date and expired from the day after.
    if (expires && *expires < today)
        return Status::Expired;
    return Status::Active;
}

Certification Certification::fromJson(JsonReader &reader) {
    Certification c;
    c.id = reader.string("id");
    c.track = reader.string("track");
    c.name = reader.string("name");
    c.acronym = reader.string("acronym");
    c.started = reader.optionalDate("started");
    c.active = reader.date("active");
    c.expires = reader.optionalDate("expires");
    const QString status = reader.string("status");
    if (status == QLatin1String("active"))
        c.status = Status::Active;
    else if (status == QLatin1String("expired"))
        c.status = Status::Expired;
    else if (status == QLatin1String("inactive"))
        c.status = Status::Inactive;
    else
        reader.fail(QStringLiteral("status"), QStringLiteral("unknown certification status"));
    JsonReader downloads = reader.child("downloads");
    c.logoAvailable = downloads.boolean("logo");
    c.pdfCertificateAvailable = downloads.boolean("pdfCertificate");
    c.verificationCode = reader.optionalString("verificationCode");
    c.revokedOn = reader.optionalDate("revokedOn");
    return c;
}

QJsonObject Certification::toJson() const {
    return {{QStringLiteral("id"), id},
            {QStringLiteral("track"), track},
            {QStringLiteral("name"), name},
            {QStringLiteral("acronym"), acronym},
            {QStringLiteral("started"), dateOrNull(started)},
            {QStringLiteral("active"), formatDate(active)},
            {QStringLiteral("expires"), dateOrNull(expires)},
            {QStringLiteral("status"), toString(status)},
            {QStringLiteral("downloads"),
             QJsonObject{{QStringLiteral("logo"), logoAvailable},
                         {QStringLiteral("pdfCertificate"), pdfCertificateAvailable}}},
            {QStringLiteral("verificationCode"),
             verificationCode.isEmpty() ? QJsonValue() : QJsonValue(verificationCode)},
            {QStringLiteral("revokedOn"), dateOrNull(revokedOn)}};
}

CertificationDetail CertificationDetail::fromJson(JsonReader &reader) {
    CertificationDetail d;
    d.summary = Certification::fromJson(reader);
    if (const auto progress = reader.optionalObject("progress")) {
        JsonReader progressReader = reader.child("progress");
        d.progress = RequirementProgress::fromJson(progressReader);
    }
    d.ceCreditsLabel = reader.string("ceCreditsLabel");
    d.ceCredits = reader.list<CeCredit>("ceCredits", &CeCredit::fromJson);
    d.history = reader.list<HistoryEntry>("history", &HistoryEntry::fromJson);
    // Both came with the recertification planner; caches written before it lack them.
    const std::optional<qint64> months = reader.optionalInteger("durationMonths");
    if (months && (*months < 1 || *months > 1200))
        reader.fail(QStringLiteral("durationMonths"), QStringLiteral("must be 1 to 1200"));
    d.durationMonths = int(months.value_or(0));
    if (reader.has("renewedBy"))
        d.renewedBy = reader.stringList("renewedBy");
    return d;
}

QJsonObject CertificationDetail::toJson() const {
    QJsonObject json = summary.toJson();
    json.insert(QStringLiteral("progress"),
                progress ? QJsonValue(progress->toJson()) : QJsonValue());
    json.insert(QStringLiteral("ceCreditsLabel"), ceCreditsLabel);
    QJsonArray credits;
    for (const CeCredit &c : ceCredits)
        credits.append(c.toJson());
    json.insert(QStringLiteral("ceCredits"), credits);
    QJsonArray entries;
    for (const HistoryEntry &h : history)
        entries.append(h.toJson());
    json.insert(QStringLiteral("history"), entries);
    json.insert(QStringLiteral("durationMonths"),
                durationMonths > 0 ? QJsonValue(durationMonths) : QJsonValue());
    json.insert(QStringLiteral("renewedBy"), QJsonArray::fromStringList(renewedBy));
    return json;
}

Logo Logo::fromJson(JsonReader &reader) {
    Logo l;
    l.id = reader.string("id");
    l.name = reader.string("name");
    l.certificationId = reader.optionalString("certificationId");
    l.formats = reader.stringList("formats");
    return l;
}

QJsonObject Logo::toJson() const {
    return {{QStringLiteral("id"), id},
            {QStringLiteral("name"), name},
            {QStringLiteral("certificationId"), certificationId},
            {QStringLiteral("formats"), QJsonArray::fromStringList(formats)}};
}

Logos Logos::fromJson(JsonReader &reader) {
    Logos l;
    l.guidelinesAccepted = reader.boolean("guidelinesAccepted");
    l.guidelinesAcceptedAt = reader.optionalInstant("guidelinesAcceptedAt");
    l.guidelinesText = reader.optionalString("guidelinesText");
    l.items = reader.list<Logo>("items", &Logo::fromJson);
    return l;
}

QJsonObject Logos::toJson() const {
    QJsonArray array;
    for (const Logo &l : items)
        array.append(l.toJson());
    return {{QStringLiteral("guidelinesAccepted"), guidelinesAccepted},
            {QStringLiteral("guidelinesAcceptedAt"), instantOrNull(guidelinesAcceptedAt)},
            {QStringLiteral("guidelinesText"), guidelinesText},
            {QStringLiteral("items"), array}};
}

} // namespace certtrack::domain
