#pragma once

#include "client/ApiError.h"
#include "domain/Order.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

namespace certtrack::client {

class AccountController;
class AuthorizedFetch;
class Session;

// Follows one order while its checkout page is open in the browser: asks the server for the
// order again and again, first after 2 s and then twice as long each time up to 30 s (a 304 costs
// no body), and stops by itself once the order is no longer awaiting payment (paid, declined,
// cancelled, abandoned...) or the server says the order is gone. Nothing blocks.
class OrderWatcher : public QObject {
    Q_OBJECT
public:
    static constexpr int kFirstIntervalMs = 2000;
    static constexpr int kMaxIntervalMs = 30000;

    explicit OrderWatcher(AccountController *controller, QObject *parent = nullptr);
    // Without an account controller (tests of the polling itself).
    explicit OrderWatcher(Session *session, QObject *parent = nullptr);
    ~OrderWatcher() override;

    // Tests shorten the waits; the back-off keeps its shape.
    void setIntervals(int firstMs, int maxMs);
    // The wait after one of `currentMs`: doubled, at most maxMs.
    static int nextInterval(int currentMs, int maxMs);

    // Starts (or restarts, from the first interval) following orderId.
    void watch(const QString &orderId);
    // Asks now instead of at the next tick; the back-off starts over.
    void pollNow();
    void stop();

    bool isWatching() const { return !m_orderId.isEmpty(); }
    QString orderId() const { return m_orderId; }
    // The wait before the next request (0 while a request runs or when stopped).
    int currentIntervalMs() const { return m_timer.isActive() ? m_intervalMs : 0; }
    int requestCount() const { return m_requests; }

signals:
    // Every answer that brought the order (a 304 does not).
    void orderChanged(const certtrack::domain::Order &order);
    // The order left awaiting payment: the watcher has stopped.
    void settled(const certtrack::domain::Order &order);
    // A fault that polling cannot cure (the order is unknown, the session ended): stopped.
    void failed(const certtrack::client::ApiError &error);

private:
    Session *session() const;
    void poll();
    void onAnswer(AuthorizedFetch *fetch);
    void scheduleNext();

    QPointer<AccountController> m_controller;
    QPointer<Session> m_session;
    QPointer<AuthorizedFetch> m_fetch;
    QTimer m_timer;
    QString m_orderId;
    QByteArray m_etag;
    int m_firstIntervalMs = kFirstIntervalMs;
    int m_maxIntervalMs = kMaxIntervalMs;
    int m_intervalMs = kFirstIntervalMs;
    int m_requests = 0;
};

} // namespace certtrack::client
