#pragma once

#include <QByteArray>

namespace certtrack::credentials {

// The badge artwork as a PNG, for baking: the SVG drawn with QtSvg onto a transparent image
// kSize pixels high (the width follows the artwork). certtrackd bakes its downloads with it and the
// client bakes the same downloads offline. Needs a QGuiApplication (certtrackd runs one on the
// offscreen platform, see server/app/main.cpp): the artwork's text needs Qt's font database.
namespace BadgeRaster {
inline constexpr int kSize = 600;
// Empty when the SVG does not render.
QByteArray png(const QByteArray &svg);
} // namespace BadgeRaster

} // namespace certtrack::credentials
