#pragma once

#include <QString>

namespace certtrack::server {

// Draws a certification logo as a self-contained SVG: the badge hexagon of BadgeArtwork with the
// logo's mark, beside the word CERTIFIED and the logo's name. Our own artwork: no vendor
// trademark is drawn, only the name the programme gave the logo.
class LogoArtwork {
public:
    static constexpr int kWidth = 560;
    static constexpr int kHeight = 200;

    static QString svg(const QString &logoName);
    // "CCIE Certification - 10-year Achievement" -> "CCIE"; "Cisco Certified Specialist -
    // Enterprise Core" -> "CCS".
    static QString mark(const QString &logoName);
    // A file name without extension: "ccie-certification-10-year-achievement".
    static QString fileStem(const QString &logoName);
};

} // namespace certtrack::server
