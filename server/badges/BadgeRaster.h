#pragma once

#include <QByteArray>

namespace certtrack::server {

// The badge artwork as a PNG, for baking: the SVG drawn with QtSvg onto a transparent image
// kSize pixels high (the width follows the artwork). certtrackd runs a QGuiApplication on the
// offscreen platform for this (see app/main.cpp): the artwork's text needs Qt's font database.
namespace BadgeRaster {
inline constexpr int kSize = 600;
// Empty when the SVG does not render.
QByteArray png(const QByteArray &svg);
} // namespace BadgeRaster

} // namespace certtrack::server
