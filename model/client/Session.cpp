#include "client/Session.h"

#include "client/ApiClient.h"
#include "client/AuthorizedFetch.h"
#include "client/Logging.h"

namespace certtrack::client {

Session::Session(ApiClient *api, QObject *parent)
    : QObject(parent)
    , m_api(api) {
    m_refreshTimer.setSingleShot(true);
    connect(&m_refreshTimer, &QTimer::timeout, this, [this] {
        if (isSignedIn() && !m_refreshJob)
            startRefresh();
    });
}

Session::~Session() {
    if (m_signInJob)
        m_signInJob->cancel();
    if (m_refreshJob)
        m_refreshJob->cancel();
}

void Session::signIn(const QString &loginId, const QString &password) {
    if (m_signInJob)
        m_signInJob->cancel();
    forgetTokens();
    m_loginId = loginId;
    m_state = State::SigningIn;
    TokenJob *job = m_api->passwordGrant(loginId, password);
    m_signInJob = job;
    connect(job, &ApiJob::finished, this, [this, job] {
        if (m_signInJob != job)
            return;
        m_signInJob.clear();
        if (job->hasError()) {
            m_state = State::SignedOut;
            if (job->error().kind != ApiError::Kind::Cancelled)
                emit signInFailed(job->error());
            return;
        }
        const TokenGrant &grant = job->result();
        m_state = State::SignedIn;
        adoptGrant(grant.accessToken, grant.refreshToken, grant.expiresInSeconds);
        qCInfo(lcNet) << "signed in as" << m_loginId;
        emit signedIn();
    });
}

void Session::resume(const QString &loginId, const QString &refreshToken) {
    forgetTokens();
    m_loginId = loginId;
    m_refreshToken = refreshToken;
    m_state = State::SignedIn;
}

void Session::adoptGrant(const QString &accessToken, const QString &refreshToken,
                         qint64 expiresIn) {
    m_accessToken = accessToken;
    m_refreshToken = refreshToken;
    // Usable for 90% of its life; the timer renews it earlier, at 80%, while the app runs.
    const qint64 lifetimeMs = expiresIn * 1000;
    m_accessUsableUntil = QDeadlineTimer(lifetimeMs * 9 / 10);
    m_refreshTimer.start(int(qMin<qint64>(lifetimeMs * 8 / 10, std::numeric_limits<int>::max())));
}

bool Session::accessTokenUsable() const {
    return !m_accessToken.isEmpty() && !m_accessUsableUntil.hasExpired();
}

void Session::withAccessToken(QObject *context, TokenCallback callback) {
    if (!isSignedIn()) {
        ApiError error;
        error.kind = ApiError::Kind::Unauthorized;
        error.message = tr("Not signed in.");
        callback(QString(), error);
        return;
    }
    if (accessTokenUsable() && !m_refreshJob) {
        callback(m_accessToken, std::nullopt);
        return;
    }
    m_waiters.append({context, std::move(callback)});
    if (!m_refreshJob)
        startRefresh();
}

void Session::invalidateAccessToken(const QString &accessToken) {
    if (accessToken == m_accessToken)
        m_accessToken.clear();
}

void Session::startRefresh() {
    qCDebug(lcNet) << "refreshing the access token";
    TokenJob *job = m_api->refreshGrant(m_refreshToken);
    m_refreshJob = job;
    connect(job, &ApiJob::finished, this, [this, job] { finishRefresh(job); });
}

void Session::finishRefresh(TokenJob *job) {
    if (m_refreshJob != job)
        return;
    m_refreshJob.clear();
    std::optional<ApiError> error;
    if (job->hasError()) {
        error = job->error();
    } else {
        const TokenGrant &grant = job->result();
        ++m_refreshCount;
        adoptGrant(grant.accessToken, grant.refreshToken, grant.expiresInSeconds);
        emit refreshTokenChanged(m_refreshToken);
    }

    const QList<Waiter> waiters = std::exchange(m_waiters, {});
    if (error && (error->kind == ApiError::Kind::InvalidCredentials ||
                  error->kind == ApiError::Kind::Unauthorized)) {
        qCInfo(lcNet) << "the server refused the refresh token:" << error->message;
        error->kind = ApiError::Kind::Unauthorized;
        error->message = tr("Your session has expired. Please sign in again.");
        endSession(error->message);
    } else if (error) {
        qCInfo(lcNet) << "refresh failed:" << error->message;
    }
    for (const Waiter &waiter : waiters) {
        if (waiter.context)
            waiter.callback(error ? QString() : m_accessToken, error);
    }
}

void Session::endSession(const QString &reason) {
    forgetTokens();
    m_state = State::SignedOut;
    emit signedOut(reason);
}

void Session::forgetTokens() {
    m_refreshTimer.stop();
    if (m_refreshJob) {
        TokenJob *job = m_refreshJob;
        m_refreshJob.clear();
        job->cancel();
    }
    m_accessToken.clear();
    m_refreshToken.clear();
    m_accessUsableUntil = QDeadlineTimer();
    const QList<Waiter> waiters = std::exchange(m_waiters, {});
    ApiError cancelled;
    cancelled.kind = ApiError::Kind::Cancelled;
    cancelled.message = tr("The request was cancelled.");
    for (const Waiter &waiter : waiters) {
        if (waiter.context)
            waiter.callback(QString(), cancelled);
    }
}

AuthorizedFetch *Session::fetch(const QString &path, const QByteArray &etag) {
    return new AuthorizedFetch(this, path, etag);
}

void Session::signOut() {
    if (m_signInJob)
        m_signInJob->cancel();
    const QString refreshToken = m_refreshToken;
    forgetTokens();
    m_state = State::SignedOut;
    if (refreshToken.isEmpty()) {
        QTimer::singleShot(0, this, &Session::signOutFinished);
        return;
    }
    RevokeJob *job = m_api->revoke(refreshToken);
    connect(job, &ApiJob::finished, this, [this, job] {
        if (job->hasError())
            qCInfo(lcNet) << "could not revoke the refresh token:" << job->error().message;
        emit signOutFinished();
    });
}

} // namespace certtrack::client
