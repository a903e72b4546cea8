#pragma once

#include "verification/Verdict.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

class QPixmap;
class QWidget;

namespace certtrack::client {
class AccountController;
}

namespace certtrack::ui {
class FulfillmentDialog;
class MainWindow;
class SignInDialog;
class VerifyCredentialDialog;
} // namespace certtrack::ui

namespace certtrack::screenshots {

class Script;

// Once the first sync has finished, drives the real main window and its dialogs against the demo
// server and saves every PNG of docs/screenshots/: each tab and section, the Certifications
// dialogs, the certificate, the sign-in and account mapping dialogs, Personal Info being edited
// (with a change made elsewhere through a second sign-in, as another device would), a
// transcript created and shared, Claim & Purchase Fulfillment step by step, and a digital
// badge in detail with its Share menu, and the verify dialog with each verdict. Every step runs
// on the event loop (Script); then emits finished() with 0 when every picture was saved.
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
    // A step that saves widget() as name.png.
    void shot(const QString &name, std::function<QWidget *()> widget);
    // Steps that open the dialog make() returns, save it as name.png and close it.
    void dialogShot(const QString &name, std::function<QWidget *()> make);
    // The named child of root; fails the run when it is not there.
    template <typename T> T *find(QObject *root, const char *name);
    void failMissing(const char *name);
    void click(QObject *root, const char *button);
    void type(QObject *root, const char *lineEdit, const QString &text);

    // ScreenshotTaker.cpp
    void addTabs();
    // Every tab again at the smallest and a large window size (sizes/…-1024x640.png, …).
    void addWindowSizes();
    // The user guide opened by F1 on the Certifications tab.
    void addHelp();
    void addCertificationDialogs();
    // The CCNA certificate as the renderer draws it on A4, and the dialog that previews it.
    void addCertificate();
    // A paid order up to its payment step and the wait for its checkout page (left unpaid, as
    // after "Pay later"), then the free kit claimed up to the confirmation.
    void addFulfillment();
    void addOpenFulfillment(const QString &what);
    // A badge's detail dialog, and the same with its Share menu open.
    void addBadges();

    // VerifyShots.cpp
    // The verify dialog over the Digital Badges tab, one picture per verdict: the CCNA
    // credential kept at sync (valid), the CCIE one (expired), the CCNA one with a character of
    // its payload changed (not valid), and another issuer's whose key cannot be reached (cannot
    // be checked).
    void addVerification();
    // Steps that check credential() (shown as fileName) in the verify dialog, wait for its
    // verdict, fail the run unless it is expected, save the dialog as name.png and close it.
    void verifyShot(const QString &name, const QString &fileName,
                    std::function<QByteArray()> credential,
                    verification::Verdict::Outcome expected);

    // EditingShots.cpp
    // The sign-in dialog, and "First time signing in?" from it: an address on two records,
    // then a link sent.
    void addSignIn();
    // The settings answered, then confirmed; a change made meanwhile by a second sign-in (the
    // conflict banner, then Reload); the job title edited and saved; the identifiers.
    void addPersonalInfo();
    // A transcript filled in and created, then shared by email with the message previewed.
    void addTranscripts();
    // The Records menu open over the window, the Reminder Settings dialog, and a reminder as the
    // window shows it where the desktop offers no notification service (Xvfb has none).
    void addRecords();

    QString m_directory;
    client::AccountController *m_controller;
    ui::MainWindow *m_window;
    Script *m_script;
    // The dialog the current steps photograph.
    QPointer<QWidget> m_dialog;
    QPointer<ui::SignInDialog> m_signIn;
    QPointer<ui::FulfillmentDialog> m_fulfillment;
    QPointer<ui::VerifyCredentialDialog> m_verify;
    // The second sign-in that changes the settings elsewhere.
    QPointer<client::AccountController> m_elsewhere;
    bool m_savedElsewhere = false;
    bool m_started = false;
    bool m_ok = true;
};

template <typename T> T *ScreenshotTaker::find(QObject *root, const char *name) {
    T *widget = root ? root->findChild<T *>(QString::fromLatin1(name)) : nullptr;
    if (!widget)
        failMissing(name);
    return widget;
}

} // namespace certtrack::screenshots
