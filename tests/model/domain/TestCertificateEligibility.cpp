#include "domain/CertificateEligibility.h"

#include <QTest>

using namespace certtrack::domain;
using Verdict = CertificateEligibility::Verdict;

namespace {

Certification ccna() {
    Certification c;
    c.id = QStringLiteral("crt-10000000-ccna");
    c.name = QStringLiteral("CCNA Routing and Switching");
    c.acronym = QStringLiteral("CCNA");
    c.active = QDate(2025, 12, 8);
    c.expires = QDate(2028, 12, 8);
    c.status = Certification::Status::Active;
    c.pdfCertificateAvailable = true;
    c.verificationCode = QStringLiteral("V7L4P3MC");
    return c;
}

} // namespace

class TestCertificateEligibility : public QObject {
    Q_OBJECT

private slots:
    void activeCertificationWithPdfIsEligible() {
        const auto e = CertificateEligibility::evaluate(ccna(), QDate(2026, 11, 2));
        QVERIFY(e.isEligible());
        QCOMPARE(e.verdict(), Verdict::Eligible);
        QVERIFY(e.reason().isEmpty());
    }

    void boundaries_data() {
        QTest::addColumn<QDate>("today");
        QTest::addColumn<int>("verdict");
        QTest::addColumn<QString>("reason");
        QTest::newRow("day before active")
            << QDate(2025, 12, 7) << int(Verdict::NotYetActive)
            << QStringLiteral("Not yet active: active from 2025-Dec-08");
        QTest::newRow("active day") << QDate(2025, 12, 8) << int(Verdict::Eligible) << QString();
        QTest::newRow("expiry day: still valid")
            << QDate(2028, 12, 8) << int(Verdict::Eligible) << QString();
        QTest::newRow("day after expiry") << QDate(2028, 12, 9) << int(Verdict::Expired)
                                          << QStringLiteral("Expired on 2028-Dec-08");
        QTest::newRow("years later") << QDate(2040, 1, 1) << int(Verdict::Expired)
                                     << QStringLiteral("Expired on 2028-Dec-08");
    }

    void boundaries() {
        QFETCH(QDate, today);
        QFETCH(int, verdict);
        QFETCH(QString, reason);
        const auto e = CertificateEligibility::evaluate(ccna(), today);
        QCOMPARE(int(e.verdict()), verdict);
        QCOMPARE(e.reason(), reason);
        QCOMPARE(e.isEligible(), verdict == int(Verdict::Eligible));
    }

    // A cached certification the server last called active is judged by its dates: one that
    // expired since the last sync is refused offline.
    void datesWinOverACachedStatus() {
        Certification c = ccna();
        c.status = Certification::Status::Active;
        QCOMPARE(CertificateEligibility::evaluate(c, QDate(2029, 1, 1)).verdict(),
                 Verdict::Expired);
    }

    void noExpiryNeverExpires() {
        Certification c = ccna();
        c.expires.reset();
        QVERIFY(CertificateEligibility::evaluate(c, QDate(2099, 1, 1)).isEligible());
    }

    void revokedIsRefusedWhateverTheDates() {
        Certification c = ccna();
        c.status = Certification::Status::Inactive;
        c.revokedOn = QDate(2026, 3, 4);
        const auto e = CertificateEligibility::evaluate(c, QDate(2026, 11, 2));
        QCOMPARE(e.verdict(), Verdict::Revoked);
        QCOMPARE(e.date(), QDate(2026, 3, 4));
        QCOMPARE(e.reason(), QStringLiteral("Revoked on 2026-Mar-04"));
    }

    void inactiveWithoutADate() {
        Certification c = ccna();
        c.status = Certification::Status::Inactive;
        const auto e = CertificateEligibility::evaluate(c, QDate(2026, 11, 2));
        QCOMPARE(e.verdict(), Verdict::Inactive);
        QCOMPARE(e.reason(), QStringLiteral("This certification is not active"));
    }

    void noPdfOffered() {
        Certification c = ccna();
        c.pdfCertificateAvailable = false;
        const auto e = CertificateEligibility::evaluate(c, QDate(2026, 11, 2));
        QCOMPARE(e.verdict(), Verdict::NotOffered);
        QCOMPARE(e.reason(),
                 QStringLiteral("No PDF certificate is offered for this certification"));
    }

    // Expiry is the more useful thing to tell when both apply (the server also clears the PDF
    // flag of an expired certification).
    void expiredAndNotOfferedSaysExpired() {
        Certification c = ccna();
        c.pdfCertificateAvailable = false;
        c.status = Certification::Status::Expired;
        QCOMPARE(CertificateEligibility::evaluate(c, QDate(2030, 1, 1)).verdict(),
                 Verdict::Expired);
    }

    void noVerificationCode() {
        Certification c = ccna();
        c.verificationCode.clear();
        const auto e = CertificateEligibility::evaluate(c, QDate(2026, 11, 2));
        QCOMPARE(e.verdict(), Verdict::NoVerificationCode);
        QVERIFY(!e.reason().isEmpty());
    }

    void revokedOnTravelsOnTheWire() {
        Certification c = ccna();
        c.revokedOn = QDate(2026, 3, 4);
        const QJsonObject json = c.toJson();
        QCOMPARE(json.value(QStringLiteral("revokedOn")).toString(), QStringLiteral("2026-03-04"));
        QCOMPARE(ccna().toJson().value(QStringLiteral("revokedOn")).type(), QJsonValue::Null);
    }
};

QTEST_GUILESS_MAIN(TestCertificateEligibility)
#include "TestCertificateEligibility.moc"
