#pragma once

#include <QByteArray>
#include <QDate>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace certtrack::domain {

class JsonReader;

// A digital badge: an Open Badges credential the programme issued for a certification. The image
// travels inline as SVG so the cache holds everything to show it.
struct Badge {
    // Revoked by the programme; expired once its validity ends; valid otherwise.
    enum class Status { Valid, Expired, Revoked };

    QString id;
    QString name;
    QString issuer;
    QString description;
    QString criteria; // what an earner did, as the achievement states it; may be empty
    QDate issuedOn;
    std::optional<QDate> expires;
    QString certificationId;
    QString imageSvg;
    QString url; // the public page, as publicUrl (kept for clients that read url)
    Status status = Status::Valid;
    // A new badge waits for its holder to accept it; only an accepted, public badge shows
    // anything of its holder to others.
    bool accepted = false;
    bool isPublic = false;
    QString assertionUrl; // the hosted Open Badges 2.0 assertion
    QString publicUrl;    // the page an employer opens from a shared link

    static Badge fromJson(JsonReader &reader);
    static QString toString(Status status);
    static std::optional<Status> statusFromString(const QString &text);
    QJsonObject toJson() const;
};

// What the holder keeps of one badge to produce its downloads without the network: the Open Badges
// 3.0 credential as issued (a compact VC-JWT) and the 2.0 assertion (JSON-LD). Kept as the server
// sent them, byte for byte, so a file baked offline carries the very same credential.
struct BadgeCredentialCopy {
    QByteArray credentialJwt;
    QByteArray assertionJson;
};

} // namespace certtrack::domain
