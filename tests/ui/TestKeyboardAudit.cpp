// The main window as a keyboard user meets it, signed in against a real certtrackd: in every
// section and sub-section no two visible controls share a mnemonic (the second Alt+letter would
// only move focus), every focusable control has an accessible name, Ctrl+Tab moves between the
// sections even before anything has focus, Sign out has a shortcut, and the title names the
// person once (the platform adds the application's name itself).
#include "TestServer.h"

#include "client/AccountController.h"
#include "ui/MainWindow.h"
#include "ui/Theme.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QButtonGroup>
#include <QGroupBox>
#include <QLabel>
#include <QMap>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>

using namespace certtrack;

namespace {

// The mnemonic letter of a text ("Sign &out" → 'o'; "&&" is a literal ampersand), or 0.
QChar mnemonicOf(const QString &text) {
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i;
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return {};
}

bool shownInWindow(const QWidget *widget) {
    return widget->isVisibleTo(widget->window()) && widget->isVisible();
}

// Every mnemonic a keyboard user can reach in `window` as it is now, letter → what owns it.
QMultiMap<QChar, QString> visibleMnemonics(QWidget *window) {
    QMultiMap<QChar, QString> found;
    const auto add = [&found](const QString &text, const QString &owner) {
        const QChar letter = mnemonicOf(text);
        if (!letter.isNull())
            found.insert(letter, owner + QStringLiteral(" \"") + text + QLatin1Char('"'));
    };
    if (auto *main = qobject_cast<QMainWindow *>(window))
        for (QAction *menu : main->menuBar()->actions())
            add(menu->text(), QStringLiteral("menu"));
    for (auto *button : window->findChildren<QAbstractButton *>())
        if (shownInWindow(button)) // a disabled one clashes once it is enabled
            add(button->text(), QStringLiteral("button ") + button->objectName());
    for (auto *label : window->findChildren<QLabel *>())
        if (shownInWindow(label) && label->buddy())
            add(label->text(), QStringLiteral("label for ") + label->buddy()->objectName());
    for (auto *box : window->findChildren<QGroupBox *>())
        if (shownInWindow(box) && box->isCheckable())
            add(box->title(), QStringLiteral("group ") + box->objectName());
    for (auto *bar : window->findChildren<QTabBar *>())
        if (shownInWindow(bar))
            for (int i = 0; i < bar->count(); ++i)
                add(bar->tabText(i), QStringLiteral("tab"));
    return found;
}

QStringList duplicates(const QMultiMap<QChar, QString> &mnemonics) {
    QStringList clashes;
    for (const QChar letter : mnemonics.uniqueKeys()) {
        const QStringList owners = mnemonics.values(letter);
        if (owners.size() > 1)
            clashes << QStringLiteral("Alt+%1: %2").arg(letter, owners.join(QStringLiteral(", ")));
    }
    return clashes;
}

// Focusable controls that a screen reader would announce without a name.
QStringList unnamed(QWidget *window) {
    QStringList missing;
    for (auto *widget : window->findChildren<QWidget *>()) {
        if (!shownInWindow(widget) || !widget->isEnabled() ||
            !(widget->focusPolicy() & Qt::TabFocus) || widget->focusProxy())
            continue;
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
        if (accessible && accessible->text(QAccessible::Name).trimmed().isEmpty())
            missing << QStringLiteral("%1 %2").arg(
                QString::fromLatin1(widget->metaObject()->className()), widget->objectName());
    }
    return missing;
}

// Visits every section, and within it every sub-tab, calling `visit` with a description.
void forEachPlace(ui::MainWindow *window, const std::function<void(const QString &)> &visit) {
    QTabWidget *sections = window->tabs();
    for (int section = 0; section < sections->count(); ++section) {
        sections->setCurrentIndex(section);
        const QString where = sections->tabText(section);
        visit(where);
        for (auto *inner : sections->currentWidget()->findChildren<QTabWidget *>()) {
            if (!inner->isVisible())
                continue;
            for (int tab = 0; tab < inner->count(); ++tab) {
                inner->setCurrentIndex(tab);
                visit(where + QStringLiteral(" / ") + inner->tabText(tab));
            }
            inner->setCurrentIndex(0);
        }
    }
    sections->setCurrentIndex(0);
}

} // namespace

class TestKeyboardAudit : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void titleNamesThePersonOnce();
    void ctrlTabMovesBetweenSectionsRightAfterSignIn();
    void noSectionHasTwoControlsOnOneMnemonic();
    void everyFocusableControlHasAName();
    void signOutHasAShortcut();
    void settingsAnsweredAndConfirmedByKeyboardAlone();
    void eachAccountKeepsItsOwnPlace();

private:
    test::TestServer m_server;
    std::unique_ptr<client::AccountController> m_controller;
    std::unique_ptr<ui::MainWindow> m_window;
};

void TestKeyboardAudit::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    ui::Theme::apply(*qApp);
    QVERIFY2(m_server.start(), qPrintable(m_server.error()));
    client::AccountController::Options options;
    options.useKeychain = false;
    m_controller = std::make_unique<client::AccountController>(options);
    m_window = std::make_unique<ui::MainWindow>(m_controller.get());
    client::ServerEndpoint endpoint;
    endpoint.baseUrl = m_server.baseUrl();
    endpoint.caFile = m_server.caFile();
    m_controller->signIn(endpoint, QStringLiteral("CSCO10000000"), QStringLiteral("certtrack-demo"),
                         false);
    QTRY_VERIFY_WITH_TIMEOUT(m_controller->isSignedIn(), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(m_controller->lastSynced().isValid() &&
                                 m_controller->syncState() ==
                                     client::AccountController::SyncState::Idle,
                             20000);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestKeyboardAudit::cleanupTestCase() {
    m_window.reset();
    m_controller.reset();
}

void TestKeyboardAudit::titleNamesThePersonOnce() {
    const QString title = m_window->windowTitle();
    QVERIFY2(title.contains(QLatin1String("John Doe")), qPrintable(title));
    QVERIFY2(!title.contains(QLatin1String("CertTrack")), qPrintable(title));
}

void TestKeyboardAudit::ctrlTabMovesBetweenSectionsRightAfterSignIn() {
    QTabWidget *sections = m_window->tabs();
    sections->setCurrentIndex(0);
    m_window->activateWindow();
    QTest::keyClick(m_window.get(), Qt::Key_Tab, Qt::ControlModifier);
    QCOMPARE(sections->currentIndex(), 1);
    // From inside a page with tabs of its own, Ctrl+Tab still moves between sections.
    if (QWidget *focus = QApplication::focusWidget())
        QTest::keyClick(focus, Qt::Key_Tab, Qt::ControlModifier);
    else
        QTest::keyClick(m_window.get(), Qt::Key_Tab, Qt::ControlModifier);
    QCOMPARE(sections->currentIndex(), 2);
    QTest::keyClick(m_window.get(), Qt::Key_Backtab, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(sections->currentIndex(), 1);
    sections->setCurrentIndex(0);
}

void TestKeyboardAudit::noSectionHasTwoControlsOnOneMnemonic() {
    QStringList clashes;
    forEachPlace(m_window.get(), [&](const QString &where) {
        for (const QString &clash : duplicates(visibleMnemonics(m_window.get())))
            clashes << where + QStringLiteral(": ") + clash;
    });
    clashes.removeDuplicates();
    for (const QString &clash : std::as_const(clashes))
        qWarning("%s", qPrintable(clash));
    QVERIFY2(clashes.isEmpty(), "two controls on one mnemonic: see the warnings above");
}

void TestKeyboardAudit::everyFocusableControlHasAName() {
    QStringList missing;
    forEachPlace(m_window.get(), [&](const QString &where) {
        for (const QString &widget : unnamed(m_window.get()))
            missing << where + QStringLiteral(": ") + widget;
    });
    missing.removeDuplicates();
    for (const QString &widget : std::as_const(missing))
        qWarning("%s", qPrintable(widget));
    QVERIFY2(missing.isEmpty(), "focusable controls without a name: see the warnings above");
}

void TestKeyboardAudit::signOutHasAShortcut() {
    auto *signOut = m_window->findChild<QAction *>(QStringLiteral("signOutAction"));
    QVERIFY(signOut);
    QVERIFY(!signOut->shortcut().isEmpty());
    QCOMPARE(duplicates(visibleMnemonics(m_window.get())), QStringList());
}

void TestKeyboardAudit::settingsAnsweredAndConfirmedByKeyboardAlone() {
    m_window->tabs()->setCurrentIndex(ui::MainWindow::PersonalInfoTab);
    QApplication::setActiveWindow(m_window.get());
    auto *view = m_window->findChild<QWidget *>(QStringLiteral("settingsView"));
    QVERIFY(view);
    const QList<QRadioButton *> answers = view->findChildren<QRadioButton *>();
    QVERIFY(answers.size() >= 2);
    auto *confirm = view->findChild<QPushButton *>(QStringLiteral("settingsConfirm"));
    auto *confirmed = view->findChild<QLabel *>(QStringLiteral("settingsConfirmed"));
    QVERIFY(confirm && confirmed);

    // From the first answer, Tab through the questions, answering (Space) each one that has no
    // answer yet, until Tab reaches Update/Confirm; Enter there saves.
    answers.first()->setFocus(Qt::TabFocusReason);
    QTRY_COMPARE(QApplication::focusWidget(), answers.first());
    QStringList path;
    for (int step = 0; step < 4 * answers.size() && QApplication::focusWidget() != confirm;
         ++step) {
        QWidget *focus = QApplication::focusWidget();
        QVERIFY(focus);
        path << focus->objectName();
        if (auto *answer = qobject_cast<QRadioButton *>(focus); answer && !answer->isChecked()) {
            const auto group = answer->group();
            const bool groupAnswered =
                group && group->checkedButton() && group->checkedButton() != answer;
            if (!groupAnswered)
                QTest::keyClick(answer, Qt::Key_Space);
        }
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    }
    const QString went = QStringLiteral("Tab went: ") + path.join(QStringLiteral(" → "));
    QVERIFY2(QApplication::focusWidget() == confirm, qPrintable(went));
    // Straight from the last answer, not round the rest of the window.
    QVERIFY2(path.last().startsWith(QLatin1String("settings")), qPrintable(went));
    for (const QString &name : std::as_const(path))
        QVERIFY2(name.startsWith(QLatin1String("settingsYes_")) ||
                     name.startsWith(QLatin1String("settingsNo_")),
                 qPrintable(went));
    QVERIFY(confirm->isEnabled());
    QTest::keyClick(confirm, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(confirmed->text().startsWith(QLatin1String("Confirmed on")), 10000);
    m_window->tabs()->setCurrentIndex(0);
}

void TestKeyboardAudit::eachAccountKeepsItsOwnPlace() {
    QTabWidget *sections = m_window->tabs();
    sections->setCurrentIndex(ui::MainWindow::PersonalInfoTab);
    auto *personalTabs = sections->currentWidget()->findChild<QTabWidget *>();
    QVERIFY(personalTabs);
    personalTabs->setCurrentIndex(2);
    const auto signInAs = [this](const QString &login) {
        m_controller->signOut();
        if (!QTest::qWaitFor([this] { return !m_controller->isSignedIn(); }, 10000))
            return false;
        client::ServerEndpoint endpoint;
        endpoint.baseUrl = m_server.baseUrl();
        endpoint.caFile = m_server.caFile();
        m_controller->signIn(endpoint, login, QStringLiteral("certtrack-demo"), false);
        return QTest::qWaitFor([this] { return m_controller->isSignedIn(); }, 20000);
    };

    // Somebody else signs in on the same window: Home, with the first sub-tabs.
    QVERIFY(signInAs(QStringLiteral("CSCO10000001")));
    QTRY_COMPARE(m_window->windowTitle().contains(QLatin1String("John Doe")), false);
    QCOMPARE(sections->currentIndex(), int(ui::MainWindow::HomeTab));
    QCOMPARE(personalTabs->currentIndex(), 0);
    sections->setCurrentIndex(ui::MainWindow::TranscriptsTab);

    // The first person back: where they left off.
    QVERIFY(signInAs(QStringLiteral("CSCO10000000")));
    QTRY_VERIFY(m_window->windowTitle().contains(QLatin1String("John Doe")));
    QCOMPARE(sections->currentIndex(), int(ui::MainWindow::PersonalInfoTab));
    QCOMPARE(personalTabs->currentIndex(), 2);
}

QTEST_MAIN(TestKeyboardAudit)
#include "TestKeyboardAudit.moc"
