#pragma once

#include <QObject>
#include <QString>

#include <functional>

namespace certtrack::client {
class AccountController;
}

namespace certtrack::ui {
class FulfillmentDialog;
class MainWindow;
} // namespace certtrack::ui

namespace certtrack::screenshots {

// Once the first sync has finished, saves every tab of the main window, its dialogs and the
// sign-in dialog as PNG files (what docs/screenshots/ is made of), then emits finished().
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
    // The CCNA certificate as the renderer draws it on A4, and the dialog that previews it.
    bool takeCertificate();
    // Claim & Purchase Fulfillment step by step against the demo server: a paid order up to its
    // payment step and the wait for its checkout page, then the free kit claimed up to the
    // confirmation. Finishes the run.
    void takeFulfillment();
    // Pays the order of the payment step: the dialog waiting for the checkout page.
    void payAndWait(ui::FulfillmentDialog *dialog);
    void claimFreeKit();
    // Runs next once ready() holds (checked on the event loop, nothing blocks); gives up the
    // run after 20 s.
    void when(const std::function<bool()> &ready, const std::function<void()> &next);

    QString m_directory;
    client::AccountController *m_controller;
    ui::MainWindow *m_window;
    bool m_started = false;
    bool m_ok = true;
};

} // namespace certtrack::screenshots
