#include "PngFixtures.h"

#include <png.h>

#include <vector>

namespace certtrack::credentials::testing {

namespace {

void appendToByteArray(png_structp png, png_bytep data, size_t length) {
    static_cast<QByteArray *>(png_get_io_ptr(png))
        ->append(reinterpret_cast<const char *>(data), static_cast<qsizetype>(length));
}

void noFlush(png_structp) {}

// Only plain data lives in this frame: libpng errors longjmp out of it.
bool writePng(png_structp png, png_infop info, QByteArray *output, int width, int height,
              png_textp texts, int textCount, bool interlaced, png_bytepp rows) {
    if (setjmp(png_jmpbuf(png)))
        return false;
    png_set_write_fn(png, output, appendToByteArray, noFlush);
    png_set_IHDR(png, info, static_cast<png_uint_32>(width), static_cast<png_uint_32>(height), 8,
                 PNG_COLOR_TYPE_RGB_ALPHA, interlaced ? PNG_INTERLACE_ADAM7 : PNG_INTERLACE_NONE,
                 PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
    if (textCount > 0)
        png_set_text(png, info, texts, textCount);
    png_set_rows(png, info, rows);
    png_write_png(png, info, PNG_TRANSFORM_IDENTITY, nullptr);
    return true;
}

} // namespace

QByteArray makePng(int width, int height, const QList<TextChunk> &itxt, bool interlaced) {
    std::vector<png_byte> pixels(static_cast<size_t>(width) * static_cast<size_t>(height) * 4);
    std::vector<png_bytep> rows(static_cast<size_t>(height));
    for (int y = 0; y < height; ++y) {
        rows[static_cast<size_t>(y)] = pixels.data() + static_cast<size_t>(y) * width * 4;
        for (int x = 0; x < width; ++x) {
            png_bytep p = rows[static_cast<size_t>(y)] + x * 4;
            p[0] = static_cast<png_byte>(x * 7 + y);
            p[1] = static_cast<png_byte>(y * 5);
            p[2] = static_cast<png_byte>((x ^ y) * 3);
            p[3] = static_cast<png_byte>(255 - (x + y) % 64);
        }
    }
    std::vector<png_text> texts(static_cast<size_t>(itxt.size()));
    for (qsizetype i = 0; i < itxt.size(); ++i) {
        png_text &text = texts[static_cast<size_t>(i)];
        text = png_text{};
        text.compression = PNG_ITXT_COMPRESSION_NONE;
        text.key = const_cast<char *>(itxt[i].first.constData());
        text.text = const_cast<char *>(itxt[i].second.constData());
        text.itxt_length = static_cast<size_t>(itxt[i].second.size());
        text.lang = const_cast<char *>("");
        text.lang_key = const_cast<char *>("");
    }
    QByteArray output;
    png_structp png = png_create_write_struct(PNG_LIBPNG_VER_STRING, nullptr, nullptr, nullptr);
    png_infop info = png_create_info_struct(png);
    const bool ok = writePng(png, info, &output, width, height, texts.data(),
                             static_cast<int>(texts.size()), interlaced, rows.data());
    png_destroy_write_struct(&png, &info);
    return ok ? output : QByteArray();
}

QByteArray decodeRgba(const QByteArray &png) {
    png_image image{};
    image.version = PNG_IMAGE_VERSION;
    if (!png_image_begin_read_from_memory(&image, png.constData(), static_cast<size_t>(png.size())))
        return {};
    image.format = PNG_FORMAT_RGBA;
    QByteArray pixels(static_cast<qsizetype>(PNG_IMAGE_SIZE(image)), '\0');
    if (!png_image_finish_read(&image, nullptr, pixels.data(), 0, nullptr)) {
        png_image_free(&image);
        return {};
    }
    return pixels;
}

} // namespace certtrack::credentials::testing
