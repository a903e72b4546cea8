#pragma once

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace certtrack::domain {

class JsonReader;

// A transcript disclosed to third parties through a public link.
struct Transcript {
    enum class Disclosure { ActiveCertifications, AllNewCertificates, Selected };
    enum class State { Active, Expired, Deactivated };

    QString id; // 16 characters from an unambiguous alphabet, e.g. 15KDEQ4K1BV1133H
    QString displayName;
    QString description;
    QString remarks;
    bool showName = true;
    bool showAddress = false;
    bool showEmail = false;
    QDate expires;
    Disclosure disclosure = Disclosure::ActiveCertifications;
    QStringList certificationIds; // Selected only
    qint64 views = 0;
    std::optional<QDateTime> lastViewed;
    State state = State::Active;
    QString url;

    // "Name, Address" — the display options that are on.
    QString displayOptionsText() const;
    static Transcript fromJson(JsonReader &reader);
    QJsonObject toJson() const;
};

QString toString(Transcript::Disclosure disclosure);
QString toString(Transcript::State state);

} // namespace certtrack::domain
