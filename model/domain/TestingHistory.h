#pragma once

#include "domain/Money.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace certtrack::domain {

class JsonReader;

// One row of Testing History → Exams.
struct Exam {
    enum class Grade { Pass, Fail };

    QString code;
    QString name;
    QString registrationNumber;
    Grade grade = Grade::Pass;
    QDate date;
    std::optional<QDate> expires; // none: never expires

    static Exam fromJson(JsonReader &reader);
    QJsonObject toJson() const;
};

// A certification agreement the candidate accepted (Testing History → Agreements).
struct Agreement {
    QString id;
    QString name;
    QString version;
    QDate activeDate;
    std::optional<QDate> expires;
    QString text;

    static Agreement fromJson(JsonReader &reader);
    QJsonObject toJson() const;
};

// A continuing-education activity; importSource and externalId are what a row expands to.
struct CeActivity {
    QString id;
    QString name;
    QDate activeDate;
    std::optional<QDate> expires;
    std::optional<QDate> review;
    qint64 points = 0;
    QDate updated;
    QString providerName;
    QString source;
    QString importSource;
    QString externalId;

    static CeActivity fromJson(JsonReader &reader);
    QJsonObject toJson() const;
};

// An e-commerce transaction (a payment or a free claim) of the candidate.
struct Transaction {
    QString id;
    QDateTime at;
    QString description;
    Money amount;
    QString paymentMethod;
    QString status;
    QString orderId;

    static Transaction fromJson(JsonReader &reader);
    QJsonObject toJson() const;
};

} // namespace certtrack::domain
