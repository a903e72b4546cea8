#include "ui/MainWindow.h"
#include "client/AppSettings.h"

#include "itemmodels/DisplayFormat.h"
#include "records/DesktopNotifier.h"
#include "ui/BadgesPage.h"
#include "ui/CertificatesPage.h"
#include "ui/ExternalLinks.h"
#include "ui/HelpDialog.h"
#include "ui/HomePage.h"
#include "ui/Icons.h"
#include "ui/MessageBox.h"
#include "ui/TestingHistoryPage.h"
#include "ui/Theme.h"
#include "ui/Translations.h"
#include "ui/certificate/CertificateDialog.h"
#include "ui/certifications/CertificationsPage.h"
#include "ui/personalinfo/PersonalInfoPage.h"
#include "ui/records/RecordActions.h"
#include "ui/records/ReminderController.h"
#include "ui/transcripts/TranscriptsPage.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenuBar>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSslSocket>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace certtrack::ui {

using client::AccountController;

MainWindow::MainWindow(AccountController *controller, QWidget *parent)
    : QMainWindow(parent)
    , m_controller(controller)
    , m_tabs(new QTabWidget(this))
    , m_offlineBanner(new QLabel(this))
    , m_signedInLabel(new QLabel(this))
    , m_lastSyncedLabel(new QLabel(this))
    , m_syncIndicator(new QProgressBar(this))
    , m_clock(new QTimer(this)) {
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(Icons::application());
    setWindowTitle(tr("CertTrack"));
    resize(1200, 760);

    // Only the page shown first is built before the window paints; the others are built the
    // first time they are shown (or asked for through page()), each into its own slot.
    m_factories = {
        [](QWidget *slot) { return new HomePage(slot); },
        [this](QWidget *slot) { return new PersonalInfoPage(m_controller, slot); },
        [](QWidget *slot) { return new TestingHistoryPage(slot); },
        [this](QWidget *slot) {
            auto *certifications = new CertificationsPage(m_controller, slot);
            connect(certifications, &CertificationsPage::pdfCertificateRequested, this,
                    &MainWindow::openPdfCertificate);
            return certifications;
        },
        [this](QWidget *slot) { return new CertificatesPage(m_controller, slot); },
        [this](QWidget *slot) { return new TranscriptsPage(m_controller, slot); },
        [this](QWidget *slot) { return new BadgesPage(m_controller, slot); },
    };
    const QStringList titles{
        tr("H&ome"),           tr("&Personal Info"),           tr("&Testing History"),
        tr("Certi&fications"), tr("Certificates && P&laques"), tr("T&ranscripts"),
        tr("&Digital Badges")};
    m_tabs->setObjectName(QStringLiteral("mainTabs"));
    m_tabs->setAccessibleName(tr("Account sections"));
    for (int i = 0; i < TabCount; ++i) {
        auto *slot = new QWidget;
        slot->setObjectName(tabKey(i) + QStringLiteral("-slot"));
        auto *slotLayout = new QVBoxLayout(slot);
        slotLayout->setContentsMargins(0, 0, 0, 0);
        m_slots.append(slot);
        m_pages.append(nullptr);
        m_tabs->addTab(slot, titles.at(i));
    }
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::guardTabChange);

    m_offlineBanner->setObjectName(QStringLiteral("offlineBanner"));
    m_offlineBanner->setProperty("role", QStringLiteral("banner"));
    m_offlineBanner->setAccessibleName(tr("Offline"));
    m_offlineBanner->setWordWrap(true);
    m_offlineBanner->hide();

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_offlineBanner);
    m_warningBanner = new QWidget(central);
    m_warningBanner->setObjectName(QStringLiteral("warningBanner"));
    // One strip in the banner's colours, the Dismiss button inside it.
    m_warningBanner->setProperty("role", QStringLiteral("bannerRow"));
    m_warningBanner->setAttribute(Qt::WA_StyledBackground);
    auto *warningRow = new QHBoxLayout(m_warningBanner);
    warningRow->setContentsMargins(0, 0, 10, 0);
    warningRow->setSpacing(0);
    m_warningText = new QLabel(m_warningBanner);
    m_warningText->setObjectName(QStringLiteral("warningText"));
    m_warningText->setProperty("role", QStringLiteral("banner"));
    m_warningText->setAccessibleName(tr("Warning"));
    m_warningText->setWordWrap(true);
    m_warningText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *dismiss = new QPushButton(tr("Dismiss"), m_warningBanner);
    dismiss->setObjectName(QStringLiteral("dismissWarningButton"));
    dismiss->setToolTip(tr("Hide this message"));
    connect(dismiss, &QPushButton::clicked, m_warningBanner, &QWidget::hide);
    warningRow->addWidget(m_warningText, 1);
    warningRow->addWidget(dismiss);
    m_warningBanner->hide();
    layout->addWidget(m_warningBanner);
    connect(m_controller, &AccountController::warning, this, [this](const QString &message) {
        m_warningText->setText(message);
        m_warningBanner->show();
    });
    auto *tabsHolder = new QVBoxLayout;
    tabsHolder->setContentsMargins(10, 10, 10, 6);
    tabsHolder->addWidget(m_tabs);
    layout->addLayout(tabsHolder, 1);
    setCentralWidget(central);

    m_signedInLabel->setObjectName(QStringLiteral("signedInLabel"));
    m_lastSyncedLabel->setObjectName(QStringLiteral("lastSyncedLabel"));
    m_syncIndicator->setObjectName(QStringLiteral("syncIndicator"));
    m_syncIndicator->setAccessibleName(tr("Synchronising"));
    m_syncIndicator->setRange(0, 0);
    m_syncIndicator->setTextVisible(false);
    m_syncIndicator->setFixedSize(90, 10);
    m_syncIndicator->hide();
    statusBar()->addWidget(m_signedInLabel, 1);
    statusBar()->addPermanentWidget(m_syncIndicator);
    statusBar()->addPermanentWidget(m_lastSyncedLabel);

    m_records = new RecordActions(m_controller, m_tabs, this);
    // The first page shown, before createActions() hands its tables the Records actions.
    page(HomeTab);
    m_reminders = new ReminderController(
        m_controller, new records::DesktopNotifier(QDBusConnection::sessionBus(), this), this);
    // Where neither a notification service nor a tray takes a reminder, the status bar does.
    connect(m_reminders, &ReminderController::reminded, this,
            [this](const QString &summary, const QString &, bool desktop) {
                // They come most urgent first; each one joins those still shown.
                if (desktop)
                    return;
                const QString shown = statusBar()->currentMessage();
                statusBar()->showMessage(
                    shown.isEmpty() ? summary : shown + QStringLiteral(" · ") + summary, 60 * 1000);
            });
    createActions();

    connect(m_controller, &AccountController::dataChanged, this, &MainWindow::showData);
    connect(m_controller, &AccountController::syncStateChanged, this, &MainWindow::updateSyncState);
    connect(m_controller, &AccountController::signedIn, this, &MainWindow::showData);
    // "Last synced 3 minutes ago" style texts age; keep them honest.
    m_clock->setInterval(30 * 1000);
    connect(m_clock, &QTimer::timeout, this, &MainWindow::updateLastSynced);
    m_clock->start();
    showData();
    updateSyncState();
}

void MainWindow::createActions() {
    m_refreshAction = new QAction(Icons::refresh(), tr("&Refresh"), this);
    m_refreshAction->setObjectName(QStringLiteral("refreshAction"));
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    m_refreshAction->setToolTip(tr("Fetch the latest data from the server (F5)"));
    connect(m_refreshAction, &QAction::triggered, m_controller, &AccountController::refresh);

    auto *signOut = new QAction(Icons::signOut(), tr("Sign &out…"), this);
    signOut->setObjectName(QStringLiteral("signOutAction"));
    signOut->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    signOut->setToolTip(tr("Sign out of this account (Ctrl+Shift+O)"));
    connect(signOut, &QAction::triggered, this, &MainWindow::confirmSignOut);

    auto *quit = new QAction(tr("&Quit"), this);
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &MainWindow::confirmQuit);

    auto *find = new QAction(tr("&Find in Table"), this);
    find->setObjectName(QStringLiteral("findAction"));
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, this, &MainWindow::focusFilter);

    auto *guide = new QAction(tr("CertTrack &Help"), this);
    guide->setObjectName(QStringLiteral("helpAction"));
    guide->setShortcut(QKeySequence::HelpContents);
    guide->setToolTip(tr("The user guide, at the section of the tab in front"));
    connect(guide, &QAction::triggered, this, &MainWindow::showHelp);

    auto *about = new QAction(tr("&About CertTrack"), this);
    about->setObjectName(QStringLiteral("aboutAction"));
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);

    // The remembered accounts are listed above "Add account…", refreshed whenever the menu
    // opens and whenever the shown account changes.
    m_addAccountAction = new QAction(tr("&Add account…"), this);
    m_addAccountAction->setObjectName(QStringLiteral("addAccountAction"));
    connect(m_addAccountAction, &QAction::triggered, this, [this] {
        const auto add = [this] { emit addAccountRequested(); };
        if (confirmLeave(add))
            add();
    });

    // Ctrl+Tab moves between the sections from anywhere in the window, also before anything has
    // focus; a page's own tabs answer Ctrl+PgDown/PgUp when they have focus (QTabWidget's keys).
    auto *nextSection = new QAction(tr("Next Section"), this);
    nextSection->setObjectName(QStringLiteral("nextSectionAction"));
    nextSection->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Tab)});
    connect(nextSection, &QAction::triggered, this,
            [this] { m_tabs->setCurrentIndex((m_tabs->currentIndex() + 1) % m_tabs->count()); });
    auto *previousSection = new QAction(tr("Previous Section"), this);
    previousSection->setObjectName(QStringLiteral("previousSectionAction"));
    previousSection->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Backtab),
                                   QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Tab)});
    connect(previousSection, &QAction::triggered, this, [this] {
        m_tabs->setCurrentIndex((m_tabs->currentIndex() + m_tabs->count() - 1) % m_tabs->count());
    });
    addAction(nextSection);
    addAction(previousSection);

    QMenu *account = menuBar()->addMenu(tr("&Account"));
    account->setObjectName(QStringLiteral("accountMenu"));
    m_accountMenu = account;
    connect(account, &QMenu::aboutToShow, this, &MainWindow::updateAccountList);
    account->addAction(m_addAccountAction);
    account->addSeparator();
    account->addAction(m_refreshAction);
    account->addSeparator();
    account->addAction(signOut);
    account->addAction(quit);
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->setObjectName(QStringLiteral("editMenu"));
    edit->addAction(find);
    // Where the desktop's own applications keep their preferences. (A View menu of its own
    // would find no letter left for Alt: every one of V, i, e and w is taken in some section.)
    createLanguageMenu(edit);
    createAppearanceMenu(edit);
    QMenu *records = menuBar()->addMenu(tr("Re&cords"));
    records->setObjectName(QStringLiteral("recordsMenu"));
    m_records->populate(records);
    m_records->attachToTables();
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    help->addAction(guide);
    m_helpMenu = help;
    m_helpLinksEnd = help->addSeparator();
    help->addAction(about);

    QToolBar *toolBar = addToolBar(tr("Main"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setMovable(false);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addAction(m_refreshAction);
    toolBar->addAction(signOut);
}

void MainWindow::createAppearanceMenu(QMenu *parent) {
    QMenu *menu = parent->addMenu(tr("&Appearance"));
    m_appearanceMenu = menu;
    menu->setObjectName(QStringLiteral("appearanceMenu"));
    auto *group = new QActionGroup(menu);
    const Theme::Scheme saved = Theme::schemeFromName(client::AppSettings().appearance());
    const auto add = [&](Theme::Scheme scheme, const QString &text) {
        QAction *action = menu->addAction(text);
        action->setObjectName(QStringLiteral("appearanceAction_") + Theme::schemeName(scheme));
        action->setCheckable(true);
        action->setChecked(scheme == saved);
        group->addAction(action);
        // At once: the palette and the style sheet change under every open window.
        connect(action, &QAction::triggered, this, [scheme] {
            client::AppSettings().setAppearance(
                scheme == Theme::Scheme::System ? QString() : Theme::schemeName(scheme));
            Theme::apply(*qApp, scheme);
        });
    };
    add(Theme::Scheme::System, tr("&System"));
    menu->addSeparator();
    add(Theme::Scheme::Light, tr("&Light"));
    add(Theme::Scheme::Dark, tr("&Dark"));
}

void MainWindow::createLanguageMenu(QMenu *parent) {
    QMenu *menu = parent->addMenu(tr("&Language"));
    m_languageMenu = menu;
    menu->setObjectName(QStringLiteral("languageMenu"));
    auto *group = new QActionGroup(menu);
    const QString saved = client::AppSettings().language();
    const auto add = [&](const QString &code, const QString &text) {
        QAction *action = menu->addAction(text);
        action->setObjectName(QStringLiteral("languageAction_") +
                              (code.isEmpty() ? QStringLiteral("system") : code));
        action->setCheckable(true);
        action->setChecked(code == saved);
        action->setData(code);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, code] { chooseLanguage(code); });
    };
    add(QString(), tr("&System"));
    menu->addSeparator();
    // Each language by its own name, so that a person finds theirs whatever is shown now.
    for (const Translations::Language &language : Translations::available())
        add(language.code, language.nativeName);
}

void MainWindow::chooseLanguage(const QString &code) {
    if (code == client::AppSettings().language())
        return;
    client::AppSettings().setLanguage(code);
    if (Translations::resolve(code) == Translations::active())
        return;
    // Every window is built in the language of the start, so the change waits for the next one.
    // Said in both languages: the person may not read the one shown now.
    const char *const notice = QT_TR_NOOP("CertTrack will use the chosen language from its next "
                                          "start.");
    QString text = tr(notice);
    const QString inChosen =
        Translations::translateIn(Translations::resolve(code), "MainWindow", notice);
    if (inChosen != text)
        text += QStringLiteral("\n\n") + inChosen;
    MessageBox::information(this, tr("Language"), text);
}

AccountPage *MainWindow::page(Tab tab) {
    if (tab < 0 || tab >= TabCount)
        return nullptr;
    if (AccountPage *built = m_pages.at(tab))
        return built;
    // Made inside its slot, so that its widgets join the window's focus chain in the order
    // they are made, as they did when every page was made with the window.
    AccountPage *built = m_factories.at(tab)(m_slots.at(tab));
    m_pages[tab] = built;
    // Filled while still hidden: what it adds for the data then shows with it.
    built->setAccountData(m_controller->data());
    m_slots.at(tab)->layout()->addWidget(built);
    // Shown now, not on the next turn of the event loop as a widget added to a shown parent.
    built->show();
    if (tab == HomeTab) {
        connect(static_cast<HomePage *>(built), &HomePage::recertificationPlannerRequested, this,
                [this](const QString &certificationId) {
                    m_tabs->setCurrentIndex(CertificationsTab);
                    static_cast<CertificationsPage *>(page(CertificationsTab))
                        ->showPlanner(certificationId);
                });
    }
    m_records->attachToTables();
    return built;
}

QString MainWindow::tabKey(int tab) {
    static const char *const keys[] = {"home",           "personal-info", "testing-history",
                                       "certifications", "certificates",  "transcripts",
                                       "digital-badges"};
    if (tab < 0 || tab >= TabCount)
        return {};
    return QString::fromLatin1(keys[tab]);
}

void MainWindow::showData() {
    const domain::AccountData &account = m_controller->data();
    for (AccountPage *page : std::as_const(m_pages)) {
        if (page)
            page->setAccountData(account);
    }
    const QString name = account.profile.displayName();
    const QString login = m_controller->loginId();
    if (login != m_placeOwner)
        changePlaceTo(login);
    if (login.isEmpty()) {
        m_signedInLabel->setText(tr("Not signed in"));
        setWindowTitle(tr("CertTrack"));
    } else {
        m_signedInLabel->setText(name.isEmpty() ? tr("Signed in as %1").arg(login)
                                                : tr("Signed in as %1 (%2)").arg(name, login));
        // The platform appends the application's display name ("John Doe — CertTrack").
        setWindowTitle(name.isEmpty() ? login : name);
    }
    // Naming the remembered accounts reads each one's cache: not before the first paint.
    if (m_painted)
        updateAccountList();
    else
        m_accountListStale = true;
    updateLastSynced();
    updateProgrammeLinks(account.programme.links);
}

void MainWindow::updateProgrammeLinks(const QList<domain::ProgrammeLink> &links) {
    qDeleteAll(m_programmeLinkActions);
    m_programmeLinkActions.clear();
    for (const domain::ProgrammeLink &link : links) {
        const QUrl url = link.openableUrl();
        if (url.isEmpty() || link.title.trimmed().isEmpty())
            continue; // a server's file: or javascript: address is never offered
        // The programme's wording as it is: an ampersand in it is text, not a mnemonic.
        QString text = link.title.trimmed();
        text.replace(QLatin1Char('&'), QLatin1String("&&"));
        auto *action = new QAction(text, m_helpMenu);
        action->setObjectName(QStringLiteral("programmeLinkAction"));
        action->setData(url);
        action->setToolTip(url.toDisplayString());
        action->setStatusTip(tr("Opens %1 in your web browser").arg(url.toDisplayString()));
        connect(action, &QAction::triggered, this, [this, url] {
            if (!ExternalLinks::open(url)) {
                MessageBox::warning(
                    this, tr("No Web Browser"),
                    tr("No web browser could be started to open %1.").arg(url.toDisplayString()));
            }
        });
        m_helpMenu->insertAction(m_helpLinksEnd, action);
        m_programmeLinkActions.append(action);
    }
}

void MainWindow::changePlaceTo(const QString &login) {
    if (!m_placeOwner.isEmpty())
        m_warningBanner->hide(); // the previous account's trouble is not the next one's
    if (!m_placeOwner.isEmpty()) {
        Place place{m_tabs->currentIndex(), {}};
        for (int i = 0; i < m_pages.size(); ++i) {
            if (!m_pages.at(i))
                continue;
            QList<int> inner;
            for (const QTabWidget *tabs : m_pages.at(i)->findChildren<QTabWidget *>())
                inner << tabs->currentIndex();
            place.pageTabs.insert(i, inner);
        }
        m_places.insert(m_placeOwner, place);
    }
    m_placeOwner = login;
    const Place place = m_places.value(login);
    // Not a change the person asked for: the previous account's unsaved edits are gone with it.
    const QSignalBlocker blocker(m_tabs);
    m_tabs->setCurrentIndex(place.section);
    m_shownTab = m_tabs->currentIndex();
    page(static_cast<Tab>(m_shownTab));
    // Pages not built yet start at their first tab when they are; so do those of a new person.
    for (int i = 0; i < m_pages.size(); ++i) {
        if (!m_pages.at(i))
            continue;
        const QList<int> inner = place.pageTabs.value(i);
        const QList<QTabWidget *> tabs = m_pages.at(i)->findChildren<QTabWidget *>();
        for (int j = 0; j < tabs.size(); ++j)
            tabs.at(j)->setCurrentIndex(inner.value(j, 0));
    }
}

void MainWindow::setRememberedAccountsShown(bool shown) {
    m_rememberedAccountsShown = shown;
    m_addAccountAction->setVisible(shown);
    m_addAccountAction->setEnabled(shown);
    updateAccountList();
}

void MainWindow::setLanguageChoiceShown(bool shown) {
    // Kiosk mode: a choice made here would stay for the next person.
    for (QMenu *menu : {m_languageMenu, m_appearanceMenu}) {
        menu->menuAction()->setVisible(shown);
        menu->menuAction()->setEnabled(shown);
    }
}

void MainWindow::setRemindersShown(bool shown) {
    m_reminders->setKiosk(!shown);
    m_records->setRemindersAvailable(shown);
}

bool MainWindow::event(QEvent *event) {
    if (event->type() == QEvent::Paint && !m_painted) {
        m_painted = true;
        // On the next turn of the event loop, once this paint has reached the screen.
        QTimer::singleShot(0, this, [this] {
            if (m_accountListStale)
                updateAccountList();
        });
    }
    return QMainWindow::event(event);
}

void MainWindow::updateAccountList() {
    m_accountListStale = false;
    // May run inside one of these actions' triggered signal: delete them once it has returned.
    for (QAction *action : std::as_const(m_accountActions)) {
        m_accountMenu->removeAction(action);
        action->deleteLater();
    }
    m_accountActions.clear();
    if (!m_rememberedAccountsShown)
        return;
    const QString currentKey = m_controller->endpoint().key();
    const QString currentLogin = m_controller->loginId();
    const QList<client::RememberedAccount> accounts = AccountController::rememberedAccounts();
    for (const client::RememberedAccount &account : accounts) {
        const bool hasName =
            !account.displayName.isEmpty() && account.displayName != account.loginId;
        auto *action = new QAction(hasName ? tr("%1 (%2)").arg(account.displayName, account.loginId)
                                           : account.loginId,
                                   this);
        action->setObjectName(QStringLiteral("switchAccountAction"));
        action->setData(account.loginId);
        action->setCheckable(true);
        const bool current =
            account.loginId == currentLogin && account.endpoint.key() == currentKey;
        action->setChecked(current);
        connect(action, &QAction::triggered, this, [this, account, current] {
            if (current) {
                updateAccountList(); // choosing the current one changes nothing
                return;
            }
            const auto switchTo = [this, account] { emit switchAccountRequested(account); };
            if (confirmLeave(switchTo))
                switchTo();
        });
        m_accountMenu->insertAction(m_addAccountAction, action);
        m_accountActions.append(action);
    }
}

void MainWindow::updateSyncState() {
    const AccountController::SyncState state = m_controller->syncState();
    m_syncIndicator->setVisible(state == AccountController::SyncState::Syncing);
    updateLastSynced();
}

void MainWindow::updateLastSynced() {
    const QDateTime last = m_controller->lastSynced();
    const QString when = last.isValid() ? itemmodels::DisplayFormat::instant(last) : tr("never");
    const AccountController::SyncState state = m_controller->syncState();
    if (state == AccountController::SyncState::Syncing)
        m_lastSyncedLabel->setText(tr("Syncing… (last synced %1)").arg(when));
    else
        m_lastSyncedLabel->setText(tr("Last synced %1").arg(when));

    const bool offline = state == AccountController::SyncState::Offline;
    if (offline) {
        QString text = tr("Offline — last synced %1. Retrying…").arg(when);
        const QString reason = m_controller->offlineReason();
        m_offlineBanner->setToolTip(reason);
        m_offlineBanner->setText(text);
    }
    m_offlineBanner->setVisible(offline);
}

bool MainWindow::confirmLeave(const std::function<void()> &proceed) {
    auto *personalInfo = qobject_cast<PersonalInfoPage *>(m_pages.value(PersonalInfoTab));
    return !personalInfo || personalInfo->confirmLeave(proceed);
}

void MainWindow::guardTabChange(int tab) {
    page(static_cast<Tab>(tab));
    if (tab == m_shownTab)
        return;
    if (m_shownTab != PersonalInfoTab ||
        confirmLeave([this, tab] { m_tabs->setCurrentIndex(tab); })) {
        m_shownTab = tab;
        return;
    }
    const QSignalBlocker blocker(m_tabs);
    m_tabs->setCurrentIndex(m_shownTab);
}

void MainWindow::confirmQuit() {
    if (confirmLeave([this] { confirmQuit(); }))
        emit quitRequested();
}

void MainWindow::closeEvent(QCloseEvent *event) {
    if (confirmLeave([this] { close(); }))
        QMainWindow::closeEvent(event);
    else
        event->ignore();
}

void MainWindow::confirmSignOut() {
    if (!confirmLeave([this] { confirmSignOut(); }))
        return;
    const QMessageBox::StandardButton answer = MessageBox::question(
        this, tr("Sign out"),
        tr("Sign out of %1? Anything CertTrack keeps for this account on this computer is "
           "removed.")
            .arg(m_controller->loginId()),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Yes)
        emit signOutRequested();
}

void MainWindow::showAbout() {
    // What CertTrack ships or runs on, with the versions in use and each licence.
    const QString rows =
        QStringLiteral("<tr><td>Qt</td><td>%1</td><td>LGPL-3.0</td></tr>"
                       "<tr><td>QtKeychain</td><td>%2</td><td>BSD-2-Clause</td></tr>"
                       "<tr><td>OpenSSL</td><td>%3</td><td>Apache-2.0</td></tr>"
                       "<tr><td>libqrencode</td><td>%4</td><td>LGPL-2.1</td></tr>"
                       "<tr><td>libzip, libpng, zlib</td><td></td><td>BSD-3-Clause, libpng, "
                       "zlib</td></tr>"
                       "<tr><td>Noto Serif (as CertTrack Serif)</td><td>2.004</td>"
                       "<td>OFL-1.1</td></tr>"
                       "<tr><td>Noto Sans CJK, WenQuanYi Micro Hei</td><td></td>"
                       "<td>OFL-1.1, Apache-2.0</td></tr>")
            .arg(QString::fromLatin1(qVersion()), QStringLiteral(CERTTRACK_QTKEYCHAIN_VERSION),
                 QSslSocket::sslLibraryVersionString().section(QLatin1Char(' '), 1, 1),
                 QStringLiteral(CERTTRACK_QRENCODE_VERSION));
    MessageBox::about(
        this, tr("About CertTrack"),
        tr("<h3>CertTrack %1</h3><p>Your certifications, exams, continuing education, "
           "certificates, transcripts and badges, on your desktop and offline.</p><p>Licensed "
           "under the Apache License 2.0.</p><p>Made with:</p>")
                .arg(QApplication::applicationVersion()) +
            QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\"><tr><th align=\"left\">") +
            tr("Component") + QStringLiteral("</th><th align=\"left\">") + tr("Version") +
            QStringLiteral("</th><th align=\"left\">") + tr("Licence") +
            QStringLiteral("</th></tr>") + rows + QStringLiteral("</table>"));
}

void MainWindow::showHelp() {
    // The guide's sections, in the order of the tabs (resources/help/guide.html).
    static const char *const anchors[TabCount] = {
        "home",         "personal-info", "testing-history", "certifications",
        "certificates", "transcripts",   "badges"};
    if (!m_help)
        m_help = new HelpDialog(this);
    const int tab = m_tabs->currentIndex();
    m_help->showSection(tab >= 0 && tab < TabCount ? QString::fromLatin1(anchors[tab]) : QString());
}

void MainWindow::focusFilter() {
    if (AccountPage *current = m_pages.value(m_tabs->currentIndex()))
        current->focusFilter();
}

// Made from the cached data only, so it works with the server out of reach.
void MainWindow::openPdfCertificate(const QString &certificationId) {
    const domain::AccountData &account = m_controller->data();
    for (const domain::CertificationDetail &detail : account.certifications) {
        if (detail.summary.id != certificationId)
            continue;
        auto *dialog = new CertificateDialog(
            certificate::CertificateContent::from(account.profile, detail.summary,
                                                  m_controller->endpoint().baseUrl),
            this);
        // The programme's consent question (id as the server's contract names it) answered
        // "No": the public page will show nothing, so the QR code will not verify.
        for (const domain::SettingsQuestion &question : account.settings.questions) {
            if (question.id == QLatin1String("verificationConsent") && question.answer == false)
                dialog->setVerificationWithheld(question.title);
        }
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
        return;
    }
}

} // namespace certtrack::ui
