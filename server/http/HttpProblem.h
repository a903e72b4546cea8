#pragma once

#include "server/http/HttpMessage.h"

#include <exception>
#include <initializer_list>

namespace certtrack::server {

// A request refused partway through a handler: thrown where the refusal is found and turned into
// its answer once, in ApiServer::dispatch, so a handler reads as its happy path.
class HttpProblem : public std::exception {
public:
    explicit HttpProblem(HttpResponse response)
        : m_response(std::move(response)) {}
    HttpProblem(int status, const QString &title, const QString &detail)
        : m_response(HttpResponse::problem(status, title, detail)) {}

    const HttpResponse &response() const { return m_response; }
    const char *what() const noexcept override { return "request refused"; }

private:
    HttpResponse m_response;
};

// The body as a JSON object, sent as one of `mediaTypes` (the first is named in the refusal);
// throws HttpProblem 415 for another media type or a charset other than utf-8, 400 for a body that
// is not a JSON object and 422 naming the field for text that is not valid Unicode (a lone
// surrogate escape, bytes that are not UTF-8), which the parser would otherwise silently change.
QJsonObject requireJsonObject(const ApiRequest &request,
                              std::initializer_list<const char *> mediaTypes = {
                                  "application/json"});

} // namespace certtrack::server
