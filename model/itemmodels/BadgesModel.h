#pragma once

#include "itemmodels/TableModel.h"

#include "domain/AccountData.h"

#include <QImage>
#include <QSize>

namespace certtrack::itemmodels {

// Digital Badges. Each badge's inline SVG is rendered once per update into ImageRole /
// Qt::DecorationRole, so painting a grid of cards never parses SVG.
class BadgesModel : public TableModel {
    Q_OBJECT
public:
    enum Column { Name, Issuer, IssuedOn, Expires, ColumnCount };

    explicit BadgesModel(QObject *parent = nullptr);
    void setBadges(const QList<domain::Badge> &badges);
    void setAccountData(const domain::AccountData &data) { setBadges(data.badges); }
    void setImageSize(const QSize &size);
    QSize imageSize() const { return m_imageSize; }

    // Renders an SVG document into a transparent image of the given size; null on bad SVG.
    static QImage renderSvg(const QString &svg, const QSize &size);

protected:
    int rows() const override { return int(m_badges.size()); }
    int columns() const override { return ColumnCount; }
    QString headerText(int column) const override;
    QString displayText(int row, int column) const override;
    QVariant sortValue(int row, int column) const override;
    QString toolTip(int row, int column) const override;
    QVariant extraData(int row, int column, int role) const override;

private:
    void renderImages();

    QList<domain::Badge> m_badges;
    QList<QImage> m_images;
    QSize m_imageSize{128, 128};
};

} // namespace certtrack::itemmodels
