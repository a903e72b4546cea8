#pragma once

#include "ui/AccountPage.h"

class QLabel;
class QLineEdit;
class QListView;

namespace certtrack::itemmodels {
class BadgesModel;
class SortFilterProxyModel;
} // namespace certtrack::itemmodels

namespace certtrack::ui {

// Digital Badges as a grid of cards with their images.
class BadgesPage : public AccountPage {
    Q_OBJECT
public:
    explicit BadgesPage(QWidget *parent = nullptr);
    void setAccountData(const domain::AccountData &account) override;
    QListView *view() const { return m_view; }

private:
    itemmodels::BadgesModel *m_model;
    itemmodels::SortFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QListView *m_view;
    QLabel *m_empty;
};

} // namespace certtrack::ui
