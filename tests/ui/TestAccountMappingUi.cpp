// First-time sign-in and forgotten passwords through the real dialogs against a real certtrackd:
// "First time signing in?" and "Forgot password?" in the sign-in dialog, the guide's two ways
// with their inline errors (not on file, on two records, a score report that does not match, a
// missing field), what happens next with Resend, the link read from the server's outbox and used,
// then a sign-in with the new login ID; and a throttled request shown as a wait with Submit off.
#include "AppTestSupport.h"
#include "TestHttp.h"
#include "TestServer.h"
#include "client/AccountController.h"
#include "ui/AccountMappingDialog.h"
#include "ui/SignInDialog.h"
#include "ui/Theme.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QUrlQuery>

using namespace certtrack;

class TestAccountMappingUi : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void aServerAddressIsNeededFirst();
    void byEmailShowsTheGuideErrorsInline();
    void scoreReportMismatchIsOneError();
    void mapByEmailThenSignIn();
    void forgotPasswordStartsWithTheLoginTyped();
    void throttlingIsShownAsAWait();

private:
    ui::AccountMappingDialog *openMapping(const QString &button);
    template <typename T> T *in(QWidget *dialog, const QString &name) {
        T *widget = dialog->findChild<T *>(name);
        if (!widget)
            qWarning() << "no widget" << name;
        return widget;
    }
    // Mails to `to` in the outbox, oldest first.

    test::TestServer m_server;
    std::unique_ptr<client::AccountController> m_controller;
    std::unique_ptr<ui::SignInDialog> m_signIn;
};

void TestAccountMappingUi::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    ui::Theme::apply(*qApp);
    QVERIFY2(m_server.start(), qPrintable(m_server.error()));
    client::AccountController::Options options;
    options.useKeychain = false;
    m_controller = std::make_unique<client::AccountController>(options);
    m_signIn = std::make_unique<ui::SignInDialog>(m_controller.get());
    client::ServerEndpoint endpoint;
    endpoint.baseUrl = m_server.baseUrl();
    endpoint.caFile = m_server.caFile();
    m_signIn->setEndpoint(endpoint);
    m_signIn->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_signIn.get()));
}

void TestAccountMappingUi::cleanup() {
    for (auto *dialog : m_signIn->findChildren<ui::AccountMappingDialog *>())
        delete dialog;
}

ui::AccountMappingDialog *TestAccountMappingUi::openMapping(const QString &button) {
    auto *open = in<QPushButton>(m_signIn.get(), button);
    if (!open)
        return nullptr;
    QTest::mouseClick(open, Qt::LeftButton);
    auto *dialog = m_signIn->findChild<ui::AccountMappingDialog *>();
    if (dialog && !QTest::qWaitForWindowExposed(dialog))
        return nullptr;
    return dialog;
}

void TestAccountMappingUi::aServerAddressIsNeededFirst() {
    auto *server = in<QLineEdit>(m_signIn.get(), QStringLiteral("serverEdit"));
    QVERIFY(server);
    const QString address = server->text();
    server->clear();
    QTest::mouseClick(in<QPushButton>(m_signIn.get(), QStringLiteral("firstTimeButton")),
                      Qt::LeftButton);
    QVERIFY(!m_signIn->findChild<ui::AccountMappingDialog *>());
    auto *error = in<QLabel>(m_signIn.get(), QStringLiteral("signInError"));
    QVERIFY(error->isVisible());
    QVERIFY(error->text().contains(QLatin1String("server address")));
    server->setText(address);
}

void TestAccountMappingUi::byEmailShowsTheGuideErrorsInline() {
    auto *dialog = openMapping(QStringLiteral("firstTimeButton"));
    QVERIFY(dialog);
    QCOMPARE(dialog->windowTitle(), QStringLiteral("First time signing in"));
    auto *email = in<QLineEdit>(dialog, QStringLiteral("mappingEmailEdit"));
    auto *submit = in<QPushButton>(dialog, QStringLiteral("byEmailSubmit"));
    auto *error = in<QLabel>(dialog, QStringLiteral("byEmailError"));
    auto *busy = dialog->findChild<QWidget *>(QStringLiteral("accountMappingBusy"));
    QVERIFY(email && submit && error && busy);

    // Nothing typed: the server's field error, and the field marked.
    QTest::mouseClick(submit, Qt::LeftButton);
    QVERIFY(busy->isVisible());
    QVERIFY(!submit->isEnabled());
    QTRY_VERIFY(error->isVisible());
    QVERIFY(!busy->isVisible());
    QVERIFY(submit->isEnabled());
    QCOMPARE(error->text(), QStringLiteral("Enter an email address."));
    QVERIFY(email->property("invalid").toBool());

    QTest::keyClicks(email, QStringLiteral("nobody@example.com"));
    QTest::mouseClick(submit, Qt::LeftButton);
    QTRY_VERIFY(!busy->isVisible());
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QLatin1String("score report")), qPrintable(error->text()));
    QVERIFY(!email->property("invalid").toBool());

    email->setText(QStringLiteral("shared@example.com"));
    QTest::mouseClick(submit, Qt::LeftButton);
    QTRY_VERIFY(!busy->isVisible());
    QVERIFY2(error->text().contains(QLatin1String("open a support case to merge your account"),
                                    Qt::CaseInsensitive),
             qPrintable(error->text()));
    QVERIFY(m_server.mailsTo(QStringLiteral("shared@example.com")).isEmpty());
}

void TestAccountMappingUi::scoreReportMismatchIsOneError() {
    auto *dialog = openMapping(QStringLiteral("firstTimeButton"));
    QVERIFY(dialog);
    in<QLineEdit>(dialog, QStringLiteral("mappingLastNameEdit"))->setText(QStringLiteral("Doe"));
    in<QLineEdit>(dialog, QStringLiteral("mappingRegistrationEdit"))
        ->setText(QStringLiteral("UniqueRegNum_2000001"));
    in<QLineEdit>(dialog, QStringLiteral("mappingNewEmailEdit"))
        ->setText(QStringLiteral("roe@example.org"));
    auto *error = in<QLabel>(dialog, QStringLiteral("byScoreReportError"));
    // Enter in any field of the score-report form submits that form.
    QTest::keyClick(in<QLineEdit>(dialog, QStringLiteral("mappingRegistrationEdit")),
                    Qt::Key_Return);
    QVERIFY(dialog->isVisible());
    QTRY_VERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QLatin1String("do not match")), qPrintable(error->text()));
    for (const char *name : {"mappingLastNameEdit", "mappingRegistrationEdit"})
        QVERIFY(!in<QLineEdit>(dialog, QString::fromLatin1(name))->property("invalid").toBool());
    // The other way's error stays hidden.
    QVERIFY(!in<QLabel>(dialog, QStringLiteral("byEmailError"))->isVisible());
}

void TestAccountMappingUi::mapByEmailThenSignIn() {
    const QString email = QStringLiteral("new.candidate@example.com");
    auto *dialog = openMapping(QStringLiteral("firstTimeButton"));
    QVERIFY(dialog);
    // By keyboard: Enter in the field submits its form and keeps the dialog open.
    auto *emailEdit = in<QLineEdit>(dialog, QStringLiteral("mappingEmailEdit"));
    emailEdit->setFocus();
    QTest::keyClicks(emailEdit, email);
    QTest::keyClick(emailEdit, Qt::Key_Return);
    QVERIFY(dialog->isVisible());
    auto *notice = in<QLabel>(dialog, QStringLiteral("mappingSentNotice"));
    QTRY_VERIFY(notice->isVisible());
    QCOMPARE(notice->text(), QStringLiteral("Check your email; the link expires in 24 hours."));
    QVERIFY(in<QLabel>(dialog, QStringLiteral("mappingSentTo"))->text().contains(email));
    QCOMPARE(m_server.mailsTo(email).size(), 1);

    auto *resend = in<QPushButton>(dialog, QStringLiteral("resendButton"));
    QTest::mouseClick(resend, Qt::LeftButton);
    QTRY_VERIFY(in<QLabel>(dialog, QStringLiteral("resentNotice"))->isVisible());
    QCOMPARE(m_server.mailsTo(email).size(), 2);

    // The person opens the newest link and chooses a password on the server's page.
    static const QRegularExpression link(
        QStringLiteral("https://\\S+/account/set-password\\?token=([A-Za-z0-9_-]+)"));
    const QRegularExpressionMatch match = link.match(m_server.mailsTo(email).last());
    QVERIFY(match.hasMatch());
    test::TestHttp http(m_server.caFile());
    QCOMPARE(http.get(QUrl(match.captured(0))).status, 200);
    QUrl target = m_server.baseUrl();
    target.setPath(QStringLiteral("/account/set-password"));
    const QString password = QStringLiteral("Tangerine-42-river");
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("token"), match.captured(1));
    form.addQueryItem(QStringLiteral("password"), password);
    form.addQueryItem(QStringLiteral("confirm"), password);
    const test::HttpResult done =
        http.request("POST", target, {{"Content-Type", "application/x-www-form-urlencoded"}},
                     form.toString(QUrl::FullyEncoded).toUtf8());
    QCOMPARE(done.status, 200);
    QVERIFY(done.body.contains("CSCO20000001"));

    QTest::mouseClick(in<QPushButton>(dialog, QStringLiteral("closeButton")), Qt::LeftButton);
    QTRY_VERIFY(!m_signIn->findChild<ui::AccountMappingDialog *>());
    QSignalSpy signedIn(m_controller.get(), &client::AccountController::signedIn);
    in<QLineEdit>(m_signIn.get(), QStringLiteral("loginIdEdit"))
        ->setText(QStringLiteral("CSCO20000001"));
    in<QLineEdit>(m_signIn.get(), QStringLiteral("passwordEdit"))->setText(password);
    QTest::mouseClick(in<QPushButton>(m_signIn.get(), QStringLiteral("signInButton")),
                      Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(signedIn.size(), 1, 15000);
    QCOMPARE(m_controller->loginId(), QStringLiteral("CSCO20000001"));
    m_controller->signOut();
    QTRY_VERIFY(!m_controller->isSignedIn());
    m_signIn->show();
}

void TestAccountMappingUi::forgotPasswordStartsWithTheLoginTyped() {
    in<QLineEdit>(m_signIn.get(), QStringLiteral("loginIdEdit"))
        ->setText(QStringLiteral("CSCO10000001"));
    auto *dialog = openMapping(QStringLiteral("forgotPasswordButton"));
    QVERIFY(dialog);
    QCOMPARE(dialog->windowTitle(), QStringLiteral("Forgot password"));
    QCOMPARE(in<QLineEdit>(dialog, QStringLiteral("forgotLoginEdit"))->text(),
             QStringLiteral("CSCO10000001"));
    QTest::keyClick(in<QLineEdit>(dialog, QStringLiteral("forgotLoginEdit")), Qt::Key_Enter);
    QVERIFY(dialog->isVisible());
    QTRY_VERIFY(in<QLabel>(dialog, QStringLiteral("mappingSentNotice"))->isVisible());
    QCOMPARE(m_server.mailsTo(QStringLiteral("amira.haddad@example.com")).size(), 1);
}

void TestAccountMappingUi::throttlingIsShownAsAWait() {
    auto *dialog = openMapping(QStringLiteral("forgotPasswordButton"));
    QVERIFY(dialog);
    in<QLineEdit>(dialog, QStringLiteral("forgotLoginEdit"))
        ->setText(QStringLiteral("someone.else@example.com"));
    QTest::mouseClick(in<QPushButton>(dialog, QStringLiteral("forgotSubmit")), Qt::LeftButton);
    auto *resend = in<QPushButton>(dialog, QStringLiteral("resendButton"));
    QTRY_VERIFY(resend->isVisible() && resend->isEnabled());
    auto *error = in<QLabel>(dialog, QStringLiteral("resendError"));
    // Five requests per key in the window; the sixth is refused with a wait.
    for (int i = 0; i < 4; ++i) {
        QTest::mouseClick(resend, Qt::LeftButton);
        QTRY_VERIFY(resend->isEnabled());
        QVERIFY(!error->isVisible());
    }
    QTest::mouseClick(resend, Qt::LeftButton);
    QTRY_VERIFY(error->isVisible());
    QVERIFY2(error->text().startsWith(QLatin1String("Too many attempts. You can try again in ")),
             qPrintable(error->text()));
    static const QRegularExpression wait(QStringLiteral("in (\\d+):(\\d\\d)\\.$"));
    const QRegularExpressionMatch match = wait.match(error->text());
    QVERIFY(match.hasMatch());
    QVERIFY(match.captured(1).toInt() * 60 + match.captured(2).toInt() > 0);
    QVERIFY(!resend->isEnabled());
    QVERIFY(!in<QLabel>(dialog, QStringLiteral("resentNotice"))->isVisible());
}

QTEST_MAIN(TestAccountMappingUi)
#include "TestAccountMappingUi.moc"
