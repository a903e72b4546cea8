#include "server/http/TlsMaterial.h"

#include "server/core/Logging.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/ec.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

namespace certtrack::server {

namespace {

template <typename T, void (*Free)(T *)> struct OpenSslDeleter {
    void operator()(T *p) const { Free(p); }
};
using PKey = std::unique_ptr<EVP_PKEY, OpenSslDeleter<EVP_PKEY, EVP_PKEY_free>>;
using Cert = std::unique_ptr<X509, OpenSslDeleter<X509, X509_free>>;
using Bio = std::unique_ptr<BIO, OpenSslDeleter<BIO, BIO_free_all>>;

constexpr int kCaDays = 3650;
constexpr int kLeafDays = 397;
// A leaf closer than this to its end is replaced at start, so a long-running demo keeps working.
constexpr int kRenewBeforeDays = 30;

QString openSslError(const char *what) {
    const unsigned long code = ERR_get_error();
    char buffer[256] = {};
    if (code)
        ERR_error_string_n(code, buffer, sizeof buffer);
    ERR_clear_error();
    return QStringLiteral("%1: %2").arg(QLatin1String(what), QLatin1String(buffer));
}

PKey generateKey() {
    return PKey(EVP_EC_gen("P-256"));
}

bool addExtension(X509 *cert, X509 *issuer, int nid, const char *value) {
    X509V3_CTX context;
    X509V3_set_ctx_nodb(&context);
    X509V3_set_ctx(&context, issuer, cert, nullptr, nullptr, 0);
    X509_EXTENSION *extension = X509V3_EXT_conf_nid(nullptr, &context, nid, value);
    if (!extension)
        return false;
    const bool ok = X509_add_ext(cert, extension, -1) == 1;
    X509_EXTENSION_free(extension);
    return ok;
}

bool setRandomSerial(X509 *cert) {
    unsigned char bytes[16];
    if (RAND_bytes(bytes, sizeof bytes) != 1)
        return false;
    bytes[0] &= 0x7f; // a positive serial
    BIGNUM *number = BN_bin2bn(bytes, sizeof bytes, nullptr);
    if (!number)
        return false;
    const bool ok = BN_to_ASN1_INTEGER(number, X509_get_serialNumber(cert)) != nullptr;
    BN_free(number);
    return ok;
}

Cert makeCertificate(EVP_PKEY *subjectKey, const char *commonName, int days, X509 *issuerCert,
                     EVP_PKEY *issuerKey, bool isCa) {
    Cert cert(X509_new());
    if (!cert || X509_set_version(cert.get(), 2) != 1 || !setRandomSerial(cert.get()))
        return {};
    // Back-dated by a day so a client clock slightly behind still accepts it.
    X509_gmtime_adj(X509_getm_notBefore(cert.get()), -24L * 3600);
    X509_gmtime_adj(X509_getm_notAfter(cert.get()), long(days) * 24 * 3600);
    X509_set_pubkey(cert.get(), subjectKey);
    X509_NAME *name = X509_get_subject_name(cert.get());
    X509_NAME_add_entry_by_txt(name, "O", MBSTRING_UTF8,
                               reinterpret_cast<const unsigned char *>("CertTrack"), -1, -1, 0);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8,
                               reinterpret_cast<const unsigned char *>(commonName), -1, -1, 0);
    X509 *issuer = issuerCert ? issuerCert : cert.get();
    X509_set_issuer_name(cert.get(), X509_get_subject_name(issuer));

    bool ok = addExtension(cert.get(), issuer, NID_subject_key_identifier, "hash");
    if (isCa) {
        ok = ok &&
             addExtension(cert.get(), issuer, NID_basic_constraints, "critical,CA:TRUE,pathlen:0");
        ok = ok && addExtension(cert.get(), issuer, NID_key_usage, "critical,keyCertSign,cRLSign");
    } else {
        ok = ok && addExtension(cert.get(), issuer, NID_authority_key_identifier, "keyid:always");
        ok = ok && addExtension(cert.get(), issuer, NID_basic_constraints, "critical,CA:FALSE");
        ok = ok && addExtension(cert.get(), issuer, NID_key_usage, "critical,digitalSignature");
        ok = ok && addExtension(cert.get(), issuer, NID_ext_key_usage, "serverAuth");
        ok = ok && addExtension(cert.get(), issuer, NID_subject_alt_name,
                                "DNS:localhost,IP:127.0.0.1,IP:::1");
    }
    if (!ok || X509_sign(cert.get(), issuerKey, EVP_sha256()) <= 0)
        return {};
    return cert;
}

QByteArray certificatePem(X509 *cert) {
    Bio bio(BIO_new(BIO_s_mem()));
    PEM_write_bio_X509(bio.get(), cert);
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, qsizetype(size));
}

QByteArray keyPem(EVP_PKEY *key) {
    Bio bio(BIO_new(BIO_s_mem()));
    PEM_write_bio_PrivateKey(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr);
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, qsizetype(size));
}

QByteArray readFile(const QString &path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

Cert parseCertificate(const QByteArray &pem) {
    if (pem.isEmpty())
        return {};
    Bio bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    return Cert(PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr));
}

PKey parseKey(const QByteArray &pem) {
    if (pem.isEmpty())
        return {};
    Bio bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    return PKey(PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr));
}

bool writeFile(const QString &path, const QByteArray &data, bool secret, QString *error) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    if (secret)
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(data);
    if (!file.commit()) {
        *error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

// Still valid for a while, matching its key, and (for a leaf) signed by the given CA.
bool usable(X509 *cert, EVP_PKEY *key, EVP_PKEY *caKey) {
    if (!cert || !key || X509_check_private_key(cert, key) != 1)
        return false;
    if (X509_cmp_time(X509_get0_notBefore(cert), nullptr) > 0)
        return false;
    time_t soon = time(nullptr) + time_t(kRenewBeforeDays) * 24 * 3600;
    if (X509_cmp_time(X509_get0_notAfter(cert), &soon) < 0)
        return false;
    return caKey == nullptr || X509_verify(cert, caKey) == 1;
}

} // namespace

std::optional<TlsMaterial> TlsMaterial::load(const QString &certificatePath, const QString &keyPath,
                                             QString *error) {
    TlsMaterial material;
    material.chain = QSslCertificate::fromPath(certificatePath, QSsl::Pem);
    if (material.chain.isEmpty()) {
        *error = QStringLiteral("no PEM certificate in %1").arg(certificatePath);
        return std::nullopt;
    }
    const QByteArray keyData = readFile(keyPath);
    for (const QSsl::KeyAlgorithm algorithm : {QSsl::Ec, QSsl::Rsa}) {
        material.key = QSslKey(keyData, algorithm, QSsl::Pem);
        if (!material.key.isNull())
            break;
    }
    if (material.key.isNull()) {
        *error = QStringLiteral("no usable PEM private key in %1").arg(keyPath);
        return std::nullopt;
    }
    return material;
}

std::optional<TlsMaterial> TlsMaterial::selfSigned(const QString &dirPath, QString *error) {
    QDir dir(dirPath);
    if (!dir.mkpath(QStringLiteral("."))) {
        *error = QStringLiteral("cannot create %1").arg(dirPath);
        return std::nullopt;
    }
    const QString caPath = dir.filePath(QStringLiteral("ca.pem"));
    const QString caKeyPath = dir.filePath(QStringLiteral("ca-key.pem"));
    const QString leafPath = dir.filePath(QStringLiteral("server.pem"));
    const QString leafKeyPath = dir.filePath(QStringLiteral("server-key.pem"));

    Cert ca = parseCertificate(readFile(caPath));
    PKey caKey = parseKey(readFile(caKeyPath));
    if (!usable(ca.get(), caKey.get(), nullptr)) {
        qCInfo(lcServer) << "making a new private CA in" << dirPath;
        caKey = generateKey();
        if (!caKey) {
            *error = openSslError("cannot make a P-256 key");
            return std::nullopt;
        }
        ca = makeCertificate(caKey.get(), "CertTrack private CA", kCaDays, nullptr, caKey.get(),
                             true);
        if (!ca) {
            *error = openSslError("cannot make the CA certificate");
            return std::nullopt;
        }
        if (!writeFile(caKeyPath, keyPem(caKey.get()), true, error) ||
            !writeFile(caPath, certificatePem(ca.get()), false, error))
            return std::nullopt;
        QFile::remove(leafPath);
        QFile::remove(leafKeyPath);
    }

    Cert leaf = parseCertificate(readFile(leafPath));
    PKey leafKey = parseKey(readFile(leafKeyPath));
    if (!usable(leaf.get(), leafKey.get(), caKey.get())) {
        leafKey = generateKey();
        if (!leafKey) {
            *error = openSslError("cannot make a P-256 key");
            return std::nullopt;
        }
        leaf = makeCertificate(leafKey.get(), "localhost", kLeafDays, ca.get(), caKey.get(), false);
        if (!leaf) {
            *error = openSslError("cannot make the server certificate");
            return std::nullopt;
        }
        if (!writeFile(leafKeyPath, keyPem(leafKey.get()), true, error) ||
            !writeFile(leafPath, certificatePem(leaf.get()), false, error))
            return std::nullopt;
    }

    TlsMaterial material;
    material.chain = {QSslCertificate(certificatePem(leaf.get()), QSsl::Pem),
                      QSslCertificate(certificatePem(ca.get()), QSsl::Pem)};
    material.key = QSslKey(keyPem(leafKey.get()), QSsl::Ec, QSsl::Pem);
    if (material.chain.first().isNull() || material.key.isNull()) {
        *error = QStringLiteral("Qt could not read the generated certificate or key");
        return std::nullopt;
    }
    return material;
}

} // namespace certtrack::server
