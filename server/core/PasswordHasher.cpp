#include "server/core/PasswordHasher.h"

#include <QCryptographicHash>

#include <sodium.h>

#include <stdexcept>

namespace certtrack::server {

PasswordHasher::PasswordHasher() {
    if (sodium_init() < 0)
        throw std::runtime_error("libsodium could not be initialised");
}

QString PasswordHasher::hash(const QString &password) const {
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(out, utf8.constData(), quint64(utf8.size()),
                          crypto_pwhash_OPSLIMIT_INTERACTIVE,
                          crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0)
        throw std::runtime_error("out of memory while hashing a password");
    return QString::fromLatin1(out);
}

bool PasswordHasher::verify(const QString &hash, const QString &password) const {
    const QByteArray stored = hash.toLatin1();
    const QByteArray utf8 = password.toUtf8();
    return crypto_pwhash_str_verify(stored.constData(), utf8.constData(), quint64(utf8.size())) ==
           0;
}

void PasswordHasher::verifyNothing(const QString &password) const {
    if (m_decoyHash.isEmpty())
        m_decoyHash = hash(randomToken());
    verify(m_decoyHash, password);
}

QString PasswordHasher::randomToken() {
    QByteArray bytes(32, Qt::Uninitialized);
    randombytes_buf(bytes.data(), size_t(bytes.size()));
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QByteArray PasswordHasher::tokenHash(const QString &token) {
    return QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256);
}

} // namespace certtrack::server
