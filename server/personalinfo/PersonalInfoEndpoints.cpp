#include "server/personalinfo/PersonalInfoEndpoints.h"

#include "domain/Json.h"
#include "server/core/Logging.h"

#include "server/http/HttpProblem.h"

#include <algorithm>

namespace certtrack::server {

namespace {

using FieldErrors = QList<domain::Problem::FieldError>;

// The resource's answer as a GET gives it, so its ETag is the one the client holds.
HttpResponse representation(const QJsonObject &object) {
    HttpResponse response = HttpResponse::json(object);
    response.setHeader("ETag", entityTag(response.body));
    response.setHeader("Cache-Control", "private, no-cache");
    return response;
}

// nullopt when If-Match names the current representation; otherwise the answer to give.
std::optional<HttpResponse>
preconditionFailure(const ApiRequest &request, const QByteArray &currentBody, const QString &what) {
    const QByteArray ifMatch = request.header("If-Match").trimmed();
    if (ifMatch.isEmpty()) {
        return HttpResponse::problem(
            428, QStringLiteral("Precondition Required"),
            QStringLiteral("Send If-Match with the ETag of your %1, so an edit never overwrites "
                           "another.")
                .arg(what));
    }
    const QByteArray current = entityTag(currentBody);
    // If-Match compares strongly (RFC 9110 13.1.1): a weak tag never matches.
    bool matches = ifMatch == "*";
    for (const QByteArray &tag : ifMatch.split(','))
        matches = matches || tag.trimmed() == current;
    if (matches)
        return std::nullopt;
    HttpResponse response = HttpResponse::problem(
        412, QStringLiteral("Precondition Failed"),
        QStringLiteral("Your %1 changed elsewhere since you loaded them. Reload to see the "
                       "current values, then make your change again.")
            .arg(what));
    response.setHeader("ETag", current);
    return response;
}

qsizetype characterCount(const QString &text) {
    return text.toUcs4().size();
}

} // namespace

PersonalInfoEndpoints::PersonalInfoEndpoints(PersonalInfoStore &store, const Clock &clock)
    : m_store(store)
    , m_clock(clock) {}

HttpResponse PersonalInfoEndpoints::settings(qint64 candidateId) {
    return HttpResponse::json(m_store.settings(candidateId).toJson());
}

HttpResponse PersonalInfoEndpoints::attributes(qint64 candidateId) {
    return HttpResponse::json(m_store.attributes(candidateId).toJson());
}

HttpResponse PersonalInfoEndpoints::identifiers(qint64 candidateId) {
    return HttpResponse::json(m_store.identifiers(candidateId).toJson());
}

HttpResponse PersonalInfoEndpoints::programme() {
    return HttpResponse::json(m_store.programme().toJson());
}

HttpResponse PersonalInfoEndpoints::patchSettings(const ApiRequest &request, qint64 candidateId) {
    const domain::Settings current = m_store.settings(candidateId);
    if (auto failure = preconditionFailure(request, HttpResponse::json(current.toJson()).body,
                                           QStringLiteral("settings")))
        return *failure;
    const QJsonObject patch =
        requireJsonObject(request, {"application/merge-patch+json", "application/json"});

    QHash<QString, std::optional<bool>> answers;
    for (const domain::SettingsQuestion &question : current.questions)
        answers.insert(question.id, question.answer);
    FieldErrors errors;
    for (auto it = patch.begin(); it != patch.end(); ++it) {
        if (!answers.contains(it.key())) {
            errors.append({it.key(), QStringLiteral("Not a question of this programme.")});
        } else if (it.value().isNull()) {
            answers.insert(it.key(), std::nullopt);
        } else if (it.value().isBool()) {
            answers.insert(it.key(), it.value().toBool());
        } else {
            errors.append({it.key(), QStringLiteral("Answer Yes (true) or No (false).")});
        }
    }
    for (const domain::SettingsQuestion &question : current.questions) {
        const bool reported = std::any_of(errors.cbegin(), errors.cend(),
                                          [&](const auto &e) { return e.field == question.id; });
        if (question.required && !answers.value(question.id) && !reported)
            errors.append({question.id, QStringLiteral("This question needs an answer.")});
    }
    if (!errors.isEmpty())
        return HttpResponse::validationFailed(errors);

    m_store.saveSettings(candidateId, answers, m_clock.today());
    qCInfo(lcServer) << "settings confirmed by candidate" << candidateId;
    return representation(m_store.settings(candidateId).toJson());
}

HttpResponse PersonalInfoEndpoints::patchAttributes(const ApiRequest &request, qint64 candidateId) {
    const domain::Attributes current = m_store.attributes(candidateId);
    if (auto failure = preconditionFailure(request, HttpResponse::json(current.toJson()).body,
                                           QStringLiteral("attributes")))
        return *failure;
    const QJsonObject patch =
        requireJsonObject(request, {"application/merge-patch+json", "application/json"});

    QHash<QString, domain::Attribute> byId;
    for (const domain::Attribute &attribute : current.items)
        byId.insert(attribute.id, attribute);
    FieldErrors errors;
    QHash<QString, QString> values;
    for (auto it = patch.begin(); it != patch.end(); ++it) {
        const auto found = byId.constFind(it.key());
        if (found == byId.constEnd()) {
            errors.append({it.key(), QStringLiteral("Not an attribute of this programme.")});
            continue;
        }
        if (!found->editable) {
            errors.append({it.key(), QStringLiteral("%1 is read-only.").arg(found->label)});
            continue;
        }
        if (!it.value().isString()) {
            errors.append({it.key(), QStringLiteral("Expected text.")});
            continue;
        }
        const QString text = it.value().toString().trimmed();
        const qsizetype length = characterCount(text);
        if (length < 1 || length > kMaxAttributeLength) {
            errors.append({it.key(), QStringLiteral("%1 needs 1 to %2 characters.")
                                         .arg(found->label)
                                         .arg(kMaxAttributeLength)});
            continue;
        }
        bool control = false;
        for (const QChar c : text)
            control = control || c.category() == QChar::Other_Control;
        if (control) {
            errors.append({it.key(), QStringLiteral("Control characters are not allowed.")});
            continue;
        }
        values.insert(it.key(), text);
    }
    if (!errors.isEmpty())
        return HttpResponse::validationFailed(errors);
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        m_store.setAttribute(candidateId, it.key(), it.value());
    qCInfo(lcServer) << "attributes updated by candidate" << candidateId;
    return representation(m_store.attributes(candidateId).toJson());
}

void addRoutes(Router &router, PersonalInfoEndpoints *endpoints, const CandidateGuard &guard) {
    PersonalInfoEndpoints *info = endpoints;
    router.add({"GET", QStringLiteral("/api/v1/me/settings"),
                guard([info](const ApiRequest &, qint64 id) { return info->settings(id); })});
    router.add({"GET", QStringLiteral("/api/v1/me/attributes"),
                guard([info](const ApiRequest &, qint64 id) { return info->attributes(id); })});
    router.add({"PATCH", QStringLiteral("/api/v1/me/settings"),
                guard([info](const ApiRequest &request, qint64 id) {
                    return info->patchSettings(request, id);
                })});
    router.add({"PATCH", QStringLiteral("/api/v1/me/attributes"),
                guard([info](const ApiRequest &request, qint64 id) {
                    return info->patchAttributes(request, id);
                })});
    router.add({"GET", QStringLiteral("/api/v1/me/identifiers"),
                guard([info](const ApiRequest &, qint64 id) { return info->identifiers(id); })});
    router.add({"GET", QStringLiteral("/api/v1/programme"),
                guard([info](const ApiRequest &, qint64) { return info->programme(); })});
}

} // namespace certtrack::server
