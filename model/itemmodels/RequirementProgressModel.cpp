#include "itemmodels/RequirementProgressModel.h"

#include "itemmodels/ItemRoles.h"

namespace certtrack::itemmodels {

void RequirementProgressModel::setProgress(
    const std::optional<domain::RequirementProgress> &progress) {
    beginResetModel();
    m_nodes.clear();
    if (progress)
        addNode(*progress, -1, 0);
    endResetModel();
}

void RequirementProgressModel::addNode(const domain::RequirementProgress &progress, int parent,
                                       int row) {
    const int id = int(m_nodes.size());
    Node node;
    node.progress = progress;
    node.progress.children.clear();
    node.parent = parent;
    node.row = row;
    m_nodes.push_back(std::move(node));
    if (parent >= 0)
        m_nodes[size_t(parent)].children.push_back(id);
    for (int i = 0; i < progress.children.size(); ++i)
        addNode(progress.children.at(i), id, i);
}

void RequirementProgressModel::setStateIcons(const QIcon &met, const QIcon &inProgress,
                                             const QIcon &notStarted) {
    m_metIcon = met;
    m_inProgressIcon = inProgress;
    m_notStartedIcon = notStarted;
    if (!m_nodes.empty())
        emit dataChanged(index(0, 0), index(0, ColumnCount - 1), {Qt::DecorationRole});
}

QString RequirementProgressModel::stateText(domain::RequirementProgress::State state) {
    switch (state) {
    case domain::RequirementProgress::State::Met:
        return tr("Met");
    case domain::RequirementProgress::State::InProgress:
        return tr("In progress");
    case domain::RequirementProgress::State::NotStarted:
        break;
    }
    return tr("Not started");
}

QModelIndex RequirementProgressModel::index(int row, int column, const QModelIndex &parent) const {
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, quintptr(0));
    const Node &p = m_nodes.at(size_t(parent.internalId()));
    return createIndex(row, column, quintptr(p.children.at(size_t(row))));
}

QModelIndex RequirementProgressModel::parent(const QModelIndex &child) const {
    if (!child.isValid())
        return {};
    const int parentId = m_nodes.at(size_t(child.internalId())).parent;
    if (parentId < 0)
        return {};
    return createIndex(m_nodes.at(size_t(parentId)).row, 0, quintptr(parentId));
}

int RequirementProgressModel::rowCount(const QModelIndex &parent) const {
    if (!parent.isValid())
        return m_nodes.empty() ? 0 : 1;
    if (parent.column() != 0)
        return 0;
    return int(m_nodes.at(size_t(parent.internalId())).children.size());
}

int RequirementProgressModel::columnCount(const QModelIndex &) const {
    return ColumnCount;
}

QString RequirementProgressModel::text(const Node &node, int column) const {
    switch (column) {
    case Requirement:
        return node.progress.label();
    case Description:
        return node.progress.title;
    case State:
        return stateText(node.progress.state);
    }
    return {};
}

QVariant RequirementProgressModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node &node = m_nodes.at(size_t(index.internalId()));
    switch (role) {
    case Qt::DisplayRole:
        return text(node, index.column());
    case SortRole:
    case FixedOrderRole:
        return node.row; // requirements keep the programme's numbering order
    case Qt::AccessibleTextRole:
        return QString(node.progress.label() + QStringLiteral(", ") + node.progress.title +
                       QStringLiteral(", ") + stateText(node.progress.state));
    case Qt::ToolTipRole:
        return index.column() == Requirement ? QVariant(node.progress.title) : QVariant();
    case Qt::DecorationRole:
        if (index.column() != Requirement)
            return {};
        switch (node.progress.state) {
        case domain::RequirementProgress::State::Met:
            return m_metIcon;
        case domain::RequirementProgress::State::InProgress:
            return m_inProgressIcon;
        case domain::RequirementProgress::State::NotStarted:
            return m_notStartedIcon;
        }
        return {};
    case StateRole:
        return int(node.progress.state);
    default:
        return {};
    }
}

QVariant RequirementProgressModel::headerData(int section, Qt::Orientation orientation,
                                              int role) const {
    if (orientation != Qt::Horizontal ||
        (role != Qt::DisplayRole && role != Qt::AccessibleTextRole))
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (section) {
    case Requirement:
        return tr("Requirement");
    case Description:
        return tr("Description");
    case State:
        return tr("Status");
    }
    return {};
}

} // namespace certtrack::itemmodels
