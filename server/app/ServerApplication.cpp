#include "server/app/ServerApplication.h"

#include "server/accounts/AccountMappingEndpoints.h"
#include "server/app/ApiRoutes.h"
#include "server/app/DemoSeed.h"
#include "server/app/ServerStores.h"
#include "server/auth/AuthEndpoints.h"
#include "server/auth/TokenService.h"
#include "server/badges/BadgeCredentials.h"
#include "server/badges/BadgeEndpoints.h"
#include "server/badges/IssuerKeys.h"
#include "server/candidate/CandidateEndpoints.h"
#include "server/certifications/CertificationEndpoints.h"
#include "server/core/Clock.h"
#include "server/core/Logging.h"
#include "server/core/PasswordHasher.h"
#include "server/external/ExternalCredentialEndpoints.h"
#include "server/http/ApiServer.h"
#include "server/http/HttpsServer.h"
#include "server/http/TlsMaterial.h"
#include "server/logos/LogoEndpoints.h"
#include "server/mail/OutboxMailer.h"
#include "server/orders/OrderEndpoints.h"
#include "server/personalinfo/PersonalInfoEndpoints.h"
#include "server/transcripts/PublicTranscriptEndpoint.h"
#include "server/transcripts/TranscriptEndpoints.h"
#include "server/verification/VerificationEndpoint.h"

#include <QDir>
#include <QFileInfo>
#include <QThread>
#include <QTimer>

#include <algorithm>

namespace certtrack::server {

ServerApplication::ServerApplication(ServerOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options)) {}

ServerApplication::~ServerApplication() = default;

QString ServerApplication::url() const {
    return QStringLiteral("https://%1:%2").arg(m_options.listenHost).arg(m_port);
}

bool ServerApplication::start(QString *error) {
    m_clock = std::make_unique<Clock>(m_options.now.value_or(QDateTime::currentDateTimeUtc()));
    m_hasher = std::make_unique<PasswordHasher>();

    std::optional<TlsMaterial> tls = loadTls(error);
    if (!tls)
        return false;
    if (!m_options.selfSignedDir.isEmpty()) {
        // On stderr: stdout carries only the one "listening" line.
        qCInfo(lcServer).noquote()
            << "clients trust the CA in"
            << QDir(m_options.selfSignedDir).absoluteFilePath(QStringLiteral("ca.pem"));
    }

    if (!lockSqliteDatabase(error))
        return false;
    m_stores = ServerStores::open(m_options.databasePath, error);
    if (!m_stores)
        return false;
    if (m_options.seed == QLatin1String("demo")) {
        try {
            if (!DemoSeed::apply(*m_stores, *m_clock, *m_hasher))
                qCInfo(lcServer) << "the database has candidates already; not seeding";
        } catch (const std::exception &e) {
            *error = QStringLiteral("seeding failed: %1").arg(QString::fromUtf8(e.what()));
            return false;
        }
    }

    if (!m_options.outboxDir.isEmpty()) {
        auto mailer = OutboxMailer::open(m_options.outboxDir,
                                         QStringLiteral("CertTrack <no-reply@certtrack.invalid>"),
                                         *m_clock, error);
        if (!mailer)
            return false;
        m_mailer = std::move(mailer);
    }

    m_tokens = std::make_unique<TokenService>(
        m_stores->tokens, *m_clock, *m_hasher,
        m_options.accessTokenLifetimeSeconds.value_or(TokenService::kAccessLifetimeSeconds));
    m_auth = std::make_unique<AuthEndpoints>(*m_tokens);

    // The port is known only after listening; the public URL is fixed up once it is. Requests are
    // handled on this thread, so none reaches the router before it is set below.
    m_api = std::make_unique<ApiServer>(Router(), m_options.maxBodyBytes);
    TransportLimits limits;
    limits.workers =
        m_options.workers > 0 ? m_options.workers : std::max(1, QThread::idealThreadCount());
    limits.maxBodyBytes = m_options.maxBodyBytes;
    limits.headerTimeout = std::chrono::seconds(m_options.headerTimeoutSeconds);
    limits.idleTimeout = std::chrono::seconds(m_options.idleTimeoutSeconds);
    limits.trustedProxies = m_options.trustedProxies;
    m_server = std::make_unique<HttpsServer>(
        [api = m_api.get()](const ApiRequest &request) { return api->dispatch(request); }, limits);
    if (!m_server->listen(m_options.listenAddress, m_options.port, *tls, error))
        return false;
    m_port = m_server->port();
    QUrl publicBase(m_options.publicUrl.isEmpty() ? url() : m_options.publicUrl);
    if (m_options.publicUrl.isEmpty() && (m_options.listenAddress == QHostAddress::Any ||
                                          m_options.listenAddress == QHostAddress::AnyIPv4 ||
                                          m_options.listenAddress == QHostAddress::AnyIPv6))
        publicBase.setHost(QStringLiteral("localhost"));
    m_candidate = std::make_unique<CandidateEndpoints>(m_stores->candidate);
    m_personalInfo = std::make_unique<PersonalInfoEndpoints>(m_stores->personalInfo, *m_clock);
    m_certifications = std::make_unique<CertificationEndpoints>(m_stores->certifications, *m_clock);
    m_logos = std::make_unique<LogoEndpoints>(m_stores->logos, *m_clock);
    m_publicTranscripts = std::make_unique<PublicTranscriptEndpoint>(
        m_stores->transcripts, *m_clock, *m_stores->rateEvents);
    m_transcripts = std::make_unique<TranscriptEndpoints>(m_stores->transcripts, *m_clock,
                                                          *m_stores->rateEvents, m_mailer.get(),
                                                          *m_publicTranscripts, publicBase);
    m_orders = std::make_unique<OrderEndpoints>(m_stores->orders, *m_clock, publicBase);
    m_verification = std::make_unique<VerificationEndpoint>(m_stores->verification, *m_clock,
                                                            *m_stores->rateEvents);
    std::optional<IssuerKeys> issuerKeys =
        IssuerKeys::open(m_stores->badges, m_options.issuerKeyPath, m_clock->now(), error);
    if (!issuerKeys)
        return false;
    m_issuerKeys = std::make_unique<IssuerKeys>(std::move(*issuerKeys));
    m_badgeCredentials = std::make_unique<BadgeCredentials>(
        m_stores->badges, *m_issuerKeys, *m_clock, publicBase.toString(QUrl::StripTrailingSlash));
    m_badges = std::make_unique<BadgeEndpoints>(m_stores->badges, *m_badgeCredentials, *m_clock);
    m_accountMapping = std::make_unique<AccountMappingEndpoints>(m_stores->accountMapping, *m_clock,
                                                                 *m_stores->rateEvents, *m_hasher,
                                                                 m_mailer.get(), publicBase);
    m_externalCredentials =
        std::make_unique<ExternalCredentialEndpoints>(m_stores->externalCredentials, *m_clock);
    ApiServices services;
    services.storage = m_stores->db.get();
    services.tokens = m_tokens.get();
    services.auth = m_auth.get();
    services.candidate = m_candidate.get();
    services.personalInfo = m_personalInfo.get();
    services.certifications = m_certifications.get();
    services.logos = m_logos.get();
    services.transcripts = m_transcripts.get();
    services.publicTranscripts = m_publicTranscripts.get();
    services.orders = m_orders.get();
    services.verification = m_verification.get();
    services.badges = m_badges.get();
    services.accountMapping = m_accountMapping.get();
    services.externalCredentials = m_externalCredentials.get();
    // Unpaid orders are abandoned after 24 hours: at start (the clock may have moved on since
    // the last run) and every minute.
    m_orders->abandonUnpaid();
    auto *abandonTimer = new QTimer(this);
    connect(abandonTimer, &QTimer::timeout, this, [this] {
        try {
            m_orders->abandonUnpaid();
        } catch (const std::exception &failure) {
            qCWarning(lcServer) << "abandoning unpaid orders failed:" << failure.what();
        }
    });
    abandonTimer->start(std::chrono::minutes(1));
    m_api->setRouter(apiRouter(services));
    return true;
}

bool ServerApplication::lockSqliteDatabase(QString *error) {
    QString ignored;
    const std::optional<DatabaseLocation> where =
        DatabaseLocation::parse(m_options.databasePath, &ignored);
    if (!where || where->dialect != Dialect::Sqlite)
        return true; // a bad location is reported when it is opened
    // What several processes must share (the rate limiters' counts) lives in memory when the
    // database is SQLite (http/RateLimiter.h), so a second process on the same file would count
    // on its own: it is refused, with the way to run several.
    // The folder of a database not made yet (the default one at a first start) is made here,
    // as opening the database would, so the first process holds the lock too.
    QDir().mkpath(QFileInfo(where->path).absolutePath());
    auto lock = std::make_unique<QLockFile>(where->path + QStringLiteral("-certtrackd.lock"));
    lock->setStaleLockTime(0); // stale only when its process is gone, however old
    if (lock->tryLock(0)) {
        m_databaseLock = std::move(lock);
        return true;
    }
    if (lock->error() == QLockFile::LockFailedError) {
        qint64 pid = 0;
        QString host;
        QString application;
        lock->getLockInfo(&pid, &host, &application);
        *error = QStringLiteral("another certtrackd (process %1) already serves %2; an SQLite "
                                "database is served by one process. To run several, use "
                                "PostgreSQL (--database postgresql://...; see server/README.md).")
                     .arg(pid)
                     .arg(where->path);
        return false;
    }
    // A folder certtrackd cannot write a lock in cannot hold the database's journal either; that
    // is reported, with its cause, when the database is opened.
    qCWarning(lcServer).noquote() << "no lock beside" << where->path
                                  << "(cannot write there); not checking for a second process";
    return true;
}

std::optional<TlsMaterial> ServerApplication::loadTls(QString *error) const {
    return m_options.selfSignedDir.isEmpty()
               ? TlsMaterial::load(m_options.tlsCertificatePath, m_options.tlsKeyPath, error)
               : TlsMaterial::selfSigned(m_options.selfSignedDir, error);
}

bool ServerApplication::reloadTls(QString *error) {
    if (!m_server) {
        *error = QStringLiteral("the server is not listening");
        return false;
    }
    const std::optional<TlsMaterial> tls = loadTls(error);
    return tls && m_server->setTls(*tls, error);
}

} // namespace certtrack::server
