#pragma once

#include "domain/Badge.h"
#include "domain/Candidate.h"
#include "domain/Certification.h"
#include "domain/Fulfillment.h"
#include "domain/Order.h"
#include "domain/TestingHistory.h"
#include "domain/Transcript.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>
#include <stdexcept>

namespace certtrack::server {

// A storage fault the request cannot recover from (the database is gone, a query is wrong).
class StorageError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// A certification the programme offers, with its rules as data.
struct CertificationDefinition {
    QString id;
    QString track;
    QString name;
    QString acronym;
    int durationMonths = 36;
    std::optional<domain::RequirementRule> requirements;    // to earn it
    std::optional<domain::RequirementRule> recertification; // to keep it
    QString ceCreditsLabel;                                 // "Cisco CE Credits"
    QStringList renews;                                     // definitions renewed with it
    bool logoAvailable = false;
    bool pdfCertificateAvailable = false;
};

// A certification a candidate holds (or held), with what hangs off it.
struct HeldCertification {
    QString id; // public id, unique over all candidates
    QString definitionId;
    std::optional<QDate> started;
    QDate active;
    std::optional<QDate> expires;
    QString verificationCode;
    std::optional<QDateTime> revokedAt;
    QList<domain::CeCredit> ceCredits;
    QList<domain::HistoryEntry> history;
};

// Programme-wide data: the wording of questions, labels and certifications.
struct ProgrammeRecord {
    QList<domain::SettingsQuestion> settingsQuestions; // answers ignored
    QList<domain::Attribute> attributes;               // values ignored
    QList<domain::Identifier> identifierTypes;         // values ignored
    QList<domain::Agreement> agreements;               // dates ignored
    QList<CertificationDefinition> certifications;
    QString logoGuidelinesText;
};

// Everything about one candidate, as a seed or an import writes it in one go.
struct CandidateRecord {
    domain::Profile profile;
    QString passwordHash;
    QHash<QString, bool> settingsAnswers; // question id -> answer
    std::optional<QDate> settingsConfirmedOn;
    QHash<QString, QString> attributes;  // attribute id -> value
    QHash<QString, QString> identifiers; // identifier type id -> value
    QList<domain::Exam> exams;
    QList<domain::Agreement> agreements; // id names a programme agreement
    QList<domain::CeActivity> ceActivities;
    QList<domain::Transaction> transactions;
    QList<HeldCertification> certifications;
    bool logoGuidelinesAccepted = false;
    QList<domain::Logo> logos;
    QList<domain::FulfillmentItem> fulfillment;
    QList<domain::Transcript> transcripts; // url ignored: made from the server address
    QList<domain::Badge> badges;           // url ignored: made from the server address
};

struct CandidateAccount {
    qint64 id = 0;
    QString loginId;
    QString passwordHash;
};

// A bearer or refresh token, known only by the SHA-256 of its text.
struct StoredToken {
    enum class Kind { Access, Refresh };

    QByteArray hash;
    Kind kind = Kind::Access;
    qint64 candidateId = 0;
    QString familyId; // every token descending from one password sign-in
    QDateTime issuedAt;
    QDateTime expiresAt;
    std::optional<QDateTime> usedAt; // refresh tokens: when rotated
    std::optional<QDateTime> revokedAt;
};

// A set-password link, known only by the SHA-256 of its token.
struct PasswordLink {
    enum class Purpose { Mapping, Reset };

    QByteArray hash;
    qint64 candidateId = 0;
    Purpose purpose = Purpose::Mapping;
    QDateTime issuedAt;
    QDateTime expiresAt;
    std::optional<QDateTime> usedAt;
};

// A candidate as account mapping sees it: mapped once a password is set.
struct MappingCandidate {
    qint64 id = 0;
    QString loginId;
    QString email;
    bool mapped = false;
};

// One transcript with what only the server keeps: its owner, when it was created and
// deactivated, and the certifications its owner held at creation.
// A certification found by its public verification code, with its definition and holder.
struct VerifiedCertification {
    HeldCertification held;
    CertificationDefinition definition;
    domain::Profile holder;
};

struct TranscriptRecord {
    qint64 candidateId = 0;
    domain::Transcript transcript; // state Active or Deactivated; expiry is the caller's call
    std::optional<QDateTime> createdAt;
    std::optional<QDateTime> deactivatedAt;
    QStringList certificationsAtCreation;
};

// What an order line keeps beyond what the wire shows: where it came from.
struct OrderLineFacts {
    QString kind;            // "certificate" or "plaque"
    bool initialKit = false; // claims the certification's free kit when submitted
    QString certificationId; // the held certification
    QString verificationCode;
};

// One kit order with what only the server keeps. order.checkoutUrl is left empty: the endpoints
// make it from checkoutToken and their public address.
struct StoredOrder {
    qint64 candidateId = 0;
    domain::Order order;
    QList<OrderLineFacts> lineFacts; // parallel to order.lines
    QString checkoutToken;           // the current hosted checkout token, if any
    QDateTime stateChangedAt;
    std::optional<QDate> queuedOn;
    std::optional<QDate> sentOn;
    std::optional<QDate> completeOn;
};

// One step of an order, applied in one transaction and only if the order is still in `from`
// (so two requests or a request and `certtrackd admin` never both move it). Moving out of draft
// writes the order's rows of the fulfillment history; every move updates their status and dates.
struct OrderTransition {
    qint64 candidateId = 0;
    QString orderId;
    domain::Order::State from = domain::Order::State::Draft;
    domain::Order::State to = domain::Order::State::Draft;
    QDateTime at;
    std::optional<domain::Order::PaymentMethod> paymentMethod;
    QString checkoutToken;           // non-empty: replaces every earlier token of the order
    bool claimInitialKits = false;   // the order's initial-kit lines claim their kits
    bool releaseInitialKits = false; // the order's claims are dropped (it will never ship)
    std::optional<domain::Transaction> transaction; // an E-commerce Transaction row to add

    // A step of `stored` to `to` at `at`, from the state it was read in.
    static OrderTransition step(const StoredOrder &stored, domain::Order::State to,
                                const QDateTime &at) {
        OrderTransition t;
        t.candidateId = stored.candidateId;
        t.orderId = stored.order.id;
        t.from = stored.order.state;
        t.to = to;
        t.at = at;
        return t;
    }
};

// The first answer given to an order submission under an Idempotency-Key.
struct IdempotentAnswer {
    QByteArray fingerprint; // SHA-256 of what was asked: replaying the key must ask the same
    QString orderId;
    int status = 200;
    QByteArray body;
};

// The server's persistence, one interface for SQLite now and PostgreSQL later. Reads are scoped
// by candidate id: nothing here returns another candidate's rows for a given candidate. Faults
// throw StorageError.
class Storage {
public:
    virtual ~Storage() = default;

    virtual int schemaVersion() = 0;
    virtual bool hasCandidates() = 0;
    // Adds the programme's questions, labels, agreements and certifications; rows that exist
    // already are kept, so an interrupted seed can run again.
    virtual void importProgramme(const ProgrammeRecord &programme) = 0;
    virtual qint64 importCandidate(const CandidateRecord &candidate) = 0;

    virtual std::optional<CandidateAccount> accountByLogin(const QString &loginId) = 0;

    virtual void recordLoginFailure(const QString &loginId, const QDateTime &at) = 0;
    virtual QList<QDateTime> loginFailuresSince(const QString &loginId, const QDateTime &since) = 0;
    virtual void clearLoginFailures(const QString &loginId) = 0;

    virtual void insertToken(const StoredToken &token) = 0;
    virtual std::optional<StoredToken> tokenByHash(const QByteArray &hash) = 0;
    // Marks a refresh token used; false when it already was (a replay).
    virtual bool markTokenUsed(const QByteArray &hash, const QDateTime &at) = 0;
    virtual void revokeToken(const QByteArray &hash, const QDateTime &at) = 0;
    virtual void revokeTokenFamily(const QString &familyId, const QDateTime &at) = 0;
    virtual void deleteTokensExpiredBefore(const QDateTime &instant) = 0;

    virtual domain::Profile profile(qint64 candidateId) = 0;
    virtual domain::Settings settings(qint64 candidateId) = 0;
    virtual domain::Attributes attributes(qint64 candidateId) = 0;
    virtual domain::Identifiers identifiers(qint64 candidateId) = 0;
    virtual QList<domain::Exam> exams(qint64 candidateId) = 0;
    virtual QList<domain::Agreement> agreements(qint64 candidateId) = 0;
    virtual QList<domain::CeActivity> ceActivities(qint64 candidateId) = 0;
    virtual QList<domain::Transaction> transactions(qint64 candidateId) = 0;
    virtual QList<HeldCertification> certifications(qint64 candidateId) = 0;
    virtual std::optional<HeldCertification> certification(qint64 candidateId,
                                                           const QString &certificationId) = 0;
    virtual std::optional<CertificationDefinition> definition(const QString &definitionId) = 0;
    virtual domain::Logos logos(qint64 candidateId) = 0;
    virtual QList<domain::FulfillmentItem> fulfillment(qint64 candidateId) = 0;
    virtual QList<domain::Transcript> transcripts(qint64 candidateId) = 0;
    virtual QList<domain::Badge> badges(qint64 candidateId) = 0;

    // Transcripts by their public id, whoever owns them: the caller checks the owner.
    virtual std::optional<TranscriptRecord> transcript(const QString &transcriptId) = 0;
    virtual void insertTranscript(const TranscriptRecord &record) = 0;
    // Writes the editable fields and the certification choice; views and state stay.
    virtual void updateTranscript(qint64 candidateId, const domain::Transcript &transcript) = 0;
    virtual void deactivateTranscript(qint64 candidateId, const QString &transcriptId,
                                      const QDateTime &at) = 0;
    virtual void recordTranscriptView(const QString &transcriptId, const QDateTime &at) = 0;

    // Verification codes and certtrackd admin (SqlCertificationStorage.cpp).
    virtual std::optional<VerifiedCertification>
    certificationByVerificationCode(const QString &code) = 0;
    // Adds a certification (with its history) to a candidate; its id and code must be new.
    virtual void grantCertification(qint64 candidateId, const HeldCertification &held) = 0;
    // False when the candidate holds no such certification; revoking twice keeps the first time.
    virtual bool revokeCertification(qint64 candidateId, const QString &certificationId,
                                     const QDateTime &at) = 0;
    // One CE activity, credited toward each of certificationIds for the activity's period.
    virtual void addCeActivity(qint64 candidateId, const domain::CeActivity &activity,
                               const QStringList &certificationIds) = 0;

    // Logo downloads (SqlLogoStorage.cpp). One of the candidate's own logos, or nullopt.
    virtual std::optional<domain::Logo> logo(qint64 candidateId, const QString &logoId) = 0;
    // Records that the candidate accepted the logo guidelines and the agreement agreementId
    // (empty: none on record); accepting again keeps the first time.
    virtual void acceptLogoGuidelines(qint64 candidateId, const QDateTime &at,
                                      const QString &agreementId) = 0;

    // Personal Info writes (SqlPersonalInfoStorage.cpp). Answers by question id, a missing
    // answer cleared; both the answers and the confirmation date change in one transaction.
    virtual void saveSettings(qint64 candidateId,
                              const QHash<QString, std::optional<bool>> &answers,
                              const QDate &confirmedOn) = 0;
    // Sets one attribute's value; an empty value removes it.
    virtual void setAttribute(qint64 candidateId, const QString &attributeId,
                              const QString &value) = 0;

    // Account mapping (SqlAccountMappingStorage.cpp). Emails and last names compare without
    // regard to case.
    virtual QList<MappingCandidate> candidatesByEmail(const QString &email) = 0;
    virtual std::optional<MappingCandidate> candidateByLogin(const QString &loginId) = 0;
    virtual std::optional<MappingCandidate> candidateById(qint64 candidateId) = 0;
    // The candidate with this last name who took an exam under this registration number.
    virtual std::optional<MappingCandidate>
    candidateByScoreReport(const QString &lastName, const QString &registrationNumber) = 0;
    virtual void setEmail(qint64 candidateId, const QString &email) = 0;
    virtual void insertPasswordLink(const PasswordLink &link) = 0;
    virtual std::optional<PasswordLink> passwordLinkByHash(const QByteArray &hash) = 0;
    // Marks the link used, sets the password and revokes every token of the candidate (all
    // sign-ins, all devices) in one transaction; false when the link was used already (two
    // submissions racing), in which case nothing changes.
    virtual bool usePasswordLink(const QByteArray &hash, const QDateTime &at,
                                 const QString &passwordHash) = 0;

    // Kit orders (SqlOrderStorage.cpp). Reads are scoped by candidate like everything else.
    virtual QStringList claimedInitialKits(qint64 candidateId) = 0;
    // Records free kits as claimed outside any order (a seed or an import of past claims).
    virtual void recordClaimedInitialKits(qint64 candidateId, const QStringList &certificationIds,
                                          const QDateTime &at) = 0;
    virtual void insertOrder(const StoredOrder &order) = 0;
    virtual std::optional<StoredOrder> order(qint64 candidateId, const QString &orderId) = 0;
    // Newest first.
    virtual QList<StoredOrder> orders(qint64 candidateId) = 0;
    // For `certtrackd admin` and the checkout page, which know an order but not its owner.
    virtual std::optional<StoredOrder> orderById(const QString &orderId) = 0;
    // Every candidate's orders, newest first (`certtrackd admin fulfillment list`).
    virtual QList<StoredOrder> allOrders() = 0;
    // False when the order is no longer a draft.
    virtual bool setOrderShipping(qint64 candidateId, const QString &orderId,
                                  const domain::ShippingDetails &shipping, const QDateTime &at) = 0;
    enum class TransitionResult { Moved, StateChanged, KitAlreadyClaimed };
    virtual TransitionResult moveOrder(const OrderTransition &transition) = 0;
    // The order a hosted checkout token belongs to; nullopt for an unknown or replaced token.
    virtual std::optional<QString> orderIdByCheckoutToken(const QString &token) = 0;
    // Orders unpaid (awaiting payment, declined, cancelled) since `before` become abandoned at
    // `at`; returns their ids.
    virtual QStringList abandonOrdersUnpaidSince(const QDateTime &before, const QDateTime &at) = 0;
    virtual std::optional<IdempotentAnswer> idempotentAnswer(qint64 candidateId,
                                                             const QString &key) = 0;
    virtual void storeIdempotentAnswer(qint64 candidateId, const QString &key,
                                       const IdempotentAnswer &answer, const QDateTime &at) = 0;
};

} // namespace certtrack::server
