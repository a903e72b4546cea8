#include "server/transcripts/TranscriptId.h"

#include <sodium.h>

#include <array>
#include <stdexcept>

namespace certtrack::server {

namespace {

constexpr char kAlphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
static_assert(sizeof(kAlphabet) - 1 == 32, "five bits per character");

} // namespace

QString TranscriptId::generate() {
    // 16 characters x 5 bits = 80 bits = 10 random bytes, read 5 bits at a time.
    if (sodium_init() < 0)
        throw std::runtime_error("libsodium cannot initialise");
    std::array<unsigned char, 10> bytes{};
    randombytes_buf(bytes.data(), bytes.size());
    QString id;
    id.reserve(kLength);
    unsigned int buffer = 0;
    int bits = 0;
    for (const unsigned char byte : bytes) {
        buffer = (buffer << 8) | byte;
        bits += 8;
        while (bits >= 5) {
            bits -= 5;
            id.append(QLatin1Char(kAlphabet[(buffer >> bits) & 0x1fU]));
        }
    }
    return id;
}

bool TranscriptId::isWellFormed(const QString &text) {
    if (text.size() != kLength)
        return false;
    for (const QChar c : text) {
        const char latin = c.toLatin1();
        bool found = false;
        for (const char allowed : kAlphabet) {
            if (allowed != '\0' && allowed == latin)
                found = true;
        }
        if (!found)
            return false;
    }
    return true;
}

} // namespace certtrack::server
