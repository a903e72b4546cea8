#include "ui/BadgeCardDelegate.h"

#include "itemmodels/ItemRoles.h"
#include "ui/Icons.h"

#include <QApplication>
#include <QImage>
#include <QPainter>
#include <QPainterPath>

namespace certtrack::ui {

namespace {
constexpr int kImageSize = BadgeCardDelegate::kImageSide;
constexpr int kMargin = 14;
} // namespace

QSize BadgeCardDelegate::cardSize() {
    return QSize(240, 272);
}

QSize BadgeCardDelegate::sizeHint(const QStyleOptionViewItem &, const QModelIndex &) const {
    return cardSize();
}

void BadgeCardDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const {
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRectF card = QRectF(option.rect).adjusted(6.5, 6.5, -6.5, -6.5);
    QPainterPath path;
    path.addRoundedRect(card, 8, 8);
    const bool selected = option.state & QStyle::State_Selected;
    // From the palette, so a card reads on a light and on a dark window alike.
    const QColor base = option.palette.base().color();
    QColor tint = option.palette.highlight().color();
    tint.setAlphaF(0.12);
    painter->fillPath(path, base);
    if (selected)
        painter->fillPath(path, tint);
    QColor border = option.palette.text().color();
    border.setAlphaF(0.18);
    painter->setPen(QPen(selected ? option.palette.highlight().color() : border, selected ? 2 : 1));
    painter->drawPath(path);

    const QRect inner = card.toRect().adjusted(kMargin, kMargin, -kMargin, -kMargin);
    const QRect imageRect(inner.center().x() - kImageSize / 2, inner.top(), kImageSize, kImageSize);
    const QImage image = index.data(itemmodels::ImageRole).value<QImage>();
    if (!image.isNull())
        painter->drawImage(imageRect, image);
    else
        Icons::badgeMissing().paint(painter, imageRect);

    QFont nameFont = option.font;
    nameFont.setBold(true);
    painter->setFont(nameFont);
    painter->setPen(option.palette.text().color());
    const QFontMetrics nameMetrics(nameFont);
    QRect textRect(inner.left(), imageRect.bottom() + 10, inner.width(), nameMetrics.height() * 2);
    painter->drawText(textRect, Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap,
                      index.data(Qt::DisplayRole).toString());

    painter->setFont(option.font);
    QColor muted = option.palette.text().color();
    muted.setAlphaF(0.72);
    painter->setPen(muted);
    const QFontMetrics metrics(option.font);
    textRect = QRect(inner.left(), textRect.bottom() + 4, inner.width(), metrics.height());
    painter->drawText(textRect, Qt::AlignHCenter,
                      metrics.elidedText(index.data(itemmodels::IssuerRole).toString(),
                                         Qt::ElideRight, inner.width()));
    QFont small = option.font;
    small.setPointSizeF(option.font.pointSizeF() * 0.9);
    painter->setFont(small);
    const QFontMetrics smallMetrics(small);
    const QStringList dateLines =
        index.data(itemmodels::DatesTextRole).toString().split(QLatin1Char('\n'));
    for (const QString &line : dateLines) {
        textRect = QRect(inner.left(), textRect.bottom() + 2, inner.width(), smallMetrics.height());
        painter->drawText(textRect, Qt::AlignHCenter,
                          smallMetrics.elidedText(line, Qt::ElideRight, inner.width()));
    }
    if (option.state & QStyle::State_HasFocus) {
        painter->setPen(QPen(option.palette.highlight().color(), 1, Qt::DotLine));
        painter->drawRoundedRect(card.adjusted(3, 3, -3, -3), 6, 6);
    }
    painter->restore();
}

} // namespace certtrack::ui
