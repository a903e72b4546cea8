#pragma once

#include "client/AuthorizedRequest.h"

namespace certtrack::client {

// A GET of one resource that revalidates: it sends If-None-Match with the cached ETag, so a 304
// costs no body. Token handling and the one retry after a 401 are AuthorizedRequest's.
class AuthorizedFetch : public AuthorizedRequest {
    Q_OBJECT
public:
    AuthorizedFetch(Session *session, const QString &path, const QByteArray &etag);

    QString path() const { return m_path; }
    QByteArray sentEtag() const { return m_etag; }

private:
    QString m_path;
    QByteArray m_etag;
};

} // namespace certtrack::client
