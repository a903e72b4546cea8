#pragma once

// Helpers shared by the UI tests that drive the real widgets (sign-in dialog, main window,
// keychain) against a real certtrackd.

#include "client/AccountController.h"
#include "client/CredentialStore.h"
#include "ui/AccountPage.h"
#include "ui/MainWindow.h"
#include "ui/SignInDialog.h"

#include <QObject>
#include <QString>
#include <QTest>
#include <QWidget>

#include <optional>

namespace certtrack::test {

inline constexpr int kAppWaitMs = 30000;

// The named child widget of root; a warning (and null) when there is none.
template <typename T> T *child(QWidget *root, const char *name) {
    T *widget = root ? root->findChild<T *>(QString::fromLatin1(name)) : nullptr;
    if (!widget)
        qWarning("no widget named %s", name);
    return widget;
}

// The named child widget of a section's page; the page is built first, as showing it would (the
// window builds each page but the first one shown when it is first needed).
template <typename T>
T *pageChild(ui::MainWindow *window, ui::MainWindow::Tab tab, const char *name) {
    return child<T>(window ? static_cast<QWidget *>(window->page(tab)) : nullptr, name);
}

inline bool isShown(const ui::SignInDialog *dialog) {
    return dialog && dialog->isVisible();
}

// The keychain's answer for key, read through the real Secret Service; none after a time-out.
inline std::optional<client::CredentialStore::ReadResult> readKeychain(const QString &key) {
    client::CredentialStore store(true);
    std::optional<client::CredentialStore::ReadResult> result;
    QObject context;
    store.readRefreshToken(key, &context,
                           [&](const client::CredentialStore::ReadResult &r) { result = r; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, kAppWaitMs))
        return std::nullopt;
    return result;
}

inline bool keychainHolds(const QString &key) {
    const auto result = readKeychain(key);
    return result && result->found;
}

// Answered, and without the key (an error or a time-out is not "lacks").
inline bool keychainLacks(const QString &key) {
    const auto result = readKeychain(key);
    return result && !result->found && result->error.isEmpty();
}

// Until the controller is signed in and has finished a sync.
inline bool waitForSync(client::AccountController *controller) {
    return QTest::qWaitFor(
        [&] {
            return controller->lastSynced().isValid() &&
                   controller->syncState() == client::AccountController::SyncState::Idle &&
                   controller->isSignedIn();
        },
        kAppWaitMs);
}

} // namespace certtrack::test
