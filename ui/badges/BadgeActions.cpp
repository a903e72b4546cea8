#include "ui/badges/BadgeActions.h"

#include "client/AccountController.h"
#include "records/BadgeFiles.h"
#include "ui/Clipboard.h"
#include "ui/ExternalLinks.h"
#include "ui/FileDialog.h"
#include "ui/MessageBox.h"

#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QSaveFile>
#include <QStandardPaths>

namespace certtrack::ui {

namespace {

struct FileChoice {
    client::BadgeFile file;
    const char *label;
    const char *objectName;
};

const FileChoice kFiles[] = {
    {client::BadgeFile::BakedPng,
     QT_TRANSLATE_NOOP("certtrack::ui::BadgeActions", "Badge image (&PNG)…"), "downloadBadgePng"},
    {client::BadgeFile::BakedSvg,
     QT_TRANSLATE_NOOP("certtrack::ui::BadgeActions", "Badge image (&SVG)…"), "downloadBadgeSvg"},
    {client::BadgeFile::Credential,
     QT_TRANSLATE_NOOP("certtrack::ui::BadgeActions", "Open Badges 3.0 &credential (.jwt)…"),
     "downloadBadgeCredential"},
    {client::BadgeFile::Assertion,
     QT_TRANSLATE_NOOP("certtrack::ui::BadgeActions", "Open Badges 2.0 &assertion (.json)…"),
     "downloadBadgeAssertion"},
};

struct ShareChoice {
    BadgeActions::Share target;
    const char *label;
    const char *objectName;
};

const ShareChoice kShares[] = {
    {BadgeActions::Share::CopyLink, QT_TRANSLATE_NOOP("certtrack::ui::BadgeActions", "&Copy link"),
     "shareBadgeCopyLink"},
    {BadgeActions::Share::LinkedInProfile,
     QT_TRANSLATE_NOOP("certtrack::ui::BadgeActions", "Add to &LinkedIn profile…"),
     "shareBadgeLinkedInProfile"},
    {BadgeActions::Share::LinkedInPost,
     QT_TRANSLATE_NOOP("certtrack::ui::BadgeActions", "Post on Linked&In…"),
     "shareBadgeLinkedInPost"},
    {BadgeActions::Share::X, QT_TRANSLATE_NOOP("certtrack::ui::BadgeActions", "Post on &X…"),
     "shareBadgeX"},
    {BadgeActions::Share::Facebook,
     QT_TRANSLATE_NOOP("certtrack::ui::BadgeActions", "Share on &Facebook…"), "shareBadgeFacebook"},
    {BadgeActions::Share::Email,
     QT_TRANSLATE_NOOP("certtrack::ui::BadgeActions", "Send by &email…"), "shareBadgeEmail"},
};

} // namespace

BadgeActions::BadgeActions(client::AccountController *controller, QWidget *parent)
    : QObject(parent)
    , m_controller(controller)
    , m_parent(parent)
    , m_service(new client::BadgeService(controller, this)) {
    connect(m_service, &client::BadgeService::busyChanged, this, &BadgeActions::busyChanged);
}

std::optional<domain::Badge> BadgeActions::badge(const QString &badgeId) const {
    if (!m_controller)
        return std::nullopt;
    for (const domain::Badge &b : m_controller->data().badges) {
        if (b.id == badgeId)
            return b;
    }
    return std::nullopt;
}

void BadgeActions::addActions(QMenu *menu, const QString &badgeId) {
    const std::optional<domain::Badge> b = badge(badgeId);
    if (!b)
        return;
    if (!b->accepted) {
        QAction *accept = menu->addAction(tr("&Accept (makes it public)"));
        accept->setObjectName(QStringLiteral("acceptBadge"));
        connect(accept, &QAction::triggered, this, [this, badgeId] { this->accept(badgeId); });
    } else {
        QAction *visibility =
            menu->addAction(b->isPublic ? tr("Make p&rivate") : tr("Make p&ublic"));
        visibility->setObjectName(QStringLiteral("toggleBadgeVisibility"));
        connect(visibility, &QAction::triggered, this,
                [this, badgeId, makePublic = !b->isPublic] { setPublic(badgeId, makePublic); });
    }
    QMenu *downloads = menu->addMenu(tr("&Download"));
    downloads->setObjectName(QStringLiteral("badgeDownloadMenu"));
    addDownloadActions(downloads, badgeId);
    QMenu *shares = menu->addMenu(tr("S&hare"));
    shares->setObjectName(QStringLiteral("badgeShareMenu"));
    addShareActions(shares, badgeId);
}

void BadgeActions::addDownloadActions(QMenu *menu, const QString &badgeId) {
    for (const FileChoice &choice : kFiles) {
        QAction *action = menu->addAction(tr(choice.label));
        action->setObjectName(QString::fromLatin1(choice.objectName));
        connect(action, &QAction::triggered, this,
                [this, badgeId, file = choice.file] { download(badgeId, file); });
    }
}

void BadgeActions::addShareActions(QMenu *menu, const QString &badgeId) {
    for (const ShareChoice &choice : kShares) {
        QAction *action = menu->addAction(tr(choice.label));
        action->setObjectName(QString::fromLatin1(choice.objectName));
        connect(action, &QAction::triggered, this,
                [this, badgeId, target = choice.target] { share(badgeId, target); });
    }
}

void BadgeActions::write(const QString &badgeId, const QString &progress, bool accepting,
                         bool isPublic, std::function<void(const domain::Badge &)> then) {
    emit message(progress, false);
    auto done = [this, then](const client::BadgeReply &reply) {
        if (reply.error) {
            if (client::BadgeService::isChangedElsewhere(*reply.error)) {
                if (m_controller)
                    m_controller->refresh();
                emit message(tr("This badge was changed elsewhere since it was last loaded, so "
                                "nothing was changed here. It is being reloaded: check it, then "
                                "try again."),
                             true);
                return;
            }
            emit message(reply.error->message, true);
            return;
        }
        emit badgeChanged(reply.badge);
        then(reply.badge);
    };
    if (accepting)
        m_service->accept(badgeId, this, done);
    else
        m_service->setPublic(badgeId, isPublic, this, done);
}

void BadgeActions::accept(const QString &badgeId) {
    write(badgeId, tr("Accepting…"), true, true, [this](const domain::Badge &) {
        emit message(tr("Accepted. It is public now: anyone with its link can see it and check it "
                        "with its issuer. You can make it private at any time."),
                     false);
    });
}

void BadgeActions::setPublic(const QString &badgeId, bool isPublic) {
    write(badgeId, isPublic ? tr("Making it public…") : tr("Making it private…"), false, isPublic,
          [this](const domain::Badge &now) {
              emit message(now.isPublic ? tr("Public: anyone with its link can see it and check "
                                             "it with its issuer.")
                                        : tr("Private: its link now shows nothing of you."),
                           false);
          });
}

void BadgeActions::download(const QString &badgeId, client::BadgeFile file) {
    const std::optional<domain::Badge> b = badge(badgeId);
    if (!b)
        return;
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = FileDialog::getSaveFileName(
        m_parent, tr("Download Badge"),
        QDir(documents).filePath(records::BadgeFiles::suggestedFileName(*b, file)),
        records::BadgeFiles::filter(file));
    if (path.isEmpty())
        return;
    emit message(tr("Downloading…"), false);
    m_service->download(badgeId, file, this,
                        [this, badge = *b, file, path](const client::BadgeReply &reply) {
                            if (!reply.error)
                                return save(path, reply.file, false);
                            if (!client::BadgeService::isUnreachable(*reply.error))
                                return emit message(reply.error->message, true);
                            std::optional<domain::BadgeCredentialCopy> copy;
                            if (m_controller && m_controller->data().badgeCopies.contains(badge.id))
                                copy = m_controller->data().badgeCopies.value(badge.id);
                            QString error;
                            const std::optional<QByteArray> made =
                                records::BadgeFiles::makeOffline(badge, copy, file, &error);
                            if (!made)
                                return emit message(error, true);
                            save(path, *made, true);
                        });
}

void BadgeActions::save(const QString &path, const QByteArray &bytes, bool offline) {
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit()) {
        emit message(
            tr("Could not save %1: %2").arg(QDir::toNativeSeparators(path), out.errorString()),
            true);
        return;
    }
    const QString where = QDir::toNativeSeparators(path);
    emit message(offline ? tr("Saved to %1, made from the copy kept at the last sync (the server "
                              "cannot be reached).")
                               .arg(where)
                         : tr("Saved to %1.").arg(where),
                 false);
}

QUrl BadgeActions::shareUrl(const domain::Badge &b, Share target) {
    const QUrl link(b.publicUrl);
    switch (target) {
    case Share::CopyLink:
        return {};
    case Share::LinkedInProfile:
        return ExternalLinks::linkedInAddCertification(
            {b.name, b.issuer, b.issuedOn, b.expires, link, b.id});
    case Share::LinkedInPost:
        return ExternalLinks::linkedInShare(link);
    case Share::X:
        return ExternalLinks::xShare(link, tr("My %1 badge, issued by %2").arg(b.name, b.issuer));
    case Share::Facebook:
        return ExternalLinks::facebookShare(link);
    case Share::Email:
        return ExternalLinks::email(
            tr("My %1 badge").arg(b.name),
            tr("I hold the %1 badge, issued by %2. You can see it, and check it with its issuer, "
               "here:\n%3")
                .arg(b.name, b.issuer, link.toString()));
    }
    return {};
}

void BadgeActions::share(const QString &badgeId, Share target) {
    const std::optional<domain::Badge> b = badge(badgeId);
    if (!b)
        return;
    const auto shareNow = [this, target](const domain::Badge &now) {
        if (target == Share::CopyLink) {
            Clipboard::setText(now.publicUrl);
            emit message(tr("The link is on the clipboard: %1").arg(now.publicUrl), false);
            return;
        }
        ExternalLinks::open(shareUrl(now, target));
        emit message(target == Share::Email ? tr("Opened a new message in your mail program.")
                                            : tr("Opened in your web browser."),
                     false);
    };
    if (b->accepted && b->isPublic)
        return shareNow(*b);
    const QString why =
        b->accepted
            ? tr("This badge is private, so its link shows nothing to anyone. Make it public "
                 "now, then share it?")
            : tr("You have not accepted this badge yet, so its link shows nothing to anyone. "
                 "Accept it now, then share it? Accepting makes it public; you can make it "
                 "private again at any time.");
    if (MessageBox::question(m_parent, tr("Share Badge"), why, QMessageBox::Yes | QMessageBox::No,
                             QMessageBox::Yes) != QMessageBox::Yes) {
        emit message(tr("Not shared: the badge stays as it was."), false);
        return;
    }
    write(badgeId, b->accepted ? tr("Making it public…") : tr("Accepting…"), !b->accepted, true,
          shareNow);
}

} // namespace certtrack::ui
