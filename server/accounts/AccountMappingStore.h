#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace certtrack::server {

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

// Account mapping: finding a first-time candidate by email or score report, and the single-use
// set-password links. Emails and last names compare without regard to case. Faults throw
// StorageError.
class AccountMappingStore {
public:
    virtual ~AccountMappingStore() = default;

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
};

} // namespace certtrack::server
