#pragma once

#include "domain/AccountData.h"

#include <QAbstractItemModel>

namespace certtrack::itemmodels {

// Certifications grouped by track: track rows ("General Certifications - Associate") with the
// certifications of that track as children, in the server's order.
class CertificationsModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Column { Name, Started, Active, Expires, Downloads, Status, ColumnCount };

    using QAbstractItemModel::QAbstractItemModel;
    void setCertifications(const QList<domain::Certification> &certifications);
    void setAccountData(const domain::AccountData &data);

    // The certification at a child index; nullptr for a track row or an invalid index.
    const domain::Certification *certification(const QModelIndex &index) const;
    QModelIndex indexOf(const QString &certificationId) const;

    QModelIndex index(int row, int column,
                      const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Track {
        QString name;
        QList<domain::Certification> certifications;
    };

    QString certificationText(const domain::Certification &c, int column) const;
    QVariant certificationSortValue(const domain::Certification &c, int column) const;
    QString statusText(const domain::Certification &c) const;

    QList<Track> m_tracks;
};

} // namespace certtrack::itemmodels
