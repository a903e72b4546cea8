#pragma once

#include "server/app/ServerOptions.h"

#include <QLockFile>
#include <QObject>

#include <memory>
#include <optional>

namespace certtrack::server {

class AccountMappingEndpoints;
class ApiServer;
class HttpsServer;
struct TlsMaterial;
class AuthEndpoints;
class BadgeCredentials;
class BadgeEndpoints;
class IssuerKeys;
class CandidateEndpoints;
class CertificationEndpoints;
class ExternalCredentialEndpoints;
class Clock;
class LogoEndpoints;
class Mailer;
class OrderEndpoints;
class PasswordHasher;
class PersonalInfoEndpoints;
class PublicTranscriptEndpoint;
struct ServerStores;
class TokenService;
class TranscriptEndpoints;
class VerificationEndpoint;

// certtrackd put together: storage, clock, seed, TLS, mailer and the HTTPS server.
class ServerApplication : public QObject {
    Q_OBJECT
public:
    explicit ServerApplication(ServerOptions options, QObject *parent = nullptr);
    ~ServerApplication() override;

    // Opens everything and listens; false with a message when something is missing or wrong.
    bool start(QString *error);
    // https://HOST:PORT once listening.
    QString url() const;
    // Reads the certificate and key again (after a renewal; certtrackd does it on SIGHUP): new
    // handshakes use them, open connections keep theirs. False with a message, keeping the old
    // ones, when they are unusable.
    bool reloadTls(QString *error);

private:
    std::optional<TlsMaterial> loadTls(QString *error) const;
    // An SQLite database is served by one process: takes the lock beside it, or says who holds it.
    bool lockSqliteDatabase(QString *error);

    ServerOptions m_options;
    quint16 m_port = 0;
    std::unique_ptr<QLockFile> m_databaseLock;
    std::unique_ptr<Clock> m_clock;
    std::unique_ptr<PasswordHasher> m_hasher;
    std::unique_ptr<ServerStores> m_stores;
    std::unique_ptr<Mailer> m_mailer;
    std::unique_ptr<TokenService> m_tokens;
    std::unique_ptr<AuthEndpoints> m_auth;
    std::unique_ptr<CandidateEndpoints> m_candidate;
    std::unique_ptr<PersonalInfoEndpoints> m_personalInfo;
    std::unique_ptr<CertificationEndpoints> m_certifications;
    std::unique_ptr<LogoEndpoints> m_logos;
    std::unique_ptr<PublicTranscriptEndpoint> m_publicTranscripts;
    std::unique_ptr<TranscriptEndpoints> m_transcripts;
    std::unique_ptr<OrderEndpoints> m_orders;
    std::unique_ptr<VerificationEndpoint> m_verification;
    std::unique_ptr<IssuerKeys> m_issuerKeys;
    std::unique_ptr<BadgeCredentials> m_badgeCredentials;
    std::unique_ptr<BadgeEndpoints> m_badges;
    std::unique_ptr<AccountMappingEndpoints> m_accountMapping;
    std::unique_ptr<ExternalCredentialEndpoints> m_externalCredentials;
    std::unique_ptr<ApiServer> m_api;
    // Last: its workers stop before anything its requests reach goes away.
    std::unique_ptr<HttpsServer> m_server;
};

} // namespace certtrack::server
