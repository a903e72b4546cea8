#pragma once

#include "domain/Certification.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace certtrack::domain {

class JsonReader;

// One thing a renewal still needs, structured so a client can word it in its own language
// ("pass 200-301", "20 more Cisco CE Credits", "renew CCNP Enterprise, which renews this").
struct RenewalNeed {
    enum class Kind {
        Exam,          // pass the exam `reference`
        CeCredits,     // earn `amount` more CE credits
        Certification, // hold the certification `reference`
        Renewal,       // renew the higher certification `reference` (its name in `title`)
        AnyOf,         // any `amount` of `parts`
        AllOf,         // every one of `parts`
    };

    Kind kind = Kind::Exam;
    QString title; // the programme's wording of the requirement
    QString reference;
    qint64 amount = 0;
    QList<RenewalNeed> parts;

    static RenewalNeed fromJson(JsonReader &reader);
    QJsonObject toJson() const;
};

// One way to renew a certification and the expiry it would give.
struct RenewalOption {
    QString title;
    // Set when the option is renewing a higher certification that renews this one.
    QString throughCertificationId;
    QList<RenewalNeed> needs; // empty: every requirement of this option is met
    QDate renewedOn;          // the earliest day the renewal can take effect
    QDate newExpiry;          // RecertificationPlan::renewedExpiry(renewedOn, durationMonths)

    bool isMet() const { return needs.isEmpty(); }
    static RenewalOption fromJson(JsonReader &reader);
    QJsonObject toJson() const;
};

// One held certification in the planner.
struct RecertificationEntry {
    enum class State { Active, Expired };

    QString certificationId;
    QString name; // "CCNA Routing and Switching (CCNA)"
    QString acronym;
    QString ceCreditsLabel;
    State state = State::Active;
    QDate expires;
    qint64 daysLeft = 0; // negative once expired; 0 on the expiry day itself
    int durationMonths = 0;
    bool flagged = false; // active and within RecertificationPlan::kFlagDays of expiry
    // The latest renewal (on the expiry day) and the expiry it gives: the most any option
    // can give, to compare each option's newExpiry against.
    QDate expiryIfRenewedOnLastDay;
    QStringList alsoRenews; // names of the held certifications a renewal of this one renews
    QList<RenewalOption> options;

    static RecertificationEntry fromJson(JsonReader &reader);
    QJsonObject toJson() const;
};

// GET /api/v1/me/recertification-plan, and what the client's planner shows: for each active or
// expired certification with an expiry date, how long it has left and every way to renew it.
//
// The renewal rule (the trap candidates report): a renewal takes effect on the day its last
// requirement is met, and the new period runs durationMonths from THAT day:
//     new expiry = renewal date + durationMonths  (QDate::addMonths: Feb 29 + 36 months = Feb 28)
// It is not added to the current period, so renewing early gives up the days left: renewing
// 100 days before expiry gives an expiry 100 days earlier than renewing on the last day.
// A certification is active through its expiry date (Certification::statusFor): it can still be
// renewed on that day, and is expired, to be earned again, from the day after.
// Renewing a higher certification (CCNP Enterprise) renews those its definition lists (CCNA) on
// the same day, each for its own duration.
struct RecertificationPlan {
    static constexpr int kFlagDays = 180;

    QDate today;
    QList<RecertificationEntry> entries; // most urgent first

    // Inactive (revoked) certifications and those that never expire are left out. Active ones
    // come first by days left, then expired ones, the most recently expired first.
    static RecertificationPlan evaluate(const QList<CertificationDetail> &certifications,
                                        const QDate &today);
    static QDate renewedExpiry(const QDate &renewalDate, int durationMonths);
    // What a requirement tree still needs, empty when it is met.
    static QList<RenewalNeed> needsOf(const RequirementProgress &progress);
    // The ways to satisfy a tree: each child of an any-1 root is a way of its own.
    static QList<RenewalOption> optionsOf(const RequirementProgress &progress);

    QList<RecertificationEntry> flagged() const;
    static RecertificationPlan fromJson(JsonReader &reader);
    QJsonObject toJson() const;
};

QString toString(RenewalNeed::Kind kind);
QString toString(RecertificationEntry::State state);

} // namespace certtrack::domain
