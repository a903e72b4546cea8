#pragma once

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

namespace certtrack::domain {

class JsonReader;

// A requirement as data. Inner nodes need all of their children, or any N of them; a leaf is a
// named exam to pass, a number of CE credits to earn, or another certification to hold.
struct RequirementRule {
    enum class Kind { AllOf, AnyOf, Exam, CeCredits, Certification };

    Kind kind = Kind::AllOf;
    QString title;
    qint64 count = 0;  // AnyOf: how many children; CeCredits: how many credits
    QString reference; // Exam: the exam code; Certification: the certification id
    QList<RequirementRule> children;

    static RequirementRule fromJson(JsonReader &reader);
    QJsonObject toJson() const;
};

// What a candidate has, against which rules are evaluated.
struct RequirementFacts {
    QSet<QString> passedExamCodes;
    qint64 ceCredits = 0;
    QSet<QString> activeCertificationIds;
};

// One node of the evaluated tree, numbered as the portal shows it ("1.2 - (10 / 30)").
struct RequirementProgress {
    enum class State { Met, InProgress, NotStarted };

    QString number;
    QString title;
    RequirementRule::Kind kind = RequirementRule::Kind::AllOf;
    QString reference; // the rule's exam code or certification id (leaves only)
    qint64 achieved = 0;
    qint64 required = 0;
    State state = State::NotStarted;
    QList<RequirementProgress> children;

    // "1.2 - (10 / 30)"
    QString label() const;
    static RequirementProgress evaluate(const RequirementRule &rule, const RequirementFacts &facts,
                                        const QString &number = QStringLiteral("1"));
    static RequirementProgress fromJson(JsonReader &reader);
    QJsonObject toJson() const;
};

struct CeCredit {
    QString id;
    QDate activeDate;
    QDate inactiveDate;
    qint64 points = 0;
    QString status;

    static CeCredit fromJson(JsonReader &reader);
    QJsonObject toJson() const;
};

struct HistoryEntry {
    QDate date;
    QString text;

    static HistoryEntry fromJson(JsonReader &reader);
    QJsonObject toJson() const;
};

// A certification as the list shows it.
struct Certification {
    enum class Status { Active, Expired, Inactive };

    QString id;
    QString track;
    QString name;
    QString acronym;
    std::optional<QDate> started;
    QDate active;
    std::optional<QDate> expires;
    Status status = Status::Active;
    bool logoAvailable = false;
    bool pdfCertificateAvailable = false;
    QString verificationCode;
    // Set when the programme withdrew the certification; its status is then Inactive.
    std::optional<QDate> revokedOn;

    // "CCNA Routing and Switching (CCNA)"
    QString displayName() const;
    static Status statusFor(const QDate &active, const std::optional<QDate> &expires,
                            const QDate &today);
    static Certification fromJson(JsonReader &reader);
    QJsonObject toJson() const;
};

// GET /api/v1/me/certifications/{id}: the summary plus progress, credits and history.
struct CertificationDetail {
    Certification summary;
    std::optional<RequirementProgress> progress;
    QString ceCreditsLabel;
    QList<CeCredit> ceCredits;
    QList<HistoryEntry> history;
    // How long one (re)certification period lasts; 0 when the server did not say.
    int durationMonths = 0;
    // Ids of the candidate's certifications whose renewal renews this one too (CCNP renews
    // CCNA).
    QStringList renewedBy;

    static CertificationDetail fromJson(JsonReader &reader);
    QJsonObject toJson() const;
};

struct Logo {
    QString id;
    QString name;
    QString certificationId;
    QStringList formats;

    static Logo fromJson(JsonReader &reader);
    QJsonObject toJson() const;
};

// GET /api/v1/me/logos
struct Logos {
    bool guidelinesAccepted = false;
    std::optional<QDateTime> guidelinesAcceptedAt; // when accepted through the API
    QString guidelinesText;
    QList<Logo> items;

    static Logos fromJson(JsonReader &reader);
    QJsonObject toJson() const;
};

QString toString(RequirementRule::Kind kind);
std::optional<RequirementRule::Kind> requirementKindFromString(const QString &text);
QString toString(RequirementProgress::State state);
QString toString(Certification::Status status);

} // namespace certtrack::domain
