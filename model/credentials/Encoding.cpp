#include "credentials/Encoding.h"

#include <array>

namespace certtrack::credentials {

namespace {

constexpr auto kBase64UrlOptions = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;
constexpr qsizetype kMaxBase58Length = 1024;

bool isBase64UrlChar(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
           c == '_';
}

} // namespace

QByteArray base64UrlEncode(const QByteArray &bytes) {
    return bytes.toBase64(kBase64UrlOptions);
}

std::optional<QByteArray> base64UrlDecode(const QByteArray &text) {
    if (text.size() % 4 == 1)
        return std::nullopt;
    for (const char c : text) {
        if (!isBase64UrlChar(c))
            return std::nullopt;
    }
    auto decoded = QByteArray::fromBase64Encoding(
        text, kBase64UrlOptions | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    // Re-encoding must give the input back: this refuses non-zero bits after the last byte.
    if (base64UrlEncode(*decoded) != text)
        return std::nullopt;
    return *decoded;
}

std::optional<QByteArray> base58Decode(const QByteArray &text) {
    static constexpr char kAlphabet[] =
        "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
    if (text.size() > kMaxBase58Length)
        return std::nullopt;
    std::array<int, 256> digitOf{};
    digitOf.fill(-1);
    for (int i = 0; i < 58; ++i)
        digitOf[static_cast<unsigned char>(kAlphabet[i])] = i;

    // Big-endian base-256 number, grown one base-58 digit at a time.
    QByteArray number;
    for (const char c : text) {
        int carry = digitOf[static_cast<unsigned char>(c)];
        if (carry < 0)
            return std::nullopt;
        for (qsizetype i = number.size() - 1; i >= 0; --i) {
            carry += 58 * static_cast<unsigned char>(number[i]);
            number[i] = static_cast<char>(carry & 0xff);
            carry >>= 8;
        }
        while (carry > 0) {
            number.prepend(static_cast<char>(carry & 0xff));
            carry >>= 8;
        }
    }
    qsizetype leadingZeros = 0;
    while (leadingZeros < text.size() && text[leadingZeros] == '1')
        ++leadingZeros;
    QByteArray bytes(leadingZeros, '\0');
    bytes += number;
    return bytes;
}

} // namespace certtrack::credentials
