#include "domain/Problem.h"

#include "domain/Json.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace certtrack::domain {

Problem Problem::make(int status, const QString &title, const QString &detail,
                      const QString &type) {
    Problem p;
    p.type = type;
    p.title = title;
    p.status = status;
    p.detail = detail;
    return p;
}

Problem Problem::fromBody(int status, const QByteArray &body) {
    Problem p;
    p.status = status;
    p.title = QStringLiteral("HTTP %1").arg(status);
    QString error;
    const auto object = parseObject(body, &error);
    if (!object)
        return p;
    p.type = object->value(QLatin1String("type")).toString(p.type);
    p.title = object->value(QLatin1String("title")).toString(p.title);
    p.detail = object->value(QLatin1String("detail")).toString();
    for (const QJsonValue &value : object->value(QLatin1String("errors")).toArray()) {
        const QJsonObject e = value.toObject();
        p.errors.append({e.value(QLatin1String("field")).toString(),
                         e.value(QLatin1String("message")).toString()});
    }
    return p;
}

QJsonObject Problem::toJson() const {
    QJsonObject json{{QStringLiteral("type"), type},
                     {QStringLiteral("title"), title},
                     {QStringLiteral("status"), status}};
    if (!detail.isEmpty())
        json.insert(QStringLiteral("detail"), detail);
    if (!errors.isEmpty()) {
        QJsonArray array;
        for (const FieldError &e : errors)
            array.append(QJsonObject{{QStringLiteral("field"), e.field},
                                     {QStringLiteral("message"), e.message}});
        json.insert(QStringLiteral("errors"), array);
    }
    return json;
}

QByteArray Problem::toBody() const {
    return QJsonDocument(toJson()).toJson(QJsonDocument::Compact);
}

QString Problem::message() const {
    return detail.isEmpty() ? title : detail;
}

} // namespace certtrack::domain
