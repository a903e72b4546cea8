#pragma once

#include <QList>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>

#include <optional>

namespace certtrack::server {

// The server's certificate chain and private key.
struct TlsMaterial {
    QList<QSslCertificate> chain; // leaf first
    QSslKey key;

    // Reads a PEM chain and a PEM key (EC or RSA).
    static std::optional<TlsMaterial> load(const QString &certificatePath, const QString &keyPath,
                                           QString *error);

    // Makes, or reuses when still valid, a private CA (dir/ca.pem, dir/ca-key.pem) and a leaf
    // for DNS:localhost and IP:127.0.0.1 signed by it (dir/server.pem, dir/server-key.pem), all
    // ECDSA P-256. Keeping the CA across restarts lets clients keep trusting the same file.
    static std::optional<TlsMaterial> selfSigned(const QString &dir, QString *error);
};

} // namespace certtrack::server
