#include "domain/Certification.h"
#include "domain/Json.h"
#include "domain/RecertificationPlan.h"

#include <QJsonDocument>
#include <QTest>

using namespace certtrack::domain;

namespace {

RequirementRule exam(const QString &code) {
    RequirementRule r;
    r.kind = RequirementRule::Kind::Exam;
    r.title = QStringLiteral("Pass exam ") + code;
    r.reference = code;
    return r;
}

RequirementRule credits(qint64 count) {
    RequirementRule r;
    r.kind = RequirementRule::Kind::CeCredits;
    r.title = QStringLiteral("Earn %1 CE credits").arg(count);
    r.count = count;
    return r;
}

RequirementRule anyOf(qint64 count, QList<RequirementRule> children) {
    RequirementRule r;
    r.kind = RequirementRule::Kind::AnyOf;
    r.title = QStringLiteral("Any %1").arg(count);
    r.count = count;
    r.children = std::move(children);
    return r;
}

RequirementRule allOf(QList<RequirementRule> children) {
    RequirementRule r;
    r.kind = RequirementRule::Kind::AllOf;
    r.title = QStringLiteral("All");
    r.children = std::move(children);
    return r;
}

// The demo's CCNA recertification: any one of the exam or 30 CE credits.
RequirementRule ccnaRule() {
    return anyOf(1, {exam(QStringLiteral("200-301")), credits(30)});
}

CertificationDetail held(const QString &id, const QString &acronym, const QDate &active,
                         const QDate &expires, const RequirementRule &rule,
                         const RequirementFacts &facts = {}) {
    CertificationDetail d;
    d.summary.id = id;
    d.summary.name = acronym + QStringLiteral(" name");
    d.summary.acronym = acronym;
    d.summary.active = active;
    d.summary.expires = expires;
    d.summary.status = Certification::Status::Active;
    d.progress = RequirementProgress::evaluate(rule, facts);
    d.durationMonths = 36;
    d.ceCreditsLabel = QStringLiteral("Cisco CE Credits");
    return d;
}

const QDate kToday(2026, 11, 2);

const RecertificationEntry *entryOf(const RecertificationPlan &plan, const QString &id) {
    for (const RecertificationEntry &e : plan.entries) {
        if (e.certificationId == id)
            return &e;
    }
    return nullptr;
}

} // namespace

class TestRecertificationPlan : public QObject {
    Q_OBJECT

private slots:
    void nestedAnyNOfAllOfProgress() {
        // Any two of: an exam, (an exam and 40 credits), 80 credits.
        const RequirementRule rule =
            anyOf(2, {exam(QStringLiteral("350-401")),
                      allOf({exam(QStringLiteral("300-410")), credits(40)}), credits(80)});
        RequirementFacts facts;
        facts.passedExamCodes = {QStringLiteral("300-410")};
        facts.ceCredits = 45;
        RequirementProgress p = RequirementProgress::evaluate(rule, facts);
        QCOMPARE(p.label(), QStringLiteral("1 - (1 / 2)"));
        QCOMPARE(p.children.at(0).label(), QStringLiteral("1.1 - (0 / 1)"));
        QCOMPARE(p.children.at(1).label(), QStringLiteral("1.2 - (2 / 2)"));
        QCOMPARE(p.children.at(1).children.at(1).label(), QStringLiteral("1.2.2 - (40 / 40)"));
        QCOMPARE(p.children.at(2).label(), QStringLiteral("1.3 - (45 / 80)"));
        QCOMPARE(toString(p.state), toString(RequirementProgress::State::InProgress));
        QCOMPARE(p.children.at(0).reference, QStringLiteral("350-401"));

        // Either remaining way completes it: each is an option of its own.
        const QList<RenewalOption> options = RecertificationPlan::optionsOf(p);
        QCOMPARE(options.size(), 2);
        QCOMPARE(options.at(0).needs.size(), 1);
        QCOMPARE(toString(options.at(0).needs.at(0).kind), QStringLiteral("exam"));
        QCOMPARE(options.at(0).needs.at(0).reference, QStringLiteral("350-401"));
        QCOMPARE(toString(options.at(1).needs.at(0).kind), QStringLiteral("ceCredits"));
        QCOMPARE(options.at(1).needs.at(0).amount, 35);

        facts.ceCredits = 80;
        p = RequirementProgress::evaluate(rule, facts);
        QCOMPARE(p.label(), QStringLiteral("1 - (2 / 2)"));
        QCOMPARE(toString(p.state), toString(RequirementProgress::State::Met));
        QVERIFY(RecertificationPlan::optionsOf(p).constFirst().isMet());
    }

    void anyTwoStillMissingTwoIsOneChoice() {
        const RequirementRule rule = anyOf(
            2, {exam(QStringLiteral("A")), exam(QStringLiteral("B")), exam(QStringLiteral("C"))});
        const RequirementProgress p = RequirementProgress::evaluate(rule, {});
        const QList<RenewalOption> options = RecertificationPlan::optionsOf(p);
        QCOMPARE(options.size(), 1);
        QCOMPARE(options.at(0).needs.size(), 1);
        const RenewalNeed &choice = options.at(0).needs.at(0);
        QCOMPARE(toString(choice.kind), QStringLiteral("anyOf"));
        QCOMPARE(choice.amount, 2);
        QCOMPARE(choice.parts.size(), 3);
    }

    void allOfNeedsListEveryMissingLeaf() {
        const RequirementRule rule =
            allOf({exam(QStringLiteral("350-401")),
                   anyOf(1, {exam(QStringLiteral("300-410")), exam(QStringLiteral("300-415"))}),
                   credits(40)});
        RequirementFacts facts;
        facts.ceCredits = 12;
        const QList<RenewalNeed> needs =
            RecertificationPlan::needsOf(RequirementProgress::evaluate(rule, facts));
        QCOMPARE(needs.size(), 3);
        QCOMPARE(needs.at(0).reference, QStringLiteral("350-401"));
        QCOMPARE(toString(needs.at(1).kind), QStringLiteral("anyOf"));
        QCOMPARE(needs.at(1).amount, 1);
        QCOMPARE(needs.at(1).parts.size(), 2);
        QCOMPARE(needs.at(2).amount, 28);
    }

    void ceCreditThresholds_data() {
        QTest::addColumn<qint64>("earned");
        QTest::addColumn<QString>("state");
        QTest::addColumn<QString>("label");
        QTest::addColumn<qint64>("missing");
        QTest::newRow("none") << qint64(0) << "notStarted"
                              << "1 - (0 / 30)" << qint64(30);
        QTest::newRow("some") << qint64(10) << "inProgress"
                              << "1 - (10 / 30)" << qint64(20);
        QTest::newRow("one short") << qint64(29) << "inProgress"
                                   << "1 - (29 / 30)" << qint64(1);
        QTest::newRow("exactly") << qint64(30) << "met"
                                 << "1 - (30 / 30)" << qint64(0);
        QTest::newRow("more") << qint64(31) << "met"
                              << "1 - (30 / 30)" << qint64(0);
    }

    void ceCreditThresholds() {
        QFETCH(qint64, earned);
        QFETCH(QString, state);
        QFETCH(QString, label);
        QFETCH(qint64, missing);
        RequirementFacts facts;
        facts.ceCredits = earned;
        const RequirementProgress p = RequirementProgress::evaluate(credits(30), facts);
        QCOMPARE(toString(p.state), state);
        QCOMPARE(p.label(), label);
        const QList<RenewalNeed> needs = RecertificationPlan::needsOf(p);
        QCOMPARE(needs.isEmpty() ? 0 : needs.constFirst().amount, missing);
    }

    void ccnaOptionsAndTheirExpiry() {
        // John's CCNA on the tests' clock: 2025-12-08 to 2028-12-08, 10 of 30 credits.
        RequirementFacts facts;
        facts.ceCredits = 10;
        const CertificationDetail ccna =
            held(QStringLiteral("ccna"), QStringLiteral("CCNA"), QDate(2025, 12, 8),
                 QDate(2028, 12, 8), ccnaRule(), facts);
        const RecertificationPlan plan = RecertificationPlan::evaluate({ccna}, kToday);
        QCOMPARE(plan.entries.size(), 1);
        const RecertificationEntry &e = plan.entries.constFirst();
        QCOMPARE(e.daysLeft, kToday.daysTo(QDate(2028, 12, 8)));
        QVERIFY(!e.flagged);
        QCOMPARE(e.options.size(), 2);
        QCOMPARE(e.options.at(0).needs.constFirst().reference, QStringLiteral("200-301"));
        QCOMPARE(e.options.at(1).needs.constFirst().amount, 20);
        // The trap: renewing today gives today + 3 years, not the current expiry + 3 years.
        for (const RenewalOption &o : e.options) {
            QCOMPARE(o.renewedOn, kToday);
            QCOMPARE(o.newExpiry, QDate(2029, 11, 2));
        }
        QCOMPARE(e.expiryIfRenewedOnLastDay, QDate(2031, 12, 8));
        QVERIFY(e.options.at(0).newExpiry < e.expiryIfRenewedOnLastDay);
    }

    void renewalThroughAHigherCertification() {
        CertificationDetail ccna = held(QStringLiteral("crt-ccna"), QStringLiteral("CCNA"),
                                        QDate(2025, 10, 18), QDate(2028, 10, 18), ccnaRule());
        ccna.renewedBy = {QStringLiteral("crt-ccnp")};
        const CertificationDetail ccnp =
            held(QStringLiteral("crt-ccnp"), QStringLiteral("CCNP"), QDate(2025, 10, 18),
                 QDate(2028, 10, 18), anyOf(1, {exam(QStringLiteral("350-401")), credits(80)}));
        const RecertificationPlan plan = RecertificationPlan::evaluate({ccna, ccnp}, kToday);
        const RecertificationEntry *ccnaEntry = entryOf(plan, QStringLiteral("crt-ccna"));
        QVERIFY(ccnaEntry);
        QCOMPARE(ccnaEntry->options.size(), 3);
        const RenewalOption &through = ccnaEntry->options.at(2);
        QCOMPARE(through.throughCertificationId, QStringLiteral("crt-ccnp"));
        QCOMPARE(toString(through.needs.constFirst().kind), QStringLiteral("renewal"));
        QCOMPARE(through.needs.constFirst().title, QStringLiteral("CCNP name (CCNP)"));
        QCOMPARE(through.newExpiry, QDate(2029, 11, 2));
        const RecertificationEntry *ccnpEntry = entryOf(plan, QStringLiteral("crt-ccnp"));
        QCOMPARE(ccnpEntry->alsoRenews, QStringList{QStringLiteral("CCNA name (CCNA)")});
        QCOMPARE(ccnpEntry->options.size(), 2);

        // An expired higher certification renews nothing.
        CertificationDetail lapsed = ccnp;
        lapsed.summary.expires = kToday.addDays(-1);
        const RecertificationPlan without = RecertificationPlan::evaluate({ccna, lapsed}, kToday);
        QCOMPARE(entryOf(without, QStringLiteral("crt-ccna"))->options.size(), 2);
    }

    void boundaryDates_data() {
        QTest::addColumn<int>("offset"); // expiry relative to today
        QTest::addColumn<QString>("state");
        QTest::addColumn<bool>("flagged");
        QTest::addColumn<int>("renewOptions");
        QTest::newRow("expired yesterday") << -1 << "expired" << false << 1;
        QTest::newRow("expires today") << 0 << "active" << true << 2;
        QTest::newRow("expires tomorrow") << 1 << "active" << true << 2;
        QTest::newRow("180 days left") << 180 << "active" << true << 2;
        QTest::newRow("181 days left") << 181 << "active" << false << 2;
    }

    void boundaryDates() {
        QFETCH(int, offset);
        QFETCH(QString, state);
        QFETCH(bool, flagged);
        QFETCH(int, renewOptions);
        const QDate expires = kToday.addDays(offset);
        CertificationDetail d = held(QStringLiteral("c"), QStringLiteral("CCNA"),
                                     expires.addMonths(-36), expires, ccnaRule());
        if (offset < 0) {
            // Expired: the server evaluates what earning it again needs.
            d.progress = RequirementProgress::evaluate(allOf({exam(QStringLiteral("200-301"))}),
                                                       RequirementFacts{});
        }
        const RecertificationPlan plan = RecertificationPlan::evaluate({d}, kToday);
        QCOMPARE(plan.entries.size(), 1);
        const RecertificationEntry &e = plan.entries.constFirst();
        QCOMPARE(toString(e.state), state);
        QCOMPARE(e.daysLeft, qint64(offset));
        QCOMPARE(e.flagged, flagged);
        QCOMPARE(e.options.size(), renewOptions);
        QCOMPARE(e.options.constFirst().newExpiry, kToday.addMonths(36));
        if (offset == 0) // renewing on the last day loses nothing
            QCOMPARE(e.options.constFirst().newExpiry, e.expiryIfRenewedOnLastDay);
        if (offset < 0)
            QVERIFY(!e.expiryIfRenewedOnLastDay.isValid());
    }

    void leapDay() {
        QCOMPARE(RecertificationPlan::renewedExpiry(QDate(2024, 2, 29), 36), QDate(2027, 2, 28));
        QCOMPARE(RecertificationPlan::renewedExpiry(QDate(2024, 2, 29), 48), QDate(2028, 2, 29));
        // Certified on a leap day: active through 2027-02-28, expired on 2027-03-01.
        const QDate active(2024, 2, 29);
        const CertificationDetail d =
            held(QStringLiteral("c"), QStringLiteral("CCNA"), active,
                 RecertificationPlan::renewedExpiry(active, 36), ccnaRule());
        RecertificationPlan plan = RecertificationPlan::evaluate({d}, QDate(2027, 2, 28));
        QCOMPARE(toString(plan.entries.constFirst().state), QStringLiteral("active"));
        QCOMPARE(plan.entries.constFirst().daysLeft, 0);
        QCOMPARE(plan.entries.constFirst().options.constFirst().newExpiry, QDate(2030, 2, 28));
        plan = RecertificationPlan::evaluate({d}, QDate(2027, 3, 1));
        QCOMPARE(toString(plan.entries.constFirst().state), QStringLiteral("expired"));
        // Renewed on the leap day 2028-02-29, the next period ends 2031-02-28.
        plan =
            RecertificationPlan::evaluate({held(QStringLiteral("c"), QStringLiteral("CCNA"),
                                                QDate(2026, 1, 1), QDate(2029, 1, 1), ccnaRule())},
                                          QDate(2028, 2, 29));
        QCOMPARE(plan.entries.constFirst().options.constFirst().newExpiry, QDate(2031, 2, 28));
    }

    void sortedByUrgencyWithoutRevokedOrEndless() {
        const CertificationDetail later = held(QStringLiteral("later"), QStringLiteral("B"),
                                               QDate(2026, 1, 1), QDate(2029, 1, 1), ccnaRule());
        const CertificationDetail soon = held(QStringLiteral("soon"), QStringLiteral("A"),
                                              QDate(2024, 1, 1), QDate(2027, 1, 1), ccnaRule());
        const CertificationDetail expired = held(QStringLiteral("expired"), QStringLiteral("C"),
                                                 QDate(2020, 1, 1), QDate(2023, 1, 1), ccnaRule());
        const CertificationDetail justExpired =
            held(QStringLiteral("justExpired"), QStringLiteral("D"), QDate(2023, 10, 1),
                 QDate(2026, 10, 1), ccnaRule());
        CertificationDetail revoked = soon;
        revoked.summary.id = QStringLiteral("revoked");
        revoked.summary.status = Certification::Status::Inactive;
        CertificationDetail endless = soon;
        endless.summary.id = QStringLiteral("endless");
        endless.summary.expires.reset();
        const RecertificationPlan plan = RecertificationPlan::evaluate(
            {later, expired, revoked, soon, endless, justExpired}, kToday);
        QStringList order;
        for (const RecertificationEntry &e : plan.entries)
            order << e.certificationId;
        QCOMPARE(order, (QStringList{QStringLiteral("soon"), QStringLiteral("later"),
                                     QStringLiteral("justExpired"), QStringLiteral("expired")}));
        QCOMPARE(plan.flagged().size(), 1);
        QCOMPARE(plan.flagged().constFirst().certificationId, QStringLiteral("soon"));
    }

    void durationFallsBackToTheCurrentPeriod() {
        CertificationDetail d = held(QStringLiteral("c"), QStringLiteral("X"), QDate(2025, 6, 1),
                                     QDate(2027, 6, 1), ccnaRule());
        d.durationMonths = 0; // a cache from before the field existed
        const RecertificationPlan plan = RecertificationPlan::evaluate({d}, kToday);
        QCOMPARE(plan.entries.constFirst().durationMonths, 24);
        QCOMPARE(plan.entries.constFirst().options.constFirst().newExpiry, QDate(2028, 11, 2));
    }

    void planRoundTripsAndRefusesBadInput() {
        CertificationDetail ccna = held(QStringLiteral("crt-ccna"), QStringLiteral("CCNA"),
                                        QDate(2025, 10, 18), QDate(2028, 10, 18), ccnaRule());
        ccna.renewedBy = {QStringLiteral("crt-ccnp")};
        const CertificationDetail ccnp =
            held(QStringLiteral("crt-ccnp"), QStringLiteral("CCNP"), QDate(2025, 10, 18),
                 QDate(2028, 10, 18),
                 anyOf(2, {exam(QStringLiteral("A")), exam(QStringLiteral("B")), credits(80)}));
        const RecertificationPlan plan = RecertificationPlan::evaluate({ccna, ccnp}, kToday);
        const QByteArray body = QJsonDocument(plan.toJson()).toJson();
        QString error;
        const auto decoded = decodeDocument<RecertificationPlan>(body, &error);
        QVERIFY2(decoded, qPrintable(error));
        QCOMPARE(QJsonDocument(decoded->toJson()).toJson(), body);

        QJsonObject bad = plan.toJson();
        QJsonArray entries = bad.value(QStringLiteral("items")).toArray();
        QJsonObject entry = entries.at(0).toObject();
        entry.insert(QStringLiteral("state"), QStringLiteral("dormant"));
        entries[0] = entry;
        bad.insert(QStringLiteral("items"), entries);
        QVERIFY(!decodeDocument<RecertificationPlan>(QJsonDocument(bad).toJson(), &error));
        QVERIFY2(error.contains(QStringLiteral("state")), qPrintable(error));

        entry = plan.toJson().value(QStringLiteral("items")).toArray().at(0).toObject();
        QJsonArray options = entry.value(QStringLiteral("options")).toArray();
        QJsonObject option = options.at(0).toObject();
        QJsonArray needs = option.value(QStringLiteral("needs")).toArray();
        QJsonObject need = needs.at(0).toObject();
        need.insert(QStringLiteral("kind"), QStringLiteral("bribe"));
        needs[0] = need;
        option.insert(QStringLiteral("needs"), needs);
        options[0] = option;
        entry.insert(QStringLiteral("options"), options);
        QVERIFY(!decodeDocument<RecertificationEntry>(QJsonDocument(entry).toJson(), &error));
        QVERIFY2(error.contains(QStringLiteral("kind")), qPrintable(error));

        entry.remove(QStringLiteral("daysLeft"));
        QVERIFY(!decodeDocument<RecertificationEntry>(QJsonDocument(entry).toJson(), &error));
    }

    void detailFieldsOfThePlannerAreOptionalButChecked() {
        CertificationDetail d = held(QStringLiteral("c"), QStringLiteral("X"), QDate(2025, 6, 1),
                                     QDate(2027, 6, 1), ccnaRule());
        d.renewedBy = {QStringLiteral("h")};
        QJsonObject json = d.toJson();
        QString error;
        auto decoded = decodeDocument<CertificationDetail>(QJsonDocument(json).toJson(), &error);
        QVERIFY2(decoded, qPrintable(error));
        QCOMPARE(decoded->durationMonths, 36);
        QCOMPARE(decoded->renewedBy, QStringList{QStringLiteral("h")});
        QCOMPARE(decoded->progress->children.at(0).reference, QStringLiteral("200-301"));

        // A body cached before the planner existed still reads.
        json.remove(QStringLiteral("durationMonths"));
        json.remove(QStringLiteral("renewedBy"));
        decoded = decodeDocument<CertificationDetail>(QJsonDocument(json).toJson(), &error);
        QVERIFY2(decoded, qPrintable(error));
        QCOMPARE(decoded->durationMonths, 0);
        QVERIFY(decoded->renewedBy.isEmpty());

        json.insert(QStringLiteral("durationMonths"), -3);
        QVERIFY(!decodeDocument<CertificationDetail>(QJsonDocument(json).toJson(), &error));
        QVERIFY(error.contains(QStringLiteral("durationMonths")));
        json.insert(QStringLiteral("durationMonths"), 36);
        json.insert(QStringLiteral("renewedBy"), QStringLiteral("crt-ccnp"));
        QVERIFY(!decodeDocument<CertificationDetail>(QJsonDocument(json).toJson(), &error));
        QVERIFY(error.contains(QStringLiteral("renewedBy")));
    }
};

QTEST_GUILESS_MAIN(TestRecertificationPlan)
#include "TestRecertificationPlan.moc"
