#include "ui/badges/BadgeDetailDialog.h"

#include "client/AccountController.h"
#include "itemmodels/BadgesModel.h"
#include "itemmodels/DisplayFormat.h"
#include "ui/badges/BadgeActions.h"
#include "ui/badges/BadgeFeedback.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPixmap>
#include <QPushButton>
#include <QVBoxLayout>

namespace certtrack::ui {

namespace {

constexpr int kImageSide = 200;

QLabel *valueLabel(QWidget *parent, const char *name, const QString &accessibleName) {
    auto *label = new QLabel(parent);
    label->setObjectName(QString::fromLatin1(name));
    label->setAccessibleName(accessibleName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

} // namespace

BadgeDetailDialog::BadgeDetailDialog(client::AccountController *controller, const QString &badgeId,
                                     QWidget *parent)
    : QDialog(parent)
    , m_controller(controller)
    , m_badgeId(badgeId)
    , m_actions(new BadgeActions(controller, this))
    , m_image(new QLabel(this))
    , m_name(valueLabel(this, "badgeDetailName", tr("Badge name")))
    , m_issuer(valueLabel(this, "badgeDetailIssuer", tr("Issuer")))
    , m_description(valueLabel(this, "badgeDetailDescription", tr("Description")))
    , m_criteria(valueLabel(this, "badgeDetailCriteria", tr("Criteria")))
    , m_issued(valueLabel(this, "badgeDetailIssued", tr("Issued")))
    , m_expires(valueLabel(this, "badgeDetailExpires", tr("Expires")))
    , m_status(valueLabel(this, "badgeDetailStatus", tr("Status")))
    , m_visibility(valueLabel(this, "badgeDetailVisibility", tr("Who can see it")))
    , m_feedback(new BadgeFeedback(QStringLiteral("badgeDetail"), this))
    , m_accept(new QPushButton(tr("&Accept"), this))
    , m_visibilityButton(new QPushButton(this))
    , m_download(new QPushButton(tr("&Download"), this))
    , m_share(new QPushButton(tr("S&hare"), this))
    , m_close(new QPushButton(tr("&Close"), this)) {
    setObjectName(QStringLiteral("badgeDetailDialog"));
    setWindowTitle(tr("Digital Badge"));
    setModal(true);
    setAttribute(Qt::WA_DeleteOnClose);

    m_image->setObjectName(QStringLiteral("badgeDetailImage"));
    m_image->setFixedSize(kImageSide, kImageSide);
    m_image->setAlignment(Qt::AlignCenter);
    m_name->setProperty("role", QStringLiteral("sectionTitle"));
    m_issuer->setProperty("role", QStringLiteral("description"));
    const QList<QPair<QPushButton *, QString>> buttons{
        {m_accept, QStringLiteral("badgeDetailAccept")},
        {m_visibilityButton, QStringLiteral("badgeDetailVisibilityButton")},
        {m_download, QStringLiteral("badgeDetailDownload")},
        {m_share, QStringLiteral("badgeDetailShare")},
        {m_close, QStringLiteral("badgeDetailClose")}};
    for (const auto &[button, name] : buttons) {
        button->setObjectName(name);
        button->setAutoDefault(false);
    }
    m_accept->setAccessibleName(tr("Accept the badge"));
    m_accept->setToolTip(tr("Accepting makes the badge public: anyone with its link can see it."));
    m_download->setAccessibleName(tr("Download the badge"));
    m_share->setAccessibleName(tr("Share the badge"));
    m_close->setAccessibleName(tr("Close"));

    auto *downloads = new QMenu(m_download);
    downloads->setObjectName(QStringLiteral("badgeDetailDownloadMenu"));
    m_actions->addDownloadActions(downloads, badgeId);
    m_download->setMenu(downloads);
    auto *shares = new QMenu(m_share);
    shares->setObjectName(QStringLiteral("badgeDetailShareMenu"));
    m_actions->addShareActions(shares, badgeId);
    m_share->setMenu(shares);

    auto *facts = new QFormLayout;
    facts->setLabelAlignment(Qt::AlignRight);
    facts->addRow(tr("Criteria:"), m_criteria);
    facts->addRow(tr("Issued:"), m_issued);
    facts->addRow(tr("Expires:"), m_expires);
    facts->addRow(tr("Status:"), m_status);
    facts->addRow(tr("Visibility:"), m_visibility);

    auto *text = new QVBoxLayout;
    text->setSpacing(6);
    text->addWidget(m_name);
    text->addWidget(m_issuer);
    text->addWidget(m_description);
    text->addSpacing(4);
    text->addLayout(facts);
    text->addStretch(1);

    auto *body = new QHBoxLayout;
    body->setSpacing(20);
    body->addWidget(m_image, 0, Qt::AlignTop);
    body->addLayout(text, 1);

    auto *row = new QHBoxLayout;
    row->addWidget(m_accept);
    row->addWidget(m_visibilityButton);
    row->addWidget(m_download);
    row->addWidget(m_share);
    row->addStretch(1);
    row->addWidget(m_close);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 20, 20, 16);
    layout->setSpacing(12);
    layout->addLayout(body);
    layout->addWidget(m_feedback);
    layout->addLayout(row);
    setMinimumWidth(640);
    resize(680, height());

    setTabOrder(m_accept, m_visibilityButton);
    setTabOrder(m_visibilityButton, m_download);
    setTabOrder(m_download, m_share);
    setTabOrder(m_share, m_close);

    connect(m_accept, &QPushButton::clicked, this, [this] { m_actions->accept(m_badgeId); });
    connect(m_visibilityButton, &QPushButton::clicked, this,
            [this] { m_actions->setPublic(m_badgeId, !m_isPublic); });
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_actions, &BadgeActions::message, this, &BadgeDetailDialog::showMessage);
    connect(m_actions, &BadgeActions::busyChanged, this, &BadgeDetailDialog::setBusy);
    connect(m_actions, &BadgeActions::badgeChanged, this, &BadgeDetailDialog::display);
    if (controller)
        connect(controller, &client::AccountController::dataChanged, this,
                &BadgeDetailDialog::reload);
    reload();
}

void BadgeDetailDialog::reload() {
    if (const std::optional<domain::Badge> badge = m_actions->badge(m_badgeId))
        display(*badge);
}

void BadgeDetailDialog::display(const domain::Badge &badge) {
    if (badge.id != m_badgeId)
        return;
    const qreal ratio = devicePixelRatioF();
    QImage image =
        itemmodels::BadgesModel::renderSvg(badge.imageSvg, QSize(kImageSide, kImageSide) * ratio);
    image.setDevicePixelRatio(ratio);
    m_image->setPixmap(QPixmap::fromImage(image));
    m_image->setAccessibleName(tr("%1 badge image").arg(badge.name));
    m_name->setText(badge.name);
    m_issuer->setText(tr("Issued by %1").arg(badge.issuer));
    m_description->setText(badge.description);
    m_description->setVisible(!badge.description.isEmpty());
    m_criteria->setText(badge.criteria.isEmpty() ? tr("Not stated by the issuer") : badge.criteria);
    m_issued->setText(itemmodels::DisplayFormat::date(badge.issuedOn));
    m_expires->setText(badge.expires ? itemmodels::DisplayFormat::date(*badge.expires)
                                     : tr("Does not expire"));

    QString status;
    switch (badge.status) {
    case domain::Badge::Status::Valid:
        status = tr("Valid");
        break;
    case domain::Badge::Status::Expired:
        status = tr("Expired");
        break;
    case domain::Badge::Status::Revoked:
        status = tr("Revoked by its issuer");
        break;
    }
    const QDateTime checked = m_controller ? m_controller->lastSynced() : QDateTime();
    m_status->setText(checked.isValid()
                          ? tr("%1 (as the server reported at the last sync, %2)")
                                .arg(status, itemmodels::DisplayFormat::instant(checked))
                          : status);

    m_isPublic = badge.isPublic;
    if (!badge.accepted) {
        m_visibility->setText(tr("Waiting for you to accept it. Until then its link shows "
                                 "nothing of you. Accepting makes it public; you can make it "
                                 "private again at any time."));
    } else if (badge.isPublic) {
        m_visibility->setText(tr("Public: anyone with its link can see it and check it with its "
                                 "issuer."));
    } else {
        m_visibility->setText(tr("Private: its link shows nothing of you."));
    }
    m_accept->setVisible(!badge.accepted);
    m_visibilityButton->setVisible(badge.accepted);
    m_visibilityButton->setText(badge.isPublic ? tr("Make p&rivate") : tr("Make p&ublic"));
    m_visibilityButton->setAccessibleName(badge.isPublic ? tr("Make the badge private")
                                                         : tr("Make the badge public"));
    (badge.accepted ? m_close : m_accept)->setDefault(true);
    (badge.accepted ? m_accept : m_close)->setDefault(false);
    fitHeight();
}

void BadgeDetailDialog::fitHeight() {
    // Wrapped labels ask for their height at the width they get: no more, so no empty band.
    layout()->activate();
    resize(width(), qMax(layout()->totalHeightForWidth(width()), minimumHeight()));
}

void BadgeDetailDialog::showMessage(const QString &text, bool error) {
    m_feedback->setMessage(text, error);
    fitHeight();
}

void BadgeDetailDialog::setBusy(bool busy) {
    m_feedback->setBusy(busy);
    m_accept->setEnabled(!busy);
    m_visibilityButton->setEnabled(!busy);
}

} // namespace certtrack::ui
