#include "itemmodels/CertificationsModel.h"

#include "itemmodels/DisplayFormat.h"
#include "itemmodels/ItemRoles.h"

#include <QFont>

namespace certtrack::itemmodels {

// Index scheme: track rows carry internalId 0, certification rows their track's row + 1.

void CertificationsModel::setCertifications(const QList<domain::Certification> &certifications) {
    using CertStatus = domain::Certification::Status;
    QList<Track> tracks;
    Track expired{QString(), {}, CertStatus::Expired};
    Track inactive{QString(), {}, CertStatus::Inactive};
    for (const domain::Certification &c : certifications) {
        if (c.status != CertStatus::Active) {
            (c.status == CertStatus::Expired ? expired : inactive).certifications.append(c);
            continue;
        }
        auto it = std::find_if(tracks.begin(), tracks.end(),
                               [&](const Track &t) { return t.name == c.track; });
        if (it == tracks.end()) {
            tracks.append(Track{c.track, {}});
            it = std::prev(tracks.end());
        }
        it->certifications.append(c);
    }
    for (Track *group : {&expired, &inactive}) {
        if (!group->certifications.isEmpty())
            tracks.append(*group);
    }
    beginResetModel();
    m_tracks = tracks;
    endResetModel();
}

void CertificationsModel::setAccountData(const domain::AccountData &data) {
    QList<domain::Certification> summaries;
    summaries.reserve(data.certifications.size());
    for (const domain::CertificationDetail &detail : data.certifications)
        summaries.append(detail.summary);
    setCertifications(summaries);
}

const domain::Certification *CertificationsModel::certification(const QModelIndex &index) const {
    if (!index.isValid() || index.model() != this || index.internalId() == 0)
        return nullptr;
    return &m_tracks.at(int(index.internalId() - 1)).certifications.at(index.row());
}

QModelIndex CertificationsModel::indexOf(const QString &certificationId) const {
    for (int t = 0; t < m_tracks.size(); ++t) {
        const QList<domain::Certification> &list = m_tracks.at(t).certifications;
        for (int c = 0; c < list.size(); ++c) {
            if (list.at(c).id == certificationId)
                return createIndex(c, 0, quintptr(t) + 1);
        }
    }
    return {};
}

QModelIndex CertificationsModel::index(int row, int column, const QModelIndex &parent) const {
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, quintptr(0));
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex CertificationsModel::parent(const QModelIndex &child) const {
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int CertificationsModel::rowCount(const QModelIndex &parent) const {
    if (!parent.isValid())
        return int(m_tracks.size());
    if (parent.internalId() != 0 || parent.column() != 0)
        return 0;
    return int(m_tracks.at(parent.row()).certifications.size());
}

int CertificationsModel::columnCount(const QModelIndex &) const {
    return ColumnCount;
}

bool CertificationsModel::isStatusGroup(const QModelIndex &index) const {
    return index.isValid() && index.model() == this && index.internalId() == 0 &&
           m_tracks.at(index.row()).status != domain::Certification::Status::Active;
}

QString CertificationsModel::groupText(const Track &track) const {
    const int count = int(track.certifications.size());
    switch (track.status) {
    case domain::Certification::Status::Active:
        break;
    case domain::Certification::Status::Expired:
        return tr("Expired certifications (%1)").arg(count);
    case domain::Certification::Status::Inactive:
        return tr("Inactive certifications (%1)").arg(count);
    }
    return track.name;
}

QString CertificationsModel::statusText(const domain::Certification &c) const {
    switch (c.status) {
    case domain::Certification::Status::Active:
        return tr("Active");
    case domain::Certification::Status::Expired:
        return tr("Expired");
    case domain::Certification::Status::Inactive:
        return tr("Inactive");
    }
    return {};
}

QString CertificationsModel::certificationText(const domain::Certification &c, int column) const {
    switch (column) {
    case Name:
        return c.displayName();
    case Started:
        return DisplayFormat::dateOrNa(c.started);
    case Active:
        return DisplayFormat::date(c.active);
    case Expires:
        return DisplayFormat::expiry(c.expires);
    case Downloads: {
        QStringList parts;
        if (c.logoAvailable)
            parts << tr("Logo");
        if (c.pdfCertificateAvailable)
            parts << tr("PDF Certificate");
        return parts.join(QStringLiteral(", "));
    }
    case Status:
        return statusText(c);
    }
    return {};
}

QVariant CertificationsModel::certificationSortValue(const domain::Certification &c,
                                                     int column) const {
    switch (column) {
    case Started:
        return DisplayFormat::startSortKey(c.started);
    case Active:
        return c.active;
    case Expires:
        return DisplayFormat::expirySortKey(c.expires);
    default:
        return certificationText(c, column);
    }
}

QVariant CertificationsModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == 0) {
        const Track &track = m_tracks.at(index.row());
        switch (role) {
        case Qt::DisplayRole:
        case Qt::AccessibleTextRole:
            return index.column() == Name ? groupText(track) : QString();
        case SortRole:
            return track.name; // tracks sort by name whatever the column
        case FixedOrderRole:
            // The status groups stay below the tracks, expired before inactive.
            return track.status == domain::Certification::Status::Active
                       ? QVariant()
                       : QVariant(int(track.status));
        case IsGroupRole:
            return true;
        case Qt::FontRole: {
            QFont font;
            font.setBold(true);
            return font;
        }
        default:
            return {};
        }
    }
    const domain::Certification &c = *certification(index);
    switch (role) {
    case Qt::DisplayRole:
        return certificationText(c, index.column());
    case SortRole:
        return certificationSortValue(c, index.column());
    case Qt::AccessibleTextRole:
        return QString(headerData(index.column(), Qt::Horizontal).toString() +
                       QStringLiteral(": ") + certificationText(c, index.column()));
    case Qt::ToolTipRole:
        return index.column() == Name ? QVariant(statusText(c)) : QVariant();
    case IdRole:
        return c.id;
    case LinksRole: {
        if (index.column() != Downloads)
            return {};
        QVariantList links;
        if (c.logoAvailable)
            links << QVariantMap{{QStringLiteral("key"), QStringLiteral("logo")},
                                 {QStringLiteral("label"), tr("Logo")}};
        if (c.pdfCertificateAvailable)
            links << QVariantMap{{QStringLiteral("key"), QStringLiteral("pdf")},
                                 {QStringLiteral("label"), tr("PDF Certificate")}};
        return links;
    }
    case IsGroupRole:
        return false;
    default:
        return {};
    }
}

QVariant CertificationsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal ||
        (role != Qt::DisplayRole && role != Qt::AccessibleTextRole))
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case Started:
        return tr("Started");
    case Active:
        return tr("Active");
    case Expires:
        return tr("Expires");
    case Downloads:
        return tr("Downloads");
    case Status:
        return tr("Status");
    }
    return {};
}

} // namespace certtrack::itemmodels
