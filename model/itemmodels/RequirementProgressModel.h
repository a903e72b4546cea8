#pragma once

#include "domain/Certification.h"

#include <QAbstractItemModel>
#include <QIcon>

#include <optional>
#include <vector>

namespace certtrack::itemmodels {

// The evaluated requirement tree of one certification: "1.2 - (10 / 30)" rows with a state
// (met / in progress / not started) that the view shows as an icon.
class RequirementProgressModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Column { Requirement, Description, State, ColumnCount };

    using QAbstractItemModel::QAbstractItemModel;
    void setProgress(const std::optional<domain::RequirementProgress> &progress);
    // Icons are the UI's business; the model only hands them out per state.
    void setStateIcons(const QIcon &met, const QIcon &inProgress, const QIcon &notStarted);
    static QString stateText(domain::RequirementProgress::State state);

    QModelIndex index(int row, int column,
                      const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    // The tree flattened so an index's internalId is a node number; node 0 is the root.
    struct Node {
        domain::RequirementProgress progress; // children left empty: they are nodes too
        int parent = -1;
        int row = 0;
        std::vector<int> children;
    };

    void addNode(const domain::RequirementProgress &progress, int parent, int row);
    QString text(const Node &node, int column) const;

    std::vector<Node> m_nodes;
    QIcon m_metIcon;
    QIcon m_inProgressIcon;
    QIcon m_notStartedIcon;
};

} // namespace certtrack::itemmodels
