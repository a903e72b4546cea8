#pragma once

#include "client/ServerEndpoint.h"

#include <QObject>
#include <QString>

#include <functional>

namespace certtrack::client {

// Refresh tokens of remembered accounts in the system keychain (QtKeychain: Secret Service,
// Keychain, Credential Manager). Every operation is asynchronous and reports through its
// callback, which is dropped when context is destroyed first. A disabled store (--demo, kiosk)
// never touches the keychain: writes and deletes do nothing, reads find nothing.
class CredentialStore : public QObject {
    Q_OBJECT
public:
    static constexpr const char *kService = "CertTrack";

    struct ReadResult {
        bool found = false;
        QString secret;
        QString error; // empty: no failure (a missing entry is not a failure)
    };
    using ReadCallback = std::function<void(const ReadResult &result)>;
    using DoneCallback = std::function<void(const QString &error)>; // empty: success

    explicit CredentialStore(bool enabled, QObject *parent = nullptr);

    bool isEnabled() const { return m_enabled; }
    static QString keyFor(const ServerEndpoint &endpoint, const QString &loginId);

    void readRefreshToken(const QString &key, QObject *context, ReadCallback callback);
    void writeRefreshToken(const QString &key, const QString &token, QObject *context,
                           DoneCallback callback);
    // Removing an entry that does not exist succeeds.
    void removeRefreshToken(const QString &key, QObject *context, DoneCallback callback);

private:
    bool m_enabled;
};

} // namespace certtrack::client
