#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace certtrack::verification {

// The account's own issuer as the client last synced it: the JWK Set of /issuer/keys and the
// revocation list VC-JWT of /issuer/status/revocation, with when each was fetched. A credential
// whose key is one of these is checked against them offline; nothing goes to the network.
struct IssuerSnapshot {
    QByteArray keys;       // JWK Set JSON; empty: never synced
    QByteArray statusList; // compact VC-JWT; empty: never synced
    QDateTime keysFetchedAt;
    QDateTime statusListFetchedAt;

    bool hasKeys() const { return !keys.isEmpty(); }
    // Every kid of the key set (each is ORIGIN/issuer/keys/THUMBPRINT).
    QStringList kids() const;
    // The issuer's origin, read from its kids: "https://host:port"; empty without keys.
    QString origin() const;
    // Whether statusList is a VC-JWT signed by one of keys (its kid in the set, the signature
    // good): what a sync checks before keeping the list. error says why not.
    bool statusListIsSigned(QString *error) const;
};

} // namespace certtrack::verification
