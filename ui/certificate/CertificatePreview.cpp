#include "ui/certificate/CertificatePreview.h"

#include <QPainter>

namespace certtrack::ui {

CertificatePreview::CertificatePreview(const certificate::CertificateRenderer &renderer,
                                       const QSizeF &paperMm, QWidget *parent)
    : QWidget(parent)
    , m_renderer(renderer)
    , m_paperMm(paperMm) {
    setObjectName(QStringLiteral("certificatePreview"));
    setAccessibleName(tr("Certificate preview"));
    setMinimumSize(420, 300);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

QSize CertificatePreview::sizeHint() const {
    return QSize(760, heightForWidth(760));
}

int CertificatePreview::heightForWidth(int width) const {
    return qRound(width * m_paperMm.height() / m_paperMm.width());
}

void CertificatePreview::paintEvent(QPaintEvent *) {
    QPainter painter(this);
    // The largest page of the paper's proportions that fits, centred, with a soft shadow.
    const qreal scale =
        qMin((width() - 16) / m_paperMm.width(), (height() - 16) / m_paperMm.height());
    const QSizeF page = m_paperMm * scale;
    const QPointF origin((width() - page.width()) / 2, (height() - page.height()) / 2);
    painter.fillRect(QRectF(origin + QPointF(4, 4), page), QColor(0, 0, 0, 40));
    painter.translate(origin);
    painter.scale(scale / 10, scale / 10);
    m_renderer.paint(&painter, m_paperMm);
}

} // namespace certtrack::ui
