// The router's path matching and ApiServer's dispatch (404, 405 with Allow, 413, ETag and
// If-None-Match) over a route table read from the input:
//   line 1: the request, "METHOD PATH"
//   line 2: an If-None-Match value (may be empty)
//   then:   one route a line, "METHOD TEMPLATE", e.g. "GET /api/v1/me/orders/{id}"
// The corpus holds certtrackd's own route table.

#include "server/http/ApiServer.h"

#include <QJsonObject>

#include <cstdint>
#include <cstdlib>

using namespace certtrack::server;

namespace {

HttpResponse echo(const ApiRequest &request) {
    QJsonObject parameters;
    for (auto it = request.pathParameters.cbegin(); it != request.pathParameters.cend(); ++it)
        parameters.insert(it.key(), it.value());
    return HttpResponse::json(parameters);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size) {
    const QList<QByteArray> lines =
        QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)).split('\n');
    if (lines.size() < 2 || lines.size() > 200)
        return 0;
    Router router;
    for (qsizetype i = 2; i < lines.size(); ++i) {
        const QByteArray &line = lines.at(i);
        const qsizetype space = line.indexOf(' ');
        if (space <= 0)
            continue;
        router.add({line.left(space), QString::fromUtf8(line.mid(space + 1)), echo});
    }
    const ApiServer server(router, 4096);
    const QByteArray &first = lines.at(0);
    const qsizetype space = first.indexOf(' ');
    ApiRequest request;
    request.method = space < 0 ? first : first.left(space);
    request.path = space < 0 ? QString() : QString::fromUtf8(first.mid(space + 1));
    if (!lines.at(1).isEmpty())
        request.headers.append({"If-None-Match", lines.at(1)});
    const HttpResponse response = server.dispatch(request);
    if (response.status == 405 && response.header("Allow").isEmpty())
        std::abort();
    if (response.status == 304 && !response.body.isEmpty())
        std::abort();
    return 0;
}
