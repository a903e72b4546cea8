#pragma once

#include "domain/Problem.h"

#include <QByteArray>

#include <optional>

namespace certtrack::server {

// Finds text in a JSON document that is not valid Unicode, reading the raw bytes: QJsonDocument
// quietly turns a lone surrogate escape ("D\ud800x") or a byte that is not UTF-8 into other
// characters, so the text kept would not be the text sent. Names the field as the problems'
// `errors` do ("description", "items[2].name"); keys and values are both checked.
class JsonTextValidator {
public:
    // The first string that is not valid Unicode, or nothing. Malformed JSON is left to the
    // parser: this only reads what it recognises.
    static std::optional<domain::Problem::FieldError> firstInvalid(const QByteArray &json);
};

} // namespace certtrack::server
