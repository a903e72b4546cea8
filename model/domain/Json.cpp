#include "domain/Json.h"

#include <QJsonDocument>
#include <QTimeZone>

namespace certtrack::domain {

QString formatDate(const QDate &date) {
    int year = 0;
    int month = 0;
    int day = 0;
    date.getDate(&year, &month, &day);
    if (!date.isValid() || year < 0 || year > 9999)
        return date.toString(Qt::ISODate);
    // The same text as Qt::ISODate, without its printf: a server answer holds hundreds of dates.
    QString text(10, QLatin1Char('-'));
    QChar *out = text.data();
    const auto digits = [out](int value, int first, int count) {
        for (int i = first + count - 1; i >= first; --i, value /= 10)
            out[i] = QLatin1Char(static_cast<char>('0' + value % 10));
    };
    digits(year, 0, 4);
    digits(month, 5, 2);
    digits(day, 8, 2);
    return text;
}

QString formatInstant(const QDateTime &instant) {
    return instant.toUTC().toString(Qt::ISODate);
}

QDate parseDate(const QString &text) {
    if (text.size() != 10)
        return {};
    return QDate::fromString(text, Qt::ISODate);
}

QDateTime parseInstant(const QString &text) {
    // RFC 3339 requires an offset or Z; a bare local time is ambiguous and refused.
    const bool hasZone = text.endsWith(QLatin1Char('Z')) || text.endsWith(QLatin1Char('z')) ||
                         (text.size() > 19 && (text.at(text.size() - 6) == QLatin1Char('+') ||
                                               text.at(text.size() - 6) == QLatin1Char('-')));
    if (!hasZone || text.size() < 20 || text.at(10).toUpper() != QLatin1Char('T'))
        return {};
    QDateTime parsed = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!parsed.isValid())
        return {};
    return parsed.toUTC();
}

QJsonValue dateOrNull(const std::optional<QDate> &date) {
    return date ? QJsonValue(formatDate(*date)) : QJsonValue();
}

QJsonValue instantOrNull(const std::optional<QDateTime> &instant) {
    return instant ? QJsonValue(formatInstant(*instant)) : QJsonValue();
}

std::optional<QJsonObject> parseObject(const QByteArray &body, QString *error) {
    if (body.size() > kMaxJsonBytes) {
        *error = QStringLiteral("the document is too large (%1 bytes; the limit is %2)")
                     .arg(body.size())
                     .arg(kMaxJsonBytes);
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = QStringLiteral("malformed JSON at offset %1: %2")
                     .arg(parseError.offset)
                     .arg(parseError.errorString());
        return std::nullopt;
    }
    if (!document.isObject()) {
        *error = QStringLiteral("expected a JSON object");
        return std::nullopt;
    }
    return document.object();
}

JsonReader::JsonReader(const QJsonObject &object, QString path, QString *error)
    : m_object(object)
    , m_path(std::move(path))
    , m_error(error) {}

QString JsonReader::childPath(const char *key) const {
    return m_path.isEmpty() ? QString::fromLatin1(key)
                            : m_path + QLatin1Char('.') + QString::fromLatin1(key);
}

void JsonReader::fail(const QString &key, const QString &message) {
    if (!ok())
        return;
    const QString where = m_path.isEmpty() ? key : m_path + QLatin1Char('.') + key;
    *m_error = where.isEmpty() ? message : where + QStringLiteral(": ") + message;
}

QJsonValue JsonReader::field(const char *key) const {
    return m_object.value(QLatin1String(key));
}

QString JsonReader::string(const char *key) {
    const QJsonValue value = field(key);
    if (!value.isString()) {
        fail(QString::fromLatin1(key),
             value.isUndefined() ? QStringLiteral("missing") : QStringLiteral("expected a string"));
        return {};
    }
    return value.toString();
}

QString JsonReader::optionalString(const char *key) {
    const QJsonValue value = field(key);
    if (value.isUndefined() || value.isNull())
        return {};
    if (!value.isString()) {
        fail(QString::fromLatin1(key), QStringLiteral("expected a string or null"));
        return {};
    }
    return value.toString();
}

qint64 JsonReader::integer(const char *key) {
    const QJsonValue value = field(key);
    const double number = value.toDouble();
    // JSON numbers are doubles; only exact integers within 2^53 are accepted.
    if (!value.isDouble() || number != static_cast<double>(static_cast<qint64>(number)) ||
        number > 9007199254740992.0 || number < -9007199254740992.0) {
        fail(QString::fromLatin1(key), value.isUndefined() ? QStringLiteral("missing")
                                                           : QStringLiteral("expected an integer"));
        return 0;
    }
    return static_cast<qint64>(number);
}

std::optional<qint64> JsonReader::optionalInteger(const char *key) {
    const QJsonValue value = field(key);
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    return integer(key);
}

bool JsonReader::has(const char *key) const {
    const QJsonValue value = field(key);
    return !value.isUndefined() && !value.isNull();
}

bool JsonReader::boolean(const char *key) {
    const QJsonValue value = field(key);
    if (!value.isBool()) {
        fail(QString::fromLatin1(key), value.isUndefined()
                                           ? QStringLiteral("missing")
                                           : QStringLiteral("expected true or false"));
        return false;
    }
    return value.toBool();
}

std::optional<bool> JsonReader::optionalBoolean(const char *key) {
    const QJsonValue value = field(key);
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    if (!value.isBool()) {
        fail(QString::fromLatin1(key), QStringLiteral("expected true, false or null"));
        return std::nullopt;
    }
    return value.toBool();
}

QDate JsonReader::date(const char *key) {
    const QString text = string(key);
    if (!ok())
        return {};
    const QDate parsed = parseDate(text);
    if (!parsed.isValid())
        fail(QString::fromLatin1(key), QStringLiteral("expected a date as YYYY-MM-DD"));
    return parsed;
}

std::optional<QDate> JsonReader::optionalDate(const char *key) {
    const QJsonValue value = field(key);
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    return date(key);
}

QDateTime JsonReader::instant(const char *key) {
    const QString text = string(key);
    if (!ok())
        return {};
    const QDateTime parsed = parseInstant(text);
    if (!parsed.isValid())
        fail(QString::fromLatin1(key), QStringLiteral("expected an RFC 3339 instant"));
    return parsed;
}

std::optional<QDateTime> JsonReader::optionalInstant(const char *key) {
    const QJsonValue value = field(key);
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    return instant(key);
}

QStringList JsonReader::stringList(const char *key) {
    QStringList result;
    const QJsonValue value = field(key);
    if (!value.isArray()) {
        fail(QString::fromLatin1(key), QStringLiteral("expected an array of strings"));
        return result;
    }
    for (const QJsonValue &item : value.toArray()) {
        if (!item.isString()) {
            fail(QString::fromLatin1(key), QStringLiteral("expected an array of strings"));
            return {};
        }
        result.append(item.toString());
    }
    return result;
}

QJsonObject JsonReader::object(const char *key) {
    const QJsonValue value = field(key);
    if (!value.isObject()) {
        fail(QString::fromLatin1(key), value.isUndefined() ? QStringLiteral("missing")
                                                           : QStringLiteral("expected an object"));
        return {};
    }
    return value.toObject();
}

std::optional<QJsonObject> JsonReader::optionalObject(const char *key) {
    const QJsonValue value = field(key);
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    return object(key);
}

JsonReader JsonReader::child(const char *key) {
    return JsonReader(object(key), childPath(key), m_error);
}

} // namespace certtrack::domain
