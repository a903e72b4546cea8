#pragma once

#include <QStyledItemDelegate>

namespace certtrack::ui {

// Paints a badge as a card: its image, name, issuer and dates.
class BadgeCardDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    static QSize cardSize();
    // The badge image's side in the card, in device-independent pixels.
    static constexpr int kImageSide = 128;
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace certtrack::ui
