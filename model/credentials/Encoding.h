#pragma once

#include <QByteArray>

#include <optional>

namespace certtrack::credentials {

// Text encodings the JOSE and DID formats use, with strict decoders: a decoder that accepts
// several spellings of the same bytes lets a tampered token or key id pass a string comparison.

// RFC 7515 base64url without padding.
QByteArray base64UrlEncode(const QByteArray &bytes);

// Decodes base64url without padding. Refuses padding ('='), the standard alphabet's '+' and '/',
// whitespace, an impossible length and non-zero trailing bits (so each byte string has exactly
// one accepted spelling). An empty input decodes to empty bytes.
std::optional<QByteArray> base64UrlDecode(const QByteArray &text);

// Decodes Bitcoin base58 (the base58btc of multibase, without its 'z' prefix). Leading '1's are
// leading zero bytes. Refuses characters outside the alphabet and inputs over 1024 characters
// (decoding is quadratic and no key is that long).
std::optional<QByteArray> base58Decode(const QByteArray &text);

} // namespace certtrack::credentials
