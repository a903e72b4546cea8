#pragma once

#include "server/accounts/AccountMappingStore.h"
#include "server/core/Clock.h"
#include "server/core/Mailer.h"
#include "server/core/PasswordHasher.h"
#include "server/http/HttpMessage.h"
#include "server/http/RateLimiter.h"
#include "server/http/Router.h"

#include <QUrl>

namespace certtrack::server {

// First-time sign-in (the guide's "account mapping") and forgotten passwords. Each request mails
// a single-use link to /account/set-password that expires after 24 hours by the server's clock;
// that public page sets the password and shows the login ID. Attempts are limited per email or
// login and per client address (429 with Retry-After).
class AccountMappingEndpoints {
public:
    static constexpr qint64 kLinkLifetimeSeconds = 24 * 3600;
    static constexpr int kMaxAttemptsPerKey = 5;
    static constexpr int kMaxAttemptsPerAddress = 20;
    static constexpr qint64 kAttemptWindowSeconds = 15 * 60;

    AccountMappingEndpoints(AccountMappingStore &store, const Clock &clock, RateEvents &rateEvents,
                            const PasswordHasher &hasher, Mailer *mailer, QUrl publicBase);

    HttpResponse byEmail(const ApiRequest &request);
    HttpResponse byScoreReport(const ApiRequest &request);
    HttpResponse forgotPassword(const ApiRequest &request);
    HttpResponse setPasswordPage(const ApiRequest &request);
    HttpResponse setPassword(const ApiRequest &request);

private:
    struct Link {
        std::optional<PasswordLink> link;
        std::optional<HttpResponse> refusal; // unknown, used or expired
    };

    std::optional<HttpResponse> throttled(const ApiRequest &request, const QString &key);
    void recordAttempt(const ApiRequest &request, const QString &key);
    // Mails a new link; the answer to give (202, or 503 when mail cannot go out).
    HttpResponse sendLink(const MappingCandidate &candidate, const QString &to,
                          PasswordLink::Purpose purpose);
    Link validLink(const ApiRequest &request, const QString &token);

    AccountMappingStore &m_store;
    const Clock &m_clock;
    const PasswordHasher &m_hasher;
    Mailer *m_mailer;
    QUrl m_publicBase;
    RateLimiter m_perKey;
    RateLimiter m_perAddress;
};

// The routes: POST /api/v1/account-mapping/{by-email,by-score-report,forgot-password} and the
// public GET and POST /account/set-password. A null endpoint still lists them (tests read them).
void addRoutes(Router &router, AccountMappingEndpoints *endpoints);

} // namespace certtrack::server
