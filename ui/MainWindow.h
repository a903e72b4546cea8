#pragma once

#include "client/AccountController.h"

#include <QHash>
#include <QList>
#include <QMainWindow>
#include <QPointer>

#include <functional>

class QAction;
class QLabel;
class QMenu;
class QProgressBar;
class QTabWidget;
class QTimer;

namespace certtrack::ui {

class AccountPage;
class HelpDialog;
class RecordActions;
class ReminderController;

// The seven tabs in the portal's order over one AccountController, with the status bar (who,
// last sync, sync in progress) and the offline banner. Never opens a dialog on its own for sync
// trouble: being offline is shown, not announced.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    enum Tab {
        HomeTab,
        PersonalInfoTab,
        TestingHistoryTab,
        CertificationsTab,
        CertificatesTab,
        TranscriptsTab,
        BadgesTab,
        TabCount
    };

    explicit MainWindow(client::AccountController *controller, QWidget *parent = nullptr);

    QTabWidget *tabs() const { return m_tabs; }
    // The page of a tab, built now if it has not been shown yet (only the first page shown is
    // built with the window; the others when first shown).
    AccountPage *page(Tab tab);
    // The Records menu's actions: tables to CSV and paper, the plan to iCalendar, the archive.
    RecordActions *recordActions() const { return m_records; }
    ReminderController *reminders() const { return m_reminders; }
    // Kiosk mode shows no reminders and offers no settings for them.
    void setRemindersShown(bool shown);
    // Short, file-name-safe names of the tabs ("home", "personal-info", …) for screenshots.
    static QString tabKey(int tab);

    // Whether the window may be left now: unsaved Personal Info changes ask to be saved or
    // discarded first; after a save, proceed runs.
    bool confirmLeave(const std::function<void()> &proceed);

    // On a shared machine nobody is remembered: the Account menu lists no remembered accounts
    // and offers no "Add account…".
    void setRememberedAccountsShown(bool shown);
    // Kiosk mode offers no language choice: it would stay in the settings for the next person.
    // The language and appearance choices (hidden in kiosk mode).
    void setLanguageChoiceShown(bool shown);

signals:
    // The person chose Sign out and confirmed it.
    void signOutRequested();
    // The person chose Quit; the application decides how to wind down.
    void quitRequested();
    // The person chose another remembered account in the Account menu.
    void switchAccountRequested(const certtrack::client::RememberedAccount &account);
    // The person chose "Add account…".
    void addAccountRequested();

protected:
    void closeEvent(QCloseEvent *event) override;
    bool event(QEvent *event) override;

private:
    void guardTabChange(int tab);
    void confirmQuit();
    void createActions();
    // Edit > Language: System and each language the client speaks, the saved choice checked.
    void createLanguageMenu(QMenu *parent);
    void createAppearanceMenu(QMenu *parent);
    void chooseLanguage(const QString &code);
    void showData();
    // Leaves the previous account's place and shows the newly signed-in one's (Home if new).
    void changePlaceTo(const QString &login);
    void updateSyncState();
    void updateLastSynced();
    void confirmSignOut();
    void updateAccountList();
    void showAbout();
    void showHelp();
    // The programme's own links (support, FAQ, its site) in the Help menu, as the server sends
    // them; only https addresses are offered.
    void updateProgrammeLinks(const QList<domain::ProgrammeLink> &links);
    void focusFilter();
    void openPdfCertificate(const QString &certificationId);

    client::AccountController *m_controller;
    QTabWidget *m_tabs;
    RecordActions *m_records = nullptr;
    QPointer<HelpDialog> m_help;
    ReminderController *m_reminders = nullptr;
    QList<std::function<AccountPage *(QWidget *slot)>> m_factories;
    QList<QWidget *> m_slots;     // the tabs' widgets, each holding its page once built
    QList<AccountPage *> m_pages; // null until built
    QLabel *m_offlineBanner;
    // What went wrong without stopping the work (a sync that could not be saved, a damaged
    // cache, the keychain): shown until dismissed or another account is shown.
    QWidget *m_warningBanner = nullptr;
    QLabel *m_warningText = nullptr;
    QLabel *m_signedInLabel;
    QLabel *m_lastSyncedLabel;
    QProgressBar *m_syncIndicator;
    QTimer *m_clock;
    QAction *m_refreshAction = nullptr;
    QMenu *m_accountMenu = nullptr;
    QAction *m_addAccountAction = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_appearanceMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_helpLinksEnd = nullptr; // the separator the programme's links go above
    QList<QAction *> m_programmeLinkActions;
    QList<QAction *> m_accountActions;
    int m_shownTab = HomeTab;
    // Where each account was left (section, and the own tabs of each page built then), so
    // switching back returns there and a different person starts at Home; in memory only.
    struct Place {
        int section = HomeTab;
        QHash<int, QList<int>> pageTabs;
    };
    QHash<QString, Place> m_places;
    QString m_placeOwner;
    bool m_rememberedAccountsShown = true;
    bool m_painted = false;          // the window has painted once
    bool m_accountListStale = false; // the Account menu's accounts wait for the first paint
};

} // namespace certtrack::ui
