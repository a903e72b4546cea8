#pragma once

#include "domain/Badge.h"

#include <QDateTime>
#include <QDialog>
#include <QPointer>

class QLabel;
class QPushButton;

namespace certtrack::client {
class AccountController;
}

namespace certtrack::ui {

class BadgeActions;
class BadgeFeedback;

// One badge in full: its artwork large, name, issuer, description, dates, status as of the last
// sync and who can see it, with everything a person does with it (accept, make public or
// private, download, share). It follows the account's data, so a sync or a write shows at once.
// Enter accepts a waiting badge; otherwise it closes.
class BadgeDetailDialog : public QDialog {
    Q_OBJECT
public:
    BadgeDetailDialog(client::AccountController *controller, const QString &badgeId,
                      QWidget *parent = nullptr);

    QString badgeId() const { return m_badgeId; }
    BadgeActions *actions() const { return m_actions; }

private:
    void reload();
    void display(const domain::Badge &badge);
    void showMessage(const QString &text, bool error);
    void setBusy(bool busy);
    void fitHeight();

    QPointer<client::AccountController> m_controller;
    QString m_badgeId;
    BadgeActions *m_actions;
    QLabel *m_image;
    QLabel *m_name;
    QLabel *m_issuer;
    QLabel *m_description;
    QLabel *m_criteria;
    QLabel *m_issued;
    QLabel *m_expires;
    QLabel *m_status;
    QLabel *m_visibility;
    BadgeFeedback *m_feedback;
    QPushButton *m_accept;
    QPushButton *m_visibilityButton;
    QPushButton *m_download;
    QPushButton *m_share;
    QPushButton *m_close;
    bool m_isPublic = false;
};

} // namespace certtrack::ui
