#pragma once

#include <QPainterPath>
#include <QSizeF>

class QPainter;

namespace certtrack::ui {

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

    // Around (0, 0). The watermark (rosette and ring) behind the text, 160 mm wide.
    static const QPainterPath &watermark();
    // Around (0, 0). The spirograph of each corner medallion.
    static const QPainterPath &cornerRosette();
    // Around (0, 0). The braided ring of a seal of the given radius (in layout units).
    static QPainterPath sealRing(qreal radius);
    // The braided rope between two rules: outer and inner in layout units, the path in ornament
    // units from the page's origin, each side holding a whole number of waves.
    static QPainterPath guillocheBand(const QRectF &outer, const QRectF &inner);

    // Strokes path (in ornament units) with a pen of penWidth layout units, the painter's origin
    // moved to centre (layout units) first.
    static void stroke(QPainter *painter, const QPainterPath &path, const QPointF &centre,
                       const QColor &colour, qreal penWidth);
};

} // namespace certtrack::ui
