#include "client/AuthorizedFetch.h"

#include "client/ApiClient.h"

namespace certtrack::client {

AuthorizedFetch::AuthorizedFetch(Session *session, const QString &path, const QByteArray &etag)
    : AuthorizedRequest(session,
                        [path, etag](ApiClient *api, const QString &accessToken) {
                            return api->fetch(path, accessToken, etag);
                        })
    , m_path(path)
    , m_etag(etag) {}

} // namespace certtrack::client
