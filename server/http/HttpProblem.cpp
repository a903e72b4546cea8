#include "server/http/HttpProblem.h"

#include "domain/Json.h"
#include "server/http/JsonTextValidator.h"

namespace certtrack::server {

QJsonObject requireJsonObject(const ApiRequest &request,
                              std::initializer_list<const char *> mediaTypes) {
    const QByteArray type = request.mediaType();
    bool accepted = false;
    for (const char *mediaType : mediaTypes)
        accepted = accepted || type == mediaType;
    // JSON is UTF-8 (RFC 8259 section 8.1); a body announced in another charset would be read
    // as something it is not, so it is refused rather than guessed at.
    const QByteArray charset = request.charset();
    if (!accepted || (!charset.isEmpty() && charset != "utf-8")) {
        throw HttpProblem(415, QStringLiteral("Unsupported Media Type"),
                          QStringLiteral("Send the body as %1 in UTF-8 (no charset, or "
                                         "charset=utf-8).")
                              .arg(QString::fromLatin1(*mediaTypes.begin())));
    }
    // Before parsing: Qt's parser would refuse bytes that are not UTF-8 as malformed (400) and
    // quietly change lone surrogate escapes; either way the field deserves naming.
    if (const auto invalid = JsonTextValidator::firstInvalid(request.body))
        throw HttpProblem(HttpResponse::validationFailed({*invalid}));
    QString error;
    std::optional<QJsonObject> object = domain::parseObject(request.body, &error);
    if (!object) {
        throw HttpProblem(400, QStringLiteral("Bad Request"),
                          QStringLiteral("The body is not a JSON object: %1").arg(error));
    }
    return *object;
}

} // namespace certtrack::server
