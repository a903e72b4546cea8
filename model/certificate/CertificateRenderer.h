#pragma once

#include "certificate/CertificateContent.h"
#include "certificate/QrCode.h"

#include <QCoreApplication>
#include <QFont>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QRectF>

class QPagedPaintDevice;
class QPainter;

namespace certtrack::certificate {

// Draws one certificate. The same drawing goes to the preview, the printer and the PDF writer:
// whatever the device, the page is laid out in tenths of a millimetre of that device's paper,
// with the fonts and the QR code as vectors.
class CertificateRenderer {
    Q_DECLARE_TR_FUNCTIONS(CertificateRenderer)
public:
    explicit CertificateRenderer(CertificateContent content);

    const CertificateContent &content() const { return m_content; }

    // Letter where people use it (the Americas that do), A4 elsewhere.
    static QPageSize::PageSizeId paperFor(const QLocale &locale);
    // Landscape on that paper, no margins: the design keeps its own distance from the edge.
    static QPageLayout pageLayoutFor(const QLocale &locale);

    // Paints on the device's current page, filling its paintable area; false when the device
    // cannot be painted on (a printer that failed to start, a file that cannot be written).
    bool render(QPagedPaintDevice *device) const;
    // Paints a page of sizeMm (landscape) with the painter already mapped to tenths of a
    // millimetre, origin at the paper's top-left corner.
    void paint(QPainter *painter, const QSizeF &sizeMm) const;

    // Fonts of the certificate: a serif for Latin text with fallbacks that cover Arabic and CJK
    // names, so a name in any of those scripts prints with glyphs rather than boxes.
    static QStringList nameFamilies();

private:
    void paintBackground(QPainter *painter, const QRectF &page) const;
    void paintFrame(QPainter *painter, const QRectF &page) const;
    void paintCornerRosettes(QPainter *painter, const QRectF &band) const;
    void paintText(QPainter *painter, const QRectF &page) const;
    void paintSeal(QPainter *painter, const QPointF &centre, qreal radius) const;
    void paintDates(QPainter *painter, const QRectF &area) const;
    void paintVerification(QPainter *painter, const QRectF &area) const;

    QFont font(qreal pixelSize, int weight = QFont::Normal, bool italic = false) const;
    // The largest size up to maxPixelSize at which text fits in width.
    QFont fitted(const QString &text, qreal maxPixelSize, qreal width, int weight,
                 bool italic) const;

    CertificateContent m_content;
    QrCode m_qrCode;
};

} // namespace certtrack::certificate
