#include "server/app/DemoSeed.h"

#include "server/app/ServerStores.h"

#include "server/badges/BadgeArtwork.h"
#include "server/core/Logging.h"

#include <QTimeZone>

namespace certtrack::server {

namespace {

using domain::RequirementRule;
using Level = BadgeArtwork::Level;

const QString kCeCredits = QStringLiteral("Cisco CE Credits");
const QString kProgramme = QStringLiteral("Cisco Systems, Inc.");

RequirementRule exam(const QString &code, const QString &title) {
    RequirementRule rule;
    rule.kind = RequirementRule::Kind::Exam;
    rule.reference = code;
    rule.title = title;
    return rule;
}

RequirementRule credits(qint64 count, const QString &title) {
    RequirementRule rule;
    rule.kind = RequirementRule::Kind::CeCredits;
    rule.count = count;
    rule.title = title;
    return rule;
}

RequirementRule allOf(const QString &title, QList<RequirementRule> children) {
    RequirementRule rule;
    rule.kind = RequirementRule::Kind::AllOf;
    rule.title = title;
    rule.children = std::move(children);
    return rule;
}

RequirementRule anyOf(qint64 count, const QString &title, QList<RequirementRule> children) {
    RequirementRule rule;
    rule.kind = RequirementRule::Kind::AnyOf;
    rule.count = count;
    rule.title = title;
    rule.children = std::move(children);
    return rule;
}

QDate d(int year, int month, int day) {
    return QDate(year, month, day);
}

QDateTime at(const QDate &date, int hour, int minute) {
    return QDateTime(date, QTime(hour, minute), QTimeZone::utc());
}

domain::Exam passedOrFailed(const QString &code, const QString &name, const QString &registration,
                            bool pass, const QDate &date, std::optional<QDate> expires) {
    domain::Exam e;
    e.code = code;
    e.name = name;
    e.registrationNumber = registration;
    e.grade = pass ? domain::Exam::Grade::Pass : domain::Exam::Grade::Fail;
    e.date = date;
    e.expires = expires;
    return e;
}

domain::Agreement agreementV9(const QDate &activeOn) {
    domain::Agreement a;
    a.id = QStringLiteral("ccca-v9");
    a.activeDate = activeOn;
    return a;
}

domain::CeCredit credit(const QString &id, const QDate &from, qint64 points) {
    domain::CeCredit c;
    c.id = id;
    c.activeDate = from;
    c.inactiveDate = from.addYears(3);
    c.points = points;
    return c;
}

domain::CeActivity activity(const QString &id, const QDate &from, qint64 points,
                            const QDate &updated, const QString &provider,
                            const QString &importSource, const QString &externalId) {
    domain::CeActivity a;
    a.id = id;
    a.name = kCeCredits;
    a.activeDate = from;
    a.expires = from.addYears(3);
    a.points = points;
    a.updated = updated;
    a.providerName = provider;
    a.source = QStringLiteral("CertMetrics");
    a.importSource = importSource;
    a.externalId = externalId;
    return a;
}

domain::Transaction transaction(const QString &id, const QDateTime &when,
                                const QString &description, qint64 cents, const QString &method,
                                const QString &orderId) {
    domain::Transaction t;
    t.id = id;
    t.at = when;
    t.description = description;
    t.amount.minorUnits = cents;
    t.amount.currency = QStringLiteral("USD");
    t.paymentMethod = method;
    t.status = QStringLiteral("Complete");
    t.orderId = orderId;
    return t;
}

domain::FulfillmentItem item(const QString &id, const QString &orderId, const QString &name,
                             const QString &kind, const QString &code, std::optional<QDate> queued,
                             std::optional<QDate> sent = std::nullopt,
                             std::optional<QDate> complete = std::nullopt,
                             const QString &status = QString()) {
    domain::FulfillmentItem i;
    i.id = id;
    i.orderId = orderId;
    i.name = name;
    i.kind = kind;
    i.verificationCode = code;
    i.queued = queued;
    i.sent = sent;
    i.complete = complete;
    i.status = status;
    return i;
}

// What the demo's badges recognise (the programme's achievements), drawn as our own artwork.
struct AchievementArt {
    const char *id;
    const char *name;
    const char *acronym;
    const char *caption;
    Level level;
    const char *description;
    const char *criteria;
};

const AchievementArt kAchievements[] = {
    {"ccna-rs", "CCNA Routing and Switching", "CCNA", "Associate", Level::Associate,
     "Earners can install, configure and operate routed and switched networks and troubleshoot "
     "them.",
     "Passed the CCNA Routing and Switching exam, or ICND1 and ICND2."},
    {"ccna", "CCNA", "CCNA", "Associate", Level::Associate,
     "Earners can install, configure and operate networks.", "Passed exam 200-301 CCNA."},
    {"ccent", "CCENT", "CCENT", "Entry", Level::Entry,
     "Earners can install, operate and troubleshoot a small branch office network.",
     "Passed exam 100-105 ICND1."},
    {"specialist-enterprise-core", "Cisco Certified Specialist - Enterprise Core", "ENCOR",
     "Specialist", Level::Specialist,
     "Earners know enterprise network core technologies: dual stack architecture, "
     "virtualisation, infrastructure, assurance, security and automation.",
     "Passed exam 350-401 ENCOR."},
    {"ccnp-enterprise", "CCNP Enterprise", "CCNP", "Enterprise", Level::Professional,
     "Earners plan, deploy and troubleshoot enterprise networks.",
     "Passed exam 350-401 ENCOR and one enterprise concentration exam."},
    {"ccie-rs", "CCIE Routing and Switching", "CCIE", "Expert", Level::Expert,
     "Earners plan, operate and troubleshoot complex enterprise networks as experts.",
     "Passed the CCIE Routing and Switching written exam and the eight-hour lab exam."},
};

BadgeAchievement achievement(const QString &id) {
    for (const AchievementArt &a : kAchievements) {
        if (id == QLatin1String(a.id)) {
            return BadgeAchievement{id,
                                    QString::fromUtf8(a.name),
                                    QString::fromUtf8(a.description),
                                    QString::fromUtf8(a.criteria),
                                    BadgeArtwork::svg(QString::fromUtf8(a.acronym),
                                                      QString::fromUtf8(a.caption), a.level),
                                    {}};
        }
    }
    throw StorageError("the demo seed names no achievement " + id.toStdString());
}

// How the holder has answered a new badge (they accept it, and it is then public unless they
// made it private), or that the programme revoked it.
enum class Visibility { Waiting, Public, Private };

BadgeRecord badge(const QString &id, const HeldCertification &held, const QString &achievementId,
                  Visibility visibility, const QDateTime &acceptedAt) {
    const BadgeAchievement a = achievement(achievementId);
    BadgeRecord r;
    domain::Badge &b = r.badge;
    b.id = id;
    b.name = a.name;
    b.issuer = kProgramme;
    b.description = a.description;
    b.issuedOn = held.active;
    b.expires = held.expires;
    b.certificationId = held.id;
    b.imageSvg = a.imageSvg;
    r.achievementId = achievementId;
    if (visibility != Visibility::Waiting)
        r.acceptedAt = acceptedAt;
    r.isPublic = visibility == Visibility::Public;
    return r;
}

domain::Logo logo(const QString &id, const QString &name, const QString &certificationId = {}) {
    domain::Logo l;
    l.id = id;
    l.name = name;
    l.certificationId = certificationId;
    l.formats = {QStringLiteral("svg"), QStringLiteral("png")};
    return l;
}

HeldCertification held(const QString &id, const QString &definitionId, std::optional<QDate> started,
                       const QDate &active, int months, const QString &verificationCode) {
    HeldCertification h;
    h.id = id;
    h.definitionId = definitionId;
    h.started = started;
    h.active = active;
    h.expires = active.addMonths(months);
    h.verificationCode = verificationCode;
    return h;
}

domain::HistoryEntry history(const QDate &date, const QString &text) {
    return domain::HistoryEntry{date, text};
}

// The history of a certification first granted on `first` whose period now in force began on
// `active` (the seed moves that with the clock): newest first, one renewal a period back from
// `active`, so the dates a person reads agree with the period the table shows.
QList<domain::HistoryEntry> grantedThenRenewed(const QDate &first, const QDate &active, int months,
                                               const QString &renewal) {
    QList<domain::HistoryEntry> entries;
    for (QDate start = active; start > first; start = start.addMonths(-months))
        entries.append(history(start, renewal));
    entries.append(history(first, QStringLiteral("Manually granted certification")));
    return entries;
}

// CSCO10000000: the account the user guide shows.
CandidateRecord johnDoe(const QDateTime &now, const QString &passwordHash) {
    const QDate today = now.date();
    const int shift = DemoSeed::yearShift(today);
    const auto moved = [shift](const QDate &date) { return date.addYears(shift); };

    CandidateRecord c;
    c.passwordHash = passwordHash;
    c.profile.loginId = QStringLiteral("CSCO10000000");
    c.profile.firstName = QStringLiteral("John");
    c.profile.lastName = QStringLiteral("Doe");
    c.profile.email = QStringLiteral("CSCO10000000@gmail.com");
    c.profile.phone = QStringLiteral("+1 919 555 0142");
    c.profile.address.line1 = QStringLiteral("Test123test");
    c.profile.address.line2 = QStringLiteral("Test2 Cor");
    c.profile.address.line3 = QStringLiteral("Line 3 Cor");
    c.profile.address.city = QStringLiteral("City");
    c.profile.address.stateProvince = QStringLiteral("North Carolina");
    c.profile.address.postalCode = QStringLiteral("12345");
    c.profile.address.country = QStringLiteral("US");

    // The guide shows the settings form waiting to be confirmed: every answer still open.
    c.attributes = {{QStringLiteral("ccdeNumber"), QString()},
                    {QStringLiteral("ccieNumber"), QString()},
                    {QStringLiteral("jobTitle"), QStringLiteral("Jester")},
                    {QStringLiteral("netAcademyId"), QStringLiteral("8682608")}};
    c.identifiers = {{QStringLiteral("loginId"), QStringLiteral("CSCO10000000")},
                     {QStringLiteral("cisco"), QStringLiteral("CSCO10000000")},
                     {QStringLiteral("credly"), QStringLiteral("csc010000000@gmail.com")},
                     {QStringLiteral("vue"), QStringLiteral("226754252")}};

    const QString rs = QStringLiteral("CCIE Routing and Switching");
    const QString sec = QStringLiteral("CCIE Security");
    c.exams = {
        passedOrFailed(QStringLiteral("350-001"), rs, QStringLiteral("219142598"), true,
                       d(2007, 2, 21), d(2010, 2, 21)),
        passedOrFailed(QStringLiteral("350-001"), rs, QStringLiteral("UniqueRegNum_1000815"), true,
                       d(2006, 6, 26), d(2009, 6, 26)),
        passedOrFailed(QStringLiteral("350-001"), rs, QStringLiteral("n7dnt508"), false,
                       d(2006, 6, 20), std::nullopt),
        passedOrFailed(QStringLiteral("350-018"), sec, QStringLiteral("UniqueRegNum_1000809"), true,
                       d(2006, 1, 1), d(2009, 1, 1)),
        passedOrFailed(QStringLiteral("350-022"), QStringLiteral("CCIE DSL"),
                       QStringLiteral("UniqueRegNum_1000515"), true, d(2004, 1, 5), d(2007, 1, 5)),
        passedOrFailed(QStringLiteral("350-018"), sec, QStringLiteral("UniqueRegNum_1003206"), true,
                       d(2002, 6, 1), d(2005, 6, 1)),
        passedOrFailed(QStringLiteral("350-001"), rs, QStringLiteral("UniqueRegNum_1025076"), true,
                       d(2002, 5, 23), d(2005, 5, 23)),
        passedOrFailed(QStringLiteral("350-001"), rs, QStringLiteral("UniqueRegNum_1030695"), true,
                       d(2002, 5, 23), d(2005, 5, 23)),
        passedOrFailed(QStringLiteral("350-002"), QStringLiteral("SNA Recert"),
                       QStringLiteral("UniqueRegNum_1036453"), true, d(1999, 3, 25),
                       d(2002, 3, 25)),
        passedOrFailed(QStringLiteral("350-001"), rs, QStringLiteral("UniqueRegNum_1011693"), true,
                       d(1995, 10, 4), d(1998, 10, 4)),
    };
    c.agreements = {agreementV9(d(2006, 6, 20))};

    const QDate creditsFrom = moved(d(2020, 2, 1));
    const QDate creditsUpdated = moved(d(2020, 2, 24));
    const QString provider = QStringLiteral("CDL 01 July CCNP");
    const QString importFile = QStringLiteral("creq-20200214-200500.csv");
    c.ceActivities = {
        activity(QStringLiteral("cea-10000000-1"), creditsFrom, 5, creditsUpdated, provider,
                 importFile, QStringLiteral("1462600")),
        activity(QStringLiteral("cea-10000000-2"), creditsFrom, 5, creditsUpdated, provider,
                 importFile, QStringLiteral("1462601")),
    };

    HeldCertification ccent =
        held(QStringLiteral("crt-10000000-ccent"), QStringLiteral("ccent"), d(2019, 12, 9),
             moved(d(2019, 12, 9)), 36, QStringLiteral("K9T2XW4R"));
    ccent.history =
        grantedThenRenewed(d(2019, 12, 9), ccent.active, 36, QStringLiteral("Recertified"));

    HeldCertification ccna =
        held(QStringLiteral("crt-10000000-ccna"), QStringLiteral("ccna"), d(2019, 12, 8),
             moved(d(2019, 12, 8)), 36, QStringLiteral("V7L4P3MC"));
    ccna.ceCredits = {credit(QStringLiteral("cec-10000000-1"), creditsFrom, 5),
                      credit(QStringLiteral("cec-10000000-2"), creditsFrom, 5)};
    ccna.history = grantedThenRenewed(d(2019, 12, 8), ccna.active, 36,
                                      QStringLiteral("Recertified with Cisco CE Credits"));

    HeldCertification specialist =
        held(QStringLiteral("crt-10000000-encor"), QStringLiteral("specialist-enterprise-core"),
             d(2020, 1, 10), moved(d(2020, 1, 10)), 36, QStringLiteral("Q3M8ZN6D"));
    specialist.history =
        grantedThenRenewed(d(2020, 1, 10), specialist.active, 36, QStringLiteral("Recertified"));

    HeldCertification ccie = held(QStringLiteral("crt-10000000-ccie"), QStringLiteral("ccie-rs"),
                                  d(1995, 10, 4), d(2007, 2, 21), 36, QStringLiteral("E6C3R9WZ"));
    ccie.history = {history(d(2010, 2, 21), QStringLiteral("Certification expired")),
                    history(d(2007, 2, 21), QStringLiteral("Recertified by exam 350-001")),
                    history(d(2006, 6, 26), QStringLiteral("Recertified by exam 350-001")),
                    history(d(2002, 5, 23), QStringLiteral("Recertified by exam 350-001")),
                    history(d(1995, 10, 4), QStringLiteral("Certified"))};
    c.certifications = {ccent, ccna, specialist, ccie};

    // The guide's CCIE artwork belongs to the CCIE, which lapsed in 2010: kept, and offered only
    // while a CCIE is in force (the logo guidelines forbid the logo of a lapsed certification).
    c.logos = {
        logo(QStringLiteral("logo-10000000-1"),
             QStringLiteral("CCIE Certification - Enterprise Infrastructure"), ccie.id),
        logo(QStringLiteral("logo-10000000-2"),
             QStringLiteral("CCIE Certification - 10-year Achievement"), ccie.id),
        logo(QStringLiteral("logo-10000000-3"),
             QStringLiteral("CCIE Certification - 15-year Achievement"), ccie.id),
        logo(QStringLiteral("logo-10000000-4"),
             QStringLiteral("CCIE Certification - 20-year Achievement"), ccie.id),
        logo(QStringLiteral("logo-10000000-5"),
             QStringLiteral("Cisco Certified Specialist - Enterprise Core"), specialist.id),
    };

    const QString lettersOrder = QStringLiteral("ORD-20191115-0413");
    const QString kitOrder = QStringLiteral("ORD-20191210-0811");
    const QString plaqueOrder = QStringLiteral("ORD-20191210-0812");
    // The 2019 kit printed the first period's certificate, whose code the renewals replaced; the
    // rows are complete, as their transactions say.
    const QString complete = QStringLiteral("Complete");
    c.fulfillment = {
        item(QStringLiteral("ful-10000000-1"), kitOrder,
             QStringLiteral("Cisco Certified Network Associate Routing and Switching"),
             QStringLiteral("certificate"), QStringLiteral("R4N8D2KV"), d(2019, 12, 10),
             d(2019, 12, 17), d(2019, 12, 27), complete),
        item(QStringLiteral("ful-10000000-2"), plaqueOrder,
             QStringLiteral("CCIE Certification - Collaboration"), QStringLiteral("plaque"),
             QString(), d(2019, 12, 10), d(2019, 12, 17), d(2019, 12, 27), complete),
        item(QStringLiteral("ful-10000000-3"), lettersOrder, QStringLiteral("4013 Recognition"),
             QStringLiteral("letter"), QStringLiteral("CBX0395KI"), d(2019, 11, 15),
             d(2019, 11, 18), d(2019, 11, 25), complete),
        item(QStringLiteral("ful-10000000-4"), lettersOrder, QStringLiteral("4011 Recognition"),
             QStringLiteral("letter"), QStringLiteral("VLV7K532E"), d(2019, 11, 15),
             d(2019, 11, 18), d(2019, 11, 25), complete),
    };
    c.transactions = {
        transaction(QStringLiteral("txn-10000000-3"), at(d(2019, 12, 10), 16, 24),
                    QStringLiteral("CCIE Certification - Collaboration (Plaque)"), 15000,
                    QStringLiteral("PayPal"), plaqueOrder),
        transaction(QStringLiteral("txn-10000000-2"), at(d(2019, 12, 10), 16, 20),
                    QStringLiteral("CCNA Certificate - initial certification kit"), 0,
                    QStringLiteral("No charge"), kitOrder),
        transaction(QStringLiteral("txn-10000000-1"), at(d(2019, 11, 15), 14, 2),
                    QStringLiteral("4011 and 4013 Recognition letters"), 0,
                    QStringLiteral("No charge"), lettersOrder),
    };

    domain::Transcript transcript;
    transcript.id = QStringLiteral("15KDEQ4K1BV1133H");
    transcript.displayName = QStringLiteral("John Doe");
    transcript.description = QStringLiteral("Active");
    transcript.showName = true;
    transcript.showAddress = true;
    transcript.showEmail = false;
    transcript.expires = moved(d(2019, 12, 10)).addYears(2);
    transcript.disclosure = domain::Transcript::Disclosure::ActiveCertifications;
    transcript.views = 3;
    transcript.lastViewed = now.addDays(-3);
    c.transcripts = {transcript};

    // Accepted and public, as a person who shares their badges has them; the CCIE badge ran out
    // with its certification in 2010 and shows as expired.
    c.badges = {
        badge(QStringLiteral("bdg-10000000-ccna"), ccna, QStringLiteral("ccna-rs"),
              Visibility::Public, at(ccna.active.addDays(2), 18, 5)),
        badge(QStringLiteral("bdg-10000000-ccent"), ccent, QStringLiteral("ccent"),
              Visibility::Public, at(ccent.active.addDays(2), 18, 4)),
        badge(QStringLiteral("bdg-10000000-encor"), specialist,
              QStringLiteral("specialist-enterprise-core"), Visibility::Public,
              at(specialist.active.addDays(1), 9, 30)),
        badge(QStringLiteral("bdg-10000000-ccie"), ccie, QStringLiteral("ccie-rs"),
              Visibility::Public, at(ccie.active.addDays(3), 11, 0)),
    };
    return c;
}

// CSCO10000001: a professional-level candidate whose CCNP renewed her CCNA.
CandidateRecord amiraHaddad(const QDateTime &now, const QString &passwordHash) {
    const QDate today = now.date();
    CandidateRecord c;
    c.passwordHash = passwordHash;
    c.profile.loginId = QStringLiteral("CSCO10000001");
    c.profile.firstName = QStringLiteral("Amira");
    c.profile.lastName = QStringLiteral("Haddad");
    c.profile.email = QStringLiteral("amira.haddad@example.com");
    c.profile.phone = QStringLiteral("+1 512 555 0199");
    c.profile.address.line1 = QStringLiteral("500 Congress Avenue");
    c.profile.address.line2 = QStringLiteral("Suite 210");
    c.profile.address.city = QStringLiteral("Austin");
    c.profile.address.stateProvince = QStringLiteral("Texas");
    c.profile.address.postalCode = QStringLiteral("78701");
    c.profile.address.country = QStringLiteral("US");
    c.settingsAnswers = {{QStringLiteral("ciscoEmployee"), false},
                         {QStringLiteral("partnerOrReseller"), true},
                         {QStringLiteral("emailNotifications"), false},
                         {QStringLiteral("netAcademyStudent"), false},
                         {QStringLiteral("verificationConsent"), true}};
    c.settingsConfirmedOn = today.addDays(-100);
    c.attributes = {{QStringLiteral("jobTitle"), QStringLiteral("Network Engineer")}};
    c.identifiers = {{QStringLiteral("loginId"), QStringLiteral("CSCO10000001")},
                     {QStringLiteral("cisco"), QStringLiteral("CSCO10000001")},
                     {QStringLiteral("credly"), QStringLiteral("amira.haddad@example.com")},
                     {QStringLiteral("vue"), QStringLiteral("312998470")}};

    const QDate ccnaExam = today.addDays(-820);
    const QDate encorExam = today.addDays(-400);
    const QDate enarsiExam = today.addDays(-380);
    c.exams = {
        passedOrFailed(QStringLiteral("300-410"),
                       QStringLiteral("Implementing Cisco Enterprise Advanced Routing and "
                                      "Services (ENARSI)"),
                       QStringLiteral("481220917"), true, enarsiExam, enarsiExam.addYears(3)),
        passedOrFailed(QStringLiteral("350-401"),
                       QStringLiteral("Implementing and Operating Cisco Enterprise Network Core "
                                      "Technologies (ENCOR)"),
                       QStringLiteral("479904113"), true, encorExam, encorExam.addYears(3)),
        passedOrFailed(QStringLiteral("200-301"),
                       QStringLiteral("Cisco Certified Network Associate"),
                       QStringLiteral("455120786"), true, ccnaExam, ccnaExam.addYears(3)),
    };
    c.agreements = {agreementV9(ccnaExam)};
    const QDate creditsFrom = today.addDays(-90);
    c.ceActivities = {activity(QStringLiteral("cea-10000001-1"), creditsFrom, 16,
                               creditsFrom.addDays(6), QStringLiteral("Cisco Learning Network"),
                               QStringLiteral("creq-") + creditsFrom.toString(u"yyyyMMdd") +
                                   QStringLiteral("-101500.csv"),
                               QStringLiteral("2210044"))};

    HeldCertification ccnp =
        held(QStringLiteral("crt-10000001-ccnp"), QStringLiteral("ccnp-enterprise"), std::nullopt,
             enarsiExam, 36, QStringLiteral("H4K9W2QP"));
    ccnp.ceCredits = {credit(QStringLiteral("cec-10000001-1"), creditsFrom, 16)};
    ccnp.history = {history(enarsiExam, QStringLiteral("Certified by exams 350-401 and 300-410"))};
    HeldCertification ccna = held(QStringLiteral("crt-10000001-ccna"), QStringLiteral("ccna"),
                                  std::nullopt, enarsiExam, 36, QStringLiteral("R7D3M9XT"));
    ccna.history = {history(enarsiExam, QStringLiteral("Renewed by CCNP Enterprise")),
                    history(ccnaExam, QStringLiteral("Certified by exam 200-301"))};
    HeldCertification specialist =
        held(QStringLiteral("crt-10000001-encor"), QStringLiteral("specialist-enterprise-core"),
             std::nullopt, encorExam, 36, QStringLiteral("P2W6J8LC"));
    specialist.history = {history(encorExam, QStringLiteral("Certified by exam 350-401"))};
    // Earned three years ago to the day, so it expires today (by the server clock): the planner's
    // most urgent row and Home's notice. Its rule needs any two of three, and the ENCOR pass
    // since then already counts as one.
    HeldCertification design =
        held(QStringLiteral("crt-10000001-ensld"), QStringLiteral("specialist-enterprise-design"),
             std::nullopt, today.addMonths(-36), 36, QStringLiteral("N8F4K2RA"));
    design.expires = today;
    design.ceCredits = {credit(QStringLiteral("cec-10000001-2"), creditsFrom, 16)};
    design.history = {history(design.active, QStringLiteral("Manually granted certification"))};
    c.certifications = {ccna, ccnp, specialist, design};

    c.logoGuidelinesAccepted = true;
    c.logos = {logo(QStringLiteral("logo-10000001-1"), QStringLiteral("CCNP Enterprise"), ccnp.id),
               logo(QStringLiteral("logo-10000001-2"), QStringLiteral("CCNA"), ccna.id),
               logo(QStringLiteral("logo-10000001-3"),
                    QStringLiteral("Cisco Certified Specialist - Enterprise Core"), specialist.id),
               logo(QStringLiteral("logo-10000001-4"),
                    QStringLiteral("Cisco Certified Specialist - Enterprise Design"), design.id)};
    const QString order = QStringLiteral("ORD-10000001-0001");
    c.transactions = {transaction(
        QStringLiteral("txn-10000001-1"), at(enarsiExam.addDays(9), 10, 5),
        QStringLiteral("CCNP Enterprise Certificate"), 1500, QStringLiteral("Credit Card"), order)};
    c.fulfillment = {item(QStringLiteral("ful-10000001-1"), order,
                          QStringLiteral("CCNP Enterprise"), QStringLiteral("certificate"),
                          QStringLiteral("H4K9W2QP"), enarsiExam.addDays(9), enarsiExam.addDays(20),
                          enarsiExam.addDays(41), QStringLiteral("Complete"))};
    // The newest badge waits for her to accept it; her CCNA badge she keeps private.
    c.badges = {
        badge(QStringLiteral("bdg-10000001-ccnp"), ccnp, QStringLiteral("ccnp-enterprise"),
              Visibility::Waiting, {}),
        badge(QStringLiteral("bdg-10000001-ccna"), ccna, QStringLiteral("ccna"),
              Visibility::Private, at(ccnaExam.addDays(3), 20, 15)),
        badge(QStringLiteral("bdg-10000001-encor"), specialist,
              QStringLiteral("specialist-enterprise-core"), Visibility::Public,
              at(encorExam.addDays(1), 8, 45)),
    };
    return c;
}

// CSCO10000002: a new associate with a name in Chinese script, no CE credits yet.
CandidateRecord chenJing(const QDateTime &now, const QString &passwordHash) {
    const QDate today = now.date();
    CandidateRecord c;
    c.passwordHash = passwordHash;
    c.profile.loginId = QStringLiteral("CSCO10000002");
    c.profile.firstName = QStringLiteral("静");
    c.profile.lastName = QStringLiteral("陈");
    c.profile.email = QStringLiteral("chen.jing@example.com");
    c.profile.phone = QStringLiteral("+86 21 5555 0123");
    c.profile.address.line1 = QStringLiteral("世纪大道100号");
    c.profile.address.city = QStringLiteral("上海");
    c.profile.address.stateProvince = QStringLiteral("上海");
    c.profile.address.postalCode = QStringLiteral("200120");
    c.profile.address.country = QStringLiteral("CN");
    c.attributes = {{QStringLiteral("jobTitle"), QStringLiteral("Network Administrator")},
                    {QStringLiteral("netAcademyId"), QStringLiteral("9120734")}};
    c.identifiers = {{QStringLiteral("loginId"), QStringLiteral("CSCO10000002")},
                     {QStringLiteral("cisco"), QStringLiteral("CSCO10000002")},
                     {QStringLiteral("vue"), QStringLiteral("330571249")}};
    const QDate failed = today.addDays(-200);
    const QDate passed = today.addDays(-150);
    const QString ccnaName = QStringLiteral("Cisco Certified Network Associate");
    c.exams = {passedOrFailed(QStringLiteral("200-301"), ccnaName, QStringLiteral("502318846"),
                              true, passed, passed.addYears(3)),
               passedOrFailed(QStringLiteral("200-301"), ccnaName, QStringLiteral("498870231"),
                              false, failed, std::nullopt)};
    c.agreements = {agreementV9(failed)};
    HeldCertification ccna = held(QStringLiteral("crt-10000002-ccna"), QStringLiteral("ccna"),
                                  std::nullopt, passed, 36, QStringLiteral("T5N2B7VE"));
    ccna.history = {history(passed, QStringLiteral("Certified by exam 200-301"))};
    c.certifications = {ccna};
    c.logos = {logo(QStringLiteral("logo-10000002-1"), QStringLiteral("CCNA"), ccna.id)};
    const QString order = QStringLiteral("ORD-10000002-0001");
    c.transactions = {transaction(QStringLiteral("txn-10000002-1"), at(passed.addDays(4), 3, 40),
                                  QStringLiteral("CCNA Certificate - initial certification kit"), 0,
                                  QStringLiteral("No charge"), order)};
    c.fulfillment = {item(QStringLiteral("ful-10000002-1"), order,
                          QStringLiteral("Cisco Certified Network Associate"),
                          QStringLiteral("certificate"), QStringLiteral("T5N2B7VE"),
                          passed.addDays(4), passed.addDays(25), std::nullopt,
                          QStringLiteral("Sent"))};
    domain::Transcript transcript;
    transcript.id = QStringLiteral("7QH3MNW2RX8KD4TB");
    transcript.displayName = QStringLiteral("陈静");
    transcript.description = QStringLiteral("For my employer");
    transcript.remarks = QStringLiteral("CCNA only");
    transcript.showName = true;
    transcript.expires = today.addMonths(6);
    transcript.disclosure = domain::Transcript::Disclosure::Selected;
    transcript.certificationIds = {ccna.id};
    transcript.views = 0;
    c.transcripts = {transcript};
    // Her CCNA badge was issued twice; the programme revoked the first and the second stands.
    BadgeRecord misnamed =
        badge(QStringLiteral("bdg-10000002-ccna-1"), ccna, QStringLiteral("ccna"),
              Visibility::Public, at(passed.addDays(1), 10, 0));
    misnamed.revokedAt = at(passed.addDays(6), 14, 30);
    misnamed.revocationReason = QStringLiteral("Issued twice in error; the other CCNA "
                                               "badge stands");
    c.badges = {misnamed, badge(QStringLiteral("bdg-10000002-ccna"), ccna, QStringLiteral("ccna"),
                                Visibility::Public, at(passed.addDays(7), 9, 10))};
    return c;
}

// A record that was never mapped: no password yet, so it can only be reached through first-time
// sign-in. Only what account mapping looks at is filled in.
CandidateRecord unmapped(const QString &loginId, const QString &firstName, const QString &lastName,
                         const QString &email, const QString &registration, const QDate &examDate) {
    CandidateRecord c;
    c.profile.loginId = loginId;
    c.profile.firstName = firstName;
    c.profile.lastName = lastName;
    c.profile.email = email;
    c.profile.address.country = QStringLiteral("US");
    c.identifiers = {{QStringLiteral("loginId"), loginId}, {QStringLiteral("cisco"), loginId}};
    c.exams = {passedOrFailed(QStringLiteral("200-301"),
                              QStringLiteral("Cisco Certified Network Associate"), registration,
                              false, examDate, std::nullopt)};
    return c;
}

} // namespace

int DemoSeed::yearShift(const QDate &today) {
    const int shift = today.year() - 2020;
    return today < QDate(today.year(), 2, 1) ? shift - 1 : shift;
}

ProgrammeRecord DemoSeed::programme() {
    ProgrammeRecord p;
    const auto question = [](const char *id, const char *title, const QString &text) {
        domain::SettingsQuestion q;
        q.id = QString::fromLatin1(id);
        q.title = QString::fromLatin1(title);
        q.text = text;
        q.required = true;
        return q;
    };
    p.settingsQuestions = {
        question("ciscoEmployee", "Cisco Employee", QStringLiteral("Are you a Cisco employee?")),
        question("partnerOrReseller", "Cisco Partner or Reseller",
                 QStringLiteral("Do you work for a Cisco Partner or Reseller?")),
        question("emailNotifications", "Email Notifications",
                 QStringLiteral("Would you like to receive emails about Cisco training, "
                                "certifications, services, special offerings, and events?")),
        question("netAcademyStudent", "Net Academy Student",
                 QStringLiteral("Are you a Net Academy student?")),
        question(
            "verificationConsent", "Verification of Certification",
            QStringLiteral(
                "Please refer to the Certification and Confidentiality Agreement with respect to "
                "Cisco's permitted disclosures of Certification information. In that Agreement, "
                "you agreed that Cisco (including third parties who process data on behalf of "
                "Cisco) may provide information verifying your Certification status to others "
                "(see, Section 7 \"Verification of Certification\"). In your agreement, Cisco is "
                "not liable for the information provided. Such requests may come directly from a "
                "third party or from you. By clicking \"Yes\" you are confirming your consent to "
                "allow such disclosures. Clicking \"No\" indicates you do not wish Cisco to make "
                "these disclosures in the future. Nothing limits Cisco's ability to make "
                "disclosures as otherwise permitted in the Certification and Confidentiality "
                "Agreement.")),
    };
    const auto attribute = [](const char *id, const char *label, bool editable) {
        domain::Attribute a;
        a.id = QString::fromLatin1(id);
        a.label = QString::fromLatin1(label);
        a.editable = editable;
        return a;
    };
    p.attributes = {attribute("ccdeNumber", "CCDE Number", false),
                    attribute("ccieNumber", "CCIE Number", false),
                    attribute("jobTitle", "Job Title", true),
                    attribute("netAcademyId", "Net Academy Id", false)};
    p.identifierTypes = {
        domain::Identifier{QStringLiteral("loginId"), QStringLiteral("Login ID"), QString()},
        domain::Identifier{QStringLiteral("cisco"), kProgramme, QString()},
        domain::Identifier{QStringLiteral("credly"), QStringLiteral("Credly (Acclaim) Badging"),
                           QString()},
        domain::Identifier{QStringLiteral("vue"), QStringLiteral("Vue Testing ID"), QString()},
    };
    domain::Agreement agreement;
    agreement.id = QStringLiteral("ccca-v9");
    agreement.name = QStringLiteral("Cisco Certification and Confidentiality Agreement");
    agreement.version = QStringLiteral("V9");
    agreement.text = QStringLiteral(
        "Certification and Confidentiality Agreement (version 9)\n\n"
        "1. Exam content is confidential. You will not disclose, copy or discuss the questions or "
        "answers of any exam.\n"
        "2. Certifications are granted to you personally and remain the programme's property; "
        "they may be suspended or revoked when this agreement is broken.\n"
        "3. Logos may be used only as the logo guidelines allow and only while the certification "
        "they show is active.\n"
        "7. Verification of Certification. The programme, and third parties processing data on "
        "its behalf, may confirm your certification status to others who ask, as your settings "
        "allow.");
    p.agreements = {agreement};
    p.logoGuidelinesText = QStringLiteral(
        "By selecting and downloading a logo you agree to the logo guidelines: use a logo only "
        "while the certification it shows is active, never change its artwork or colours, and "
        "never use it in a way that suggests the programme endorses a product or company.");

    const QString pass200301 = QStringLiteral("Pass exam 200-301 (CCNA)");
    const QString pass350401 = QStringLiteral("Pass exam 350-401 (ENCOR)");
    const auto definition = [](const char *id, const char *track, const char *name,
                               const char *acronym) {
        CertificationDefinition d;
        d.id = QString::fromLatin1(id);
        d.track = QString::fromLatin1(track);
        d.name = QString::fromLatin1(name);
        d.acronym = QString::fromLatin1(acronym);
        d.durationMonths = 36;
        d.ceCreditsLabel = kCeCredits;
        d.logoAvailable = true;
        d.pdfCertificateAvailable = true;
        return d;
    };
    CertificationDefinition ccent =
        definition("ccent", "General Certifications - Entry", "CCENT", "CCENT");
    ccent.requirements =
        allOf(QStringLiteral("Earn CCENT"),
              {exam(QStringLiteral("100-105"), QStringLiteral("Pass exam 100-105 (ICND1)"))});
    ccent.recertification =
        anyOf(1, QStringLiteral("Recertify CCENT"),
              {exam(QStringLiteral("100-105"), QStringLiteral("Pass exam 100-105 (ICND1)")),
               exam(QStringLiteral("200-301"), pass200301)});

    CertificationDefinition ccna = definition("ccna", "General Certifications - Associate",
                                              "CCNA Routing and Switching", "CCNA");
    ccna.requirements =
        allOf(QStringLiteral("Earn CCNA"), {exam(QStringLiteral("200-301"), pass200301)});
    ccna.recertification = anyOf(1, QStringLiteral("Recertify CCNA"),
                                 {exam(QStringLiteral("200-301"), pass200301),
                                  credits(30, QStringLiteral("Earn 30 Cisco CE Credits"))});

    CertificationDefinition ccnp = definition(
        "ccnp-enterprise", "General Certifications - Professional", "CCNP Enterprise", "CCNP");
    const RequirementRule concentration =
        anyOf(1, QStringLiteral("Pass one enterprise concentration exam"),
              {exam(QStringLiteral("300-410"), QStringLiteral("Pass exam 300-410 (ENARSI)")),
               exam(QStringLiteral("300-415"), QStringLiteral("Pass exam 300-415 (ENSDWI)")),
               exam(QStringLiteral("300-420"), QStringLiteral("Pass exam 300-420 (ENSLD)"))});
    ccnp.requirements = allOf(QStringLiteral("Earn CCNP Enterprise"),
                              {exam(QStringLiteral("350-401"), pass350401), concentration});
    ccnp.recertification =
        anyOf(1, QStringLiteral("Recertify CCNP Enterprise"),
              {exam(QStringLiteral("350-401"), pass350401),
               credits(80, QStringLiteral("Earn 80 Cisco CE Credits")),
               allOf(QStringLiteral("Pass a concentration exam and earn 40 Cisco CE Credits"),
                     {concentration, credits(40, QStringLiteral("Earn 40 Cisco CE Credits"))})});
    ccnp.renews = {QStringLiteral("ccna"), QStringLiteral("specialist-enterprise-core")};

    CertificationDefinition specialist =
        definition("specialist-enterprise-core", "Specialist Certifications - Enterprise",
                   "Cisco Certified Specialist - Enterprise Core", "ENCOR");
    specialist.requirements = allOf(QStringLiteral("Earn the Enterprise Core specialist"),
                                    {exam(QStringLiteral("350-401"), pass350401)});
    specialist.recertification =
        anyOf(1, QStringLiteral("Recertify the Enterprise Core specialist"),
              {exam(QStringLiteral("350-401"), pass350401),
               credits(40, QStringLiteral("Earn 40 Cisco CE Credits"))});

    CertificationDefinition design =
        definition("specialist-enterprise-design", "Specialist Certifications - Enterprise",
                   "Cisco Certified Specialist - Enterprise Design", "ENSLD");
    const RequirementRule pass300420 =
        exam(QStringLiteral("300-420"), QStringLiteral("Pass exam 300-420 (ENSLD)"));
    design.requirements =
        allOf(QStringLiteral("Earn the Enterprise Design specialist"), {pass300420});
    design.recertification =
        anyOf(2, QStringLiteral("Recertify the Enterprise Design specialist: any two of"),
              {pass300420, exam(QStringLiteral("350-401"), pass350401),
               credits(40, QStringLiteral("Earn 40 Cisco CE Credits"))});

    CertificationDefinition ccie =
        definition("ccie-rs", "Expert Certifications - CCIE", "CCIE Routing and Switching", "CCIE");
    ccie.pdfCertificateAvailable = true;
    ccie.requirements = allOf(
        QStringLiteral("Earn CCIE Routing and Switching"),
        {exam(QStringLiteral("350-001"), QStringLiteral("Pass the written exam 350-001")),
         exam(QStringLiteral("LAB-RS"), QStringLiteral("Pass the Routing and Switching lab"))});
    ccie.recertification =
        anyOf(1, QStringLiteral("Recertify CCIE"),
              {exam(QStringLiteral("350-001"), QStringLiteral("Pass the written exam 350-001")),
               credits(120, QStringLiteral("Earn 120 Cisco CE Credits"))});

    p.certifications = {ccent, ccna, ccnp, specialist, design, ccie};
    p.issuer.name = kProgramme;
    // The guide's wording on the Identification page and above Active Certifications.
    p.identifiersHeading = QStringLiteral("Cisco Identifiers");
    p.certificationsNotice = QStringLiteral(
        "Note: Partner Requirements are no longer supported in the Certification Tracking "
        "System. You can monitor all Partner Requirements in the PMA tool.");
    // The guide's header links beside the user guide, at the programme's (here example) site.
    p.links = {{QStringLiteral("Certification Online"),
                QStringLiteral("https://www.example.com/certifications")},
               {QStringLiteral("Support/FAQs"),
                QStringLiteral("https://www.example.com/certifications/support")}};
    p.issuer.url = QStringLiteral("https://www.example.com/certifications");
    p.issuer.email = QStringLiteral("certifications@example.com");
    p.issuer.imageSvg =
        BadgeArtwork::svg(QStringLiteral("CT"), QStringLiteral("Issuer"), Level::Professional);
    for (const AchievementArt &a : kAchievements)
        p.achievements.append(achievement(QString::fromLatin1(a.id)));
    return p;
}

QList<CandidateRecord> DemoSeed::candidates(const QDateTime &now, const PasswordHasher &hasher) {
    // One hash for the three mapped candidates: argon2id costs time, and the demo password is the
    // same anyway. The unmapped records have no password until account mapping sets one.
    const QString passwordHash = hasher.hash(password());
    const QDate today = now.date();
    return {johnDoe(now, passwordHash), amiraHaddad(now, passwordHash), chenJing(now, passwordHash),
            unmapped(QStringLiteral("CSCO20000001"), QStringLiteral("Richard"),
                     QStringLiteral("Roe"), QStringLiteral("new.candidate@example.com"),
                     QStringLiteral("UniqueRegNum_2000001"), today.addDays(-30)),
            // One email on two records: mapping by email must send these to support.
            unmapped(QStringLiteral("CSCO20000002"), QStringLiteral("Sam"),
                     QStringLiteral("Shared"), QStringLiteral("shared@example.com"),
                     QStringLiteral("UniqueRegNum_2000002"), today.addDays(-60)),
            unmapped(QStringLiteral("CSCO20000003"), QStringLiteral("Sam"),
                     QStringLiteral("Shared"), QStringLiteral("shared@example.com"),
                     QStringLiteral("UniqueRegNum_2000003"), today.addDays(-400))};
}

// The guide's claim screen offers "CCNA Certificate $0.00": John's CCNA kit is the one left to
// claim. Every other seeded certification's initial kit was claimed already.
QStringList DemoSeed::claimedInitialKits(const CandidateRecord &candidate) {
    QStringList ids;
    for (const HeldCertification &held : candidate.certifications) {
        if (held.id != QLatin1String("crt-10000000-encor"))
            ids.append(held.id);
    }
    return ids;
}

bool DemoSeed::apply(ServerStores &stores, const Clock &clock, const PasswordHasher &hasher) {
    if (stores.import.hasCandidates())
        return false;
    stores.import.importProgramme(programme());
    for (const CandidateRecord &candidate : candidates(clock.now(), hasher)) {
        const qint64 id = stores.import.importCandidate(candidate);
        stores.orders.recordClaimedInitialKits(id, claimedInitialKits(candidate), clock.now());
    }
    qCInfo(lcServer) << "seeded the demo candidates";
    return true;
}

} // namespace certtrack::server
