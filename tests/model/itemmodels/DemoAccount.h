#pragma once

#include "domain/AccountData.h"

#include <QTimeZone>

namespace certtrack::test {

// The guide's candidate as values, for tests of models and pages that need no server.
inline domain::AccountData demoAccountData() {
    using namespace domain;
    AccountData data;
    data.profile.loginId = QStringLiteral("CSCO10000000");
    data.profile.firstName = QStringLiteral("John");
    data.profile.lastName = QStringLiteral("Doe");
    data.profile.email = QStringLiteral("csc010000000@gmail.com");

    SettingsQuestion employee;
    employee.id = QStringLiteral("ciscoEmployee");
    employee.title = QStringLiteral("Cisco Employee");
    employee.text = QStringLiteral("Are you a Cisco employee?");
    employee.answer = false;
    SettingsQuestion netAcademy;
    netAcademy.id = QStringLiteral("netAcademyStudent");
    netAcademy.title = QStringLiteral("Net Academy Student");
    netAcademy.text = QStringLiteral("Are you a Net Academy student?");
    data.settings.questions = {employee, netAcademy};

    const auto attribute = [](const char *id, const char *label, const char *value) {
        Attribute a;
        a.id = QString::fromLatin1(id);
        a.label = QString::fromLatin1(label);
        a.value = QString::fromLatin1(value);
        return a;
    };
    data.attributes.items = {attribute("ccdeNumber", "CCDE Number", ""),
                             attribute("ccieNumber", "CCIE Number", ""),
                             attribute("jobTitle", "Job Title", "Jester"),
                             attribute("netAcademyId", "Net Academy Id", "8682608")};
    data.identifiers.items = {Identifier{QStringLiteral("login"), QStringLiteral("Login ID"),
                                         QStringLiteral("CSCO10000000")},
                              Identifier{QStringLiteral("vue"), QStringLiteral("Vue Testing ID"),
                                         QStringLiteral("226754252")}};

    const auto exam = [](const char *code, const char *name, const char *reg, bool pass, QDate date,
                         std::optional<QDate> expires) {
        Exam e;
        e.code = QString::fromLatin1(code);
        e.name = QString::fromLatin1(name);
        e.registrationNumber = QString::fromLatin1(reg);
        e.grade = pass ? Exam::Grade::Pass : Exam::Grade::Fail;
        e.date = date;
        e.expires = expires;
        return e;
    };
    data.exams = {
        exam("350-001", "CCIE Routing and Switching", "219142598", true, QDate(2007, 2, 21),
             QDate(2010, 2, 21)),
        exam("350-001", "CCIE Routing and Switching", "n7dnt508", false, QDate(2006, 6, 20),
             std::nullopt),
        exam("350-018", "CCIE Security", "UniqueRegNum_1000809", true, QDate(2006, 1, 1),
             QDate(2009, 1, 1)),
        exam("350-001", "CCIE Routing and Switching", "UniqueRegNum_1011693", true,
             QDate(1995, 10, 4), QDate(1998, 10, 4)),
    };

    Agreement agreement;
    agreement.id = QStringLiteral("cca-v9");
    agreement.name = QStringLiteral("Cisco Certification and Confidentiality Agreement");
    agreement.version = QStringLiteral("V9");
    agreement.activeDate = QDate(2006, 6, 20);
    data.agreements = {agreement};

    CeActivity first;
    first.id = QStringLiteral("ce-1");
    first.name = QStringLiteral("Cisco CE Credits");
    first.activeDate = QDate(2020, 2, 1);
    first.expires = QDate(2023, 2, 1);
    first.points = 5;
    first.updated = QDate(2020, 2, 24);
    first.providerName = QStringLiteral("CDL 01 July CCNP");
    first.source = QStringLiteral("CertMetrics");
    first.importSource = QStringLiteral("creq-20200214-200500.csv");
    first.externalId = QStringLiteral("1462600");
    CeActivity second = first;
    second.id = QStringLiteral("ce-2");
    second.points = 12;
    second.providerName = QStringLiteral("Cisco Live");
    second.importSource.clear();
    second.externalId = QStringLiteral("1462601");
    data.ceActivities = {first, second};

    Transaction transaction;
    transaction.id = QStringLiteral("t-1");
    transaction.at = QDateTime(QDate(2019, 12, 2), QTime(10, 0), QTimeZone::utc());
    transaction.description = QStringLiteral("CCNA Certificate");
    transaction.amount.minorUnits = 1500;
    transaction.status = QStringLiteral("Paid");
    data.transactions = {transaction};

    CertificationDetail ccent;
    ccent.summary.id = QStringLiteral("ccent");
    ccent.summary.track = QStringLiteral("General Certifications - Entry");
    ccent.summary.name = QStringLiteral("CCENT");
    ccent.summary.acronym = QStringLiteral("CCENT");
    ccent.summary.active = QDate(2019, 12, 9);
    ccent.summary.expires = QDate(2022, 12, 9);
    ccent.summary.logoAvailable = true;
    CertificationDetail ccna;
    ccna.summary.id = QStringLiteral("ccna");
    ccna.summary.track = QStringLiteral("General Certifications - Associate");
    ccna.summary.name = QStringLiteral("CCNA Routing and Switching");
    ccna.summary.acronym = QStringLiteral("CCNA");
    ccna.summary.active = QDate(2019, 12, 8);
    ccna.summary.expires = QDate(2022, 12, 8);
    ccna.summary.logoAvailable = true;
    ccna.summary.pdfCertificateAvailable = true;
    RequirementProgress exams;
    exams.number = QStringLiteral("1.1");
    exams.title = QStringLiteral("Pass the CCNA exam");
    exams.required = 1;
    RequirementProgress credits;
    credits.number = QStringLiteral("1.2");
    credits.title = QStringLiteral("Earn 30 CE credits");
    credits.achieved = 10;
    credits.required = 30;
    credits.state = RequirementProgress::State::InProgress;
    RequirementProgress root;
    root.number = QStringLiteral("1");
    root.title = QStringLiteral("Recertify");
    root.required = 1;
    root.children = {exams, credits};
    ccna.progress = root;
    ccna.ceCreditsLabel = QStringLiteral("+10 Cisco CE Credits");
    ccna.ceCredits = {CeCredit{QStringLiteral("c1"), QDate(2020, 2, 1), QDate(2023, 2, 1), 5,
                               QStringLiteral("Active")},
                      CeCredit{QStringLiteral("c2"), QDate(2020, 2, 1), QDate(2023, 2, 1), 5,
                               QStringLiteral("Active")}};
    ccna.history = {
        HistoryEntry{QDate(2020, 1, 1), QStringLiteral("Manually granted certification")}};
    data.certifications = {ccent, ccna};

    const auto item = [](const char *name, const char *kind, const char *code, QDate queued) {
        FulfillmentItem f;
        f.id = QString::fromLatin1(code);
        f.name = QString::fromLatin1(name);
        f.kind = QString::fromLatin1(kind);
        f.verificationCode = QString::fromLatin1(code);
        f.queued = queued;
        return f;
    };
    data.fulfillment = {
        item("Cisco Certified Network Associate Routing and Switching", "certificate", "V7L4P3MC",
             QDate(2019, 12, 5)),
        item("CCIE Certification - Collaboration", "plaque", "", QDate(2019, 12, 1)),
        item("4013 Recognition", "letter", "CBX0395KI", QDate(2019, 11, 20)),
        item("4011 Recognition", "letter", "VLV7K532E", QDate(2019, 11, 2)),
    };

    Transcript transcript;
    transcript.id = QStringLiteral("15KDEQ4K1BV1133H");
    transcript.displayName = QStringLiteral("John Doe");
    transcript.description = QStringLiteral("Active");
    transcript.expires = QDate(2019, 12, 10);
    transcript.views = 3;
    data.transcripts = {transcript};

    Badge badge;
    badge.id = QStringLiteral("b-ccna");
    badge.name = QStringLiteral("Cisco Certified Network Associate");
    badge.issuer = QStringLiteral("Cisco");
    badge.issuedOn = QDate(2019, 12, 8);
    badge.expires = QDate(2022, 12, 8);
    badge.imageSvg =
        QStringLiteral("<svg xmlns='http://www.w3.org/2000/svg' width='100' height='100'>"
                       "<circle cx='50' cy='50' r='45' fill='#1d6fb8'/></svg>");
    data.badges = {badge};
    return data;
}

} // namespace certtrack::test
