// The credential readers that take text: compact JWS parsing, the strict base64url and base58
// decoders, Bitstring Status List decoding, and public keys from a JWK, a did:key or PEM. The
// first byte picks the reader. Strict decoders must have one spelling per byte string: what
// base64url decodes encodes back to the same text, and a decoded status list encodes to a list
// that decodes to the same bits.

#include "credentials/Encoding.h"
#include "credentials/Jws.h"
#include "credentials/PublicKey.h"
#include "credentials/StatusList.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace certtrack::credentials;

namespace {

void jws(const QByteArray &text) {
    const Result<ParsedJws> parsed = parseJws(text);
    if (!parsed)
        return;
    if (!text.startsWith(parsed.value().signingInput))
        std::abort();
}

void base64Url(const QByteArray &text) {
    const std::optional<QByteArray> bytes = base64UrlDecode(text);
    if (bytes && base64UrlEncode(*bytes) != text) {
        std::fprintf(stderr, "base64url: a second spelling was accepted\n");
        std::abort();
    }
}

void base58(const QByteArray &text) {
    (void)base58Decode(text);
}

void statusList(const QByteArray &text) {
    const Result<BitstringStatusList> list = BitstringStatusList::decode(text);
    if (!list)
        return;
    const Result<BitstringStatusList> again = BitstringStatusList::decode(list.value().encode());
    if (!again || again.value().bytes() != list.value().bytes())
        std::abort();
    (void)list.value().status(list.value().size() - 1);
}

void jwk(const QByteArray &text) {
    const QJsonDocument document = QJsonDocument::fromJson(text);
    if (!document.isObject())
        return;
    const Result<PublicKey> key = PublicKey::fromJwk(document.object());
    if (!key)
        return;
    const Result<PublicKey> again = PublicKey::fromJwk(key.value().toJwk());
    if (!again || again.value().thumbprint() != key.value().thumbprint())
        std::abort();
}

void didKey(const QByteArray &text) {
    (void)PublicKey::fromDidKey(QString::fromUtf8(text));
}

void pem(const QByteArray &text) {
    const Result<PublicKey> key = PublicKey::fromPem(text);
    if (key)
        (void)key.value().toPem();
}

using Reader = void (*)(const QByteArray &);
// Append only: the corpus names its reader by this index.
const Reader kReaders[] = {jws, base64Url, base58, statusList, jwk, didKey, pem};
constexpr std::size_t kReaderCount = sizeof(kReaders) / sizeof(kReaders[0]);

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size) {
    if (size < 1)
        return 0;
    kReaders[data[0] % kReaderCount](
        QByteArray(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1)));
    return 0;
}
