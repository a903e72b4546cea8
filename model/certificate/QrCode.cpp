#include "certificate/QrCode.h"

#include <qrencode.h>

#include <memory>

namespace certtrack::certificate {

QrCode QrCode::encode(const QByteArray &text) {
    QrCode code;
    const std::unique_ptr<QRcode, decltype(&QRcode_free)> encoded(
        QRcode_encodeString8bit(text.constData(), 0, QR_ECLEVEL_M), &QRcode_free);
    if (!encoded || encoded->width <= 0)
        return code;
    code.m_size = encoded->width;
    code.m_modules.resize(qsizetype(code.m_size) * code.m_size);
    for (qsizetype i = 0; i < code.m_modules.size(); ++i)
        code.m_modules[i] = char(encoded->data[i] & 1);
    return code;
}

QList<QRect> QrCode::runs() const {
    QList<QRect> runs;
    for (int y = 0; y < m_size; ++y) {
        int x = 0;
        while (x < m_size) {
            if (!module(x, y)) {
                ++x;
                continue;
            }
            const int start = x;
            while (x < m_size && module(x, y))
                ++x;
            runs.append(QRect(kQuietZone + start, kQuietZone + y, x - start, 1));
        }
    }
    return runs;
}

} // namespace certtrack::certificate
