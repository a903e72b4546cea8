#pragma once

#include <QColor>
#include <QPainterPath>
#include <QRectF>

class QPainter;

namespace certtrack::certificate {

// The engraved lines of a certificate: the watermark rosette, the guilloche band of the frame,
// the corner rosettes and the seal's braided ring. They are the same on every certificate, so
// they are built once per process (the band once per paper size) and shared by every page
// drawn, on every thread of `certtrack certificate --all`.
//
// Curves are cubic Bézier segments that follow the curve's own tangents: a few segments per lobe
// trace it closer than a polyline of many points. Coordinates are whole hundredths of a
// millimetre around the shape's own centre: the PDF writer prints a whole number in a few digits
// where a fraction takes ten, and these lines are most of the page stream that it compresses.
class CertificateOrnament {
public:
    // Ornament units (hundredths of a millimetre) per layout unit (tenths of a millimetre).
    static constexpr qreal kUnitsPerLayoutUnit = 10;

    // Around (0, 0). The rosette of the watermark behind the text.
    static const QPainterPath &watermarkRosette();
    // Around (0, 0). The spirograph of each corner medallion.
    static const QPainterPath &cornerRosette();
    // A guilloche ring around centre: `strands` braided waves r(θ) = radius + depth·sin(lobes·θ
    // + 2π·s / strands), lengths in layout units. Every strand is the first one turned, so the
    // page stream repeats one text.
    static void strokeBraidedRing(QPainter *painter, const QPointF &centre, qreal radius,
                                  qreal depth, int lobes, int strands, const QColor &colour,
                                  qreal penWidth);
    // The braided rope in the band between the rules outer and inner (layout units): five
    // interlaced waves along each side, each side holding a whole number of waves, clipped to
    // outer. Each side is drawn in its own frame and every strand is one wave shifted, so the
    // page stream repeats two texts (one per side length), and deflate takes a fraction of the
    // time over text it has seen.
    static void strokeGuillocheBand(QPainter *painter, const QRectF &outer, const QRectF &inner,
                                    const QColor &colour, qreal penWidth);
    // The strand of a side `length` layout units long: a wave of the given amplitude along the x
    // axis, from a wavelength before 0 to a wavelength after length.
    static QPainterPath guillocheStrand(qreal length, qreal amplitude);
    static constexpr int kGuillocheStrands = 5;

    // Strokes path (in ornament units) with a pen of penWidth layout units, the painter's origin
    // moved to centre (layout units) first.
    static void stroke(QPainter *painter, const QPainterPath &path, const QPointF &centre,
                       const QColor &colour, qreal penWidth);
};

} // namespace certtrack::certificate
