#pragma once

#include <QByteArray>
#include <QList>
#include <QRect>

namespace certtrack::certificate {

// A QR code (libqrencode, error correction level M) as a square of modules, drawable as vector
// shapes so it stays sharp on paper at any size.
class QrCode {
public:
    // An empty code (isValid() false) when the text cannot be encoded.
    static QrCode encode(const QByteArray &text);

    bool isValid() const { return m_size > 0; }
    int size() const { return m_size; } // modules per side, without the quiet zone
    bool module(int x, int y) const { return m_modules.at(y * m_size + x) != 0; }
    // The dark modules in module units, in a square of sideInModules() at the origin (the
    // quiet zone included), each horizontal run of modules merged into one rectangle: drawn
    // scaled, they cost a PDF page a few whole numbers each.
    QList<QRect> runs() const;
    int sideInModules() const { return m_size + 2 * kQuietZone; }

    static constexpr int kQuietZone = 4;

private:
    int m_size = 0;
    QByteArray m_modules; // row-major, 1 = dark
};

} // namespace certtrack::certificate
