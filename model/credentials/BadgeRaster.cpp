#include "credentials/BadgeRaster.h"

#include <QBuffer>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>

namespace certtrack::credentials::BadgeRaster {

QByteArray png(const QByteArray &svg) {
    QSvgRenderer renderer(svg);
    if (!renderer.isValid())
        return {};
    const QSizeF artwork = renderer.viewBoxF().size();
    if (artwork.isEmpty())
        return {};
    const QSize size(qRound(kSize * artwork.width() / artwork.height()), kSize);
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        renderer.render(&painter, QRectF(QPointF(0, 0), size));
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, "PNG"))
        return {};
    return bytes;
}

} // namespace certtrack::credentials::BadgeRaster
