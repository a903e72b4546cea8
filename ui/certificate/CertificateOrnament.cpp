#include "ui/certificate/CertificateOrnament.h"

#include <QMutex>
#include <QPainter>
#include <QPen>
#include <QTransform>

#include <QtMath>

#include <numeric>

namespace certtrack::ui {

namespace {

constexpr qreal kUnit = CertificateOrnament::kUnitsPerLayoutUnit;

// Appends the curve at(t), t0 ≤ t ≤ t1, as `segments` cubic Bézier segments whose handles lie
// on the curve's tangents, `handle` times the segment's parameter step long (1/3 is cubic
// Hermite interpolation, best for short segments).
template <typename At, typename Tangent>
void addCurve(QPainterPath *path, qreal t0, qreal t1, int segments, qreal handle, At &&at,
              Tangent &&tangent) {
    const qreal step = (t1 - t0) / segments;
    path->moveTo(at(t0));
    for (int i = 0; i < segments; ++i) {
        const qreal a = t0 + i * step;
        const qreal b = a + step;
        path->cubicTo(at(a) + tangent(a) * (step * handle), at(b) - tangent(b) * (step * handle),
                      at(b));
    }
}

// Waves (the band's strands, the rings' lobes) take three segments a period with handles of
// 0.37 of a step: within 0.02 mm of the true sine wave, closer than the four Hermite segments
// a period they replace, in three quarters of the page stream.
constexpr int kSegmentsPerWave = 3;
constexpr qreal kWaveHandle = 0.37;

// Every coordinate to a whole ornament unit: at most 5 µm off, far below a printer's dot.
QPainterPath rounded(QPainterPath path) {
    for (int i = 0; i < path.elementCount(); ++i) {
        const QPainterPath::Element e = path.elementAt(i);
        path.setElementPositionAt(i, qRound(e.x), qRound(e.y));
    }
    return path;
}

// A spirograph curve (hypotrochoid): the rosettes of banknotes and diplomas. Lengths in layout
// units; segmentsPerLobe cubic segments for each of its bigR / gcd lobes.
QPainterPath rosette(qreal bigR, qreal smallR, qreal pen, int segmentsPerLobe) {
    const int divisor = std::gcd(qRound(bigR), qRound(smallR));
    const int turns = qRound(smallR) / divisor;
    const int lobes = qRound(bigR) / divisor;
    const qreal rolling = (bigR - smallR) * kUnit;
    const qreal arm = pen * kUnit;
    const qreal ratio = (bigR - smallR) / smallR;
    QPainterPath path;
    addCurve(
        &path, 0, 2 * M_PI * turns, lobes * segmentsPerLobe, 1.0 / 3,
        [&](qreal t) {
            return QPointF(rolling * qCos(t) + arm * qCos(ratio * t),
                           rolling * qSin(t) - arm * qSin(ratio * t));
        },
        [&](qreal t) {
            return QPointF(-rolling * qSin(t) - arm * ratio * qSin(ratio * t),
                           rolling * qCos(t) - arm * ratio * qCos(ratio * t));
        });
    return path;
}

// Strands of a guilloche ring: r(θ) = radius + depth·sin(lobes·θ + phase), phase-shifted copies
// braided around the centre. Lengths in layout units.
QPainterPath braidedRing(qreal radius, qreal depth, int lobes, int strands) {
    QPainterPath path;
    for (int s = 0; s < strands; ++s) {
        const qreal phase = 2 * M_PI * s / strands;
        auto r = [&](qreal t) { return (radius + depth * qSin(lobes * t + phase)) * kUnit; };
        auto dr = [&](qreal t) { return depth * lobes * qCos(lobes * t + phase) * kUnit; };
        addCurve(
            &path, 0, 2 * M_PI, lobes * kSegmentsPerWave, kWaveHandle,
            [&](qreal t) { return QPointF(r(t) * qCos(t), r(t) * qSin(t)); },
            [&](qreal t) {
                return QPointF(dr(t) * qCos(t) - r(t) * qSin(t), dr(t) * qSin(t) + r(t) * qCos(t));
            });
    }
    return path;
}

// A sine wave along the x axis from 0 to length, a whole number of wavelengths long.
void addWave(QPainterPath *path, qreal length, qreal amplitude, qreal wavelength, qreal phase) {
    const qreal k = 2 * M_PI / wavelength;
    addCurve(
        path, 0, length, qMax(1, qRound(length / wavelength)) * kSegmentsPerWave, kWaveHandle,
        [&](qreal x) { return QPointF(x, amplitude * qSin(k * x + phase)); },
        [&](qreal x) { return QPointF(1, amplitude * k * qCos(k * x + phase)); });
}

} // namespace

const QPainterPath &CertificateOrnament::watermark() {
    static const QPainterPath path = [] {
        // 6 segments a lobe: within 0.02 mm of the curve (a polyline of 1,300 points was 0.03).
        QPainterPath both = rosette(480, 140, 220, 6);
        both.addPath(braidedRing(600, 22, 48, 3));
        return rounded(both);
    }();
    return path;
}

const QPainterPath &CertificateOrnament::cornerRosette() {
    // 4 segments a lobe: within 0.005 mm of the curve (a polyline of 240 points was 0.007).
    static const QPainterPath path = rounded(rosette(56, 21, 18, 4));
    return path;
}

QPainterPath CertificateOrnament::sealRing(qreal radius) {
    return rounded(braidedRing(radius * 0.59, radius * 0.1, 18, 4));
}

QPainterPath CertificateOrnament::guillocheBand(const QRectF &outer, const QRectF &inner) {
    // The band of one paper size: the same for every certificate of the process.
    static QMutex mutex;
    static QRectF cachedOuter;
    static QRectF cachedInner;
    static QPainterPath cached;
    const QMutexLocker lock(&mutex);
    if (outer == cachedOuter && inner == cachedInner)
        return cached;

    // Interlaced sine waves in the band between the two gold rules: a braided rope.
    const qreal half = (inner.left() - outer.left()) / 2;
    const qreal amplitude = half * 0.72 * kUnit;
    constexpr int kStrands = 5;
    QPainterPath strands;
    auto side = [&](qreal length, const QTransform &place) {
        const qreal wavelength = length / qMax(1, qRound(length / 110));
        QPainterPath local;
        for (int s = 0; s < kStrands; ++s)
            addWave(&local, length * kUnit, amplitude, wavelength * kUnit, 2 * M_PI * s / kStrands);
        strands.addPath(place.map(local));
    };
    const qreal top = (outer.top() + half) * kUnit;
    const qreal bottom = (outer.bottom() - half) * kUnit;
    const qreal left = (outer.left() + half) * kUnit;
    const qreal right = (outer.right() - half) * kUnit;
    side(outer.width(), QTransform::fromTranslate(outer.left() * kUnit, top));
    side(outer.width(), QTransform::fromTranslate(outer.left() * kUnit, bottom));
    side(outer.height(), QTransform(0, 1, 1, 0, left, outer.top() * kUnit));
    side(outer.height(), QTransform(0, 1, 1, 0, right, outer.top() * kUnit));
    cachedOuter = outer;
    cachedInner = inner;
    cached = rounded(strands);
    return cached;
}

void CertificateOrnament::stroke(QPainter *painter, const QPainterPath &path, const QPointF &centre,
                                 const QColor &colour, qreal penWidth) {
    painter->save();
    painter->translate(centre);
    painter->scale(1 / kUnit, 1 / kUnit);
    painter->setPen(QPen(colour, penWidth * kUnit));
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(path);
    painter->restore();
}

} // namespace certtrack::ui
