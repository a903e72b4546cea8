#pragma once

#include <QDBusConnection>
#include <QObject>
#include <QString>

namespace certtrack::records {

// Desktop notifications through the freedesktop.org service (org.freedesktop.Notifications on
// the session bus: GNOME, KDE, XFCE, dunst, mako…). The call is asynchronous; delivered or failed
// answers it, so a caller falls back (to a tray icon) only when no service took it.
class DesktopNotifier : public QObject {
    Q_OBJECT
public:
    explicit DesktopNotifier(QDBusConnection bus = QDBusConnection::sessionBus(),
                             QObject *parent = nullptr);

    static QString service() { return QStringLiteral("org.freedesktop.Notifications"); }
    static QString path() { return QStringLiteral("/org/freedesktop/Notifications"); }

    void notify(const QString &summary, const QString &body);

signals:
    void delivered(uint id, const QString &summary, const QString &body);
    void failed(const QString &summary, const QString &body, const QString &error);

private:
    QDBusConnection m_bus;
};

} // namespace certtrack::records
