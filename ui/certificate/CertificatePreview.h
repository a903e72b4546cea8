#pragma once

#include "certificate/CertificateRenderer.h"

#include <QWidget>

namespace certtrack::ui {

// The certificate on screen, drawn by the same renderer as the printout at whatever size the
// widget has, keeping the paper's proportions.
class CertificatePreview : public QWidget {
    Q_OBJECT
public:
    CertificatePreview(const certificate::CertificateRenderer &renderer, const QSizeF &paperMm,
                       QWidget *parent = nullptr);

    QSize sizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    const certificate::CertificateRenderer &m_renderer;
    QSizeF m_paperMm;
};

} // namespace certtrack::ui
