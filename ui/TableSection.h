#pragma once

#include <QWidget>

class QAbstractItemModel;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QTreeView;

namespace certtrack::itemmodels {
class SortFilterProxyModel;
}

namespace certtrack::ui {

// A titled table: heading, optional description, a filter field and a sortable view over a
// SortFilterProxyModel. Every table of the client is one of these, so they all sort, filter,
// read and tab the same way. Child objectNames derive from the section's name: <name>Filter,
// <name>View.
class TableSection : public QWidget {
    Q_OBJECT
public:
    TableSection(const QString &objectName, const QString &title, QWidget *parent = nullptr);

    // The heading, also what screen readers call the table and its filter.
    void setTitle(const QString &title);
    void setDescription(const QString &text);
    void setFilterPlaceholder(const QString &text);
    void setSourceModel(QAbstractItemModel *model);
    // Trees (CE activities, certifications) show their branches expanded.
    void setTree(bool expandAll);
    // Child rows that are one line of detail ("Import Source …") span the whole row.
    void setSpanDetailRows(bool span);
    void setInitialSort(int column, Qt::SortOrder order);
    // A widget in the heading row, between the title and the filter, where it costs no height.
    void addHeaderWidget(QWidget *widget, int stretch = 1);

    QTreeView *view() const { return m_view; }
    QLineEdit *filterEdit() const { return m_filter; }
    QLabel *titleLabel() const { return m_title; }
    itemmodels::SortFilterProxyModel *proxy() const { return m_proxy; }

    // Fits columns to their content (the last one stretches) after new data arrived.
    void fitColumns();

private:
    void onModelChanged();

    QHBoxLayout *m_header;
    QLabel *m_title;
    QLabel *m_description;
    QLineEdit *m_filter;
    QTreeView *m_view;
    itemmodels::SortFilterProxyModel *m_proxy;
    void spanDetailRows();

    bool m_expandAll = false;
    bool m_spanDetailRows = false;
};

} // namespace certtrack::ui
