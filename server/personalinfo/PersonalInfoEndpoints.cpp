#include "server/personalinfo/PersonalInfoEndpoints.h"

#include "domain/Json.h"
#include "server/core/Logging.h"

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

std::optional<QJsonObject> mergePatchBody(const ApiRequest &request, HttpResponse *refusal) {
    const QByteArray type = request.mediaType();
    if (type != "application/merge-patch+json" && type != "application/json") {
        *refusal =
            HttpResponse::problem(415, QStringLiteral("Unsupported Media Type"),
                                  QStringLiteral("Send the body as application/merge-patch+json."));
        return std::nullopt;
    }
    QString error;
    std::optional<QJsonObject> object = domain::parseObject(request.body, &error);
    if (!object) {
        *refusal =
            HttpResponse::problem(400, QStringLiteral("Bad Request"),
                                  QStringLiteral("The body is not a JSON object: %1").arg(error));
    }
    return object;
}

qsizetype characterCount(const QString &text) {
    return text.toUcs4().size();
}

} // namespace

PersonalInfoEndpoints::PersonalInfoEndpoints(Storage &storage, const Clock &clock)
    : m_storage(storage)
    , m_clock(clock) {}

HttpResponse PersonalInfoEndpoints::patchSettings(const ApiRequest &request, qint64 candidateId) {
    const domain::Settings current = m_storage.settings(candidateId);
    if (auto failure = preconditionFailure(request, HttpResponse::json(current.toJson()).body,
                                           QStringLiteral("settings")))
        return *failure;
    HttpResponse refusal;
    const std::optional<QJsonObject> patch = mergePatchBody(request, &refusal);
    if (!patch)
        return refusal;

    QHash<QString, std::optional<bool>> answers;
    for (const domain::SettingsQuestion &question : current.questions)
        answers.insert(question.id, question.answer);
    FieldErrors errors;
    for (auto it = patch->begin(); it != patch->end(); ++it) {
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

    m_storage.saveSettings(candidateId, answers, m_clock.today());
    qCInfo(lcServer) << "settings confirmed by candidate" << candidateId;
    return representation(m_storage.settings(candidateId).toJson());
}

HttpResponse PersonalInfoEndpoints::patchAttributes(const ApiRequest &request, qint64 candidateId) {
    const domain::Attributes current = m_storage.attributes(candidateId);
    if (auto failure = preconditionFailure(request, HttpResponse::json(current.toJson()).body,
                                           QStringLiteral("attributes")))
        return *failure;
    HttpResponse refusal;
    const std::optional<QJsonObject> patch = mergePatchBody(request, &refusal);
    if (!patch)
        return refusal;

    QHash<QString, domain::Attribute> byId;
    for (const domain::Attribute &attribute : current.items)
        byId.insert(attribute.id, attribute);
    FieldErrors errors;
    QHash<QString, QString> values;
    for (auto it = patch->begin(); it != patch->end(); ++it) {
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
        m_storage.setAttribute(candidateId, it.key(), it.value());
    qCInfo(lcServer) << "attributes updated by candidate" << candidateId;
    return representation(m_storage.attributes(candidateId).toJson());
}

} // namespace certtrack::server
