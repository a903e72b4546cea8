#pragma once

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace certtrack::domain {

// The largest JSON document either side accepts; anything larger is refused before parsing.
inline constexpr qsizetype kMaxJsonBytes = 4 * 1024 * 1024;

// Wire formats: dates are YYYY-MM-DD, instants RFC 3339 in UTC.
QString formatDate(const QDate &date);
QString formatInstant(const QDateTime &instant);
QDate parseDate(const QString &text);
QDateTime parseInstant(const QString &text);

QJsonValue dateOrNull(const std::optional<QDate> &date);
QJsonValue instantOrNull(const std::optional<QDateTime> &instant);

// Parses a body into an object, refusing oversized, malformed and non-object documents with a
// message fit to show a person.
std::optional<QJsonObject> parseObject(const QByteArray &body, QString *error);

// Reads typed fields from one JSON object, strictly: a missing required field or a value of the
// wrong type records the first error with its path ("items[3].date: ...") and the reader goes on
// returning defaults, so a codec is a flat list of reads followed by one ok() check.
class JsonReader {
public:
    JsonReader(const QJsonObject &object, QString path, QString *error);

    bool ok() const { return m_error->isEmpty(); }
    void fail(const QString &key, const QString &message);

    QString string(const char *key);
    QString optionalString(const char *key);
    qint64 integer(const char *key);
    // Absent or null: nullopt (fields added after caches were written).
    std::optional<qint64> optionalInteger(const char *key);
    bool has(const char *key) const;
    bool boolean(const char *key);
    std::optional<bool> optionalBoolean(const char *key);
    QDate date(const char *key);
    std::optional<QDate> optionalDate(const char *key);
    QDateTime instant(const char *key);
    std::optional<QDateTime> optionalInstant(const char *key);
    QStringList stringList(const char *key);
    QJsonObject object(const char *key);
    std::optional<QJsonObject> optionalObject(const char *key);

    // Reads an array of objects, each through decode(reader) -> T.
    template <typename T>
    QList<T> list(const char *key, const std::function<T(JsonReader &)> &decode) {
        QList<T> result;
        const QJsonValue value = field(key);
        if (!value.isArray()) {
            fail(QString::fromLatin1(key), QStringLiteral("expected an array"));
            return result;
        }
        const QJsonArray array = value.toArray();
        result.reserve(array.size());
        for (qsizetype i = 0; i < array.size() && ok(); ++i) {
            const QString itemPath =
                childPath(key) + QLatin1Char('[') + QString::number(i) + QLatin1Char(']');
            if (!array.at(i).isObject()) {
                *m_error = itemPath + QStringLiteral(": expected an object");
                break;
            }
            JsonReader item(array.at(i).toObject(), itemPath, m_error);
            T decoded = decode(item);
            if (item.ok())
                result.append(std::move(decoded));
        }
        return result;
    }

    JsonReader child(const char *key);
    QString childPath(const char *key) const;

private:
    QJsonValue field(const char *key) const;

    QJsonObject m_object;
    QString m_path;
    QString *m_error;
};

// Decodes a whole document with T::fromJson(JsonReader&); nullopt and a message on any fault.
template <typename T> std::optional<T> decodeDocument(const QByteArray &body, QString *error) {
    QString message;
    const std::optional<QJsonObject> object = parseObject(body, &message);
    if (!object) {
        if (error)
            *error = message;
        return std::nullopt;
    }
    JsonReader reader(*object, QString(), &message);
    T value = T::fromJson(reader);
    if (!reader.ok()) {
        if (error)
            *error = message;
        return std::nullopt;
    }
    return value;
}

// A collection as the server sends it: {"items": [...], "nextCursor": "…"|null}.
template <typename T> struct Page {
    QList<T> items;
    QString nextCursor;

    static Page fromJson(JsonReader &reader) {
        Page page;
        page.items = reader.list<T>("items", [](JsonReader &r) { return T::fromJson(r); });
        page.nextCursor = reader.optionalString("nextCursor");
        return page;
    }
    QJsonObject toJson() const {
        QJsonArray array;
        for (const T &item : items)
            array.append(item.toJson());
        return QJsonObject{{QStringLiteral("items"), array},
                           {QStringLiteral("nextCursor"),
                            nextCursor.isEmpty() ? QJsonValue() : QJsonValue(nextCursor)}};
    }
};

} // namespace certtrack::domain
