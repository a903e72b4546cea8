#include "server/core/Clock.h"

namespace certtrack::server {

Clock::Clock(const QDateTime &start)
    : m_start(start.toUTC()) {
    m_elapsed.start();
}

QDateTime Clock::now() const {
    return m_start.addMSecs(m_elapsed.elapsed());
}

QDate Clock::today() const {
    return now().date();
}

} // namespace certtrack::server
