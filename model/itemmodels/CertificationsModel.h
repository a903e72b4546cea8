#pragma once

#include "domain/AccountData.h"

#include <QAbstractItemModel>

namespace certtrack::itemmodels {

// Certifications grouped by track: track rows ("General Certifications - Associate") with the
// active certifications of that track as children, in the server's order; then, in any sort,
// a group of the expired and one of the inactive (revoked) certifications ("Expired
// certifications (1)"), each only when it has rows.
class CertificationsModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Column { Name, Started, Active, Expires, Downloads, Status, ColumnCount };

    using QAbstractItemModel::QAbstractItemModel;
    void setCertifications(const QList<domain::Certification> &certifications);
    void setAccountData(const domain::AccountData &data);

    // The certification at a child index; nullptr for a track row or an invalid index.
    const domain::Certification *certification(const QModelIndex &index) const;
    // Whether a group row holds the expired or inactive certifications rather than a track.
    bool isStatusGroup(const QModelIndex &index) const;
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
        // Active: a track of active certifications; otherwise the group of that status.
        domain::Certification::Status status = domain::Certification::Status::Active;
    };

    QString groupText(const Track &track) const;

    QString certificationText(const domain::Certification &c, int column) const;
    QVariant certificationSortValue(const domain::Certification &c, int column) const;
    QString statusText(const domain::Certification &c) const;

    QList<Track> m_tracks;
};

} // namespace certtrack::itemmodels
