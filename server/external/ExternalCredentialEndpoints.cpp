#include "server/external/ExternalCredentialEndpoints.h"

#include "credentials/Jws.h"
#include "domain/Json.h"
#include "server/http/HttpProblem.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

namespace certtrack::server {

namespace {

HttpResponse notCredential(const QString &message) {
    domain::Problem problem;
    problem.status = 422;
    problem.title = QStringLiteral("Unprocessable Content");
    problem.detail = QStringLiteral("This is not a credential: %1").arg(message);
    problem.errors = {{QStringLiteral("credential"), message}};
    return HttpResponse::problem(problem);
}

// The form of a credential, nothing more: whether it is genuine is the verifier's question.
QString formError(const QString &text) {
    const QByteArray bytes = text.trimmed().toUtf8();
    if (bytes.startsWith('{')) {
        QJsonParseError error{};
        const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
        if (error.error != QJsonParseError::NoError || !document.isObject())
            return QStringLiteral("the JSON cannot be read.");
        const QJsonValue type = document.object().value(QLatin1String("type"));
        QStringList types;
        if (type.isString())
            types.append(type.toString());
        for (const QJsonValue &value : type.toArray())
            types.append(value.toString());
        if (types.contains(QStringLiteral("VerifiableCredential")) ||
            types.contains(QStringLiteral("Assertion")))
            return {};
        return QStringLiteral("the JSON is neither a VerifiableCredential nor an Assertion.");
    }
    const credentials::Result<credentials::ParsedJws> jws = credentials::parseJws(bytes);
    if (!jws)
        return QStringLiteral("neither credential JSON nor a compact JWT (%1).")
            .arg(jws.error().message);
    return {};
}

} // namespace

ExternalCredentialEndpoints::ExternalCredentialEndpoints(ExternalCredentialStore &store,
                                                         const Clock &clock)
    : m_store(store)
    , m_clock(clock) {}

HttpResponse ExternalCredentialEndpoints::list(qint64 candidateId) {
    domain::Page<domain::ExternalCredential> page;
    page.items = m_store.externalCredentials(candidateId);
    return HttpResponse::json(page.toJson());
}

HttpResponse ExternalCredentialEndpoints::add(const ApiRequest &request, qint64 candidateId) {
    if (request.body.size() > kMaxCredentialBytes + 1024)
        return HttpResponse::problem(413, QStringLiteral("Content Too Large"),
                                     QStringLiteral("A kept credential may be at most %1 KiB.")
                                         .arg(kMaxCredentialBytes / 1024));
    const QJsonObject body = requireJsonObject(request);
    const QJsonValue value = body.value(QLatin1String("credential"));
    if (!value.isString() || value.toString().trimmed().isEmpty())
        return notCredential(QStringLiteral("give the credential's text in \"credential\"."));
    const QString text = value.toString().trimmed();
    if (text.toUtf8().size() > kMaxCredentialBytes)
        return HttpResponse::problem(413, QStringLiteral("Content Too Large"),
                                     QStringLiteral("A kept credential may be at most %1 KiB.")
                                         .arg(kMaxCredentialBytes / 1024));
    const QString error = formError(text);
    if (!error.isEmpty())
        return notCredential(error);
    for (const domain::ExternalCredential &kept : m_store.externalCredentials(candidateId)) {
        if (kept.credential == text)
            return HttpResponse::json(kept.toJson());
    }
    domain::ExternalCredential credential;
    credential.id = QStringLiteral("ext-") + QUuid::createUuid().toString(QUuid::Id128);
    credential.credential = text;
    credential.addedAt = m_clock.now();
    m_store.insertExternalCredential(candidateId, credential);
    HttpResponse response = HttpResponse::json(credential.toJson(), 201);
    response.setHeader("Location", "/api/v1/me/external-credentials/" + credential.id.toLatin1());
    return response;
}

HttpResponse ExternalCredentialEndpoints::remove(qint64 candidateId, const QString &id) {
    if (!m_store.removeExternalCredential(candidateId, id))
        return HttpResponse::problem(404, QStringLiteral("Not Found"),
                                     QStringLiteral("You keep no credential with this id."));
    HttpResponse response;
    response.status = 204;
    return response;
}

void addRoutes(Router &router, ExternalCredentialEndpoints *endpoints,
               const CandidateGuard &guard) {
    router.add({"GET", QStringLiteral("/api/v1/me/external-credentials"),
                guard([endpoints](const ApiRequest &, qint64 candidate) {
                    return endpoints->list(candidate);
                })});
    router.add({"POST", QStringLiteral("/api/v1/me/external-credentials"),
                guard([endpoints](const ApiRequest &request, qint64 candidate) {
                    return endpoints->add(request, candidate);
                })});
    router.add({"DELETE", QStringLiteral("/api/v1/me/external-credentials/{id}"),
                guard([endpoints](const ApiRequest &request, qint64 candidate) {
                    return endpoints->remove(candidate,
                                             request.pathParameter(QStringLiteral("id")));
                })});
}

} // namespace certtrack::server
