#pragma once

#include <QString>

namespace certtrack::server {

// Public transcript ids: 16 characters of Crockford's base32 (no I, L, O or U, so an id read
// aloud or copied by hand cannot be mistyped into another), 80 random bits from libsodium.
class TranscriptId {
public:
    static constexpr int kLength = 16;

    static QString generate();
    // Whether text could be an id at all, so malformed guesses skip the database.
    static bool isWellFormed(const QString &text);
};

} // namespace certtrack::server
