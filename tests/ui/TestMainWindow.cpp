#include "TestServer.h"

#include "client/AccountController.h"
#include "itemmodels/ItemRoles.h"
#include "ui/AccountPage.h"
#include "ui/ExternalLinks.h"
#include "ui/MainWindow.h"
#include "ui/MessageBox.h"
#include "ui/SignInDialog.h"
#include "ui/Theme.h"
#include "ui/certifications/CertificationsPage.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QCheckBox>
#include <QDialog>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

using namespace certtrack;

namespace {

// Every display text of a model, depth first, one entry per row with its cells joined by " | ".
QStringList rowsOf(const QAbstractItemModel *model, const QModelIndex &parent = QModelIndex()) {
    QStringList rows;
    for (int row = 0; row < model->rowCount(parent); ++row) {
        QStringList cells;
        for (int column = 0; column < model->columnCount(parent); ++column)
            cells << model->index(row, column, parent).data().toString();
        rows << cells.join(QStringLiteral(" | "));
        rows << rowsOf(model, model->index(row, 0, parent));
    }
    return rows;
}

bool anyRowContains(const QStringList &rows, const QStringList &needles) {
    for (const QString &row : rows) {
        bool all = true;
        for (const QString &needle : needles)
            all = all && row.contains(needle);
        if (all)
            return true;
    }
    return false;
}

} // namespace

class TestMainWindow : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanupTestCase();
    void wrongPasswordIsExplainedInTheDialog();
    void unreachableServerIsExplainedInTheDialog();
    void throttledSignInCountsDown();
    void signsInThroughTheDialog();
    void tabsFollowThePortal();
    void homeShowsWhoAndCertifications();
    void personalInfo();
    void testingHistory();
    void ceActivitiesExpandAndSearch();
    void certificationsListShowsItsTopAndTheSelection();
    void certificationsWithDetail();
    void certificatesAndPlaques();
    void transcriptsAndBadges();
    void sortingByDateColumn();
    void ctrlFFocusesThePageFilter();
    void statusBarSaysWhoAndWhen();
    void helpMenuOffersTheProgrammesLinks();
    void warningsAreShownUntilDismissed();
    void offlineBannerWhenTheServerIsGone();

private:
    template <typename T> T *find(QWidget *root, const char *name) {
        T *widget = root->findChild<T *>(QString::fromLatin1(name));
        if (!widget)
            qWarning("no widget named %s", name);
        return widget;
    }
    void fillDialog(const QString &server, const QString &password);
    QStringList viewRows(const char *viewName);

    test::TestServer m_server;
    std::unique_ptr<client::AccountController> m_controller;
    std::unique_ptr<ui::MainWindow> m_window;
    std::unique_ptr<ui::SignInDialog> m_dialog;
};

void TestMainWindow::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    // The look certtrack starts with: fonts and paddings decide what fits where.
    ui::Theme::apply(*qobject_cast<QApplication *>(QCoreApplication::instance()));
    QVERIFY2(m_server.start(), qPrintable(m_server.error()));
    client::AccountController::Options options;
    options.useKeychain = false;
    m_controller = std::make_unique<client::AccountController>(options);
    m_window = std::make_unique<ui::MainWindow>(m_controller.get());
    // The tests below read each section's widgets without always showing it first: build them
    // all now, as showing each one would.
    for (int tab = 0; tab < ui::MainWindow::TabCount; ++tab)
        QVERIFY(m_window->page(static_cast<ui::MainWindow::Tab>(tab)));
    m_dialog = std::make_unique<ui::SignInDialog>(m_controller.get());
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
}

void TestMainWindow::init() {
    // Qt's complaint about a reply aborted while its error was on the way (a server going away
    // with requests queued) must never come back.
    QTest::failOnWarning(QRegularExpression(QStringLiteral("QNetworkReply.*Internal problem")));
}

void TestMainWindow::cleanupTestCase() {
    m_dialog.reset();
    m_window.reset();
    m_controller.reset();
}

void TestMainWindow::fillDialog(const QString &server, const QString &password) {
    find<QLineEdit>(m_dialog.get(), "serverEdit")->setText(server);
    find<QLineEdit>(m_dialog.get(), "caFileEdit")->setText(m_server.caFile());
    find<QLineEdit>(m_dialog.get(), "loginIdEdit")->setText(QStringLiteral("CSCO10000000"));
    find<QLineEdit>(m_dialog.get(), "passwordEdit")->setText(password);
    QVERIFY(!find<QCheckBox>(m_dialog.get(), "rememberCheck")->isChecked());
}

QStringList TestMainWindow::viewRows(const char *viewName) {
    auto *view = find<QAbstractItemView>(m_window.get(), viewName);
    return view ? rowsOf(view->model()) : QStringList();
}

void TestMainWindow::wrongPasswordIsExplainedInTheDialog() {
    fillDialog(m_server.baseUrl().toString(), QStringLiteral("not-the-password"));
    auto *error = find<QLabel>(m_dialog.get(), "signInError");
    auto *busy = find<QWidget>(m_dialog.get(), "signInBusy");
    QVERIFY(!error->isVisible());
    QTest::mouseClick(find<QPushButton>(m_dialog.get(), "signInButton"), Qt::LeftButton);
    QVERIFY(busy->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 20000);
    QVERIFY2(error->text().contains(QStringLiteral("password is not correct")),
             qPrintable(error->text()));
    QVERIFY(!busy->isVisible());
    QVERIFY(m_dialog->isVisible());
    // What was typed stays, so only the password needs retyping.
    QCOMPARE(find<QLineEdit>(m_dialog.get(), "loginIdEdit")->text(),
             QStringLiteral("CSCO10000000"));
    QCOMPARE(find<QLineEdit>(m_dialog.get(), "serverEdit")->text(), m_server.baseUrl().toString());
    QVERIFY(!m_controller->isSignedIn());
}

void TestMainWindow::unreachableServerIsExplainedInTheDialog() {
    // A port nothing listens on: the server is unreachable.
    fillDialog(QStringLiteral("https://127.0.0.1:1"), QStringLiteral("certtrack-demo"));
    auto *error = find<QLabel>(m_dialog.get(), "signInError");
    QTest::mouseClick(find<QPushButton>(m_dialog.get(), "signInButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!m_dialog->isBusy(), 30000);
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("cannot be reached")) ||
                 error->text().contains(QStringLiteral("did not answer")),
             qPrintable(error->text()));
    // Plain HTTP is refused before anything is sent.
    fillDialog(QStringLiteral("http://127.0.0.1:1"), QStringLiteral("certtrack-demo"));
    QTest::mouseClick(find<QPushButton>(m_dialog.get(), "signInButton"), Qt::LeftButton);
    QVERIFY(!m_dialog->isBusy());
    QVERIFY(error->text().contains(QStringLiteral("HTTPS")));
}

void TestMainWindow::throttledSignInCountsDown() {
    // A server of its own, as this test moves its clock, and a dialog of its own.
    test::TestServer server;
    QVERIFY2(server.start(), qPrintable(server.error()));
    client::AccountController::Options options;
    options.useKeychain = false;
    client::AccountController controller(options);
    ui::SignInDialog dialog(&controller);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const QString login = QStringLiteral("CSCO10000001");
    auto *password = find<QLineEdit>(&dialog, "passwordEdit");
    auto *signIn = find<QPushButton>(&dialog, "signInButton");
    auto *error = find<QLabel>(&dialog, "signInError");
    find<QLineEdit>(&dialog, "serverEdit")->setText(server.baseUrl().toString());
    find<QLineEdit>(&dialog, "caFileEdit")->setText(server.caFile());
    find<QLineEdit>(&dialog, "loginIdEdit")->setText(login);

    // certtrackd allows five wrong passwords in five minutes for one login ID.
    for (int attempt = 1; attempt <= 5; ++attempt) {
        password->setText(QStringLiteral("wrong-%1").arg(attempt));
        QTest::mouseClick(signIn, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), 20000);
        QVERIFY2(error->text().contains(QStringLiteral("password is not correct")),
                 qPrintable(error->text()));
    }
    // Almost five minutes later the server still refuses, for a few more seconds only.
    QVERIFY2(server.restart(test::TestServer::defaultNow().addSecs(5 * 60 - 3)),
             qPrintable(server.error()));
    password->setText(QStringLiteral("certtrack-demo"));
    QTest::mouseClick(signIn, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), 20000);
    static const QRegularExpression countdown(
        QStringLiteral("^Too many sign-in attempts\\. You can try again in 0:(\\d\\d)\\.$"));
    const auto first = countdown.match(error->text());
    QVERIFY2(first.hasMatch(), qPrintable(error->text()));
    QVERIFY(error->isVisible());
    QVERIFY(!signIn->isEnabled());
    QVERIFY2(signIn->text().startsWith(QStringLiteral("Sign in (0:")), qPrintable(signIn->text()));
    QVERIFY(!controller.isSignedIn());
    // Enter does not get around the disabled button; what was typed stays for later.
    QTest::keyClick(password, Qt::Key_Return);
    QVERIFY(!dialog.isBusy());
    QCOMPARE(password->text(), QStringLiteral("certtrack-demo"));

    // It counts down, and at zero Sign in comes back and works.
    QTRY_VERIFY_WITH_TIMEOUT(countdown.match(error->text()).hasMatch() &&
                                 countdown.match(error->text()).captured(1).toInt() <
                                     first.captured(1).toInt(),
                             5000);
    QTRY_VERIFY_WITH_TIMEOUT(signIn->isEnabled(), 60000);
    QCOMPARE(error->text(), QStringLiteral("You can try to sign in again now."));
    QCOMPARE(signIn->text(), QStringLiteral("&Sign in"));
    QTest::mouseClick(signIn, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(controller.isSignedIn(), 20000);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
}

void TestMainWindow::signsInThroughTheDialog() {
    fillDialog(m_server.baseUrl().toString(), QStringLiteral("certtrack-demo"));
    QTest::mouseClick(find<QPushButton>(m_dialog.get(), "signInButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!m_dialog->isVisible(), 20000);
    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
    QVERIFY(m_controller->isSignedIn());
    // The password does not linger in the dialog.
    QVERIFY(find<QLineEdit>(m_dialog.get(), "passwordEdit")->text().isEmpty());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QTRY_VERIFY_WITH_TIMEOUT(m_controller->lastSynced().isValid() &&
                                 m_controller->syncState() ==
                                     client::AccountController::SyncState::Idle,
                             20000);
    QTRY_VERIFY(!m_controller->data().exams.isEmpty());
}

void TestMainWindow::tabsFollowThePortal() {
    QTabWidget *tabs = m_window->tabs();
    QCOMPARE(tabs->count(), 7);
    QStringList titles;
    for (int i = 0; i < tabs->count(); ++i)
        titles << tabs->tabText(i)
                      .replace(QStringLiteral("&&"), QStringLiteral("\x01"))
                      .remove(QLatin1Char('&'))
                      .replace(QStringLiteral("\x01"), QStringLiteral("&"));
    QCOMPARE(titles,
             (QStringList{QStringLiteral("Home"), QStringLiteral("Personal Info"),
                          QStringLiteral("Testing History"), QStringLiteral("Certifications"),
                          QStringLiteral("Certificates & Plaques"), QStringLiteral("Transcripts"),
                          QStringLiteral("Digital Badges")}));
    // Every interactive widget has a name and an accessible name.
    const auto widgets = m_window->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (qobject_cast<QLineEdit *>(widget) || qobject_cast<QAbstractItemView *>(widget) ||
            qobject_cast<QTabWidget *>(widget)) {
            if (qobject_cast<QHeaderView *>(widget) ||
                widget->objectName().startsWith(QLatin1String("qt_")))
                continue;
            QVERIFY2(!widget->objectName().isEmpty(), widget->metaObject()->className());
            QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(widget->objectName()));
        }
    }
}

void TestMainWindow::homeShowsWhoAndCertifications() {
    m_window->tabs()->setCurrentIndex(ui::MainWindow::HomeTab);
    QVERIFY(
        find<QLabel>(m_window.get(), "homeWelcome")->text().contains(QStringLiteral("John Doe")));
    QCOMPARE(find<QLabel>(m_window.get(), "homeLoginId")->text(), QStringLiteral("CSCO10000000"));
    const QStringList rows = viewRows("homeCertificationsView");
    QVERIFY2(anyRowContains(rows, {QStringLiteral("CCNA Routing and Switching (CCNA)")}),
             qPrintable(rows.join(QLatin1Char('\n'))));
    QVERIFY(anyRowContains(rows, {QStringLiteral("CCENT (CCENT)")}));
}

void TestMainWindow::personalInfo() {
    m_window->tabs()->setCurrentIndex(ui::MainWindow::PersonalInfoTab);
    QCOMPARE(find<QLineEdit>(m_window.get(), "attribute_jobTitle")->text(),
             QStringLiteral("Jester"));
    QCOMPARE(find<QLabel>(m_window.get(), "attribute_netAcademyId")->text(),
             QStringLiteral("8682608"));
    QCOMPARE(find<QLabel>(m_window.get(), "attribute_ccdeNumber")->text(),
             QStringLiteral("[Nothing set]"));
    QCOMPARE(find<QLineEdit>(m_window.get(), "identifier_vue")->text(),
             QStringLiteral("226754252"));
    QCOMPARE(find<QLineEdit>(m_window.get(), "identifier_loginId")->text(),
             QStringLiteral("CSCO10000000"));
    // The settings questions are shown with the programme's full wording.
    bool consentShown = false;
    const auto labels = m_window->findChildren<QLabel *>();
    for (const QLabel *label : labels)
        consentShown = consentShown || label->text().contains(QStringLiteral("Section 7"));
    QVERIFY(consentShown);
}

void TestMainWindow::testingHistory() {
    const QStringList exams = viewRows("examsView");
    QCOMPARE(exams.size(), 10);
    QVERIFY2(anyRowContains(exams, {QStringLiteral("350-001"),
                                    QStringLiteral("CCIE Routing and Switching"),
                                    QStringLiteral("219142598"), QStringLiteral("Pass"),
                                    QStringLiteral("2007-Feb-21"), QStringLiteral("2010-Feb-21")}),
             qPrintable(exams.join(QLatin1Char('\n'))));
    QVERIFY(anyRowContains(
        exams, {QStringLiteral("n7dnt508"), QStringLiteral("Fail"), QStringLiteral("Never")}));
    const QStringList agreements = viewRows("agreementsView");
    QVERIFY2(
        anyRowContains(agreements,
                       {QStringLiteral("Cisco Certification and Confidentiality Agreement (V9)"),
                        QStringLiteral("2006-Jun-20"), QStringLiteral("Never")}),
        qPrintable(agreements.join(QLatin1Char('\n'))));
    QVERIFY(!viewRows("transactionsView").isEmpty());

    // Enter on an agreement opens its details, as the guide's rows do.
    m_window->tabs()->setCurrentIndex(ui::MainWindow::TestingHistoryTab);
    auto *history = m_window->findChild<QTabWidget *>(QStringLiteral("testingHistoryTabs"));
    history->setCurrentIndex(1);
    auto *view = find<QTreeView>(m_window.get(), "agreementsView");
    view->setCurrentIndex(view->model()->index(0, 0));
    const qsizetype before = m_window->findChildren<QDialog *>().size();
    QTest::keyClick(view, Qt::Key_Return);
    const QList<QDialog *> dialogs = m_window->findChildren<QDialog *>();
    QCOMPARE(dialogs.size(), before + 1);
    QPointer<QDialog> shown = dialogs.last();
    QTRY_VERIFY(shown->isVisible());
    const QStringList texts = [&] {
        QStringList all;
        for (const QLabel *label : shown->findChildren<QLabel *>())
            all << label->text();
        return all;
    }();
    QVERIFY2(anyRowContains(texts, {QStringLiteral("Cisco Certification and Confidentiality "
                                                   "Agreement")}),
             qPrintable(texts.join(QLatin1Char('\n'))));
    shown->close();
    QTRY_VERIFY(!shown);
    history->setCurrentIndex(0);
    m_window->tabs()->setCurrentIndex(ui::MainWindow::HomeTab);
}

void TestMainWindow::ceActivitiesExpandAndSearch() {
    auto *view = find<QTreeView>(m_window.get(), "ceActivitiesView");
    const QStringList rows = rowsOf(view->model());
    QVERIFY2(anyRowContains(rows, {QStringLiteral("Import Source creq-20200214-200500.csv")}),
             qPrintable(rows.join(QLatin1Char('\n'))));
    QVERIFY(anyRowContains(rows, {QStringLiteral("External Id 1462600")}));
    QVERIFY(view->isExpanded(view->model()->index(0, 0)));

    auto *search = find<QLineEdit>(m_window.get(), "ceActivitiesFilter");
    const int before = view->model()->rowCount();
    search->setText(QStringLiteral("no activity has this text"));
    QCOMPARE(view->model()->rowCount(), 0);
    search->setText(QStringLiteral("1462600"));
    QCOMPARE(view->model()->rowCount(), 1);
    // Beside text, the field offers its clear button (switched on with the first character).
    QToolButton *clear = nullptr;
    for (QToolButton *button : search->findChildren<QToolButton *>())
        if (button->isVisibleTo(search))
            clear = button;
    QVERIFY(clear);
    QTest::mouseClick(clear, Qt::LeftButton);
    QCOMPARE(search->text(), QString());
    QCOMPARE(view->model()->rowCount(), before);
    search->setText(QStringLiteral("1462600"));
    search->clear();
    QCOMPARE(view->model()->rowCount(), before);
}

void TestMainWindow::certificationsListShowsItsTopAndTheSelection() {
    m_window->resize(1200, 760); // the size the window opens at
    m_window->tabs()->setCurrentIndex(ui::MainWindow::CertificationsTab);
    auto *view = find<QTreeView>(m_window.get(), "certificationsView");
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    // The first certification is selected at start; it sits under the second track heading.
    const QModelIndex current = view->currentIndex();
    QVERIFY(current.isValid());
    QVERIFY(current.parent().isValid());
    const QRect viewport = view->viewport()->rect();
    QTRY_VERIFY(viewport.contains(view->visualRect(current)));
    // The demo's rows all fit, so nothing of the top is scrolled away.
    QCOMPARE(view->verticalScrollBar()->value(), 0);
    QCOMPARE(view->verticalScrollBar()->maximum(), 0);
    const QModelIndex firstTrack = view->model()->index(0, 0);
    QCOMPARE(firstTrack.data().toString(), QStringLiteral("General Certifications - Entry"));
    QVERIFY(viewport.contains(view->visualRect(firstTrack)));
    // And the detail below keeps room for its tables.
    auto *credits = find<QTreeView>(m_window.get(), "ceCreditsView");
    QVERIFY2(credits->viewport()->height() >= 2 * view->sizeHintForRow(0),
             qPrintable(QString::number(credits->viewport()->height())));
}

void TestMainWindow::certificationsWithDetail() {
    m_window->tabs()->setCurrentIndex(ui::MainWindow::CertificationsTab);
    auto *page =
        qobject_cast<ui::CertificationsPage *>(m_window->page(ui::MainWindow::CertificationsTab));
    QVERIFY(page);
    // Click the CCNA row like a person would.
    auto *view = find<QTreeView>(m_window.get(), "certificationsView");
    QModelIndex ccna;
    for (int track = 0; track < view->model()->rowCount() && !ccna.isValid(); ++track) {
        const QModelIndex parent = view->model()->index(track, 0);
        for (int row = 0; row < view->model()->rowCount(parent); ++row) {
            const QModelIndex index = view->model()->index(row, 0, parent);
            if (index.data().toString() == QLatin1String("CCNA Routing and Switching (CCNA)"))
                ccna = index;
        }
    }
    QVERIFY(ccna.isValid());
    QCOMPARE(ccna.siblingAtColumn(1).data().toString(), QStringLiteral("2019-Dec-08"));
    view->scrollTo(ccna);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(ccna).center());
    QCOMPARE(find<QLabel>(m_window.get(), "certificationTitle")->text(),
             QStringLiteral("CCNA Routing and Switching (CCNA)"));
    const QStringList progress = viewRows("requirementProgressView");
    QVERIFY2(anyRowContains(progress, {QStringLiteral("1.2 - (10 / 30)")}),
             qPrintable(progress.join(QLatin1Char('\n'))));
    auto *credits = find<QWidget>(m_window.get(), "ceCredits");
    QVERIFY(credits);
    const QStringList creditRows = viewRows("ceCreditsView");
    QVERIFY(anyRowContains(creditRows, {QStringLiteral("5"), QStringLiteral("Active")}));
    QString label;
    for (const domain::CertificationDetail &detail : m_controller->data().certifications) {
        if (detail.summary.acronym == QLatin1String("CCNA"))
            label = detail.ceCreditsLabel;
    }
    QVERIFY(!label.isEmpty());
    bool labelShown = false;
    for (const QLabel *l : credits->findChildren<QLabel *>())
        labelShown = labelShown || l->text().endsWith(label); // "+10 Cisco CE Credits"
    QVERIFY2(labelShown, qPrintable(label));
    QVERIFY(anyRowContains(viewRows("certificationHistoryView"),
                           {QStringLiteral("Manually granted certification")}));
}

void TestMainWindow::certificatesAndPlaques() {
    const QStringList rows = viewRows("fulfillmentView");
    for (const char *code : {"R4N8D2KV", "CBX0395KI", "VLV7K532E"})
        QVERIFY2(anyRowContains(rows, {QString::fromLatin1(code)}), code);
    QVERIFY(anyRowContains(rows, {QStringLiteral("R4N8D2KV"), QStringLiteral("December 2019"),
                                  QStringLiteral("Complete")}));
    QVERIFY(find<QLabel>(m_window.get(), "fulfillmentNote")
                ->text()
                .contains(QStringLiteral("Please allow 6-8 weeks for processing and shipping")));
}

void TestMainWindow::transcriptsAndBadges() {
    QVERIFY(!viewRows("transcriptsView").isEmpty());
    auto *badges = find<QListView>(m_window.get(), "badgesView");
    QVERIFY(badges->model()->rowCount() > 0);
    const QImage image = badges->model()->index(0, 0).data(itemmodels::ImageRole).value<QImage>();
    QVERIFY(!image.isNull());
    // The SVG was drawn: the image is not blank.
    bool painted = false;
    for (int y = 0; y < image.height() && !painted; y += 4)
        for (int x = 0; x < image.width() && !painted; x += 4)
            painted = image.pixelColor(x, y).alpha() > 0;
    QVERIFY(painted);
}

void TestMainWindow::sortingByDateColumn() {
    m_window->tabs()->setCurrentIndex(ui::MainWindow::TestingHistoryTab);
    auto *view = find<QTreeView>(m_window.get(), "examsView");
    view->sortByColumn(4, Qt::AscendingOrder);
    QCOMPARE(view->model()->index(0, 4).data().toString(), QStringLiteral("1995-Oct-04"));
    QCOMPARE(view->model()->index(9, 4).data().toString(), QStringLiteral("2007-Feb-21"));
    view->sortByColumn(4, Qt::DescendingOrder);
    QCOMPARE(view->model()->index(0, 4).data().toString(), QStringLiteral("2007-Feb-21"));
}

void TestMainWindow::ctrlFFocusesThePageFilter() {
    m_window->tabs()->setCurrentIndex(ui::MainWindow::TestingHistoryTab);
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(find<QLineEdit>(m_window.get(), "examsFilter")->hasFocus());
    m_window->tabs()->setCurrentIndex(ui::MainWindow::CertificatesTab);
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(find<QLineEdit>(m_window.get(), "fulfillmentFilter")->hasFocus());
}

void TestMainWindow::statusBarSaysWhoAndWhen() {
    QVERIFY(find<QLabel>(m_window.get(), "signedInLabel")
                ->text()
                .contains(QStringLiteral("CSCO10000000")));
    QVERIFY(find<QLabel>(m_window.get(), "lastSyncedLabel")
                ->text()
                .startsWith(QStringLiteral("Last synced 2")));
    QVERIFY(!find<QWidget>(m_window.get(), "offlineBanner")->isVisible());
    QVERIFY(!find<QWidget>(m_window.get(), "syncIndicator")->isVisible());
}

void TestMainWindow::helpMenuOffersTheProgrammesLinks() {
    // The guide's header links ("Certification Online", "Support/FAQs") as the server sends them,
    // between the user guide and About, each opening its address in the browser.
    auto *help = m_window->menuBar()->findChild<QMenu *>(QStringLiteral("helpMenu"));
    QVERIFY(help);
    QStringList texts;
    for (QAction *action : help->actions())
        texts << (action->isSeparator() ? QStringLiteral("|") : action->text());
    QCOMPARE(texts,
             QStringList({QStringLiteral("CertTrack &Help"), QStringLiteral("Certification Online"),
                          QStringLiteral("Support/FAQs"), QStringLiteral("|"),
                          QStringLiteral("&About CertTrack")}));
    QList<QUrl> opened;
    bool browserStarts = true;
    ui::ExternalLinks::setHandlerForTests([&](const QUrl &url) {
        opened.append(url);
        return browserStarts;
    });
    const QList<QAction *> actions = help->actions();
    actions.at(2)->trigger();
    QCOMPARE(opened,
             QList<QUrl>({QUrl(QStringLiteral("https://www.example.com/certifications/support"))}));
    // No browser: the person is told, with the address to type elsewhere.
    browserStarts = false;
    ui::MessageBox::setNextAnswer(QMessageBox::Ok);
    actions.at(1)->trigger();
    ui::ExternalLinks::setHandlerForTests({});
    QCOMPARE(opened.size(), 2);
    QVERIFY2(ui::MessageBox::lastText().contains(
                 QLatin1String("https://www.example.com/certifications")),
             qPrintable(ui::MessageBox::lastText()));
    // A second sync with the same links leaves one of each.
    QSignalSpy synced(m_controller.get(), &client::AccountController::dataChanged);
    m_controller->refresh();
    QVERIFY(synced.wait(30000));
    QCOMPARE(help->findChildren<QAction *>(QStringLiteral("programmeLinkAction")).size(), 2);
}

void TestMainWindow::warningsAreShownUntilDismissed() {
    // What goes wrong without stopping the work (here: a sync whose data the disk could not take,
    // as AccountController reports it) reaches the window, not only the log.
    auto *banner = find<QWidget>(m_window.get(), "warningBanner");
    QVERIFY(!banner->isVisible());
    const QString message = QStringLiteral("This computer's disk is full, so the data just synced "
                                           "could not be saved; the copy from the previous sync "
                                           "is kept.");
    emit m_controller->warning(message);
    QVERIFY(banner->isVisible());
    QCOMPARE(find<QLabel>(m_window.get(), "warningText")->text(), message);
    // Dismissed by keyboard: the button takes focus and Space presses it.
    auto *dismiss = find<QPushButton>(m_window.get(), "dismissWarningButton");
    dismiss->setFocus(Qt::TabFocusReason);
    QTest::keyClick(dismiss, Qt::Key_Space);
    QVERIFY(!banner->isVisible());
    // A later sync that succeeds does not bring it back.
    QSignalSpy synced(m_controller.get(), &client::AccountController::dataChanged);
    m_controller->refresh();
    QVERIFY(synced.wait(30000));
    QVERIFY(!banner->isVisible());
}

void TestMainWindow::offlineBannerWhenTheServerIsGone() {
    m_server.stop();
    const QString lastBox = ui::MessageBox::lastText();
    ui::MessageBox::setNextAnswer(QMessageBox::NoButton);
    QTest::keyClick(m_window.get(), Qt::Key_F5);
    auto *banner = find<QLabel>(m_window.get(), "offlineBanner");
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 30000);
    QVERIFY2(banner->text().startsWith(QStringLiteral("Offline — last synced ")),
             qPrintable(banner->text()));
    QVERIFY(banner->text().endsWith(QStringLiteral("Retrying…")));
    // No dialog was needed (the armed answer is still unused) and the data stays readable.
    QCOMPARE(ui::MessageBox::lastText(), lastBox);
    QCOMPARE(viewRows("examsView").size(), 10);
    QVERIFY(QApplication::topLevelWidgets().contains(m_window.get()));
}

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
