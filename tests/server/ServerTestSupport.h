#pragma once

#include "TestHttp.h"
#include "TestServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QUrlQuery>

namespace certtrack::test {

inline const QString kDemoLogin = QStringLiteral("CSCO10000000");
inline const QString kDemoPassword = QStringLiteral("certtrack-demo");

inline QByteArray form(const QList<QPair<QString, QString>> &fields) {
    QUrlQuery query;
    for (const auto &[key, value] : fields)
        query.addQueryItem(key, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    return query.toString(QUrl::FullyEncoded).toUtf8();
}

inline HttpResult postForm(TestHttp &http, const QUrl &url, const QByteArray &body) {
    return http.request("POST", url, {{"Content-Type", "application/x-www-form-urlencoded"}}, body);
}

inline QList<QPair<QByteArray, QByteArray>> bearer(const QString &token) {
    return {{"Authorization", "Bearer " + token.toLatin1()}};
}

// The JSON object of a 200 answer; fails the test (returning {}) otherwise.
inline QJsonObject getObject(TestHttp &http, const TestServer &server, const QString &path,
                             const QString &token) {
    const HttpResult result = http.get(server.apiUrl(path), bearer(token));
    if (result.status != 200) {
        qWarning() << path << result.status << result.body << result.networkError;
        return {};
    }
    return result.json().object();
}

// A compact JSON body.
inline QByteArray encode(const QJsonObject &object) {
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// The "state" of an order answer.
inline QString stateOf(const HttpResult &result) {
    return result.json().object().value(QLatin1String("state")).toString();
}

// Shipping details the order rules accept: the demo candidate's.
inline QJsonObject shipping() {
    return QJsonObject{
        {QStringLiteral("demographics"),
         QJsonObject{{QStringLiteral("firstName"), QStringLiteral("John")},
                     {QStringLiteral("lastName"), QStringLiteral("Doe")},
                     {QStringLiteral("email"), QStringLiteral("CSCO10000000@gmail.com")},
                     {QStringLiteral("phone"), QStringLiteral("+1 919 555 0142")},
                     {QStringLiteral("address1"), QStringLiteral("Test123test")},
                     {QStringLiteral("address2"), QStringLiteral("Test2 Cor")},
                     {QStringLiteral("city"), QStringLiteral("City")},
                     {QStringLiteral("stateProvince"), QStringLiteral("North Carolina")},
                     {QStringLiteral("postalCode"), QStringLiteral("12345")},
                     {QStringLiteral("country"), QStringLiteral("US")}}},
        {QStringLiteral("localized"), QJsonValue()}};
}

inline QJsonArray items(const QJsonObject &page) {
    return page.value(QLatin1String("items")).toArray();
}

// The item of an array whose key has the value; an empty object when none has.
inline QJsonObject find(const QJsonArray &array, const QString &key, const QString &value) {
    for (const QJsonValue &item : array) {
        if (item.toObject().value(key).toString() == value)
            return item.toObject();
    }
    return {};
}

} // namespace certtrack::test
