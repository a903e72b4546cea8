// Reminders against a real certtrackd and a notification service this test registers as
// org.freedesktop.Notifications on its own private session bus (with-keyring.sh runs it inside
// dbus-run-session, HOME and XDG folders its own): the reminders arrive over D-Bus, what was
// shown is remembered per account so the next start shows only what is new, kiosk mode shows
// nothing, and without a service the fallback takes them.
#include "TestServer.h"

#include "client/AccountController.h"
#include "client/AppSettings.h"
#include "domain/RecertificationPlan.h"
#include "records/DesktopNotifier.h"
#include "ui/records/ReminderController.h"
#include "ui/records/ReminderSettingsDialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

#include <csignal>
#include <sys/types.h>
#include <unistd.h>

using namespace certtrack;

// The notification service: what a desktop's notification daemon answers, and a record of each
// call for the test.
class FakeNotifications : public QObject {
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")
public:
    struct Call {
        QString appName;
        QString summary;
        QString body;
        QVariantMap hints;
    };
    QList<Call> calls;

public slots:
    uint Notify(const QString &appName, uint replacesId, const QString &appIcon,
                const QString &summary, const QString &body, const QStringList &actions,
                const QVariantMap &hints, int expireTimeout) {
        Q_UNUSED(replacesId)
        Q_UNUSED(appIcon)
        Q_UNUSED(actions)
        Q_UNUSED(expireTimeout)
        calls.append({appName, summary, body, hints});
        emit notified();
        return uint(calls.size());
    }
    QStringList GetCapabilities() { return {QStringLiteral("body")}; }

signals:
    void notified();
};

class TestReminders : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void remindersArriveOverDBus();
    void theNextStartShowsOnlyWhatIsNew();
    void eachAccountHasItsOwn();
    void kioskShowsNothing();
    void withoutAServiceTheFallbackTakesThem();
    void aRealNotificationServiceKeepsThem();
    void settingsDialogSavesTheLeadTimes();

private:
    std::unique_ptr<client::AccountController> signIn(const QString &login);
    int dueCount(const client::AccountController &controller, int lead) const;
    // Signs login in afresh (nothing shown yet), checks its reminders and verifies every one went
    // through the desktop service or not; expected gets how many there were.
    void remindAfresh(const QString &login, bool throughService, int *expected);

    test::TestServer m_server;
    FakeNotifications m_service;
    QDBusConnection m_serviceBus{QString()};
};

void TestReminders::initTestCase() {
    QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
             "run inside with-keyring.sh (a private session bus)");
    QVERIFY2(m_server.start(), qPrintable(m_server.error()));
    m_serviceBus = QDBusConnection::connectToBus(QDBusConnection::SessionBus,
                                                 QStringLiteral("fake-notifications"));
    QVERIFY(m_serviceBus.isConnected());
    QVERIFY(m_serviceBus.registerObject(records::DesktopNotifier::path(), &m_service,
                                        QDBusConnection::ExportAllSlots));
    QVERIFY(m_serviceBus.registerService(records::DesktopNotifier::service()));
    // Every certification of the seed that is active is within ten years of its expiry.
    client::AppSettings().setReminderLeadDays({3660, 7});
}

std::unique_ptr<client::AccountController> TestReminders::signIn(const QString &login) {
    client::AccountController::Options options;
    options.useKeychain = false;
    auto controller = std::make_unique<client::AccountController>(options);
    const client::ServerEndpoint endpoint{m_server.baseUrl(), m_server.caFile()};
    // Remembered, so what was shown is kept between starts.
    client::AppSettings().rememberAccount({endpoint, login, login});
    controller->signIn(endpoint, login, QStringLiteral("certtrack-demo"), false);
    if (!QTest::qWaitFor(
            [&] { return controller->isSignedIn() && controller->lastSynced().isValid(); }, 20000))
        return nullptr;
    client::AppSettings().rememberAccount({endpoint, login, login});
    return controller;
}

int TestReminders::dueCount(const client::AccountController &controller, int lead) const {
    const domain::RecertificationPlan plan = domain::RecertificationPlan::evaluate(
        controller.data().certifications, QDate::currentDate());
    int count = 0;
    for (const domain::RecertificationEntry &entry : plan.entries)
        count += entry.state == domain::RecertificationEntry::State::Active &&
                 entry.daysLeft >= 0 && entry.daysLeft <= lead;
    return count;
}

void TestReminders::remindAfresh(const QString &login, bool throughService, int *expected) {
    const client::ServerEndpoint endpoint{m_server.baseUrl(), m_server.caFile()};
    client::AppSettings().forgetAccount(endpoint, login);
    auto controller = signIn(login);
    QVERIFY(controller);
    *expected = dueCount(*controller, 3660);
    records::DesktopNotifier notifier;
    ui::ReminderController reminders(controller.get(), &notifier);
    QSignalSpy reminded(&reminders, &ui::ReminderController::reminded);
    reminders.check();
    QTRY_COMPARE_WITH_TIMEOUT(reminded.size(), *expected, 10000);
    for (const QList<QVariant> &arguments : std::as_const(reminded))
        QCOMPARE(arguments.at(2).toBool(), throughService);
}

void TestReminders::remindersArriveOverDBus() {
    auto controller = signIn(QStringLiteral("CSCO10000000"));
    QVERIFY(controller);
    const int expected = dueCount(*controller, 3660);
    QVERIFY(expected >= 2);
    records::DesktopNotifier notifier;
    ui::ReminderController reminders(controller.get(), &notifier);
    QSignalSpy reminded(&reminders, &ui::ReminderController::reminded);
    reminders.check();
    QTRY_COMPARE_WITH_TIMEOUT(m_service.calls.size(), expected, 10000);
    QTRY_COMPARE(reminded.size(), expected);
    for (const QList<QVariant> &arguments : std::as_const(reminded))
        QVERIFY(arguments.at(2).toBool()); // through the desktop service
    bool sawCcna = false;
    for (const FakeNotifications::Call &call : std::as_const(m_service.calls)) {
        QCOMPARE(call.appName, QStringLiteral("CertTrack"));
        QCOMPARE(call.hints.value(QStringLiteral("desktop-entry")).toString(),
                 QStringLiteral("certtrack"));
        QVERIFY2(call.summary.contains(QStringLiteral(" expires ")), qPrintable(call.summary));
        sawCcna |= call.summary.startsWith(QStringLiteral("CCNA expires")) &&
                   call.body.contains(QStringLiteral("CCNA Routing and Switching"));
    }
    QVERIFY(sawCcna);
    // Checked again (a sync, the hourly timer): nothing twice.
    reminders.check();
    QTest::qWait(300);
    QCOMPARE(m_service.calls.size(), expected);
}

// CertTrack closed and started again: the shown reminders are remembered; a lead time reached
// meanwhile (here: a nearer lead chosen) shows at the start, once.
void TestReminders::theNextStartShowsOnlyWhatIsNew() {
    m_service.calls.clear();
    auto controller = signIn(QStringLiteral("CSCO10000000"));
    QVERIFY(controller);
    {
        records::DesktopNotifier notifier;
        ui::ReminderController reminders(controller.get(), &notifier);
        reminders.check();
        QTest::qWait(300);
        QCOMPARE(m_service.calls.size(), 0);
    }
    const int nearer = dueCount(*controller, 1200);
    QVERIFY(nearer >= 1);
    client::AppSettings().setReminderLeadDays({3660, 1200});
    records::DesktopNotifier notifier;
    ui::ReminderController reminders(controller.get(), &notifier);
    reminders.check();
    QTRY_COMPARE_WITH_TIMEOUT(m_service.calls.size(), nearer, 10000);
    reminders.check();
    QTest::qWait(300);
    QCOMPARE(m_service.calls.size(), nearer);
    client::AppSettings().setReminderLeadDays({3660, 7});
}

void TestReminders::eachAccountHasItsOwn() {
    m_service.calls.clear();
    auto controller = signIn(QStringLiteral("CSCO10000002"));
    QVERIFY(controller);
    const int expected = dueCount(*controller, 3660);
    QVERIFY(expected >= 1);
    records::DesktopNotifier notifier;
    ui::ReminderController reminders(controller.get(), &notifier);
    reminders.check();
    QTRY_COMPARE_WITH_TIMEOUT(m_service.calls.size(), expected, 10000);
}

void TestReminders::kioskShowsNothing() {
    m_service.calls.clear();
    // Forgetting the account forgets its shown reminders too: they would all be due again.
    const client::ServerEndpoint endpoint{m_server.baseUrl(), m_server.caFile()};
    client::AppSettings().forgetAccount(endpoint, QStringLiteral("CSCO10000002"));
    QVERIFY(
        client::AppSettings().shownReminders(endpoint, QStringLiteral("CSCO10000002")).isEmpty());
    auto controller = signIn(QStringLiteral("CSCO10000002"));
    QVERIFY(controller);
    records::DesktopNotifier notifier;
    ui::ReminderController reminders(controller.get(), &notifier);
    reminders.setKiosk(true);
    reminders.check();
    QTest::qWait(500);
    QCOMPARE(m_service.calls.size(), 0);
}

void TestReminders::withoutAServiceTheFallbackTakesThem() {
    m_service.calls.clear();
    QVERIFY(m_serviceBus.unregisterService(records::DesktopNotifier::service()));
    int expected = 0;
    remindAfresh(QStringLiteral("CSCO10000002"), false, &expected);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(m_service.calls.size(), 0);
    QVERIFY(m_serviceBus.registerService(records::DesktopNotifier::service()));
}

// The reminders as a real notification service, dunst (on an Xvfb display of its own), received
// them: read back from its history with dunstctl, a reader that is not ours.
void TestReminders::aRealNotificationServiceKeepsThem() {
    QVERIFY(m_serviceBus.unregisterService(records::DesktopNotifier::service()));
    QProcess dunst;
    dunst.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    // A process group of its own: xvfb-run, its Xvfb and dunst end together.
    dunst.setChildProcessModifier([] { ::setpgid(0, 0); });
    dunst.start(QStringLiteral("xvfb-run"), {QStringLiteral("-a"), QStringLiteral("dunst")});
    QVERIFY2(dunst.waitForStarted(), "xvfb-run and dunst come from packaging/install-deps.sh");
    QDBusConnectionInterface *bus = QDBusConnection::sessionBus().interface();
    QTRY_VERIFY_WITH_TIMEOUT(bus->isServiceRegistered(records::DesktopNotifier::service()).value(),
                             15000);

    int expected = 0;
    remindAfresh(QStringLiteral("CSCO10000000"), true, &expected); // taken by the desktop service
    if (QTest::currentTestFailed())
        return;

    // dunst keeps a notification in its history once it is closed. Asked with dbus-send (from
    // dbus itself): dunstctl's history needs systemd's busctl, which a minimal system lacks.
    const auto dunstCall = [](const char *method) {
        QProcess process;
        process.start(QStringLiteral("dbus-send"),
                      {QStringLiteral("--session"), QStringLiteral("--print-reply"),
                       QStringLiteral("--dest=org.freedesktop.Notifications"),
                       QStringLiteral("/org/freedesktop/Notifications"),
                       QStringLiteral("org.dunstproject.cmd0.") + QLatin1String(method)});
        process.waitForFinished(10000);
        return QString::fromUtf8(process.readAllStandardOutput());
    };
    dunstCall("NotificationCloseAll");
    QString history;
    QTRY_VERIFY_WITH_TIMEOUT(
        (history = dunstCall("NotificationListHistory")).contains(QLatin1String("CCNA expires in")),
        10000);
    // One entry per reminder, each with its summary ("CCNA expires in 735 days") and our name.
    const QRegularExpression summary(QStringLiteral("string \"[^\"]+ expires in \\d+ days?\""));
    QCOMPARE(int(history.count(summary)), expected);
    QCOMPARE(int(history.count(QStringLiteral("string \"CertTrack\""))), expected);

    // The whole group: xvfb-run, its Xvfb and dunst.
    ::kill(-pid_t(dunst.processId()), SIGTERM);
    if (!dunst.waitForFinished(10000))
        ::kill(-pid_t(dunst.processId()), SIGKILL);
    QTRY_VERIFY(!bus->isServiceRegistered(records::DesktopNotifier::service()).value());
    QVERIFY(m_serviceBus.registerService(records::DesktopNotifier::service()));
}

void TestReminders::settingsDialogSavesTheLeadTimes() {
    ui::ReminderSettingsDialog dialog;
    auto *days = dialog.findChild<QLineEdit *>(QStringLiteral("reminderLeadDays"));
    auto *buttons = dialog.findChild<QDialogButtonBox *>();
    QVERIFY(days && buttons);
    QCOMPARE(days->text(), QStringLiteral("3660, 7"));
    days->setText(QStringLiteral("ten"));
    QVERIFY(!buttons->button(QDialogButtonBox::Ok)->isEnabled());
    dialog.findChild<QPushButton *>(QStringLiteral("restoreDefaultsButton"))->click();
    QCOMPARE(days->text(), QStringLiteral("180, 90, 30, 7"));
    days->setText(QStringLiteral("14 60, 14;365"));
    QVERIFY(buttons->button(QDialogButtonBox::Ok)->isEnabled());
    dialog.accept();
    QCOMPARE(client::AppSettings().reminderLeadDays(), (QList<int>{365, 60, 14}));
}

QTEST_MAIN(TestReminders)
#include "TestReminders.moc"
