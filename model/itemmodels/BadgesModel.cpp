#include "itemmodels/BadgesModel.h"

#include "itemmodels/DisplayFormat.h"
#include "itemmodels/ItemRoles.h"

#include <QPainter>
#include <QSvgRenderer>

namespace certtrack::itemmodels {

BadgesModel::BadgesModel(QObject *parent)
    : TableModel(parent) {}

void BadgesModel::setBadges(const QList<domain::Badge> &badges) {
    replaceRows(int(badges.size()), [&] {
        m_badges = badges;
        renderImages();
    });
}

void BadgesModel::setImageSize(const QSize &size) {
    if (size == m_imageSize)
        return;
    m_imageSize = size;
    renderImages();
    if (!m_badges.isEmpty())
        emit dataChanged(index(0, 0), index(rows() - 1, columns() - 1),
                         {Qt::DecorationRole, ImageRole});
}

QImage BadgesModel::renderSvg(const QString &svg, const QSize &size) {
    QSvgRenderer renderer(svg.toUtf8());
    if (!renderer.isValid() || size.isEmpty())
        return {};
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    // Keep the badge's aspect ratio, centred in the square.
    QSizeF drawn = renderer.defaultSize().isEmpty() ? QSizeF(size) : QSizeF(renderer.defaultSize());
    drawn.scale(QSizeF(size), Qt::KeepAspectRatio);
    const QPointF origin((size.width() - drawn.width()) / 2, (size.height() - drawn.height()) / 2);
    renderer.render(&painter, QRectF(origin, drawn));
    return image;
}

void BadgesModel::renderImages() {
    m_images.clear();
    m_images.reserve(m_badges.size());
    for (const domain::Badge &badge : std::as_const(m_badges))
        m_images.append(renderSvg(badge.imageSvg, m_imageSize));
}

QString BadgesModel::headerText(int column) const {
    switch (column) {
    case Name:
        return tr("Name");
    case Issuer:
        return tr("Issuer");
    case IssuedOn:
        return tr("Issued");
    case Expires:
        return tr("Expires");
    }
    return {};
}

QString BadgesModel::displayText(int row, int column) const {
    const domain::Badge &b = m_badges.at(row);
    switch (column) {
    case Name:
        return b.name;
    case Issuer:
        return b.issuer;
    case IssuedOn:
        return DisplayFormat::date(b.issuedOn);
    case Expires:
        return DisplayFormat::expiry(b.expires);
    }
    return {};
}

QVariant BadgesModel::sortValue(int row, int column) const {
    const domain::Badge &b = m_badges.at(row);
    switch (column) {
    case IssuedOn:
        return b.issuedOn;
    case Expires:
        return DisplayFormat::expirySortKey(b.expires);
    default:
        return displayText(row, column);
    }
}

QString BadgesModel::toolTip(int row, int column) const {
    if (column == Name)
        return m_badges.at(row).description;
    return {};
}

QVariant BadgesModel::extraData(int row, int column, int role) const {
    const domain::Badge &b = m_badges.at(row);
    switch (role) {
    case Qt::DecorationRole:
        if (column == Name && !m_images.at(row).isNull())
            return m_images.at(row);
        return {};
    case ImageRole:
        return m_images.at(row);
    case IdRole:
        return b.id;
    case IssuerRole:
        return b.issuer;
    case DatesTextRole:
        return tr("Issued %1\nExpires %2")
            .arg(DisplayFormat::date(b.issuedOn), DisplayFormat::expiry(b.expires));
    default:
        return {};
    }
}

} // namespace certtrack::itemmodels
