#pragma once

#include <QString>

namespace certtrack::server {

// Draws a badge as a self-contained SVG: a hexagon in the level's colour with the acronym and a
// caption. Our own artwork, so the demo carries no vendor trademark.
class BadgeArtwork {
public:
    enum class Level { Entry, Associate, Professional, Specialist, Expert };

    static QString svg(const QString &acronym, const QString &caption, Level level);
};

} // namespace certtrack::server
