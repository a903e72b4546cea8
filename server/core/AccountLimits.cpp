#include "server/core/AccountLimits.h"

#include <algorithm>

namespace certtrack::server {

std::optional<AccountLimits::Reached> AccountLimits::check(const QString &kind, qsizetype held,
                                                           int maxHeld, const QString &heldWords,
                                                           QList<QDateTime> recent,
                                                           const QDateTime &now) {
    if (held >= maxHeld) {
        Reached reached;
        reached.status = 409;
        reached.type = QStringLiteral("urn:certtrack:problem:limit:") + kind;
        reached.title = QStringLiteral("Account limit reached");
        reached.detail = QStringLiteral("This account already has %1 %2, the most one account "
                                        "may have; nothing was created.")
                             .arg(held)
                             .arg(heldWords);
        return reached;
    }
    if (recent.size() >= kMaxCreationsPerMinute) {
        std::sort(recent.begin(), recent.end());
        const QDateTime free =
            recent.at(recent.size() - kMaxCreationsPerMinute).addSecs(kRateWindowSeconds);
        Reached reached;
        reached.status = 429;
        reached.type =
            QStringLiteral("urn:certtrack:problem:limit:") + kind + QStringLiteral("-per-minute");
        reached.title = QStringLiteral("Too Many Requests");
        reached.retryAfterSeconds = qMax<qint64>(1, (now.msecsTo(free) + 999) / 1000);
        reached.detail = QStringLiteral("One account may create at most %1 %2 a minute; try "
                                        "again in %3 seconds. Nothing was created.")
                             .arg(kMaxCreationsPerMinute)
                             .arg(kind)
                             .arg(reached.retryAfterSeconds);
        return reached;
    }
    return std::nullopt;
}

} // namespace certtrack::server
