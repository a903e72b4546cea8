#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

// Test PNGs made with libpng directly, independently of the baking code under test: images with
// known pixels, optionally carrying iTXt chunks written by libpng's own png_set_text.
namespace certtrack::credentials::testing {

using TextChunk = QPair<QByteArray, QByteArray>; // keyword, text

// An 8-bit RGBA image with a pattern in every pixel; iTXt chunks (uncompressed) before IDAT.
QByteArray makePng(int width, int height, const QList<TextChunk> &itxt = {},
                   bool interlaced = false);

// The image's pixels as 8-bit RGBA through libpng's simplified reader; empty if unreadable.
QByteArray decodeRgba(const QByteArray &png);

} // namespace certtrack::credentials::testing
