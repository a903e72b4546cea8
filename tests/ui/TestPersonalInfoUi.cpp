// Personal Info editing through the real page against a real certtrackd: the settings questions
// answered with Yes / No (Update/Confirm waiting for every required answer, "Confirmed on"
// afterwards), a change made elsewhere meanwhile (412) shown with Reload while the typed answers
// stay, the job title checked as typed and saved trimmed, read-only attributes, ids copied to the
// clipboard, and leaving with unsaved changes asking Save / Discard / Cancel.
#include "AppTestSupport.h"
#include "TestHttp.h"
#include "TestServer.h"

#include "client/AccountController.h"
#include "ui/MainWindow.h"
#include "ui/MessageBox.h"
#include "ui/Theme.h"
#include "ui/personalinfo/AttributesEditor.h"
#include "ui/personalinfo/PersonalInfoPage.h"
#include "ui/personalinfo/SettingsView.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>

using namespace certtrack;

namespace {

const QStringList kQuestions{QStringLiteral("ciscoEmployee"), QStringLiteral("partnerOrReseller"),
                             QStringLiteral("emailNotifications"),
                             QStringLiteral("netAcademyStudent"),
                             QStringLiteral("verificationConsent")};

} // namespace

class TestPersonalInfoUi : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void confirmWaitsForEveryRequiredAnswer();
    void aChangeElsewhereIsShownWithReload();
    void jobTitleIsCheckedAsTypedAndSavedTrimmed();
    void readOnlyAttributesHaveNoField();
    void idsAreCopied();
    void leavingWithUnsavedChangesAsks();
    void signOutAndQuitWithUnsavedChangesAsk();

private:
    template <typename T> T *find(const QString &name) {
        T *widget = m_window->findChild<T *>(name);
        if (!widget)
            qWarning() << "no widget named" << name;
        return widget;
    }
    ui::PersonalInfoPage *page() const {
        return static_cast<ui::PersonalInfoPage *>(m_window->page(ui::MainWindow::PersonalInfoTab));
    }
    QJsonObject serverResource(const QString &path, QByteArray *etag = nullptr);
    QString serverAnswer(const QString &questionId);
    QString serverJobTitle();

    test::TestServer m_server;
    std::unique_ptr<test::TestHttp> m_http;
    QString m_token;
    std::unique_ptr<client::AccountController> m_controller;
    std::unique_ptr<ui::MainWindow> m_window;
};

void TestPersonalInfoUi::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    ui::Theme::apply(*qApp);
    QVERIFY2(m_server.start(), qPrintable(m_server.error()));
    m_http = std::make_unique<test::TestHttp>(m_server.caFile());
    m_token = m_http->passwordToken(m_server.baseUrl(), QStringLiteral("CSCO10000000"),
                                    QStringLiteral("certtrack-demo"));
    QVERIFY(!m_token.isEmpty());
    client::AccountController::Options options;
    options.useKeychain = false;
    m_controller = std::make_unique<client::AccountController>(options);
    m_window = std::make_unique<ui::MainWindow>(m_controller.get());
    m_controller->signIn(client::ServerEndpoint{m_server.baseUrl(), m_server.caFile()},
                         QStringLiteral("CSCO10000000"), QStringLiteral("certtrack-demo"), false);
    QTRY_VERIFY_WITH_TIMEOUT(
        m_controller->isSignedIn() && !m_controller->data().settings.questions.isEmpty(), 20000);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->tabs()->setCurrentIndex(ui::MainWindow::PersonalInfoTab);
    QTRY_VERIFY(find<QRadioButton>(QStringLiteral("settingsYes_verificationConsent")));
}

void TestPersonalInfoUi::cleanupTestCase() {
    m_window.reset();
    m_controller.reset();
}

QJsonObject TestPersonalInfoUi::serverResource(const QString &path, QByteArray *etag) {
    const test::HttpResult result =
        m_http->get(m_server.apiUrl(path), {{"Authorization", "Bearer " + m_token.toLatin1()}});
    if (etag)
        *etag = result.header("ETag");
    return result.json().object();
}

QString TestPersonalInfoUi::serverAnswer(const QString &questionId) {
    for (const QJsonValue &q : serverResource(QStringLiteral("me/settings"))
                                   .value(QLatin1String("questions"))
                                   .toArray()) {
        if (q.toObject().value(QLatin1String("id")).toString() != questionId)
            continue;
        const QJsonValue answer = q.toObject().value(QLatin1String("answer"));
        return answer.isNull() ? QStringLiteral("none")
                               : (answer.toBool() ? QStringLiteral("yes") : QStringLiteral("no"));
    }
    return {};
}

QString TestPersonalInfoUi::serverJobTitle() {
    for (const QJsonValue &a :
         serverResource(QStringLiteral("me/attributes")).value(QLatin1String("items")).toArray()) {
        if (a.toObject().value(QLatin1String("id")).toString() == QLatin1String("jobTitle"))
            return a.toObject().value(QLatin1String("value")).toString();
    }
    return {};
}

void TestPersonalInfoUi::confirmWaitsForEveryRequiredAnswer() {
    page()->tabs()->setCurrentIndex(0);
    auto *confirm = find<QPushButton>(QStringLiteral("settingsConfirm"));
    QVERIFY(!confirm->isEnabled());
    QVERIFY(find<QLabel>(QStringLiteral("settingsConfirmed"))
                ->text()
                .contains(QStringLiteral("not been confirmed")));
    for (const QString &id : kQuestions.mid(0, 4)) {
        find<QRadioButton>(QStringLiteral("settingsNo_") + id)->click();
        QVERIFY2(!confirm->isEnabled(), qPrintable(id));
    }
    QVERIFY(page()->hasUnsavedChanges());
    find<QRadioButton>(QStringLiteral("settingsYes_verificationConsent"))->click();
    QVERIFY(confirm->isEnabled());

    QTest::mouseClick(confirm, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(find<QLabel>(QStringLiteral("settingsConfirmed"))
                                 ->text()
                                 .startsWith(QStringLiteral("Confirmed on")),
                             10000);
    QVERIFY(!page()->hasUnsavedChanges());
    QCOMPARE(serverAnswer(QStringLiteral("verificationConsent")), QStringLiteral("yes"));
    QCOMPARE(serverAnswer(QStringLiteral("ciscoEmployee")), QStringLiteral("no"));
    QVERIFY(find<QRadioButton>(QStringLiteral("settingsYes_verificationConsent"))->isChecked());
}

void TestPersonalInfoUi::aChangeElsewhereIsShownWithReload() {
    page()->tabs()->setCurrentIndex(0);
    // Let the sync that followed the last save settle, so the page holds the current ETag.
    QTRY_VERIFY_WITH_TIMEOUT(
        m_controller->syncState() == client::AccountController::SyncState::Idle, 10000);
    find<QRadioButton>(QStringLiteral("settingsYes_ciscoEmployee"))->click();
    QVERIFY(page()->hasUnsavedChanges());

    // Another device answers a question meanwhile.
    QByteArray etag;
    serverResource(QStringLiteral("me/settings"), &etag);
    const test::HttpResult elsewhere =
        m_http->request("PATCH", m_server.apiUrl(QStringLiteral("me/settings")),
                        {{"Authorization", "Bearer " + m_token.toLatin1()},
                         {"Content-Type", "application/merge-patch+json"},
                         {"If-Match", etag}},
                        R"({"emailNotifications":true})");
    QCOMPARE(elsewhere.status, 200);

    QTest::mouseClick(find<QPushButton>(QStringLiteral("settingsConfirm")), Qt::LeftButton);
    auto *conflict = find<QWidget>(QStringLiteral("settingsConflict"));
    QTRY_VERIFY_WITH_TIMEOUT(conflict->isVisible(), 10000);
    // What was typed is still on screen, and nothing of it reached the server.
    QVERIFY(find<QRadioButton>(QStringLiteral("settingsYes_ciscoEmployee"))->isChecked());
    QCOMPARE(serverAnswer(QStringLiteral("ciscoEmployee")), QStringLiteral("no"));
    QVERIFY(!find<QPushButton>(QStringLiteral("settingsConfirm"))->isEnabled());

    QTest::mouseClick(find<QPushButton>(QStringLiteral("settingsReload")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!conflict->isVisible(), 10000);
    QVERIFY(find<QRadioButton>(QStringLiteral("settingsYes_emailNotifications"))->isChecked());
    QVERIFY(find<QRadioButton>(QStringLiteral("settingsNo_ciscoEmployee"))->isChecked());
    QVERIFY(!page()->hasUnsavedChanges());

    // Made again on the reloaded version, the change is saved.
    find<QRadioButton>(QStringLiteral("settingsYes_ciscoEmployee"))->click();
    QTest::mouseClick(find<QPushButton>(QStringLiteral("settingsConfirm")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(serverAnswer(QStringLiteral("ciscoEmployee")), QStringLiteral("yes"),
                              10000);
    QCOMPARE(serverAnswer(QStringLiteral("emailNotifications")), QStringLiteral("yes"));
}

void TestPersonalInfoUi::jobTitleIsCheckedAsTypedAndSavedTrimmed() {
    page()->tabs()->setCurrentIndex(1);
    auto *jobTitle = find<QLineEdit>(QStringLiteral("attribute_jobTitle"));
    auto *confirm = find<QPushButton>(QStringLiteral("attributesConfirm"));
    auto *error = find<QLabel>(QStringLiteral("attributeError_jobTitle"));
    QCOMPARE(jobTitle->text(), QStringLiteral("Jester"));
    QVERIFY(!confirm->isEnabled()); // nothing changed yet

    jobTitle->selectAll();
    QTest::keyClick(jobTitle, Qt::Key_Delete);
    QVERIFY(error->isVisible());
    QVERIFY(!confirm->isEnabled());
    QTest::keyClicks(jobTitle, QString(101, QLatin1Char('x')));
    QVERIFY(error->isVisible());
    QVERIFY(!confirm->isEnabled());

    jobTitle->selectAll();
    QTest::keyClicks(jobTitle, QStringLiteral("  Chief Jester  "));
    QVERIFY(!error->isVisible());
    QVERIFY(confirm->isEnabled());
    // Enter in the field does what the form's Confirm button does.
    QTest::keyClick(jobTitle, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(serverJobTitle(), QStringLiteral("Chief Jester"), 10000);
    QTRY_VERIFY(!page()->hasUnsavedChanges());
    QCOMPARE(jobTitle->text(), QStringLiteral("Chief Jester"));
}

void TestPersonalInfoUi::readOnlyAttributesHaveNoField() {
    for (const char *id : {"ccdeNumber", "ccieNumber", "netAcademyId"}) {
        const QString name = QStringLiteral("attribute_") + QLatin1String(id);
        QVERIFY2(!m_window->findChild<QLineEdit *>(name), id);
        QVERIFY2(find<QLabel>(name), id);
    }
    QCOMPARE(find<QLabel>(QStringLiteral("attribute_ccieNumber"))->text(),
             QStringLiteral("[Nothing set]"));
    QCOMPARE(find<QLabel>(QStringLiteral("attribute_netAcademyId"))->text(),
             QStringLiteral("8682608"));
}

void TestPersonalInfoUi::idsAreCopied() {
    page()->tabs()->setCurrentIndex(2);
    // The programme's heading, as the guide's Identification page shows it.
    QCOMPARE(find<QLabel>(QStringLiteral("identifiersHeading"))->text(),
             QStringLiteral("Cisco Identifiers"));
    find<QPushButton>(QStringLiteral("copyIdentifier_vue"))->click();
    QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("226754252"));
    find<QPushButton>(QStringLiteral("copyIdentifier_loginId"))->click();
    QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("CSCO10000000"));
    QVERIFY(find<QLabel>(QStringLiteral("identifierCopied"))
                ->text()
                .contains(QStringLiteral("Login ID")));
}

void TestPersonalInfoUi::leavingWithUnsavedChangesAsks() {
    QTabWidget *tabs = m_window->tabs();
    page()->tabs()->setCurrentIndex(1);
    auto *jobTitle = find<QLineEdit>(QStringLiteral("attribute_jobTitle"));
    jobTitle->selectAll();
    QTest::keyClicks(jobTitle, QStringLiteral("Jester of the Court"));
    QVERIFY(page()->hasUnsavedChanges());

    // Cancel: stay, with the text.
    ui::MessageBox::setNextAnswer(QMessageBox::Cancel);
    tabs->setCurrentIndex(ui::MainWindow::HomeTab);
    QCOMPARE(tabs->currentIndex(), int(ui::MainWindow::PersonalInfoTab));
    QVERIFY(ui::MessageBox::lastText().contains(QStringLiteral("did not save")));
    QCOMPARE(jobTitle->text(), QStringLiteral("Jester of the Court"));

    // The same question guards the page's own sections.
    ui::MessageBox::setNextAnswer(QMessageBox::Cancel);
    page()->tabs()->setCurrentIndex(2);
    QCOMPARE(page()->tabs()->currentIndex(), 1);

    // Discard: leave, and the saved value is back.
    ui::MessageBox::setNextAnswer(QMessageBox::Discard);
    tabs->setCurrentIndex(ui::MainWindow::HomeTab);
    QCOMPARE(tabs->currentIndex(), int(ui::MainWindow::HomeTab));
    QCOMPARE(jobTitle->text(), QStringLiteral("Chief Jester"));
    QCOMPARE(serverJobTitle(), QStringLiteral("Chief Jester"));

    // Save: the change is sent, and the window moves on once the server accepted it.
    tabs->setCurrentIndex(ui::MainWindow::PersonalInfoTab);
    jobTitle->selectAll();
    QTest::keyClicks(jobTitle, QStringLiteral("Jester Royal"));
    ui::MessageBox::setNextAnswer(QMessageBox::Save);
    tabs->setCurrentIndex(ui::MainWindow::TestingHistoryTab);
    QTRY_COMPARE_WITH_TIMEOUT(tabs->currentIndex(), int(ui::MainWindow::TestingHistoryTab), 10000);
    QCOMPARE(serverJobTitle(), QStringLiteral("Jester Royal"));
}

void TestPersonalInfoUi::signOutAndQuitWithUnsavedChangesAsk() {
    m_window->tabs()->setCurrentIndex(ui::MainWindow::PersonalInfoTab);
    page()->tabs()->setCurrentIndex(1);
    QTRY_VERIFY(!page()->hasUnsavedChanges());
    auto *jobTitle = find<QLineEdit>(QStringLiteral("attribute_jobTitle"));
    jobTitle->selectAll();
    QTest::keyClicks(jobTitle, QStringLiteral("Unsaved"));
    QSignalSpy quit(m_window.get(), &ui::MainWindow::quitRequested);
    ui::MessageBox::setNextAnswer(QMessageBox::Cancel);
    find<QAction>(QStringLiteral("quitAction"))->trigger();
    QCOMPARE(quit.count(), 0);
    QSignalSpy signOut(m_window.get(), &ui::MainWindow::signOutRequested);
    ui::MessageBox::setNextAnswer(QMessageBox::Cancel);
    find<QAction>(QStringLiteral("signOutAction"))->trigger();
    QVERIFY(ui::MessageBox::lastText().contains(QStringLiteral("did not save")));
    QCOMPARE(signOut.count(), 0);
    QCOMPARE(jobTitle->text(), QStringLiteral("Unsaved"));
    // With the change undone, sign-out asks only its own question.
    jobTitle->selectAll();
    QTest::keyClicks(jobTitle, QStringLiteral("Jester Royal"));
    QVERIFY(!page()->hasUnsavedChanges());
    ui::MessageBox::setNextAnswer(QMessageBox::Yes);
    find<QAction>(QStringLiteral("signOutAction"))->trigger();
    QCOMPARE(signOut.count(), 1);
}

QTEST_MAIN(TestPersonalInfoUi)
#include "TestPersonalInfoUi.moc"
