#pragma once

#include <QDateTime>
#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

namespace certtrack::server {

// What certtrackd was asked to do, from its command line.
struct ServerOptions {
    QString listenHost = QStringLiteral("127.0.0.1"); // as written, for the URL we print
    QHostAddress listenAddress = QHostAddress(QHostAddress::LocalHost);
    quint16 port = 8443; // 0: any free port
    QString databasePath;
    QString seed; // empty or "demo"
    QString tlsCertificatePath;
    QString tlsKeyPath;
    QString selfSignedDir;
    QString outboxDir;
    std::optional<QDateTime> now;
    // The origin (https://host[:port]) every public id and URL is built from; empty: the
    // listening address.
    QString publicUrl;
    // PEM file of the key badges are signed with; empty: a key made at first start.
    QString issuerKeyPath;
    // Lifetime of the access tokens handed out (unset: TokenService's default). Set shorter only
    // so that tests can watch a client renew its token before expiry without waiting long.
    std::optional<qint64> accessTokenLifetimeSeconds;
    // The transport: threads that run TLS and HTTP (0: one per core), the largest request body,
    // and how long a client may take over its headers or stay idle between requests.
    int workers = 0;
    qint64 maxBodyBytes = 64 * 1024;
    qint64 headerTimeoutSeconds = 10;
    qint64 idleTimeoutSeconds = 60;
    // --trusted-proxy: reverse proxies (addresses, subnets) whose X-Forwarded-For names the
    // client that per-address limits count; empty: the peer is the client.
    QList<QPair<QHostAddress, int>> trustedProxies;
};

struct ServerOptionsParse {
    enum class Outcome { Run, Help, Version, Error };

    Outcome outcome = Outcome::Error;
    ServerOptions options;
    QString message; // the help text, the version line or the error
};

// Parses the arguments after the program name; --config FILE is read here, its settings coming
// before the command line, which overrides them. Never exits: the caller decides the exit code.
ServerOptionsParse parseServerOptions(const QStringList &arguments);

// RFC 3339 instant with an explicit offset ("2026-11-02T09:00:00Z"); nullopt when it is not one.
std::optional<QDateTime> parseRfc3339(const QString &text);

} // namespace certtrack::server
