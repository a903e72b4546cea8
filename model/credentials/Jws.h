#pragma once

#include "credentials/CredentialError.h"
#include "credentials/PublicKey.h"
#include "credentials/SigningKey.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace certtrack::credentials {

// RFC 7515 compact JWS, as Open Badges 3.0 VC-JWT uses it. Only RS256, ES256 and EdDSA are ever
// verified; "none", HMAC (HS*) and every other algorithm are refused, and the header's alg must
// be the algorithm of the key's type, so a token cannot choose how it is checked (RFC 8725 §2.1,
// §3.1). No claim of the payload (exp, nbf, iss, ...) is judged here: that is the caller's.

// The largest compact JWS parse() reads; longer input is refused before decoding.
inline constexpr qsizetype kMaxCompactJwsBytes = 1024 * 1024;

struct ParsedJws {
    QJsonObject header;
    QString algorithm;       // header.alg
    QByteArray payload;      // decoded payload bytes
    QByteArray signingInput; // ASCII(BASE64URL(header) || '.' || BASE64URL(payload))
    QByteArray signature;    // decoded signature bytes
};

// header.payload.signature. The header gets "alg" set to the key's algorithm; a header that
// already names another alg is refused. The header is written as compact JSON.
Result<QByteArray> signJws(const QJsonObject &header, const QByteArray &payload,
                           const SigningKey &key);

// Splits and decodes a compact JWS, strictly: exactly three parts, each strict base64url, a
// header that is a JSON object with a string "alg", and no "crit" header (no extension is
// understood here, so RFC 7515 §4.1.11 requires refusing any).
Result<ParsedJws> parseJws(const QByteArray &compact);

// Checks the signature of a parsed JWS with key.
Status verifyJws(const ParsedJws &jws, const PublicKey &key);

} // namespace certtrack::credentials
