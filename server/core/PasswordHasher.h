#pragma once

#include <QByteArray>
#include <QString>

namespace certtrack::server {

// argon2id password hashes (libsodium's crypto_pwhash_str, interactive limits) and the random
// material for tokens.
class PasswordHasher {
public:
    PasswordHasher();

    QString hash(const QString &password) const;
    bool verify(const QString &hash, const QString &password) const;
    // Spends the time of one verification, so an unknown login answers as slowly as a known one.
    void verifyNothing(const QString &password) const;

    // 256 random bits as unpadded base64url: the text of a token.
    static QString randomToken();
    // What the database keeps of a token: its SHA-256.
    static QByteArray tokenHash(const QString &token);

private:
    mutable QString m_decoyHash; // made on first use: hashing costs time at start
};

} // namespace certtrack::server
