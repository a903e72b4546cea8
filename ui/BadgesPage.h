#pragma once

#include "ui/AccountPage.h"

#include <QPointer>

class QAction;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QListView;
class QMenu;
class QPushButton;
class QTreeView;

namespace certtrack::client {
class AccountController;
}

namespace certtrack::itemmodels {
class BadgesModel;
class ExternalCredentialsModel;
class SortFilterProxyModel;
} // namespace certtrack::itemmodels

namespace certtrack::ui {

class BadgeActions;
class BadgeDetailDialog;
class BadgeFeedback;

// Digital Badges as a grid of cards with their images. A badge opens in its detail dialog
// (double-click, Enter, Open, or the context menu); the context menu (right click, the Menu key
// or Shift+F10) and the toolbar's Download and Share menus reach every action of BadgeActions.
// Actions about no badge in particular go at the toolbar's right end through addPageAction():
// "Verify a Credential…" is one, and a file dropped on the tab is verified the same way.
// Credentials kept from other issuers are listed below the badges, each verified again at every
// sync, and can be removed.
class BadgesPage : public AccountPage {
    Q_OBJECT
public:
    explicit BadgesPage(client::AccountController *controller, QWidget *parent = nullptr);
    void setAccountData(const domain::AccountData &account) override;
    QListView *view() const { return m_view; }

    // A page-wide action (one not about the selected badge), shown as a button at the right end
    // of the toolbar; the page does not take ownership.
    void addPageAction(QAction *action);
    // Opens the current badge in its detail dialog; the open one, or null.
    void openCurrent();
    BadgeDetailDialog *detailDialog() const;
    // The context menu of the current badge, at its card (what the keyboard opens).
    void showContextMenu();

    // The verify dialog for a credential (none: choose a file in the dialog).
    void verifyCredential(const QByteArray &bytes = {}, const QString &fileName = {});
    QTreeView *keptView() const { return m_keptView; }
    // Removes the selected kept credential from the account.
    void removeKeptCredential();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    QString currentBadgeId() const;
    void showMenuAt(const QPoint &globalPosition);
    void updateButtons();

    QPointer<client::AccountController> m_controller;
    itemmodels::BadgesModel *m_model;
    itemmodels::SortFilterProxyModel *m_proxy;
    BadgeActions *m_actions;
    QLineEdit *m_filter;
    QListView *m_view;
    QLabel *m_empty;
    QPushButton *m_open;
    QPushButton *m_download;
    QPushButton *m_share;
    QMenu *m_downloadMenu;
    QMenu *m_shareMenu;
    QHBoxLayout *m_toolbar;
    BadgeFeedback *m_feedback;
    QPointer<BadgeDetailDialog> m_detail;
    QPointer<QMenu> m_menu;
    itemmodels::ExternalCredentialsModel *m_kept;
    QWidget *m_keptSection;
    QTreeView *m_keptView;
    QPushButton *m_removeKept;
};

} // namespace certtrack::ui
