#include "server/auth/AuthEndpoints.h"

#include "server/http/FormBody.h"

#include <QJsonObject>

#include <optional>

namespace certtrack::server {

namespace {

HttpResponse unauthorized(const QString &detail, const QByteArray &challenge) {
    HttpResponse response = HttpResponse::problem(401, QStringLiteral("Unauthorized"), detail);
    response.setHeader("WWW-Authenticate", challenge);
    return response;
}

struct Form {
    QHash<QString, QString> fields;
    QString error; // fit for error_description
};

// application/x-www-form-urlencoded, strictly: RFC 6749 forbids repeating a parameter.
Form parseForm(const ApiRequest &request) {
    Form form;
    if (request.mediaType() != "application/x-www-form-urlencoded") {
        form.error = QStringLiteral("The body must be application/x-www-form-urlencoded.");
        return form;
    }
    const FormBody body(request.body);
    for (const auto &[key, value] : body.items()) {
        if (form.fields.contains(key)) {
            form.error = QStringLiteral("The parameter %1 is given more than once.").arg(key);
            return form;
        }
        form.fields.insert(key, value);
    }
    return form;
}

HttpResponse invalidRequest(const QString &description) {
    return HttpResponse::oauthError(400, QStringLiteral("invalid_request"), description);
}

std::optional<HttpResponse> refuseClientAuthentication(const ApiRequest &request) {
    // Only public clients exist; a client that authenticates is one this server does not know.
    if (request.header("Authorization").isEmpty())
        return std::nullopt;
    HttpResponse response = HttpResponse::oauthError(
        401, QStringLiteral("invalid_client"),
        QStringLiteral("This server has no confidential clients; send no client credentials."));
    response.setHeader("WWW-Authenticate", "Basic realm=\"certtrack\"");
    return response;
}

} // namespace

AuthEndpoints::AuthEndpoints(TokenService &tokens)
    : m_tokens(tokens) {}

HttpResponse AuthEndpoints::token(const ApiRequest &request) {
    if (auto refused = refuseClientAuthentication(request))
        return *refused;
    const Form form = parseForm(request);
    if (!form.error.isEmpty())
        return invalidRequest(form.error);
    const QString grantType = form.fields.value(QStringLiteral("grant_type"));
    TokenService::Grant grant;
    if (grantType.isEmpty()) {
        return invalidRequest(QStringLiteral("grant_type is missing."));
    } else if (grantType == QLatin1String("password")) {
        const QString username = form.fields.value(QStringLiteral("username"));
        const QString password = form.fields.value(QStringLiteral("password"));
        if (username.isEmpty() || password.isEmpty())
            return invalidRequest(
                QStringLiteral("The password grant needs username and password."));
        grant = m_tokens.passwordGrant(username, password, request.remoteAddress.toString());
    } else if (grantType == QLatin1String("refresh_token")) {
        const QString refreshToken = form.fields.value(QStringLiteral("refresh_token"));
        if (refreshToken.isEmpty())
            return invalidRequest(QStringLiteral("The refresh_token grant needs refresh_token."));
        grant = m_tokens.refreshGrant(refreshToken);
    } else {
        return HttpResponse::oauthError(
            400, QStringLiteral("unsupported_grant_type"),
            QStringLiteral("This server takes the password and refresh_token grants."));
    }

    if (!grant.ok) {
        HttpResponse response =
            HttpResponse::oauthError(grant.status, grant.error, grant.description);
        if (grant.retryAfterSeconds > 0)
            response.setHeader("Retry-After", QByteArray::number(grant.retryAfterSeconds));
        return response;
    }
    HttpResponse response =
        HttpResponse::json(QJsonObject{{QStringLiteral("access_token"), grant.accessToken},
                                       {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                                       {QStringLiteral("expires_in"), grant.expiresIn},
                                       {QStringLiteral("refresh_token"), grant.refreshToken}});
    response.setHeader("Cache-Control", "no-store");
    response.setHeader("Pragma", "no-cache");
    return response;
}

HttpResponse AuthEndpoints::revoke(const ApiRequest &request) {
    if (auto refused = refuseClientAuthentication(request))
        return *refused;
    const Form form = parseForm(request);
    if (!form.error.isEmpty())
        return invalidRequest(form.error);
    const QString token = form.fields.value(QStringLiteral("token"));
    if (token.isEmpty())
        return invalidRequest(QStringLiteral("token is missing."));
    m_tokens.revoke(token);
    HttpResponse response;
    response.status = 200;
    response.setHeader("Cache-Control", "no-store");
    return response;
}

void addRoutes(Router &router, AuthEndpoints *endpoints) {
    router.add({"POST", QStringLiteral("/api/v1/auth/token"),
                [auth = endpoints](const ApiRequest &request) { return auth->token(request); }});
    router.add({"POST", QStringLiteral("/api/v1/auth/revoke"),
                [auth = endpoints](const ApiRequest &request) { return auth->revoke(request); }});
}

CandidateGuard bearerGuard(TokenService *tokens) {
    return [tokens](CandidateHandler handler) -> Route::Handler {
        return [tokens, handler = std::move(handler)](const ApiRequest &request) {
            const QByteArray authorization = request.header("Authorization").trimmed();
            const qsizetype space = authorization.indexOf(' ');
            const QByteArray scheme = space > 0 ? authorization.left(space) : authorization;
            const QByteArray credentials =
                space > 0 ? authorization.mid(space + 1).trimmed() : QByteArray();
            if (scheme.compare("Bearer", Qt::CaseInsensitive) != 0 || credentials.isEmpty()) {
                return unauthorized(QStringLiteral("Sign in first: this needs a bearer token."),
                                    "Bearer realm=\"certtrack\"");
            }
            const TokenService::Bearer bearer =
                tokens->authenticate(QString::fromLatin1(credentials));
            if (!bearer.candidateId) {
                return unauthorized(bearer.failure,
                                    "Bearer realm=\"certtrack\", error=\"invalid_token\", "
                                    "error_description=\"" +
                                        bearer.failure.toLatin1() + '"');
            }
            return handler(request, *bearer.candidateId);
        };
    };
}

} // namespace certtrack::server
