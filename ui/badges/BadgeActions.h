#pragma once

#include "client/BadgeService.h"
#include "domain/Badge.h"

#include <QObject>
#include <QPointer>

class QMenu;
class QWidget;

namespace certtrack::client {
class AccountController;
}

namespace certtrack::ui {

// Everything a person does with one of their badges, for the Digital Badges page and the badge's
// detail dialog alike: accept it, make it public or private, download it (baked PNG or SVG, the
// 3.0 credential, the 2.0 assertion; made from the last sync's copy when the server cannot be
// reached) and share its public link (copy, LinkedIn profile or post, X, Facebook, email).
// Sharing needs an accepted, public badge: otherwise the person is told why and offered to make
// it public first. Files go only where the person chooses in the save dialog. Nothing blocks: the
// outcome comes back through message(), and busyChanged() frames every request.
class BadgeActions : public QObject {
    Q_OBJECT
public:
    enum class Share { CopyLink, LinkedInProfile, LinkedInPost, X, Facebook, Email };

    BadgeActions(client::AccountController *controller, QWidget *parent);

    // The actions that change the badge (accept, or make public/private) and the Download and
    // Share submenus, each reaching the badge as it is in the controller's data when triggered.
    void addActions(QMenu *menu, const QString &badgeId);
    void addDownloadActions(QMenu *menu, const QString &badgeId);
    void addShareActions(QMenu *menu, const QString &badgeId);

    void accept(const QString &badgeId);
    void setPublic(const QString &badgeId, bool isPublic);
    void download(const QString &badgeId, client::BadgeFile file);
    void share(const QString &badgeId, Share target);

    bool isBusy() const { return m_service->isBusy(); }
    // The badge as last synced (or as the last write returned); nullopt when it is gone.
    std::optional<domain::Badge> badge(const QString &badgeId) const;

    // The share address of a public badge on each network; empty for CopyLink.
    static QUrl shareUrl(const domain::Badge &badge, Share target);

signals:
    void busyChanged(bool busy);
    // What happened, fit to show a person; error when it failed. Progress ("Saving…") too.
    void message(const QString &text, bool error);
    // A write succeeded: the badge as the server now has it (the sync follows).
    void badgeChanged(const certtrack::domain::Badge &badge);

private:
    void write(const QString &badgeId, const QString &progress, bool accepting, bool isPublic,
               std::function<void(const domain::Badge &)> then);
    void save(const QString &path, const QByteArray &bytes, bool offline);

    QPointer<client::AccountController> m_controller;
    QWidget *m_parent;
    client::BadgeService *m_service;
};

} // namespace certtrack::ui
