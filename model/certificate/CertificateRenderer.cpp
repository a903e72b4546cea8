#include "certificate/CertificateRenderer.h"

#include "certificate/CertificateOrnament.h"

#include <QCoreApplication>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QLoggingCategory>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPainterPath>
#include <QRadialGradient>
#include <QResource>

#include <QtMath>

namespace certtrack::certificate {

namespace {

Q_LOGGING_CATEGORY(lcCertificate, "certtrack.certificate", QtWarningMsg)

// Ink of the design: deep navy for text and frame, antique gold for ornament, on ivory.
const QColor kNavy(0x1b, 0x2f, 0x52);
const QColor kGold(0xa8, 0x84, 0x46);
const QColor kLightGold(0xd9, 0xc2, 0x8f);
const QColor kIvory(0xfc, 0xf9, 0xf1);
const QColor kInk(0x2b, 0x2b, 0x2b);
const QColor kWatermark(0xf0, 0xe6, 0xcf);

// Lengths in tenths of a millimetre.
constexpr qreal kEdge = 70;       // paper edge to the outer rule
constexpr qreal kBand = 95;       // width of the guilloche band
constexpr qreal kSafeInset = 300; // paper edge to the text area

// The guide's "December 1, 2020" in English. The format is part of the translation (German
// "d. MMMM yyyy"), and where a translation gives one the month names follow the application's
// locale, which the translation set; without one (English, and the headless commands, which
// install none) the certificate stays English whatever the system's locale.
QString portalDate(const QDate &date) {
    const QString english = QStringLiteral("MMMM d, yyyy");
    const QString format =
        QCoreApplication::translate("CertificateRenderer", "MMMM d, yyyy", "date format");
    return (format == english ? QLocale::c() : QLocale()).toString(date, format);
}

// The certificate's serif (resources/fonts): Noto Serif without TrueType hinting. The PDF writer
// loads every glyph it embeds with hinting on, and the hinting bytecode of the installed Noto
// Serif was a fifth of a certificate's rendering time. Registered once per process, read in
// place from the binary (the resource is stored uncompressed).
QString bundledSerif() {
    static const QString family = [] {
        QString registered;
        for (const char *style : {"Regular", "Bold", "Italic"}) {
            const QResource resource(
                QStringLiteral(":/fonts/CertTrackSerif-%1.ttf").arg(QLatin1String(style)));
            const QByteArray data =
                resource.compressionAlgorithm() == QResource::NoCompression
                    ? QByteArray::fromRawData(reinterpret_cast<const char *>(resource.data()),
                                              resource.size())
                    : resource.uncompressedData();
            const QStringList families = QFontDatabase::applicationFontFamilies(
                QFontDatabase::addApplicationFontFromData(data));
            if (families.isEmpty()) {
                qCWarning(lcCertificate)
                    << "bundled font" << resource.fileName() << "could not be registered";
                continue;
            }
            registered = families.constFirst();
        }
        return registered.isEmpty() ? QStringLiteral("Noto Serif") : registered;
    }();
    return family;
}

} // namespace

CertificateRenderer::CertificateRenderer(CertificateContent content)
    : m_content(std::move(content))
    , m_qrCode(QrCode::encode(m_content.verificationUrl.toEncoded())) {}

QPageSize::PageSizeId CertificateRenderer::paperFor(const QLocale &locale) {
    switch (locale.territory()) {
    case QLocale::UnitedStates:
    case QLocale::Canada:
    case QLocale::Mexico:
    case QLocale::Chile:
    case QLocale::Colombia:
    case QLocale::CostaRica:
    case QLocale::DominicanRepublic:
    case QLocale::ElSalvador:
    case QLocale::Guatemala:
    case QLocale::Nicaragua:
    case QLocale::Panama:
    case QLocale::Philippines:
    case QLocale::PuertoRico:
    case QLocale::Venezuela:
        return QPageSize::Letter;
    default:
        break;
    }
    return QPageSize::A4;
}

QPageLayout CertificateRenderer::pageLayoutFor(const QLocale &locale) {
    return QPageLayout(QPageSize(paperFor(locale)), QPageLayout::Landscape, QMarginsF(0, 0, 0, 0),
                       QPageLayout::Millimeter);
}

QStringList CertificateRenderer::nameFamilies() {
    // The installed Noto Serif stands in for the bundled one if that could not be registered.
    return {bundledSerif(), QStringLiteral("Noto Serif"), QStringLiteral("Noto Naskh Arabic"),
            QStringLiteral("WenQuanYi Micro Hei"), QStringLiteral("DejaVu Serif")};
}

bool CertificateRenderer::render(QPagedPaintDevice *device) const {
    QPainter painter;
    if (!painter.begin(device))
        return false;
    const QRectF paintMm = device->pageLayout().paintRect(QPageLayout::Millimeter);
    painter.scale(device->width() / (paintMm.width() * 10),
                  device->height() / (paintMm.height() * 10));
    paint(&painter, paintMm.size());
    return painter.end();
}

QFont CertificateRenderer::font(qreal pixelSize, int weight, bool italic) const {
    QFont f;
    f.setFamilies(nameFamilies());
    f.setPixelSize(qMax(1, qRound(pixelSize)));
    f.setWeight(QFont::Weight(weight));
    f.setItalic(italic);
    f.setHintingPreference(QFont::PreferNoHinting);
    f.setKerning(true);
    return f;
}

QFont CertificateRenderer::fitted(const QString &text, qreal maxPixelSize, qreal width, int weight,
                                  bool italic) const {
    QFont f = font(maxPixelSize, weight, italic);
    const qreal natural = QFontMetricsF(f).horizontalAdvance(text);
    if (natural > width && natural > 0)
        f.setPixelSize(qMax(1, int(maxPixelSize * width / natural)));
    return f;
}

void CertificateRenderer::paint(QPainter *painter, const QSizeF &sizeMm) const {
    const QRectF page(0, 0, sizeMm.width() * 10, sizeMm.height() * 10);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::TextAntialiasing);
    paintBackground(painter, page);
    paintFrame(painter, page);
    paintText(painter, page);
    painter->restore();
}

void CertificateRenderer::paintBackground(QPainter *painter, const QRectF &page) const {
    painter->fillRect(page, kIvory);
    // A faint rosette behind the text, as on banknotes: hard to copy, easy on the eye.
    const QPointF centre = page.center() + QPointF(0, -40);
    // Light gold mixed into the paper rather than drawn translucent: PDF writers outline
    // translucent strokes into polygons, many times the size of the curve itself.
    CertificateOrnament::stroke(painter, CertificateOrnament::watermarkRosette(), centre,
                                kWatermark, 1.6);
    CertificateOrnament::strokeBraidedRing(painter, centre, 600, 22, 48, 3, kWatermark, 1.6);
}

void CertificateRenderer::paintFrame(QPainter *painter, const QRectF &page) const {
    const QRectF outer = page.adjusted(kEdge, kEdge, -kEdge, -kEdge);
    const QRectF band = outer.adjusted(22, 22, -22, -22);
    const QRectF inner = band.adjusted(kBand, kBand, -kBand, -kBand);

    painter->setBrush(Qt::NoBrush);
    painter->setPen(QPen(kNavy, 14, Qt::SolidLine, Qt::SquareCap, Qt::MiterJoin));
    painter->drawRect(outer);
    painter->setPen(QPen(kGold, 3, Qt::SolidLine, Qt::SquareCap, Qt::MiterJoin));
    painter->drawRect(band);
    CertificateOrnament::strokeGuillocheBand(painter, band, inner, kGold, 2.2);
    painter->setPen(QPen(kGold, 3, Qt::SolidLine, Qt::SquareCap, Qt::MiterJoin));
    painter->drawRect(inner);
    painter->setPen(QPen(kNavy, 6, Qt::SolidLine, Qt::SquareCap, Qt::MiterJoin));
    painter->drawRect(inner.adjusted(14, 14, -14, -14));
    paintCornerRosettes(painter, band);
}

void CertificateRenderer::paintCornerRosettes(QPainter *painter, const QRectF &band) const {
    const qreal half = kBand / 2;
    const QList<QPointF> corners{
        band.topLeft() + QPointF(half, half), band.topRight() + QPointF(-half, half),
        band.bottomLeft() + QPointF(half, -half), band.bottomRight() + QPointF(-half, -half)};
    for (const QPointF &corner : corners) {
        painter->setPen(QPen(kNavy, 5));
        painter->setBrush(kIvory);
        painter->drawEllipse(corner, 62, 62);
        CertificateOrnament::stroke(painter, CertificateOrnament::cornerRosette(), corner, kGold,
                                    1.6);
        painter->setBrush(kNavy);
        painter->setPen(Qt::NoPen);
        painter->drawEllipse(corner, 9, 9);
    }
}

void CertificateRenderer::paintText(QPainter *painter, const QRectF &page) const {
    const qreal left = kSafeInset;
    const qreal width = page.width() - 2 * kSafeInset;
    const qreal centreX = page.center().x();
    auto line = [&](const QString &text, const QFont &f, const QColor &colour, qreal top,
                    qreal height) {
        painter->setFont(f);
        painter->setPen(colour);
        painter->drawText(QRectF(left, top, width, height), Qt::AlignHCenter | Qt::AlignVCenter,
                          text);
    };

    // The programme track, then the title.
    QFont track = font(34, QFont::DemiBold);
    track.setCapitalization(QFont::AllUppercase);
    track.setLetterSpacing(QFont::PercentageSpacing, 118);
    line(m_content.track, track, kGold, 300, 60);

    QFont title = font(176, QFont::Normal);
    title.setLetterSpacing(QFont::PercentageSpacing, 104);
    line(tr("Certificate"), title, kNavy, 370, 210);

    QFont subtitle = font(44, QFont::DemiBold);
    subtitle.setCapitalization(QFont::AllUppercase);
    subtitle.setLetterSpacing(QFont::PercentageSpacing, 130);
    const QString achievement = tr("of Achievement");
    line(achievement, subtitle, kGold, 585, 70);
    const qreal subtitleWidth = QFontMetricsF(subtitle).horizontalAdvance(achievement.toUpper());
    painter->setPen(QPen(kGold, 3));
    painter->drawLine(QPointF(centreX - subtitleWidth / 2 - 260, 620),
                      QPointF(centreX - subtitleWidth / 2 - 40, 620));
    painter->drawLine(QPointF(centreX + subtitleWidth / 2 + 40, 620),
                      QPointF(centreX + subtitleWidth / 2 + 260, 620));

    line(tr("This is to certify that"), font(54, QFont::Normal, true), kInk, 720, 80);

    // The name: as large as the line allows.
    line(m_content.holderName, fitted(m_content.holderName, 150, width - 300, QFont::Normal, false),
         kNavy, 810, 210);
    painter->setPen(QPen(kGold, 3));
    painter->drawLine(QPointF(centreX - 700, 1040), QPointF(centreX - 30, 1040));
    painter->drawLine(QPointF(centreX + 30, 1040), QPointF(centreX + 700, 1040));
    QPainterPath diamond;
    diamond.moveTo(centreX, 1022);
    diamond.lineTo(centreX + 18, 1040);
    diamond.lineTo(centreX, 1058);
    diamond.lineTo(centreX - 18, 1040);
    diamond.closeSubpath();
    painter->fillPath(diamond, kGold);

    line(tr("has met every requirement of the certification"), font(50, QFont::Normal, true), kInk,
         1085, 80);
    line(m_content.certificationName,
         fitted(m_content.certificationName, 98, width - 200, QFont::Bold, false), kNavy, 1170,
         140);
    QFont acronym = font(62, QFont::DemiBold);
    acronym.setLetterSpacing(QFont::PercentageSpacing, 112);
    line(QStringLiteral("(%1)").arg(m_content.acronym), acronym, kGold, 1305, 90);

    const qreal bottomTop = page.height() - 640;
    paintDates(painter, QRectF(left + 20, bottomTop, 760, 380));
    paintSeal(painter, QPointF(centreX, page.height() - 420), 185);
    paintVerification(painter, QRectF(page.width() - kSafeInset - 900, bottomTop, 900 - 20, 420));
}

void CertificateRenderer::paintDates(QPainter *painter, const QRectF &area) const {
    // Each date sits on a rule with its label beneath, like the signature lines of a diploma.
    QFont label = font(30, QFont::DemiBold);
    label.setCapitalization(QFont::AllUppercase);
    label.setLetterSpacing(QFont::PercentageSpacing, 118);
    const QFont value = font(56, QFont::Normal);
    auto entry = [&](qreal ruleY, const QString &caption, const QString &text) {
        painter->setFont(value);
        painter->setPen(kNavy);
        painter->drawText(QRectF(area.left(), ruleY - 90, area.width(), 80),
                          Qt::AlignHCenter | Qt::AlignBottom, text);
        painter->setPen(QPen(kGold, 3));
        painter->drawLine(QPointF(area.left(), ruleY), QPointF(area.right(), ruleY));
        painter->setFont(label);
        painter->setPen(kGold);
        painter->drawText(QRectF(area.left(), ruleY + 12, area.width(), 50),
                          Qt::AlignHCenter | Qt::AlignTop, caption);
    };
    entry(area.top() + 140, tr("Date achieved"), portalDate(m_content.achieved));
    entry(area.top() + 320, tr("Valid through"),
          m_content.validThrough ? portalDate(*m_content.validThrough) : tr("No expiry"));
}

void CertificateRenderer::paintSeal(QPainter *painter, const QPointF &centre, qreal radius) const {
    painter->save();
    // Two ribbon tails behind the seal.
    for (const int direction : {-1, 1}) {
        QPainterPath ribbon;
        const qreal x = centre.x() + direction * radius * 0.35;
        ribbon.moveTo(x - 55, centre.y());
        ribbon.lineTo(x + 55, centre.y());
        ribbon.lineTo(x + 55 + direction * 70, centre.y() + radius * 1.12);
        ribbon.lineTo(x + direction * 70, centre.y() + radius * 0.95);
        ribbon.lineTo(x - 55 + direction * 70, centre.y() + radius * 1.12);
        ribbon.closeSubpath();
        painter->fillPath(ribbon, direction < 0 ? kNavy : kNavy.darker(115));
    }

    // A scalloped gold disc.
    QPainterPath scallops;
    constexpr int kPoints = 72;
    for (int i = 0; i <= kPoints; ++i) {
        const qreal angle = 2 * M_PI * i / kPoints;
        const qreal r = (i % 2 == 0) ? radius : radius * 0.93;
        const QPointF p(centre.x() + r * qCos(angle), centre.y() + r * qSin(angle));
        if (i == 0)
            scallops.moveTo(p);
        else
            scallops.lineTo(p);
    }
    QRadialGradient gold(centre - QPointF(radius * 0.3, radius * 0.3), radius * 1.4);
    gold.setColorAt(0, QColor(0xe8, 0xcf, 0x8c));
    gold.setColorAt(1, QColor(0x9c, 0x76, 0x36));
    painter->setPen(QPen(kGold.darker(130), 2));
    painter->setBrush(gold);
    painter->drawPath(scallops);

    painter->setBrush(kNavy);
    painter->setPen(QPen(kLightGold, 4));
    painter->drawEllipse(centre, radius * 0.78, radius * 0.78);
    CertificateOrnament::strokeBraidedRing(painter, centre, radius * 0.59, radius * 0.1, 18, 4,
                                           kLightGold, 1.4);
    painter->setBrush(Qt::NoBrush);
    painter->setPen(QPen(kLightGold, 2.5));
    painter->drawEllipse(centre, radius * 0.72, radius * 0.72);

    // The acronym on a navy disc in the middle of the rosette.
    painter->setBrush(kNavy);
    painter->setPen(QPen(kLightGold, 2.5));
    painter->drawEllipse(centre, radius * 0.42, radius * 0.42);
    const QFont acronym =
        fitted(m_content.acronym, radius * 0.32, radius * 0.72, QFont::Bold, false);
    painter->setFont(acronym);
    painter->setPen(QColor(0xf4, 0xe6, 0xc3));
    painter->drawText(QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius),
                      Qt::AlignCenter, m_content.acronym);
    painter->restore();
}

void CertificateRenderer::paintVerification(QPainter *painter, const QRectF &area) const {
    const qreal side = 330;
    const QRectF qrArea(area.right() - side, area.top() + 10, side, side);
    painter->fillRect(qrArea, Qt::white);
    painter->save();
    painter->translate(qrArea.topLeft());
    const qreal module = side / m_qrCode.sideInModules();
    painter->scale(module, module);
    painter->setPen(Qt::NoPen);
    painter->setBrush(kInk);
    painter->drawRects(m_qrCode.runs());
    painter->restore();
    painter->setPen(QPen(kGold, 2));
    painter->setBrush(Qt::NoBrush);
    painter->drawRect(qrArea);

    const QRectF text(area.left(), area.top() + 30, area.width() - side - 40, side - 40);
    QFont label = font(28, QFont::DemiBold);
    label.setCapitalization(QFont::AllUppercase);
    label.setLetterSpacing(QFont::PercentageSpacing, 118);
    painter->setFont(label);
    painter->setPen(kGold);
    painter->drawText(QRectF(text.left(), text.top() + 60, text.width(), 50),
                      Qt::AlignRight | Qt::AlignVCenter, tr("Verification code"));
    // The code stays in the page's serif: every extra face costs a font subset in the PDF,
    // which is most of a certificate's rendering time.
    QFont code = font(64, QFont::Bold);
    code.setLetterSpacing(QFont::PercentageSpacing, 110);
    painter->setFont(code);
    painter->setPen(kNavy);
    painter->drawText(QRectF(text.left(), text.top() + 110, text.width(), 90),
                      Qt::AlignRight | Qt::AlignVCenter, m_content.verificationCode);
    painter->setFont(font(30, QFont::Normal, true));
    painter->setPen(kInk);
    painter->drawText(QRectF(text.left(), text.top() + 200, text.width(), 50),
                      Qt::AlignRight | Qt::AlignVCenter, tr("Scan or visit to verify"));

    const QString url = m_content.verificationUrl.toString();
    QFont urlFont = fitted(url, 30, area.width(), QFont::Normal, false);
    painter->setFont(urlFont);
    painter->setPen(kNavy);
    painter->drawText(QRectF(area.left(), qrArea.bottom() + 15, area.width(), 50),
                      Qt::AlignRight | Qt::AlignVCenter, url);
}

} // namespace certtrack::certificate
