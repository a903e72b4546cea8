#include "ui/LinkCellDelegate.h"

#include "itemmodels/ItemRoles.h"

#include <QApplication>
#include <QMouseEvent>
#include <QPainter>

namespace certtrack::ui {

namespace {

QString separator() {
    return QStringLiteral(", ");
}

QFont linkFont(const QFont &base) {
    QFont font = base;
    font.setUnderline(true);
    return font;
}

} // namespace

LinkCellDelegate::LinkCellDelegate(QObject *parent)
    : QStyledItemDelegate(parent) {}

QList<LinkCellDelegate::Part> LinkCellDelegate::layoutParts(const QStyleOptionViewItem &option,
                                                            const QModelIndex &index) const {
    QList<Part> parts;
    const QVariantList links = index.data(itemmodels::LinksRole).toList();
    if (links.isEmpty())
        return parts;
    const QFontMetrics metrics(linkFont(option.font));
    const int margin =
        QApplication::style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, option.widget) +
        1;
    const bool rightToLeft = option.direction == Qt::RightToLeft;
    int x = rightToLeft ? option.rect.right() - margin : option.rect.left() + margin;
    const int separatorWidth = metrics.horizontalAdvance(separator());
    for (const QVariant &link : links) {
        const QVariantMap map = link.toMap();
        Part part{map.value(QStringLiteral("key")).toString(),
                  map.value(QStringLiteral("label")).toString(),
                  {}};
        const int width = metrics.horizontalAdvance(part.label);
        part.rect =
            QRect(rightToLeft ? x - width : x, option.rect.top(), width, option.rect.height());
        x = rightToLeft ? x - width - separatorWidth : x + width + separatorWidth;
        parts << part;
    }
    return parts;
}

void LinkCellDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const {
    const QList<Part> parts = layoutParts(option, index);
    if (parts.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);

    const bool selected = option.state & QStyle::State_Selected;
    const QPalette::ColorGroup group =
        option.state & QStyle::State_Active ? QPalette::Active : QPalette::Inactive;
    const QColor linkColor = selected ? option.palette.color(group, QPalette::HighlightedText)
                                      : option.palette.color(group, QPalette::Link);
    const QColor textColor = selected ? option.palette.color(group, QPalette::HighlightedText)
                                      : option.palette.color(group, QPalette::Text);
    painter->save();
    painter->setClipRect(option.rect);
    for (int i = 0; i < parts.size(); ++i) {
        const Part &part = parts.at(i);
        painter->setFont(linkFont(option.font));
        painter->setPen(linkColor);
        // Absolute: the rectangles are already laid out for the direction, and a right-to-left
        // painter would otherwise mirror the alignment once more.
        painter->drawText(part.rect, Qt::AlignVCenter | Qt::AlignAbsolute | Qt::AlignLeft,
                          part.label);
        if (i + 1 < parts.size()) {
            painter->setFont(option.font);
            painter->setPen(textColor);
            const bool rightToLeft = option.direction == Qt::RightToLeft;
            const QRect gap =
                rightToLeft ? QRect(option.rect.left(), part.rect.top(),
                                    part.rect.left() - option.rect.left(), part.rect.height())
                            : QRect(part.rect.right() + 1, part.rect.top(),
                                    option.rect.right() - part.rect.right(), part.rect.height());
            painter->drawText(gap,
                              Qt::AlignVCenter | Qt::AlignAbsolute |
                                  (rightToLeft ? Qt::AlignRight : Qt::AlignLeft),
                              separator());
        }
    }
    painter->restore();
}

QSize LinkCellDelegate::sizeHint(const QStyleOptionViewItem &option,
                                 const QModelIndex &index) const {
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    const QList<Part> parts = layoutParts(option, index);
    if (!parts.isEmpty()) {
        const QFontMetrics metrics(linkFont(option.font));
        int width = 0;
        for (const Part &part : parts)
            width += metrics.horizontalAdvance(part.label);
        width += metrics.horizontalAdvance(separator()) * int(parts.size() - 1);
        size.setWidth(std::max(size.width(), width + 12));
    }
    return size;
}

QString LinkCellDelegate::linkAt(const QStyleOptionViewItem &option, const QModelIndex &index,
                                 const QPoint &position) const {
    for (const Part &part : layoutParts(option, index)) {
        if (part.rect.contains(position))
            return part.key;
    }
    return {};
}

bool LinkCellDelegate::editorEvent(QEvent *event, QAbstractItemModel *model,
                                   const QStyleOptionViewItem &option, const QModelIndex &index) {
    if (event->type() == QEvent::MouseButtonRelease) {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        if (mouse->button() == Qt::LeftButton) {
            const QString key = linkAt(option, index, mouse->position().toPoint());
            if (!key.isEmpty()) {
                emit linkActivated(index, key);
                return true;
            }
        }
    }
    return QStyledItemDelegate::editorEvent(event, model, option, index);
}

} // namespace certtrack::ui
