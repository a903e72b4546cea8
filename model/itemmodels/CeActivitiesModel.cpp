#include "itemmodels/CeActivitiesModel.h"

#include "itemmodels/DisplayFormat.h"
#include "itemmodels/ItemRoles.h"

namespace certtrack::itemmodels {

// Index scheme: activity rows carry internalId 0, detail rows carry their activity's row + 1.

void CeActivitiesModel::setActivities(const QList<domain::CeActivity> &activities) {
    beginResetModel();
    m_activities = activities;
    endResetModel();
}

QStringList CeActivitiesModel::detailLines(const domain::CeActivity &activity) const {
    QStringList lines;
    if (!activity.importSource.isEmpty())
        lines << tr("Import Source %1").arg(activity.importSource);
    if (!activity.externalId.isEmpty())
        lines << tr("External Id %1").arg(activity.externalId);
    return lines;
}

QModelIndex CeActivitiesModel::index(int row, int column, const QModelIndex &parent) const {
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, quintptr(0));
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex CeActivitiesModel::parent(const QModelIndex &child) const {
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int CeActivitiesModel::rowCount(const QModelIndex &parent) const {
    if (!parent.isValid())
        return int(m_activities.size());
    if (parent.internalId() != 0 || parent.column() != 0)
        return 0;
    return int(detailLines(m_activities.at(parent.row())).size());
}

int CeActivitiesModel::columnCount(const QModelIndex &) const {
    return ColumnCount;
}

QString CeActivitiesModel::activityText(const domain::CeActivity &a, int column) const {
    switch (column) {
    case Name:
        return a.name;
    case ActiveDate:
        return DisplayFormat::date(a.activeDate);
    case Expires:
        return DisplayFormat::expiry(a.expires);
    case Review:
        return DisplayFormat::dateOrNa(a.review);
    case Points:
        return QString::number(a.points);
    case Updated:
        return DisplayFormat::date(a.updated);
    case ProviderName:
        return a.providerName;
    case Source:
        return a.source;
    }
    return {};
}

QVariant CeActivitiesModel::activitySortValue(const domain::CeActivity &a, int column) const {
    switch (column) {
    case ActiveDate:
        return a.activeDate;
    case Expires:
        return DisplayFormat::expirySortKey(a.expires);
    case Review:
        return DisplayFormat::startSortKey(a.review);
    case Points:
        return a.points;
    case Updated:
        return a.updated;
    default:
        return activityText(a, column);
    }
}

QVariant CeActivitiesModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() != 0) {
        const domain::CeActivity &a = m_activities.at(int(index.internalId() - 1));
        const QString line = index.column() == Name ? detailLines(a).value(index.row()) : QString();
        switch (role) {
        case Qt::DisplayRole:
        case Qt::AccessibleTextRole:
            return line;
        case SortRole:
        case FixedOrderRole:
            return index.row(); // details keep their order whatever the sort column
        default:
            return {};
        }
    }
    const domain::CeActivity &a = m_activities.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return activityText(a, index.column());
    case SortRole:
        return activitySortValue(a, index.column());
    case Qt::AccessibleTextRole:
        return QString(headerData(index.column(), Qt::Horizontal).toString() +
                       QStringLiteral(": ") + activityText(a, index.column()));
    case Qt::ToolTipRole:
        return index.column() == Name ? QVariant(detailLines(a).join(QLatin1Char('\n')))
                                      : QVariant();
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(index.column() == Points ? Qt::AlignRight | Qt::AlignVCenter
                                                            : Qt::AlignLeft | Qt::AlignVCenter);
    case IdRole:
        return a.id;
    default:
        return {};
    }
}

QVariant CeActivitiesModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal ||
        (role != Qt::DisplayRole && role != Qt::AccessibleTextRole))
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case ActiveDate:
        return tr("Active date");
    case Expires:
        return tr("Expires");
    case Review:
        return tr("Review");
    case Points:
        return tr("Points");
    case Updated:
        return tr("Updated");
    case ProviderName:
        return tr("Provider Name");
    case Source:
        return tr("Source");
    }
    return {};
}

} // namespace certtrack::itemmodels
