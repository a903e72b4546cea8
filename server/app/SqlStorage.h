#pragma once

#include "server/app/Storage.h"
#include "server/core/Migrations.h"

#include <QSqlDatabase>
#include <QVariantList>

#include <memory>

class QSqlQuery;

namespace certtrack::server {

// Storage over Qt SQL. SQLite (WAL) today; the queries are plain SQL so a PostgreSQL connection
// with its own migration list can use the same class.
class SqlStorage : public Storage {
public:
    // Opens (creating if needed) an SQLite file and brings its schema up to date.
    static std::unique_ptr<SqlStorage> openSqlite(const QString &path, QString *error);
    ~SqlStorage() override;

    int schemaVersion() override;
    bool hasCandidates() override;
    void importProgramme(const ProgrammeRecord &programme) override;
    qint64 importCandidate(const CandidateRecord &candidate) override;

    std::optional<CandidateAccount> accountByLogin(const QString &loginId) override;

    void recordLoginFailure(const QString &loginId, const QDateTime &at) override;
    QList<QDateTime> loginFailuresSince(const QString &loginId, const QDateTime &since) override;
    void clearLoginFailures(const QString &loginId) override;

    void insertToken(const StoredToken &token) override;
    std::optional<StoredToken> tokenByHash(const QByteArray &hash) override;
    bool markTokenUsed(const QByteArray &hash, const QDateTime &at) override;
    void revokeToken(const QByteArray &hash, const QDateTime &at) override;
    void revokeTokenFamily(const QString &familyId, const QDateTime &at) override;
    void deleteTokensExpiredBefore(const QDateTime &instant) override;

    domain::Profile profile(qint64 candidateId) override;
    domain::Settings settings(qint64 candidateId) override;
    domain::Attributes attributes(qint64 candidateId) override;
    domain::Identifiers identifiers(qint64 candidateId) override;
    QList<domain::Exam> exams(qint64 candidateId) override;
    QList<domain::Agreement> agreements(qint64 candidateId) override;
    QList<domain::CeActivity> ceActivities(qint64 candidateId) override;
    QList<domain::Transaction> transactions(qint64 candidateId) override;
    QList<HeldCertification> certifications(qint64 candidateId) override;
    std::optional<HeldCertification> certification(qint64 candidateId,
                                                   const QString &certificationId) override;
    std::optional<CertificationDefinition> definition(const QString &definitionId) override;
    domain::Logos logos(qint64 candidateId) override;
    QList<domain::FulfillmentItem> fulfillment(qint64 candidateId) override;
    QList<domain::Transcript> transcripts(qint64 candidateId) override;
    QList<domain::Badge> badges(qint64 candidateId) override;

    // SqlTranscriptStorage.cpp
    std::optional<TranscriptRecord> transcript(const QString &transcriptId) override;
    void insertTranscript(const TranscriptRecord &record) override;
    void updateTranscript(qint64 candidateId, const domain::Transcript &transcript) override;
    void deactivateTranscript(qint64 candidateId, const QString &transcriptId,
                              const QDateTime &at) override;
    void recordTranscriptView(const QString &transcriptId, const QDateTime &at) override;

    // SqlCertificationStorage.cpp
    std::optional<VerifiedCertification>
    certificationByVerificationCode(const QString &code) override;
    void grantCertification(qint64 candidateId, const HeldCertification &held) override;
    bool revokeCertification(qint64 candidateId, const QString &certificationId,
                             const QDateTime &at) override;
    void addCeActivity(qint64 candidateId, const domain::CeActivity &activity,
                       const QStringList &certificationIds) override;
    std::optional<domain::Logo> logo(qint64 candidateId, const QString &logoId) override;
    void acceptLogoGuidelines(qint64 candidateId, const QDateTime &at,
                              const QString &agreementId) override;

    // SqlPersonalInfoStorage.cpp
    void saveSettings(qint64 candidateId, const QHash<QString, std::optional<bool>> &answers,
                      const QDate &confirmedOn) override;
    void setAttribute(qint64 candidateId, const QString &attributeId,
                      const QString &value) override;

    // SqlAccountMappingStorage.cpp
    QList<MappingCandidate> candidatesByEmail(const QString &email) override;
    std::optional<MappingCandidate> candidateByLogin(const QString &loginId) override;
    std::optional<MappingCandidate> candidateById(qint64 candidateId) override;
    std::optional<MappingCandidate>
    candidateByScoreReport(const QString &lastName, const QString &registrationNumber) override;
    void setEmail(qint64 candidateId, const QString &email) override;
    void insertPasswordLink(const PasswordLink &link) override;
    std::optional<PasswordLink> passwordLinkByHash(const QByteArray &hash) override;
    bool usePasswordLink(const QByteArray &hash, const QDateTime &at,
                         const QString &passwordHash) override;

    // SqlOrderStorage.cpp
    QStringList claimedInitialKits(qint64 candidateId) override;
    void recordClaimedInitialKits(qint64 candidateId, const QStringList &certificationIds,
                                  const QDateTime &at) override;
    void insertOrder(const StoredOrder &order) override;
    std::optional<StoredOrder> order(qint64 candidateId, const QString &orderId) override;
    QList<StoredOrder> orders(qint64 candidateId) override;
    std::optional<StoredOrder> orderById(const QString &orderId) override;
    QList<StoredOrder> allOrders() override;
    bool setOrderShipping(qint64 candidateId, const QString &orderId,
                          const domain::ShippingDetails &shipping, const QDateTime &at) override;
    TransitionResult moveOrder(const OrderTransition &transition) override;
    std::optional<QString> orderIdByCheckoutToken(const QString &token) override;
    QStringList abandonOrdersUnpaidSince(const QDateTime &before, const QDateTime &at) override;
    std::optional<IdempotentAnswer> idempotentAnswer(qint64 candidateId,
                                                     const QString &key) override;
    void storeIdempotentAnswer(qint64 candidateId, const QString &key,
                               const IdempotentAnswer &answer, const QDateTime &at) override;

private:
    SqlStorage(QSqlDatabase database, QString connectionName);
    void migrate(const QList<Migration> &migrations);
    QSqlQuery run(const QString &sql, const QVariantList &values = {});
    void beginTransaction();
    void commit();
    void rollback();
    void fillCertification(HeldCertification *held);
    void replaceTranscriptCertifications(const QString &transcriptId, const QStringList &ids);
    QList<StoredOrder> selectOrders(const QString &where, const QVariantList &values);
    void writeOrderHistory(const StoredOrder &order, bool insertRows);

    QSqlDatabase m_db;
    QString m_connectionName;
};

} // namespace certtrack::server
