#pragma once

#include <QDate>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace certtrack::domain {

class JsonReader;

// A digital badge. The image travels inline as SVG so the cache holds everything to show it.
struct Badge {
    QString id;
    QString name;
    QString issuer;
    QString description;
    QDate issuedOn;
    std::optional<QDate> expires;
    QString certificationId;
    QString imageSvg;
    QString url;

    static Badge fromJson(JsonReader &reader);
    QJsonObject toJson() const;
};

} // namespace certtrack::domain
