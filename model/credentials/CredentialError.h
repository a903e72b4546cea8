#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace certtrack::credentials {

// Why a credential operation failed. Every function of this library reports failure this way:
// a code a caller can branch on and a plain English message fit for a log or a person. Nothing
// here throws, so the library can sit under Qt code that does not expect exceptions.
struct CredentialError {
    enum class Code {
        InvalidEncoding,       // base64url or base58 text that is not strictly valid
        InvalidKey,            // key material that cannot be read or is not well formed
        UnsupportedKey,        // a key type or curve this library does not handle
        WeakKey,               // an RSA modulus under 2048 bits
        PrivateKeyInJwk,       // a JWK given as public carries private members
        KeyFile,               // a key file could not be read or written
        MalformedJws,          // not three base64url parts, or a header that is not a JSON object
        AlgorithmNotAccepted,  // alg none, HMAC, or any algorithm outside RS256, ES256, EdDSA
        AlgorithmKeyMismatch,  // alg does not belong to the key's type (algorithm confusion)
        BadSignature,          // the signature does not match the signing input and key
        NotAnImage,            // bytes that are not a PNG (or an SVG document)
        TruncatedImage,        // a PNG that stops before its end
        CorruptImage,          // a PNG libpng refuses: bad CRC, bad data, over the limits
        NoCredential,          // an image without an Open Badges credential
        AmbiguousCredential,   // an image carrying more than one credential
        CredentialTooLarge,    // a credential over kMaxBakedCredentialBytes
        InvalidCredentialText, // text that cannot be baked (empty, not UTF-8, a NUL byte)
        MalformedSvg,          // XML that does not parse, or a root that is not <svg>
        ForbiddenDtd,          // an SVG with a DOCTYPE: refused so no entity is ever resolved
        MalformedStatusList,   // an encodedList that is not one whole GZIP stream, or is empty
        StatusListTooLarge,    // a status list over kMaxStatusListBytes uncompressed
        CryptoFailure          // OpenSSL, libpng or zlib failed where it should not have
    };

    Code code = Code::CryptoFailure;
    QString message;
};

// A value or the reason there is none.
template <typename T> class Result {
public:
    Result(T value)
        : m_value(std::move(value)) {}
    Result(CredentialError error)
        : m_error(std::move(error)) {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    T &&value() && { return std::move(*m_value); }
    const CredentialError &error() const { return m_error; }

private:
    std::optional<T> m_value;
    CredentialError m_error;
};

// Success, or the reason for failure, for operations that return nothing.
class Status {
public:
    Status() = default;
    Status(CredentialError error)
        : m_error(std::move(error)) {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const CredentialError &error() const { return *m_error; }

private:
    std::optional<CredentialError> m_error;
};

inline CredentialError credentialError(CredentialError::Code code, const QString &message) {
    return CredentialError{code, message};
}

} // namespace certtrack::credentials
