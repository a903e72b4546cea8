#pragma once

#include <QMetaType>
#include <QString>
#include <QUrl>

namespace certtrack::client {

// Where an account lives: the server's base URL and, for a server with its own certificate
// authority, the one CA file to trust instead of the system's.
struct ServerEndpoint {
    QUrl baseUrl;   // https://host:port  (the API is baseUrl + /api/v1/...)
    QString caFile; // empty: the system's CAs; else only the CAs in this file

    // "host:port", lower-case host and explicit port: the same server always gives the same key,
    // which names its keychain entry and cache file.
    QString key() const;
    // baseUrl + /api/v1/
    QUrl apiBase() const;
    bool isValid() const;

    friend bool operator==(const ServerEndpoint &a, const ServerEndpoint &b) {
        return a.key() == b.key() && a.caFile == b.caFile;
    }
};

} // namespace certtrack::client

Q_DECLARE_METATYPE(certtrack::client::ServerEndpoint)
