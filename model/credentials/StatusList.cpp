#include "credentials/StatusList.h"

#include "credentials/Encoding.h"

#define ZLIB_CONST
#include <zlib.h>

#include <QtGlobal>

#include <algorithm>
#include <array>

namespace certtrack::credentials {

namespace {

// zlib's windowBits: a 32 KiB window (15), plus 16 for a GZIP header and trailer. Inflating with
// the same value accepts GZIP only (not a zlib stream, not raw deflate).
constexpr int kGzipWindowBits = 15 + 16;
constexpr int kDefaultMemLevel = 8;
// A GZIP member ends with CRC-32 and ISIZE, 4 bytes each.
constexpr qsizetype kGzipTrailerBytes = 8;

// Deflate grows incompressible data by 5 bytes per stored block of up to 65,535 bytes, and GZIP
// adds an 18-byte header and trailer: any list up to the cap compresses to less than this, so
// longer text is refused before it is decoded.
constexpr qsizetype kMaxCompressedBytes = kMaxStatusListBytes + kMaxStatusListBytes / 1024;
constexpr qsizetype kMaxEncodedListBytes = 1 + (kMaxCompressedBytes * 4 + 2) / 3;

// Inflated a piece at a time, so the output grows only as far as the cap allows.
constexpr qsizetype kInflateChunkBytes = 64 * 1024;

qsizetype bytesFor(int bitCount) {
    const int bits = std::clamp(bitCount, 1, kMaxStatusListBits);
    return (static_cast<qsizetype>(bits) + 7) / 8;
}

CredentialError malformed(const QString &message) {
    return credentialError(CredentialError::Code::MalformedStatusList, message);
}

CredentialError tooLarge() {
    return credentialError(
        CredentialError::Code::StatusListTooLarge,
        QStringLiteral("The status list is larger than the %1 MiB this program reads.")
            .arg(kMaxStatusListBytes / (1024 * 1024)));
}

class Inflater {
public:
    Inflater() { m_ready = inflateInit2(&m_stream, kGzipWindowBits) == Z_OK; }
    ~Inflater() {
        if (m_ready)
            inflateEnd(&m_stream);
    }
    Inflater(const Inflater &) = delete;
    Inflater &operator=(const Inflater &) = delete;

    bool ready() const { return m_ready; }
    z_stream &stream() { return m_stream; }

private:
    z_stream m_stream{};
    bool m_ready = false;
};

// The one GZIP member `compressed` holds, inflated to at most kMaxStatusListBytes.
Result<QByteArray> gunzip(const QByteArray &compressed) {
    Inflater inflater;
    if (!inflater.ready())
        return credentialError(CredentialError::Code::CryptoFailure,
                               QStringLiteral("zlib could not start inflating the status list."));
    z_stream &stream = inflater.stream();
    stream.next_in = reinterpret_cast<const Bytef *>(compressed.constData());
    stream.avail_in = static_cast<uInt>(compressed.size());

    // The trailer's ISIZE (the length modulo 2^32) is only a hint from the sender: it sizes the
    // first allocation, never beyond the cap.
    qsizetype claimedSize = 1;
    if (compressed.size() >= kGzipTrailerBytes) {
        const auto *end = reinterpret_cast<const unsigned char *>(compressed.constEnd());
        claimedSize = qsizetype{end[-4]} | (qsizetype{end[-3]} << 8) | (qsizetype{end[-2]} << 16) |
                      (qsizetype{end[-1]} << 24);
    }
    QByteArray bits;
    bits.reserve(std::clamp(claimedSize, qsizetype{1}, kMaxStatusListBytes));

    std::array<Bytef, kInflateChunkBytes> chunk{};
    for (;;) {
        stream.next_out = chunk.data();
        stream.avail_out = static_cast<uInt>(chunk.size());
        const int rc = inflate(&stream, Z_NO_FLUSH);
        if (rc == Z_DATA_ERROR || rc == Z_NEED_DICT)
            return malformed(QStringLiteral("The status list's GZIP data is corrupt (%1).")
                                 .arg(QString::fromLatin1(stream.msg ? stream.msg : "no detail")));
        if (rc == Z_MEM_ERROR || rc == Z_STREAM_ERROR)
            return credentialError(CredentialError::Code::CryptoFailure,
                                   QStringLiteral("zlib failed while inflating the status list."));
        if (rc == Z_BUF_ERROR)
            return malformed(QStringLiteral("The status list's GZIP data stops before its end."));

        const qsizetype produced = chunk.size() - stream.avail_out;
        const qsizetype needed = bits.size() + produced;
        if (needed > kMaxStatusListBytes)
            return tooLarge();
        if (needed > bits.capacity())
            bits.reserve(std::min(std::max(needed, bits.capacity() * 2), kMaxStatusListBytes));
        bits.append(reinterpret_cast<const char *>(chunk.data()), produced);

        if (rc == Z_STREAM_END)
            break;
    }
    if (stream.avail_in != 0)
        return malformed(QStringLiteral("The status list has %1 bytes after its GZIP data.")
                             .arg(stream.avail_in));
    return bits;
}

QByteArray gzip(const QByteArray &bytes) {
    z_stream stream{};
    // Run-length matches only (Z_RLE): a status list is runs of zero bytes between the few set
    // bits, and deflate's general match search wastes its time on those runs (9 ms at level 9 for
    // a minimum list with 1 % of its bits set, against 0.03 ms here, for 7 % more bytes; smaller
    // output than level 9 for sparser and denser lists). Any inflater reads the result.
    if (deflateInit2(&stream, Z_BEST_COMPRESSION, Z_DEFLATED, kGzipWindowBits, kDefaultMemLevel,
                     Z_RLE) != Z_OK)
        qFatal("zlib could not start compressing a status list (out of memory)");
    stream.next_in = reinterpret_cast<const Bytef *>(bytes.constData());
    stream.avail_in = static_cast<uInt>(bytes.size());
    // deflateBound covers the whole stream, GZIP header and trailer included: one call finishes.
    QByteArray compressed(static_cast<qsizetype>(deflateBound(&stream, stream.avail_in)),
                          Qt::Uninitialized);
    stream.next_out = reinterpret_cast<Bytef *>(compressed.data());
    stream.avail_out = static_cast<uInt>(compressed.size());
    const int rc = deflate(&stream, Z_FINISH);
    deflateEnd(&stream);
    if (rc != Z_STREAM_END)
        qFatal("zlib could not compress a status list");
    compressed.truncate(static_cast<qsizetype>(stream.total_out));
    return compressed;
}

} // namespace

BitstringStatusList::BitstringStatusList(int bitCount)
    : m_bytes(bytesFor(bitCount), '\0') {
    Q_ASSERT_X(bitCount >= 1 && bitCount <= kMaxStatusListBits, "BitstringStatusList",
               "bitCount out of range");
}

BitstringStatusList::BitstringStatusList(FromBytes, QByteArray bytes)
    : m_bytes(std::move(bytes)) {}

int BitstringStatusList::size() const {
    return static_cast<int>(m_bytes.size() * 8);
}

bool BitstringStatusList::isSet(int index) const {
    Q_ASSERT_X(index >= 0 && index < size(), "BitstringStatusList::isSet", "index out of range");
    const auto byte = static_cast<unsigned char>(m_bytes.at(index / 8));
    return (byte & (0x80u >> (index % 8))) != 0;
}

void BitstringStatusList::set(int index, bool value) {
    Q_ASSERT_X(index >= 0 && index < size(), "BitstringStatusList::set", "index out of range");
    const auto mask = static_cast<unsigned char>(0x80u >> (index % 8));
    auto byte = static_cast<unsigned char>(m_bytes.at(index / 8));
    byte =
        value ? static_cast<unsigned char>(byte | mask) : static_cast<unsigned char>(byte & ~mask);
    m_bytes[index / 8] = static_cast<char>(byte);
}

std::optional<bool> BitstringStatusList::status(int index) const {
    if (index < 0 || index >= size())
        return std::nullopt;
    return isSet(index);
}

QByteArray BitstringStatusList::encode() const {
    return QByteArray(1, 'u') + base64UrlEncode(gzip(m_bytes));
}

Result<BitstringStatusList> BitstringStatusList::decode(const QByteArray &encodedList) {
    if (!encodedList.startsWith('u'))
        return credentialError(CredentialError::Code::InvalidEncoding,
                               QStringLiteral("The status list is not multibase base64url: it does "
                                              "not start with 'u'."));
    if (encodedList.size() > kMaxEncodedListBytes)
        return tooLarge();
    const std::optional<QByteArray> compressed = base64UrlDecode(encodedList.mid(1));
    if (!compressed)
        return credentialError(CredentialError::Code::InvalidEncoding,
                               QStringLiteral("The status list is not valid base64url (without "
                                              "padding) after its 'u'."));
    // A GZIP member starts with ID1 ID2 = 1f 8b (RFC 1952 §2.3.1); anything shorter is truncated.
    if (compressed->size() < 2 || static_cast<unsigned char>(compressed->at(0)) != 0x1f ||
        static_cast<unsigned char>(compressed->at(1)) != 0x8b)
        return malformed(QStringLiteral("The status list is not GZIP data."));
    Result<QByteArray> bits = gunzip(*compressed);
    if (!bits)
        return bits.error();
    if (bits.value().isEmpty())
        return malformed(QStringLiteral("The status list is empty."));
    return BitstringStatusList(FromBytes{}, std::move(bits).value());
}

} // namespace certtrack::credentials
