#include "server/http/JsonTextValidator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QList>

namespace certtrack::server {

namespace {

struct Frame {
    bool object = false;
    bool expectKey = false; // objects: the next string is a key
    QString key;            // objects: the key of the value being read
    int index = 0;          // arrays: the element being read
};

QString pathOf(const QList<Frame> &stack) {
    QString path;
    for (const Frame &frame : stack) {
        if (frame.object) {
            if (!path.isEmpty())
                path += QLatin1Char('.');
            path += frame.key;
        } else {
            path += QStringLiteral("[%1]").arg(frame.index);
        }
    }
    return path;
}

int hexValue(char c) {
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// The UTF-16 unit of a \uXXXX escape starting at `at` (the backslash), or -1.
int escapedUnit(const QByteArray &json, qsizetype at) {
    if (at + 5 >= json.size() || json.at(at) != '\\' || json.at(at + 1) != 'u')
        return -1;
    int unit = 0;
    for (qsizetype i = at + 2; i < at + 6; ++i) {
        const int digit = hexValue(json.at(i));
        if (digit < 0)
            return -1;
        unit = unit * 16 + digit;
    }
    return unit;
}

// The length of the well-formed UTF-8 sequence at `at` (Unicode's table 3-7), or 0.
int utf8Length(const QByteArray &json, qsizetype at) {
    const auto byte = [&](qsizetype i) {
        return i < json.size() ? static_cast<unsigned char>(json.at(i)) : 0u;
    };
    const auto in = [](unsigned value, unsigned low, unsigned high) {
        return value >= low && value <= high;
    };
    const unsigned b0 = byte(at);
    const unsigned b1 = byte(at + 1);
    if (b0 < 0x80)
        return 1;
    if (in(b0, 0xC2, 0xDF))
        return in(b1, 0x80, 0xBF) ? 2 : 0;
    const bool tail2 = in(byte(at + 2), 0x80, 0xBF);
    if (b0 == 0xE0)
        return in(b1, 0xA0, 0xBF) && tail2 ? 3 : 0;
    if (in(b0, 0xE1, 0xEC) || in(b0, 0xEE, 0xEF))
        return in(b1, 0x80, 0xBF) && tail2 ? 3 : 0;
    if (b0 == 0xED) // D800-DFFF are surrogates, never characters
        return in(b1, 0x80, 0x9F) && tail2 ? 3 : 0;
    const bool tail3 = tail2 && in(byte(at + 3), 0x80, 0xBF);
    if (b0 == 0xF0)
        return in(b1, 0x90, 0xBF) && tail3 ? 4 : 0;
    if (in(b0, 0xF1, 0xF3))
        return in(b1, 0x80, 0xBF) && tail3 ? 4 : 0;
    if (b0 == 0xF4)
        return in(b1, 0x80, 0x8F) && tail3 ? 4 : 0;
    return 0;
}

// Reads the string whose opening quote is at `start`; sets `end` to its closing quote (or the
// end of the document) and returns whether its text is valid Unicode.
bool readString(const QByteArray &json, qsizetype start, qsizetype *end) {
    bool valid = true;
    qsizetype i = start + 1;
    while (i < json.size() && json.at(i) != '"') {
        if (json.at(i) == '\\') {
            const int unit = escapedUnit(json, i);
            if (unit < 0) {
                i += 2; // a two-character escape; a broken one is the parser's to refuse
                continue;
            }
            if (unit >= 0xD800 && unit <= 0xDBFF) {
                const int low = escapedUnit(json, i + 6);
                if (low >= 0xDC00 && low <= 0xDFFF) {
                    i += 12;
                    continue;
                }
                valid = false;
            } else if (unit >= 0xDC00 && unit <= 0xDFFF) {
                valid = false;
            }
            i += 6;
            continue;
        }
        const int length = utf8Length(json, i);
        if (length == 0) {
            valid = false;
            ++i;
        } else {
            i += length;
        }
    }
    *end = i;
    return valid;
}

QString keyText(const QByteArray &json, qsizetype start, qsizetype end) {
    const QByteArray raw = json.mid(start, end - start + 1);
    if (!raw.contains('\\'))
        return QString::fromUtf8(raw.mid(1, raw.size() - 2));
    // Rare: let the parser undo the escapes.
    return QJsonDocument::fromJson("[" + raw + "]").array().at(0).toString();
}

} // namespace

std::optional<domain::Problem::FieldError> JsonTextValidator::firstInvalid(const QByteArray &json) {
    QList<Frame> stack;
    for (qsizetype i = 0; i < json.size(); ++i) {
        switch (json.at(i)) {
        case '"': {
            const bool isKey = !stack.isEmpty() && stack.last().object && stack.last().expectKey;
            qsizetype end = i;
            const bool valid = readString(json, i, &end);
            if (!valid) {
                // A bad key is named by the object that holds it.
                return domain::Problem::FieldError{
                    isKey ? pathOf(stack.first(stack.size() - 1)) : pathOf(stack),
                    isKey ? QStringLiteral("A key here is not valid Unicode text (a lone "
                                           "surrogate or a byte that is not UTF-8).")
                          : QStringLiteral("This is not valid Unicode text (a lone surrogate or "
                                           "a byte that is not UTF-8); nothing was kept.")};
            }
            if (isKey)
                stack.last().key = keyText(json, i, end);
            i = end;
            break;
        }
        case ':':
            if (!stack.isEmpty())
                stack.last().expectKey = false;
            break;
        case ',':
            if (!stack.isEmpty()) {
                if (stack.last().object)
                    stack.last().expectKey = true;
                else
                    ++stack.last().index;
            }
            break;
        case '{':
            stack.append(Frame{true, true, QString(), 0});
            break;
        case '[':
            stack.append(Frame{false, false, QString(), 0});
            break;
        case '}':
        case ']':
            if (!stack.isEmpty())
                stack.removeLast();
            break;
        default:
            break;
        }
    }
    return std::nullopt;
}

} // namespace certtrack::server
