#pragma once

#include <QStyledItemDelegate>

namespace certtrack::ui {

// Paints a cell whose model answers itemmodels::LinksRole (a list of {key, label} maps) as links,
// the way the portal shows its Downloads column ("Logo, PDF Certificate"), and reports a click
// on one of them. Cells without links paint as usual. The row's other ways in (context menu,
// buttons) stay; this makes what looks clickable act.
class LinkCellDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    explicit LinkCellDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    // The key of the link under position (in the view's viewport), or empty.
    QString linkAt(const QStyleOptionViewItem &option, const QModelIndex &index,
                   const QPoint &position) const;

signals:
    void linkActivated(const QModelIndex &index, const QString &key);

protected:
    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                     const QModelIndex &index) override;

private:
    struct Part {
        QString key;
        QString label;
        QRect rect;
    };
    QList<Part> layoutParts(const QStyleOptionViewItem &option, const QModelIndex &index) const;
};

} // namespace certtrack::ui
