#pragma once

#include "domain/AccountData.h"

#include <QAbstractItemModel>

namespace certtrack::itemmodels {

// Testing History → CE Activities. A two-level tree: each activity expands to the rows
// "Import Source <file>" and "External Id <id>", as the portal shows them.
class CeActivitiesModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Column {
        Name,
        ActiveDate,
        Expires,
        Review,
        Points,
        Updated,
        ProviderName,
        Source,
        ColumnCount
    };

    using QAbstractItemModel::QAbstractItemModel;
    void setActivities(const QList<domain::CeActivity> &activities);
    void setAccountData(const domain::AccountData &data) { setActivities(data.ceActivities); }

    QModelIndex index(int row, int column,
                      const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QStringList detailLines(const domain::CeActivity &activity) const;
    QString activityText(const domain::CeActivity &activity, int column) const;
    QVariant activitySortValue(const domain::CeActivity &activity, int column) const;

    QList<domain::CeActivity> m_activities;
};

} // namespace certtrack::itemmodels
