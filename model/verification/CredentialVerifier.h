#pragma once

#include "credentials/Jws.h"
#include "verification/IssuerSnapshot.h"
#include "verification/Verdict.h"
#include "verification/VerificationFetcher.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>

namespace certtrack::verification {

// Judges a file that claims to be an Open Badges credential: a baked PNG or SVG, a 2.0 assertion
// or 3.0 credential as JSON, or a compact VC-JWT. It finds the credential (model/credentials
// extracts it from images, refusing DOCTYPEs, oversized chunks and two credentials), then:
//
// - Ours (its kid is one of the keys of the account's server, as last synced): checked offline
//   against those keys and that revocation list, whose signature is checked too. Nothing goes to
//   the network; the verdict says when the keys and list were fetched.
// - Another issuer's 3.0 VC-JWT (RS256, ES256, EdDSA): the kid is resolved over HTTPS (a JWK, or
//   a JWK Set naming the kid), locally for did:key, or through did:web's did.json; the key must
//   belong to the issuer the credential names. validFrom/nbf, validUntil/exp and a
//   BitstringStatusListEntry (its list fetched, and its signature checked) are judged.
// - A hosted 2.0 assertion is fetched from its URL and compared; its BadgeClass and Issuer too.
//
// What cannot be judged here (a Data Integrity proof, a key that cannot be resolved, anything
// needing the network when offline) is answered CannotCheck with the reason, never a guess.
// JSON-LD is never processed (no @context is fetched): the verdict says so for such documents.
// Every answer comes through finished(), asynchronously, exactly once per verify().
class CredentialVerifier : public QObject {
    Q_OBJECT
public:
    // The largest file judged (a baked PNG of a large artwork stays well below).
    static constexpr qsizetype kMaxInputBytes = 32 * 1024 * 1024;

    struct Options {
        IssuerSnapshot ours;  // the account's own server as last synced; empty: no account
        bool offline = false; // never touch the network
        QString caFile;       // a further CA to trust when fetching; empty: the system's only
        int timeoutMs = VerificationFetcher::kDefaultTimeoutMs;
        QDateTime now; // invalid: the current time (tests set one)
    };

    explicit CredentialVerifier(Options options, QObject *parent = nullptr);
    ~CredentialVerifier() override;

    // Starts judging; any earlier verification still running is dropped without an answer.
    void verify(const QByteArray &bytes);
    // Drops the running verification: no finished() follows.
    void cancel();
    bool isRunning() const { return m_running; }
    // Requests sent so far: an offline check of ours sends none.
    int networkRequestCount() const;

signals:
    // A step begins, in plain words ("Fetching the issuer's key…").
    void progress(const QString &step);
    void finished(const certtrack::verification::Verdict &verdict);

private:
    using KeyCallback = std::function<void(const credentials::PublicKey &key)>;

    void start(const QByteArray &bytes);
    void judgeText(const QByteArray &text);
    void judgeJson(const QJsonObject &object);
    void judgeJwt(const QByteArray &compact);
    void judgeHosted(const QString &url, const QJsonObject &localCopy);
    void judgeBadgeClass(const QString &assertionUrl, const QJsonObject &assertion);
    void checkSignedCredential(const credentials::PublicKey &key);
    void checkStatus();
    void checkStatusList(const QByteArray &listJwt, const QString &listUrl, int index,
                         const QString &purpose);
    void resolveKey(const QString &kid, const QString &issuerId, KeyCallback then);
    void resolveDidWeb(const QString &kid, KeyCallback then);
    void keyFromSnapshot(const QString &kid, KeyCallback then);
    credentials::Result<credentials::PublicKey> importJwk(const QJsonObject &jwk);
    void fetch(const QUrl &url, const QByteArray &accept, qsizetype maxBytes,
               std::function<void(const VerificationFetcher::Answer &)> then);
    void conclude();
    void finishWith(Verdict::Outcome outcome, const QString &check, const QString &reason);
    void noteNoJsonLd(const QJsonObject &document);
    QDateTime now() const;
    bool isOurs(const QString &kid, const QString &issuerId) const;

    Options m_options;
    std::unique_ptr<VerificationFetcher> m_fetcher;
    int m_previousRequests = 0;
    Verdict m_verdict;
    quint64 m_generation = 0;
    bool m_running = false;
    // The 3.0 credential being judged.
    credentials::ParsedJws m_jws;
    // Keys already imported, by their JWK's compact JSON.
    QHash<QByteArray, credentials::PublicKey> m_keys;
    QJsonObject m_credential;
    QString m_issuerId;
    bool m_expired = false;
    bool m_revoked = false;
};

} // namespace certtrack::verification
