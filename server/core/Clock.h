#pragma once

#include <QDate>
#include <QDateTime>
#include <QElapsedTimer>

namespace certtrack::server {

// The server's idea of "now": starts at a given instant and runs with the monotonic clock, so
// tests can put the server anywhere in time and move it forward by restarting it.
class Clock {
public:
    explicit Clock(const QDateTime &start = QDateTime::currentDateTimeUtc());

    QDateTime now() const;
    QDate today() const;

private:
    QDateTime m_start;
    QElapsedTimer m_elapsed;
};

} // namespace certtrack::server
