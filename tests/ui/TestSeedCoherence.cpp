// The demo tells one story. Each mapped demo candidate signs in to a real certtrackd (clock:
// today) and everything the tabs show is read back for the contradictions a person would
// notice: dates out of order, history that disagrees with the period in force, one code on two
// items, a kit both claimed and offered free, a delivered order whose rows say "n/a". Catches
// the kind, not only the cases found by hand (server/seed/README.md records each choice).
#include "TestServer.h"

#include "client/AccountController.h"
#include "client/OrderService.h"
#include "domain/AccountData.h"

#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace certtrack;

namespace {

QString day(const std::optional<QDate> &d) {
    return d ? d->toString(Qt::ISODate) : QStringLiteral("none");
}

} // namespace

class TestSeedCoherence : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void datesAreInOrder_data();
    void datesAreInOrder();
    void historyAgreesWithThePeriodInForce_data() { datesAreInOrder_data(); }
    void historyAgreesWithThePeriodInForce();
    void oneCodePerItem_data() { datesAreInOrder_data(); }
    void oneCodePerItem();
    void aKitIsEitherClaimedOrOffered_data() { datesAreInOrder_data(); }
    void aKitIsEitherClaimedOrOffered();
    void deliveredOrdersSayWhereTheyAre_data() { datesAreInOrder_data(); }
    void deliveredOrdersSayWhereTheyAre();

private:
    client::AccountController *account(const QString &login);

    test::TestServer m_server;
    QDate m_today;
    std::map<QString, std::unique_ptr<client::AccountController>> m_accounts;
    std::map<QString, domain::FulfillmentCatalogue> m_catalogues;
};

void TestSeedCoherence::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    m_today = QDate::currentDate();
    QVERIFY2(m_server.start(QDateTime::currentDateTimeUtc()), qPrintable(m_server.error()));
    for (const char *login : {"CSCO10000000", "CSCO10000001", "CSCO10000002"}) {
        client::AccountController::Options options;
        options.useKeychain = false;
        auto controller = std::make_unique<client::AccountController>(options);
        controller->signIn(client::ServerEndpoint{m_server.baseUrl(), m_server.caFile()},
                           QString::fromLatin1(login), QStringLiteral("certtrack-demo"), false);
        QVERIFY2(QTest::qWaitFor(
                     [&controller] {
                         return controller->isSignedIn() && controller->lastSynced().isValid();
                     },
                     20000),
                 login);
        // The catalogue is what Certificates & Plaques → Claim & Purchase shows.
        client::OrderService orders(controller.get());
        std::optional<client::OrderReply> reply;
        orders.loadCatalogue(this, [&reply](const client::OrderReply &r) { reply = r; });
        QVERIFY2(QTest::qWaitFor([&reply] { return reply.has_value(); }, 20000), login);
        QVERIFY2(!reply->error, login);
        m_catalogues[QString::fromLatin1(login)] = reply->catalogue;
        m_accounts[QString::fromLatin1(login)] = std::move(controller);
    }
}

void TestSeedCoherence::cleanupTestCase() {
    m_accounts.clear();
}

client::AccountController *TestSeedCoherence::account(const QString &login) {
    const auto it = m_accounts.find(login);
    return it == m_accounts.end() ? nullptr : it->second.get();
}

void TestSeedCoherence::datesAreInOrder_data() {
    QTest::addColumn<QString>("login");
    QTest::newRow("John Doe") << QStringLiteral("CSCO10000000");
    QTest::newRow("Amira Haddad") << QStringLiteral("CSCO10000001");
    QTest::newRow("Chen Jing") << QStringLiteral("CSCO10000002");
}

void TestSeedCoherence::datesAreInOrder() {
    QFETCH(QString, login);
    client::AccountController *controller = account(login);
    QVERIFY(controller);
    const domain::AccountData &data = controller->data();
    QStringList problems;
    for (const domain::Exam &exam : data.exams) {
        if (exam.date > m_today)
            problems << QStringLiteral("exam %1 taken in the future (%2)")
                            .arg(exam.code, day(exam.date));
        if (exam.expires && *exam.expires < exam.date)
            problems << QStringLiteral("exam %1 expires before it was taken").arg(exam.code);
    }
    for (const domain::CertificationDetail &detail : data.certifications) {
        const domain::Certification &c = detail.summary;
        if (c.started && *c.started > c.active)
            problems << QStringLiteral("%1 started %2 after its period began %3")
                            .arg(c.acronym, day(c.started), day(c.active));
        if (c.expires && *c.expires <= c.active)
            problems << QStringLiteral("%1 expires before it is active").arg(c.acronym);
        for (const domain::CeCredit &credit : detail.ceCredits) {
            if (credit.inactiveDate <= credit.activeDate)
                problems << QStringLiteral("%1 credit %2 ends before it starts")
                                .arg(c.acronym, credit.id);
        }
    }
    for (const domain::Transaction &t : data.transactions) {
        if (t.at.date() > m_today)
            problems << QStringLiteral("transaction %1 dated in the future").arg(t.id);
    }
    for (const domain::FulfillmentItem &item : data.fulfillment) {
        const std::optional<QDate> steps[] = {item.queued, item.sent, item.complete};
        std::optional<QDate> previous;
        for (const std::optional<QDate> &step : steps) {
            if (!step)
                continue;
            if ((previous && *step < *previous) || *step > m_today)
                problems << QStringLiteral("%1: queued %2, sent %3, complete %4")
                                .arg(item.name, day(item.queued), day(item.sent),
                                     day(item.complete));
            previous = step;
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestSeedCoherence::historyAgreesWithThePeriodInForce() {
    QFETCH(QString, login);
    client::AccountController *controller = account(login);
    QVERIFY(controller);
    QStringList problems;
    for (const domain::CertificationDetail &detail : controller->data().certifications) {
        const domain::Certification &c = detail.summary;
        if (detail.history.isEmpty()) {
            problems << QStringLiteral("%1 has no history").arg(c.acronym);
            continue;
        }
        // Newest first, nothing after today, and the first grant no later than the period
        // in force: a certification active since 2025 was not first granted in 2026.
        for (qsizetype i = 1; i < detail.history.size(); ++i) {
            if (detail.history.at(i).date > detail.history.at(i - 1).date)
                problems << QStringLiteral("%1 history out of order").arg(c.acronym);
        }
        const QDate newest = detail.history.constFirst().date;
        const QDate oldest = detail.history.constLast().date;
        if (newest > m_today)
            problems << QStringLiteral("%1 history in the future").arg(c.acronym);
        if (oldest > c.active)
            problems << QStringLiteral("%1 first granted %2, after the period in force began %3")
                            .arg(c.acronym, day(oldest), day(c.active));
        if (c.started && oldest != *c.started)
            problems << QStringLiteral("%1 started %2 but its history begins %3")
                            .arg(c.acronym, day(c.started), day(oldest));
        // An active certification's latest event is no older than the period in force.
        if (c.status == domain::Certification::Status::Active && newest < c.active)
            problems << QStringLiteral("%1 active since %2 but its history stops at %3")
                            .arg(c.acronym, day(c.active), day(newest));
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestSeedCoherence::oneCodePerItem() {
    QFETCH(QString, login);
    client::AccountController *controller = account(login);
    QVERIFY(controller);
    const domain::AccountData &data = controller->data();
    QStringList problems;
    QSet<QString> seen;
    for (const domain::CertificationDetail &detail : data.certifications) {
        const QString &code = detail.summary.verificationCode;
        if (!code.isEmpty() && seen.contains(code))
            problems << QStringLiteral("%1 shares code %2").arg(detail.summary.acronym, code);
        seen.insert(code);
    }
    QSet<QString> items;
    for (const domain::FulfillmentItem &item : data.fulfillment) {
        if (item.verificationCode.isEmpty())
            continue;
        if (items.contains(item.verificationCode))
            problems << QStringLiteral("two fulfillment rows carry %1").arg(item.verificationCode);
        items.insert(item.verificationCode);
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestSeedCoherence::aKitIsEitherClaimedOrOffered() {
    QFETCH(QString, login);
    client::AccountController *controller = account(login);
    QVERIFY(controller);
    const domain::AccountData &data = controller->data();
    const domain::FulfillmentCatalogue &catalogue = m_catalogues[login];
    QStringList problems;
    for (const domain::CatalogueItem &offer : catalogue.items) {
        if (offer.kind != QLatin1String("certificate"))
            continue;
        // "CCNA Certificate - initial certification kit" in the transactions means claimed.
        const QString claim = offer.name + QStringLiteral(" - initial certification kit");
        bool claimed = false;
        for (const domain::Transaction &t : data.transactions)
            claimed = claimed || t.description == claim;
        if (claimed && offer.initialKit)
            problems << QStringLiteral("%1 is offered free although \"%2\" was claimed")
                            .arg(offer.name, claim);
        if (offer.initialKit != (offer.price.minorUnits == 0))
            problems << QStringLiteral("%1: initial kit %2 at %3")
                            .arg(offer.name,
                                 offer.initialKit ? QStringLiteral("yes") : QStringLiteral("no"),
                                 offer.price.display());
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestSeedCoherence::deliveredOrdersSayWhereTheyAre() {
    QFETCH(QString, login);
    client::AccountController *controller = account(login);
    QVERIFY(controller);
    const domain::AccountData &data = controller->data();
    QStringList problems;
    for (const domain::FulfillmentItem &item : data.fulfillment) {
        if (item.status.isEmpty())
            problems << QStringLiteral("%1 (%2) has no status").arg(item.name, item.orderId);
        if (item.complete && item.status != QLatin1String("Complete"))
            problems << QStringLiteral("%1 complete on %2 but its status says %3")
                            .arg(item.name, day(item.complete), item.status);
        bool paid = false;
        for (const domain::Transaction &t : data.transactions)
            paid = paid || (t.orderId == item.orderId && t.status == QLatin1String("Complete"));
        if (!paid)
            problems << QStringLiteral("%1 (%2) has no transaction behind it")
                            .arg(item.name, item.orderId);
        else if (!item.queued)
            problems
                << QStringLiteral("%1 (%2) was paid but never queued").arg(item.name, item.orderId);
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

QTEST_MAIN(TestSeedCoherence)
#include "TestSeedCoherence.moc"
