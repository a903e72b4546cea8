#pragma once

#include <QObject>
#include <QString>

namespace certtrack::client {
class AccountController;
}

namespace certtrack::ui {
class MainWindow;
}

namespace certtrack::app {

// --screenshot-dir: once the first sync has finished, saves every tab of the main window and
// the sign-in dialog as PNG files (what docs/screenshots/ is made of), then quits.
class ScreenshotTaker : public QObject {
    Q_OBJECT
public:
    ScreenshotTaker(const QString &directory, client::AccountController *controller,
                    ui::MainWindow *window, QObject *parent = nullptr);

signals:
    void finished(int exitCode);

private:
    void onSyncState();
    void takeAll();
    bool save(const QPixmap &pixmap, const QString &name);

    QString m_directory;
    client::AccountController *m_controller;
    ui::MainWindow *m_window;
    bool m_started = false;
};

} // namespace certtrack::app
