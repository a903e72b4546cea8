#pragma once

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace certtrack::domain {

class JsonReader;

struct Address {
    QString line1;
    QString line2;
    QString line3;
    QString city;
    QString stateProvince;
    QString postalCode;
    QString country; // ISO 3166-1 alpha-2

    static Address fromJson(JsonReader &reader);
    QJsonObject toJson() const;
    // Address lines as printed on an envelope, empty lines left out.
    QStringList lines() const;
};

// GET /api/v1/me
struct Profile {
    QString loginId;
    QString firstName;
    QString lastName;
    QString email;
    QString phone;
    Address address;

    QString displayName() const;
    static Profile fromJson(JsonReader &reader);
    QJsonObject toJson() const;
};

// One of the programme's required questions. Its wording is programme data from the server.
struct SettingsQuestion {
    QString id;
    QString title;
    QString text;
    bool required = true;
    std::optional<bool> answer;

    static SettingsQuestion fromJson(JsonReader &reader);
    QJsonObject toJson() const;
};

// GET /api/v1/me/settings
struct Settings {
    QList<SettingsQuestion> questions;
    std::optional<QDate> confirmedOn;

    bool complete() const;
    static Settings fromJson(JsonReader &reader);
    QJsonObject toJson() const;
};

struct Attribute {
    QString id;
    QString label;
    QString value; // empty: nothing set
    bool editable = false;

    static Attribute fromJson(JsonReader &reader);
    QJsonObject toJson() const;
};

// GET /api/v1/me/attributes
struct Attributes {
    QList<Attribute> items;

    static Attributes fromJson(JsonReader &reader);
    QJsonObject toJson() const;
};

struct Identifier {
    QString id;
    QString label;
    QString value;

    static Identifier fromJson(JsonReader &reader);
    QJsonObject toJson() const;
};

// GET /api/v1/me/identifiers
struct Identifiers {
    QList<Identifier> items;

    static Identifiers fromJson(JsonReader &reader);
    QJsonObject toJson() const;
};

} // namespace certtrack::domain
