#include "client/OrderWatcher.h"

#include "client/AccountController.h"
#include "client/AuthorizedFetch.h"
#include "client/Logging.h"
#include "client/OrderService.h"
#include "client/Session.h"
#include "domain/Json.h"

namespace certtrack::client {

OrderWatcher::OrderWatcher(AccountController *controller, QObject *parent)
    : QObject(parent)
    , m_controller(controller) {
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &OrderWatcher::poll);
}

OrderWatcher::OrderWatcher(Session *session, QObject *parent)
    : QObject(parent)
    , m_session(session) {
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &OrderWatcher::poll);
}

OrderWatcher::~OrderWatcher() {
    stop();
}

Session *OrderWatcher::session() const {
    if (m_controller)
        return m_controller->session();
    return m_session;
}

void OrderWatcher::setIntervals(int firstMs, int maxMs) {
    m_firstIntervalMs = qMax(1, firstMs);
    m_maxIntervalMs = qMax(m_firstIntervalMs, maxMs);
    m_intervalMs = m_firstIntervalMs;
}

int OrderWatcher::nextInterval(int currentMs, int maxMs) {
    return currentMs >= maxMs / 2 ? maxMs : currentMs * 2;
}

void OrderWatcher::watch(const QString &orderId) {
    stop();
    m_orderId = orderId;
    m_etag.clear();
    m_intervalMs = m_firstIntervalMs;
    m_timer.start(m_intervalMs);
}

void OrderWatcher::pollNow() {
    if (!isWatching())
        return;
    m_intervalMs = m_firstIntervalMs;
    if (!m_fetch) {
        m_timer.stop();
        poll();
    }
}

void OrderWatcher::stop() {
    m_timer.stop();
    m_orderId.clear();
    if (m_fetch) {
        m_fetch->disconnect(this);
        m_fetch->cancel();
        m_fetch.clear();
    }
}

void OrderWatcher::poll() {
    Session *current = session();
    if (!current || !isWatching()) {
        if (isWatching()) {
            ApiError error;
            error.kind = ApiError::Kind::Unauthorized;
            error.message = tr("Sign in first.");
            stop();
            emit failed(error);
        }
        return;
    }
    ++m_requests;
    AuthorizedFetch *fetch = current->fetch(OrderService::orderPath(m_orderId), m_etag);
    m_fetch = fetch;
    connect(fetch, &AuthorizedFetch::finished, this, [this, fetch] { onAnswer(fetch); });
}

void OrderWatcher::scheduleNext() {
    m_intervalMs = nextInterval(m_intervalMs, m_maxIntervalMs);
    m_timer.start(m_intervalMs);
}

void OrderWatcher::onAnswer(AuthorizedFetch *fetch) {
    m_fetch.clear();
    if (!isWatching())
        return;
    if (fetch->hasError()) {
        const ApiError error = fetch->error();
        // A 4xx (404: unknown order, or another person's) will not change by asking again.
        const bool refused = error.httpStatus >= 400 && error.httpStatus < 500;
        if (error.isTransient() && !refused) {
            qCDebug(lcNet) << "order poll failed, trying again:" << error.message;
            scheduleNext();
            return;
        }
        stop();
        emit failed(error);
        return;
    }
    const FetchedResource &answer = fetch->result();
    if (answer.notModified()) {
        scheduleNext();
        return;
    }
    QString decodeError;
    const std::optional<domain::Order> order =
        domain::decodeDocument<domain::Order>(answer.body, &decodeError);
    if (!order) {
        ApiError error;
        error.kind = ApiError::Kind::Decode;
        error.message = tr("The server's answer could not be read (%1).").arg(decodeError);
        stop();
        emit failed(error);
        return;
    }
    m_etag = answer.etag;
    emit orderChanged(*order);
    if (order->state == domain::Order::State::AwaitingPayment) {
        scheduleNext();
        return;
    }
    stop();
    emit settled(*order);
}

} // namespace certtrack::client
