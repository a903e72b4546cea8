#include "records/DesktopNotifier.h"

#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QMetaObject>
#include <QVariantMap>

namespace certtrack::records {

DesktopNotifier::DesktopNotifier(QDBusConnection bus, QObject *parent)
    : QObject(parent)
    , m_bus(std::move(bus)) {}

void DesktopNotifier::notify(const QString &summary, const QString &body) {
    if (!m_bus.isConnected()) {
        // Answered later, as a reply would be, so callers handle one order of events.
        QMetaObject::invokeMethod(
            this,
            [this, summary, body, error = m_bus.lastError().message()] {
                emit failed(summary, body,
                            error.isEmpty() ? QStringLiteral("no session bus") : error);
            },
            Qt::QueuedConnection);
        return;
    }
    QDBusMessage call =
        QDBusMessage::createMethodCall(service(), path(), service(), QStringLiteral("Notify"));
    const QVariantMap hints{{QStringLiteral("desktop-entry"), QStringLiteral("certtrack")},
                            {QStringLiteral("category"), QStringLiteral("x-certtrack.reminder")},
                            {QStringLiteral("urgency"), QVariant::fromValue(uchar(1))}};
    // Notify(app_name, replaces_id, app_icon, summary, body, actions, hints, expire_timeout)
    call << QStringLiteral("CertTrack") << uint(0) << QStringLiteral("certtrack") << summary << body
         << QStringList() << hints << int(-1);
    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
            [this, summary, body](QDBusPendingCallWatcher *finished) {
                finished->deleteLater();
                const QDBusPendingReply<uint> reply = *finished;
                if (reply.isError())
                    emit failed(summary, body, reply.error().message());
                else
                    emit delivered(reply.value(), summary, body);
            });
}

} // namespace certtrack::records
