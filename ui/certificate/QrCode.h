#pragma once

#include <QByteArray>
#include <QPainterPath>

namespace certtrack::ui {

// A QR code (libqrencode, error correction level M) as a square of modules, drawable as vector
// shapes so it stays sharp on paper at any size.
class QrCode {
public:
    // An empty code (isValid() false) when the text cannot be encoded.
    static QrCode encode(const QByteArray &text);

    bool isValid() const { return m_size > 0; }
    int size() const { return m_size; } // modules per side, without the quiet zone
    bool module(int x, int y) const { return m_modules.at(y * m_size + x) != 0; }
    // The dark modules in a square of side `side` at the origin, the 4-module quiet zone
    // included in that side; runs of modules are merged into one rectangle each.
    QPainterPath path(qreal side) const;

    static constexpr int kQuietZone = 4;

private:
    int m_size = 0;
    QByteArray m_modules; // row-major, 1 = dark
};

} // namespace certtrack::ui
