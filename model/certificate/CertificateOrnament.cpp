#include "certificate/CertificateOrnament.h"

#include <QList>
#include <QMutex>
#include <QPainter>
#include <QPen>
#include <QTransform>

#include <QtMath>

#include <numeric>
#include <utility>

namespace certtrack::certificate {

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
// a period they replace, in three quarters of the bytes.
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

// One strand of a guilloche ring: r(θ) = radius + depth·sin(lobes·θ). Lengths in layout units.
QPainterPath ringStrand(qreal radius, qreal depth, int lobes) {
    auto r = [&](qreal t) { return (radius + depth * qSin(lobes * t)) * kUnit; };
    auto dr = [&](qreal t) { return depth * lobes * qCos(lobes * t) * kUnit; };
    QPainterPath path;
    addCurve(
        &path, 0, 2 * M_PI, lobes * kSegmentsPerWave, kWaveHandle,
        [&](qreal t) { return QPointF(r(t) * qCos(t), r(t) * qSin(t)); },
        [&](qreal t) {
            return QPointF(dr(t) * qCos(t) - r(t) * qSin(t), dr(t) * qSin(t) + r(t) * qCos(t));
        });
    return path;
}

// A sine wave y = amplitude·sin(2π·x / wavelength) from x0 to x1, whole wavelengths apart.
void addWave(QPainterPath *path, qreal x0, qreal x1, qreal amplitude, qreal wavelength) {
    const qreal k = 2 * M_PI / wavelength;
    addCurve(
        path, x0, x1, qMax(1, qRound((x1 - x0) / wavelength)) * kSegmentsPerWave, kWaveHandle,
        [&](qreal x) { return QPointF(x, amplitude * qSin(k * x)); },
        [&](qreal x) { return QPointF(1, amplitude * k * qCos(k * x)); });
}

// The band's waves along a side of that length: a whole number of them, about 11 mm long.
qreal guillocheWavelength(qreal length) {
    return length / qMax(1, qRound(length / 110));
}

} // namespace

const QPainterPath &CertificateOrnament::watermarkRosette() {
    // 6 segments a lobe: within 0.018 mm of the curve (the 1,300-point polyline was 0.023).
    static const QPainterPath path = rounded(rosette(480, 140, 220, 6));
    return path;
}

const QPainterPath &CertificateOrnament::cornerRosette() {
    // 4 segments a lobe: within 0.0045 mm of the curve (the 240-point polyline was 0.0065).
    static const QPainterPath path = rounded(rosette(56, 21, 18, 4));
    return path;
}

void CertificateOrnament::strokeBraidedRing(QPainter *painter, const QPointF &centre, qreal radius,
                                            qreal depth, int lobes, int strands,
                                            const QColor &colour, qreal penWidth) {
    // A process draws two rings (the watermark's and the seal's), so a short list will do.
    struct Ring {
        qreal radius;
        qreal depth;
        int lobes;
        QPainterPath strand;
    };
    static QMutex mutex;
    static QList<Ring> rings;
    QPainterPath strand;
    {
        const QMutexLocker lock(&mutex);
        for (const Ring &ring : std::as_const(rings)) {
            if (ring.radius == radius && ring.depth == depth && ring.lobes == lobes)
                strand = ring.strand;
        }
        if (strand.isEmpty()) {
            strand = rounded(ringStrand(radius, depth, lobes));
            rings.append({radius, depth, lobes, strand});
        }
    }
    // Strand s, its waves a fraction s / strands of a lobe further on, is the first one turned
    // back by that fraction of a lobe's angle: the same path, the same text in the page stream.
    for (int s = 0; s < strands; ++s) {
        painter->save();
        painter->translate(centre);
        painter->rotate(-360.0 * s / (qreal(strands) * lobes));
        stroke(painter, strand, QPointF(0, 0), colour, penWidth);
        painter->restore();
    }
}

QPainterPath CertificateOrnament::guillocheStrand(qreal length, qreal amplitude) {
    // A process asks for two lengths (the sides of its paper), so a short list will do.
    struct Strand {
        qreal length;
        qreal amplitude;
        QPainterPath path;
    };
    static QMutex mutex;
    static QList<Strand> strands;
    const QMutexLocker lock(&mutex);
    for (const Strand &strand : std::as_const(strands)) {
        if (strand.length == length && strand.amplitude == amplitude)
            return strand.path;
    }
    const qreal wavelength = guillocheWavelength(length) * kUnit;
    QPainterPath path;
    addWave(&path, -wavelength, length * kUnit + wavelength, amplitude * kUnit, wavelength);
    strands.append({length, amplitude, rounded(path)});
    return strands.constLast().path;
}

void CertificateOrnament::strokeGuillocheBand(QPainter *painter, const QRectF &outer,
                                              const QRectF &inner, const QColor &colour,
                                              qreal penWidth) {
    const qreal half = (inner.left() - outer.left()) / 2;
    const qreal amplitude = half * 0.72;
    // Each side in its own frame, its middle line as the x axis. Strand s is the wave a fifth of
    // a wavelength further on, so the same strand shifted back by that much.
    auto side = [&](qreal length, const QTransform &frame) {
        const QPainterPath strand = guillocheStrand(length, amplitude);
        const qreal shift = guillocheWavelength(length) / kGuillocheStrands;
        for (int s = 0; s < kGuillocheStrands; ++s) {
            painter->save();
            painter->setTransform(QTransform::fromTranslate(-shift * s, 0) * frame, true);
            stroke(painter, strand, QPointF(0, 0), colour, penWidth);
            painter->restore();
        }
    };
    painter->save();
    painter->setClipRect(outer);
    side(outer.width(), QTransform::fromTranslate(outer.left(), outer.top() + half));
    side(outer.width(), QTransform::fromTranslate(outer.left(), outer.bottom() - half));
    side(outer.height(), QTransform(0, 1, 1, 0, outer.left() + half, outer.top()));
    side(outer.height(), QTransform(0, 1, 1, 0, outer.right() - half, outer.top()));
    painter->restore();
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

} // namespace certtrack::certificate
