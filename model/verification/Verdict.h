#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace certtrack::verification {

// What CredentialVerifier concluded about one file, in plain words: the outcome, the check that
// decided it, and what the credential says (who, what, by whom, when) as far as it could be read.
// Details come from the credential itself; they are only as trustworthy as the outcome says.
struct Verdict {
    enum class Outcome {
        Valid,      // every check passed
        NotValid,   // a check failed: failedCheck and reason say which and why
        Expired,    // genuine, but its validity has ended
        Revoked,    // genuine, but the issuer revoked it
        CannotCheck // nothing wrong was found, but it cannot be checked here: reason says why
    };
    // How the credential arrived.
    enum class Form {
        Unknown,
        BakedPng,
        BakedSvg,
        CompactJwt,
        CredentialJson,
        AssertionJson,
        AssertionUrl
    };

    Outcome outcome = Outcome::CannotCheck;
    QString failedCheck; // short, e.g. "signature", "key", "revocation"; empty when Valid
    QString reason;      // a sentence fit to show a person

    Form form = Form::Unknown;
    int openBadgesVersion = 0; // 2 or 3; 0 when not known
    bool issuedByOurServer = false;
    bool checkedOffline = false;

    QString holder; // the recipient as far as known (an id, or a hash)
    bool holderIsHashed = false;
    QString achievement; // the achievement's (badge's) name
    QString issuerName;
    QString issuerId;
    QDateTime issued;         // validFrom / issuedOn
    QDateTime expires;        // validUntil / expires; invalid when it does not expire
    QString revocationReason; // 2.0 assertions say why
    QDateTime keysFetchedAt;  // ours, offline: when the cached keys were fetched
    QDateTime statusListFetchedAt;
    QStringList notes; // further plain remarks (e.g. no JSON-LD processing)

    // The credential as it can be kept: the VC-JWT or the JSON, without the image around it.
    QByteArray credentialText;

    bool isValid() const { return outcome == Outcome::Valid; }
    // "Valid", "Not valid", "Expired", "Revoked", "Cannot be checked" (translated).
    static QString outcomeText(Outcome outcome);
    // The verdict as lines of text: the outcome with its reason, then each known detail.
    QStringList describe() const;
};

} // namespace certtrack::verification

Q_DECLARE_METATYPE(certtrack::verification::Verdict)
