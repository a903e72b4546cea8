#include "credentials/BadgeBaking.h"

#include <QList>
#include <QStringDecoder>

#include <png.h>

#include <cstring>
#include <vector>

namespace certtrack::credentials {

using Code = CredentialError::Code;

namespace {

constexpr unsigned char kPngSignature[8] = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
constexpr quint32 kMaxChunkLength = 0x7fffffff; // PNG §5.3
// Text and unknown chunks libpng keeps before refusing the image (png_set_chunk_cache_max).
constexpr png_uint_32 kMaxAncillaryChunks = 256;

const char kKeywordV2[] = "openbadges";
const char kKeywordV3[] = "openbadgecredential";

CredentialError error(Code code, const QString &message) {
    return credentialError(code, message);
}

quint32 readBigEndian32(const char *p) {
    const auto *b = reinterpret_cast<const unsigned char *>(p);
    return (quint32(b[0]) << 24) | (quint32(b[1]) << 16) | (quint32(b[2]) << 8) | quint32(b[3]);
}

struct Chunk {
    QByteArray type;
    qsizetype dataOffset = 0;
    qsizetype length = 0;
};

bool isTextChunk(const QByteArray &type) {
    return type == "iTXt" || type == "tEXt" || type == "zTXt";
}

// True when the chunk is a text chunk whose keyword is one of Open Badges'.
bool isOpenBadgesChunk(const QByteArray &png, const Chunk &chunk) {
    if (!isTextChunk(chunk.type))
        return false;
    const QByteArray head = png.mid(chunk.dataOffset, std::min<qsizetype>(chunk.length, 80));
    const qsizetype end = head.indexOf('\0');
    const QByteArray keyword = end < 0 ? head : head.left(end);
    return keyword == kKeywordV2 || keyword == kKeywordV3;
}

// Walks the chunk structure (lengths, types, the final IEND) without judging contents, so a cut
// or non-PNG file gets its own error before libpng reads it.
Result<QList<Chunk>> scanChunks(const QByteArray &png) {
    const qsizetype signatureSize = sizeof kPngSignature;
    const QByteArray signature(reinterpret_cast<const char *>(kPngSignature), signatureSize);
    if (png.size() < signatureSize) {
        if (!png.isEmpty() && signature.startsWith(png))
            return error(Code::TruncatedImage, QStringLiteral("the PNG is cut short"));
        return error(Code::NotAnImage, QStringLiteral("the file is not a PNG image"));
    }
    if (!png.startsWith(signature))
        return error(Code::NotAnImage, QStringLiteral("the file is not a PNG image"));
    QList<Chunk> chunks;
    qsizetype position = signatureSize;
    for (;;) {
        if (png.size() - position < 8)
            return error(Code::TruncatedImage, QStringLiteral("the PNG is cut short"));
        Chunk chunk;
        const quint32 length = readBigEndian32(png.constData() + position);
        chunk.type = png.mid(position + 4, 4);
        chunk.dataOffset = position + 8;
        chunk.length = length;
        for (const char c : chunk.type) {
            if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')))
                return error(Code::CorruptImage, QStringLiteral("the PNG has a malformed chunk"));
        }
        if (length > kMaxChunkLength)
            return error(Code::CorruptImage, QStringLiteral("the PNG has a malformed chunk"));
        if (chunks.isEmpty() && chunk.type != "IHDR")
            return error(Code::CorruptImage, QStringLiteral("the PNG does not start with IHDR"));
        if (png.size() - chunk.dataOffset < qsizetype(length) + 4)
            return error(Code::TruncatedImage, QStringLiteral("the PNG is cut short"));
        if (isOpenBadgesChunk(png, chunk) && chunk.length > kMaxPngChunkBytes)
            return error(Code::CredentialTooLarge,
                         QStringLiteral("the PNG's Open Badges chunk is larger than the %1 MiB "
                                        "limit")
                             .arg(kMaxBakedCredentialBytes / (1024 * 1024)));
        chunks.append(chunk);
        position = chunk.dataOffset + chunk.length + 4;
        if (chunk.type == "IEND")
            return chunks;
    }
}

// What libpng's callbacks share with us. Plain data: libpng's errors longjmp across it.
struct PngIo {
    const unsigned char *input = nullptr;
    size_t inputSize = 0;
    size_t position = 0;
    QByteArray *output = nullptr;
    png_bytep row = nullptr;
    char message[200] = {};
};

void onPngError(png_structp png, png_const_charp message) {
    auto *io = static_cast<PngIo *>(png_get_error_ptr(png));
    std::strncpy(io->message, message ? message : "libpng error", sizeof io->message - 1);
    png_longjmp(png, 1);
}

void onPngWarning(png_structp, png_const_charp) {}

void readFromMemory(png_structp png, png_bytep data, size_t length) {
    auto *io = static_cast<PngIo *>(png_get_io_ptr(png));
    if (io->inputSize - io->position < length)
        png_error(png, "the PNG is cut short");
    std::memcpy(data, io->input + io->position, length);
    io->position += length;
}

void writeToMemory(png_structp png, png_bytep data, size_t length) {
    auto *io = static_cast<PngIo *>(png_get_io_ptr(png));
    // Capacity was reserved up front, so this append does not allocate inside libpng's frames.
    io->output->append(reinterpret_cast<const char *>(data), static_cast<qsizetype>(length));
}

void flushMemory(png_structp) {}

// Reads the whole image through libpng: every chunk's CRC, every row of pixel data, the end.
// No object with a destructor lives in this frame, because libpng errors longjmp out of it.
bool readWholePng(png_structp png, png_infop info, png_infop endInfo, PngIo *io) {
    if (setjmp(png_jmpbuf(png)))
        return false;
    png_set_read_fn(png, io, readFromMemory);
    png_set_user_limits(png, kMaxPngDimension, kMaxPngDimension);
    png_set_chunk_malloc_max(png, static_cast<png_alloc_size_t>(kMaxPngChunkBytes));
    png_set_chunk_cache_max(png, kMaxAncillaryChunks);
    png_set_crc_action(png, PNG_CRC_ERROR_QUIT, PNG_CRC_ERROR_QUIT);
    png_read_info(png, info);
    const int passes = png_set_interlace_handling(png);
    png_read_update_info(png, info);
    io->row = static_cast<png_bytep>(png_malloc(png, png_get_rowbytes(png, info)));
    const png_uint_32 height = png_get_image_height(png, info);
    for (int pass = 0; pass < passes; ++pass) {
        for (png_uint_32 y = 0; y < height; ++y)
            png_read_row(png, io->row, nullptr);
    }
    png_read_end(png, endInfo);
    return true;
}

struct ChunkRef {
    png_byte type[5];
    const png_byte *data;
    size_t length;
};

// Writes the signature and the chunks through libpng, which computes each CRC.
bool writeChunks(png_structp png, const ChunkRef *chunks, size_t count, PngIo *io) {
    if (setjmp(png_jmpbuf(png)))
        return false;
    png_set_write_fn(png, io, writeToMemory, flushMemory);
    png_write_sig(png);
    for (size_t i = 0; i < count; ++i)
        png_write_chunk(png, chunks[i].type, chunks[i].data, chunks[i].length);
    return true;
}

struct PngText {
    QByteArray keyword;
    QByteArray text;
};

void collectTexts(png_structp png, png_infop info, QList<PngText> *texts) {
    png_textp entries = nullptr;
    int count = 0;
    png_get_text(png, info, &entries, &count);
    for (int i = 0; i < count; ++i) {
        const png_text &entry = entries[i];
        const bool international = entry.compression == PNG_ITXT_COMPRESSION_NONE ||
                                   entry.compression == PNG_ITXT_COMPRESSION_zTXt;
        const size_t length = international ? entry.itxt_length : entry.text_length;
        texts->append(
            {QByteArray(entry.key), QByteArray(entry.text, static_cast<qsizetype>(length))});
    }
}

// Validates the whole image with libpng and returns its text chunks.
Result<QList<PngText>> readPngTexts(const QByteArray &png) {
    const auto chunks = scanChunks(png);
    if (!chunks)
        return chunks.error();
    PngIo io;
    io.input = reinterpret_cast<const unsigned char *>(png.constData());
    io.inputSize = static_cast<size_t>(png.size());
    png_structp reader =
        png_create_read_struct(PNG_LIBPNG_VER_STRING, &io, onPngError, onPngWarning);
    png_infop info = reader ? png_create_info_struct(reader) : nullptr;
    png_infop endInfo = reader ? png_create_info_struct(reader) : nullptr;
    if (!reader || !info || !endInfo) {
        png_destroy_read_struct(&reader, &info, &endInfo);
        return error(Code::CryptoFailure, QStringLiteral("libpng cannot start"));
    }
    QList<PngText> texts;
    const bool read = readWholePng(reader, info, endInfo, &io);
    if (read) {
        collectTexts(reader, info, &texts);
        collectTexts(reader, endInfo, &texts);
    }
    png_free(reader, io.row);
    png_destroy_read_struct(&reader, &info, &endInfo);
    if (!read)
        return error(
            Code::CorruptImage,
            QStringLiteral("the PNG cannot be read: %1").arg(QString::fromLatin1(io.message)));
    return texts;
}

Result<QByteArray> checkedText(const QByteArray &text) {
    if (text.isEmpty())
        return error(Code::InvalidCredentialText, QStringLiteral("the credential is empty"));
    if (text.size() > kMaxBakedCredentialBytes)
        return error(Code::CredentialTooLarge,
                     QStringLiteral("the credential is larger than the %1 MiB limit")
                         .arg(kMaxBakedCredentialBytes / (1024 * 1024)));
    if (text.contains('\0'))
        return error(Code::InvalidCredentialText,
                     QStringLiteral("the credential contains a NUL byte"));
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString decoded = decoder.decode(text);
    if (decoder.hasError())
        return error(Code::InvalidCredentialText, QStringLiteral("the credential is not UTF-8"));
    return text;
}

} // namespace

QString pngKeyword(OpenBadgesVersion version) {
    return QLatin1String(version == OpenBadgesVersion::V2 ? kKeywordV2 : kKeywordV3);
}

Result<BakedCredential> extractPng(const QByteArray &png) {
    const auto texts = readPngTexts(png);
    if (!texts)
        return texts.error();
    std::optional<BakedCredential> found;
    for (const PngText &entry : texts.value()) {
        const bool v2 = entry.keyword == kKeywordV2;
        if (!v2 && entry.keyword != kKeywordV3)
            continue;
        if (found)
            return error(Code::AmbiguousCredential,
                         QStringLiteral("the PNG carries more than one Open Badges credential"));
        if (entry.text.size() > kMaxBakedCredentialBytes)
            return error(Code::CredentialTooLarge,
                         QStringLiteral("the PNG's credential is larger than the %1 MiB limit")
                             .arg(kMaxBakedCredentialBytes / (1024 * 1024)));
        found = BakedCredential{v2 ? OpenBadgesVersion::V2 : OpenBadgesVersion::V3, entry.text, {}};
    }
    if (!found)
        return error(Code::NoCredential,
                     QStringLiteral("the PNG carries no Open Badges credential"));
    return *found;
}

Result<QByteArray> bakePng(const QByteArray &png, OpenBadgesVersion version,
                           const QByteArray &text) {
    const auto checked = checkedText(text);
    if (!checked)
        return checked.error();
    const auto texts = readPngTexts(png);
    if (!texts)
        return texts.error();
    const auto chunks = scanChunks(png);
    if (!chunks)
        return chunks.error();

    // iTXt (PNG §11.3.4.5): keyword, NUL, compression flag 0, method 0, empty language tag, NUL,
    // empty translated keyword, NUL, text.
    QByteArray itxt = pngKeyword(version).toLatin1();
    itxt.append('\0').append('\0').append('\0').append('\0').append('\0');
    itxt.append(text);

    std::vector<ChunkRef> plan;
    plan.reserve(static_cast<size_t>(chunks.value().size()) + 1);
    auto add = [&plan](const char *type, const char *data, qsizetype length) {
        ChunkRef ref{};
        std::memcpy(ref.type, type, 4);
        ref.data = reinterpret_cast<const png_byte *>(data);
        ref.length = static_cast<size_t>(length);
        plan.push_back(ref);
    };
    bool inserted = false;
    for (const Chunk &chunk : chunks.value()) {
        if (isOpenBadgesChunk(png, chunk))
            continue;
        // Before the image data, where a reader that stops at the first IDAT still finds it.
        if (!inserted && (chunk.type == "IDAT" || chunk.type == "IEND")) {
            add("iTXt", itxt.constData(), itxt.size());
            inserted = true;
        }
        add(chunk.type.constData(), png.constData() + chunk.dataOffset, chunk.length);
    }

    QByteArray output;
    output.reserve(png.size() + itxt.size() + 64);
    PngIo io;
    io.output = &output;
    png_structp writer =
        png_create_write_struct(PNG_LIBPNG_VER_STRING, &io, onPngError, onPngWarning);
    if (!writer)
        return error(Code::CryptoFailure, QStringLiteral("libpng cannot start"));
    const bool written = writeChunks(writer, plan.data(), plan.size(), &io);
    png_destroy_write_struct(&writer, nullptr);
    if (!written)
        return error(
            Code::CryptoFailure,
            QStringLiteral("the PNG cannot be written: %1").arg(QString::fromLatin1(io.message)));
    return output;
}

} // namespace certtrack::credentials
