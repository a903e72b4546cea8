// The main window as a keyboard user meets it, signed in against a real certtrackd: in every
// section and sub-section no two visible controls share a mnemonic (the second Alt+letter would
// only move focus), every focusable control has an accessible name, Ctrl+Tab moves between the
// sections even before anything has focus, Sign out has a shortcut, and the title names the
// person once (the platform adds the application's name itself). Run once per language the
// client speaks (CERTTRACK_TEST_LANGUAGE, see tests/ui/CMakeLists.txt): a translation must keep
// mnemonics unique and its longer words must still fit at 1024x640.
#include "TestServer.h"

#include "client/AccountController.h"
#include "itemmodels/ItemRoles.h"
#include "ui/MainWindow.h"
#include "ui/Theme.h"
#include "ui/Translations.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QButtonGroup>
#include <QGroupBox>
#include <QLabel>
#include <QListView>
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
#include <QTreeView>

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
    void everyPlaceFitsSmallAndLargeWindows_data();
    void everyPlaceFitsSmallAndLargeWindows();
    void eachAccountKeepsItsOwnPlace();

private:
    test::TestServer m_server;
    std::unique_ptr<client::AccountController> m_controller;
    std::unique_ptr<ui::MainWindow> m_window;
};

void TestKeyboardAudit::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    if (const QString language = qEnvironmentVariable("CERTTRACK_TEST_LANGUAGE");
        !language.isEmpty()) {
        QVERIFY(ui::Translations::install(*qApp, language));
        QCOMPARE(ui::Translations::active(), language);
    }
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
    const QString confirmedOn =
        QCoreApplication::translate("SettingsView", "Confirmed on %1.").section(u'%', 0, 0);
    QTRY_VERIFY_WITH_TIMEOUT(confirmed->text().startsWith(confirmedOn), 10000);
    m_window->tabs()->setCurrentIndex(0);
}

void TestKeyboardAudit::everyPlaceFitsSmallAndLargeWindows_data() {
    QTest::addColumn<QSize>("size");
    QTest::newRow("1024x640") << QSize(1024, 640);
    QTest::newRow("1920x1080") << QSize(1920, 1080);
}

// In every section and sub-tab: each table shows at least three rows (when it has them), and no
// button or one-line label is narrower than its text.
void TestKeyboardAudit::everyPlaceFitsSmallAndLargeWindows() {
    QFETCH(QSize, size);
    const QSize before = m_window->size();
    m_window->resize(size);
    QTRY_VERIFY2(m_window->size() == size,
                 qPrintable(QStringLiteral("the window keeps %1x%2; its minimum is %3x%4")
                                .arg(m_window->width())
                                .arg(m_window->height())
                                .arg(m_window->minimumSizeHint().width())
                                .arg(m_window->minimumSizeHint().height())));
    QStringList problems;
    forEachPlace(m_window.get(), [&](const QString &where) {
        // The certifications' detail is measured as a person sees it: CCNA chosen (it has
        // requirements, CE credits and history).
        if (m_window->tabs()->currentIndex() == ui::MainWindow::CertificationsTab) {
            auto *list = m_window->tabs()->currentWidget()->findChild<QTreeView *>(
                QStringLiteral("certificationsView"));
            QVERIFY(list);
            const QAbstractItemModel *model = list->model();
            for (int track = 0; track < model->rowCount(); ++track) {
                const QModelIndex parent = model->index(track, 0);
                for (int row = 0; row < model->rowCount(parent); ++row) {
                    const QModelIndex index = model->index(row, 0, parent);
                    if (index.data(itemmodels::IdRole).toString() ==
                        QLatin1String("crt-10000000-ccna"))
                        list->setCurrentIndex(index);
                }
            }
        }
        QApplication::processEvents(); // the layouts settle once the tab is shown
        for (auto *view : m_window->findChildren<QAbstractItemView *>()) {
            if (!shownInWindow(view) || !view->model())
                continue;
            // Cards side by side (the badges) are not rows.
            if (auto *list = qobject_cast<QListView *>(view);
                list && list->viewMode() == QListView::IconMode)
                continue;
            const int rows = view->model()->rowCount();
            if (rows < 1)
                continue;
            const int rowHeight = view->sizeHintForRow(0);
            const int wanted = std::min(rows, 3) * rowHeight;
            if (rowHeight > 0 && view->viewport()->height() < wanted)
                problems << QStringLiteral("%1: %2 shows %3 px of the %4 needed for %5 rows")
                                .arg(where, view->objectName())
                                .arg(view->viewport()->height())
                                .arg(wanted)
                                .arg(std::min(rows, 3));
        }
        for (auto *button : m_window->findChildren<QAbstractButton *>()) {
            if (!shownInWindow(button) || button->text().isEmpty() ||
                qobject_cast<QTabBar *>(button->parentWidget()))
                continue;
            const int needed =
                button->fontMetrics().horizontalAdvance(QString(button->text()).remove(u'&'));
            if (button->width() < needed)
                problems << QStringLiteral("%1: button \"%2\" is %3 px for %4 px of text")
                                .arg(where, button->text())
                                .arg(button->width())
                                .arg(needed);
        }
        for (auto *label : m_window->findChildren<QLabel *>()) {
            if (!shownInWindow(label) || label->wordWrap() || label->text().isEmpty() ||
                label->textFormat() == Qt::RichText || label->text().contains(u'<'))
                continue;
            const int needed = label->fontMetrics().horizontalAdvance(label->text());
            if (label->width() + 1 < needed)
                problems << QStringLiteral("%1: label \"%2\" is %3 px for %4 px of text")
                                .arg(where, label->text().left(60))
                                .arg(label->width())
                                .arg(needed);
        }
    });
    m_window->resize(before);
    problems.removeDuplicates();
    for (const QString &problem : std::as_const(problems))
        qWarning("%s", qPrintable(problem));
    QVERIFY2(problems.isEmpty(), "cut text or cramped tables: see the warnings above");
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
