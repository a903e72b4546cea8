#include "domain/Candidate.h"
#include "domain/Certification.h"
#include "domain/Json.h"
#include "domain/Money.h"

#include <QJsonDocument>
#include <QTest>

using namespace certtrack::domain;

namespace {

RequirementRule exam(const QString &code) {
    RequirementRule r;
    r.kind = RequirementRule::Kind::Exam;
    r.title = QStringLiteral("Pass ") + code;
    r.reference = code;
    return r;
}

RequirementRule credits(qint64 count) {
    RequirementRule r;
    r.kind = RequirementRule::Kind::CeCredits;
    r.title = QStringLiteral("CE credits");
    r.count = count;
    return r;
}

RequirementRule certification(const QString &id) {
    RequirementRule r;
    r.kind = RequirementRule::Kind::Certification;
    r.title = QStringLiteral("Hold ") + id;
    r.reference = id;
    return r;
}

RequirementRule group(RequirementRule::Kind kind, QList<RequirementRule> children,
                      qint64 count = 0) {
    RequirementRule r;
    r.kind = kind;
    r.title = QStringLiteral("group");
    r.count = count;
    r.children = std::move(children);
    return r;
}

} // namespace

class TestDomainRules : public QObject {
    Q_OBJECT

private slots:
    void ccnaRecertificationShowsGuideLabels() {
        // The guide's CCNA: any one of (pass the exam, 30 CE credits), with 10 credits earned.
        const RequirementRule rule =
            group(RequirementRule::Kind::AnyOf, {exam(QStringLiteral("200-301")), credits(30)}, 1);
        RequirementFacts facts;
        facts.ceCredits = 10;
        const RequirementProgress progress = RequirementProgress::evaluate(rule, facts);
        QCOMPARE(progress.label(), QStringLiteral("1 - (0 / 1)"));
        QCOMPARE(progress.children.size(), 2);
        QCOMPARE(progress.children.at(0).label(), QStringLiteral("1.1 - (0 / 1)"));
        QCOMPARE(progress.children.at(1).label(), QStringLiteral("1.2 - (10 / 30)"));
        QCOMPARE(toString(progress.children.at(0).state),
                 toString(RequirementProgress::State::NotStarted));
        QCOMPARE(toString(progress.children.at(1).state),
                 toString(RequirementProgress::State::InProgress));
        QCOMPARE(toString(progress.state), toString(RequirementProgress::State::InProgress));
    }

    void anyOfIsMetByOneChild() {
        const RequirementRule rule =
            group(RequirementRule::Kind::AnyOf, {exam(QStringLiteral("200-301")), credits(30)}, 1);
        RequirementFacts facts;
        facts.passedExamCodes.insert(QStringLiteral("200-301"));
        const RequirementProgress progress = RequirementProgress::evaluate(rule, facts);
        QCOMPARE(toString(progress.state), toString(RequirementProgress::State::Met));
        QCOMPARE(progress.achieved, 1);
    }

    void nestedAllOfNeedsEveryChild() {
        const RequirementRule rule =
            group(RequirementRule::Kind::AllOf,
                  {exam(QStringLiteral("350-401")),
                   group(RequirementRule::Kind::AnyOf,
                         {exam(QStringLiteral("300-410")), exam(QStringLiteral("300-415")),
                          certification(QStringLiteral("ccie-ei"))},
                         2)});
        RequirementFacts facts;
        facts.passedExamCodes = {QStringLiteral("350-401"), QStringLiteral("300-410")};
        RequirementProgress progress = RequirementProgress::evaluate(rule, facts);
        QCOMPARE(progress.label(), QStringLiteral("1 - (1 / 2)"));
        QCOMPARE(progress.children.at(1).label(), QStringLiteral("1.2 - (1 / 2)"));
        QCOMPARE(progress.children.at(1).children.at(2).label(), QStringLiteral("1.2.3 - (0 / 1)"));
        QCOMPARE(toString(progress.state), toString(RequirementProgress::State::InProgress));

        facts.activeCertificationIds.insert(QStringLiteral("ccie-ei"));
        progress = RequirementProgress::evaluate(rule, facts);
        QCOMPARE(toString(progress.state), toString(RequirementProgress::State::Met));
        QCOMPARE(progress.label(), QStringLiteral("1 - (2 / 2)"));
    }

    void creditsAreCappedAtTheThreshold() {
        RequirementFacts facts;
        facts.ceCredits = 45;
        const RequirementProgress progress = RequirementProgress::evaluate(credits(30), facts);
        QCOMPARE(progress.label(), QStringLiteral("1 - (30 / 30)"));
        QCOMPARE(toString(progress.state), toString(RequirementProgress::State::Met));
    }

    void ruleRoundTripsAndRejectsBadCounts() {
        const RequirementRule rule =
            group(RequirementRule::Kind::AnyOf, {exam(QStringLiteral("200-301")), credits(30)}, 1);
        const QByteArray body = QJsonDocument(rule.toJson()).toJson();
        QString error;
        const auto decoded = decodeDocument<RequirementRule>(body, &error);
        QVERIFY2(decoded, qPrintable(error));
        QCOMPARE(decoded->children.size(), 2);
        QCOMPARE(decoded->children.at(1).count, 30);

        QJsonObject bad = rule.toJson();
        bad.insert(QStringLiteral("count"), 3); // more than the two children
        QVERIFY(!decodeDocument<RequirementRule>(QJsonDocument(bad).toJson(), &error));
        QVERIFY(error.contains(QStringLiteral("count")));

        bad = rule.toJson();
        bad.insert(QStringLiteral("kind"), QStringLiteral("someOf"));
        QVERIFY(!decodeDocument<RequirementRule>(QJsonDocument(bad).toJson(), &error));
        QVERIFY(error.contains(QStringLiteral("kind")));
    }

    void certificationStatusAtBoundaries_data() {
        QTest::addColumn<QDate>("today");
        QTest::addColumn<QString>("expected");
        const QDate expires(2024, 2, 29);
        QTest::newRow("day before expiry") << expires.addDays(-1) << "active";
        QTest::newRow("expiring today") << expires << "active";
        QTest::newRow("day after expiry") << expires.addDays(1) << "expired";
        QTest::newRow("before it starts") << QDate(2021, 2, 28) << "inactive";
    }

    void certificationStatusAtBoundaries() {
        QFETCH(QDate, today);
        QFETCH(QString, expected);
        const auto status = Certification::statusFor(QDate(2021, 3, 1), QDate(2024, 2, 29), today);
        QCOMPARE(toString(status), expected);
    }

    void datesAndInstantsAreStrict() {
        QCOMPARE(parseDate(QStringLiteral("2020-02-29")), QDate(2020, 2, 29));
        QVERIFY(!parseDate(QStringLiteral("2021-02-29")).isValid());
        QVERIFY(!parseDate(QStringLiteral("2020-2-1")).isValid());
        QVERIFY(!parseDate(QStringLiteral("01/02/2020")).isValid());
        QCOMPARE(parseInstant(QStringLiteral("2026-11-02T09:00:00Z")),
                 QDateTime(QDate(2026, 11, 2), QTime(9, 0), Qt::UTC));
        QCOMPARE(parseInstant(QStringLiteral("2026-11-02T10:00:00+01:00")),
                 QDateTime(QDate(2026, 11, 2), QTime(9, 0), Qt::UTC));
        QVERIFY(!parseInstant(QStringLiteral("2026-11-02T09:00:00")).isValid());
        QVERIFY(!parseInstant(QStringLiteral("2026-11-02")).isValid());
    }

    void datesAreWrittenAsQtWritesThem() {
        // formatDate writes the digits itself; Qt's ISO text is the reference, edges included.
        const QList<QDate> dates{QDate(1, 1, 1),      QDate(999, 12, 31),
                                 QDate(1999, 9, 9),   QDate(2000, 1, 1),
                                 QDate(2020, 2, 29),  QDate(2026, 12, 5),
                                 QDate(9999, 12, 31), QDate(10000, 1, 1),
                                 QDate(-1, 1, 1),     QDate()};
        for (const QDate &date : dates)
            QCOMPARE(formatDate(date), date.toString(Qt::ISODate));
        for (QDate day(1899, 12, 25); day <= QDate(1900, 3, 5); day = day.addDays(1))
            QCOMPARE(formatDate(day), day.toString(Qt::ISODate));
        QCOMPARE(formatDate(QDate(2020, 2, 9)), QStringLiteral("2020-02-09"));
        QCOMPARE(parseDate(formatDate(QDate(1999, 9, 9))), QDate(1999, 9, 9));
    }

    void moneyDisplay() {
        QCOMPARE((Money{1500, QStringLiteral("USD")}.display()), QStringLiteral("$15.00"));
        QCOMPARE((Money{0, QStringLiteral("USD")}.display()), QStringLiteral("$0.00"));
        QCOMPARE((Money{-5, QStringLiteral("USD")}.display()), QStringLiteral("-$0.05"));
        QCOMPARE((Money{123456, QStringLiteral("CHF")}.display()), QStringLiteral("1234.56 CHF"));
    }

    void readerNamesThePathOfTheFault() {
        const QByteArray body = R"({"items":[{"id":"a","label":"L","value":"v"},
                                             {"id":"b","label":7,"value":"v"}]})";
        QString error;
        QVERIFY(!decodeDocument<Page<Identifier>>(body, &error));
        QCOMPARE(error, QStringLiteral("items[1].label: expected a string"));
    }
};

QTEST_GUILESS_MAIN(TestDomainRules)
#include "TestDomainRules.moc"
