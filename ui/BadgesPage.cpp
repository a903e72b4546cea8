#include "ui/BadgesPage.h"

#include "itemmodels/BadgesModel.h"
#include "itemmodels/SortFilterProxyModel.h"
#include "ui/BadgeCardDelegate.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QVBoxLayout>

namespace certtrack::ui {

BadgesPage::BadgesPage(QWidget *parent)
    : AccountPage(parent)
    , m_model(new itemmodels::BadgesModel(this))
    , m_proxy(new itemmodels::SortFilterProxyModel(this))
    , m_filter(new QLineEdit(this))
    , m_view(new QListView(this))
    , m_empty(new QLabel(tr("You have no digital badges yet."), this)) {
    setObjectName(QStringLiteral("badgesPage"));
    m_proxy->setSourceModel(m_model);
    m_proxy->sort(itemmodels::BadgesModel::IssuedOn, Qt::DescendingOrder);

    m_filter->setObjectName(QStringLiteral("badgesFilter"));
    m_filter->setPlaceholderText(tr("Filter"));
    m_filter->setAccessibleName(tr("Filter digital badges"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setProperty("certtrackFilter", true);
    m_filter->setMinimumWidth(220);
    m_filter->setMaximumWidth(320);
    connect(m_filter, &QLineEdit::textChanged, m_proxy,
            &itemmodels::SortFilterProxyModel::setFilterText);

    m_view->setObjectName(QStringLiteral("badgesView"));
    m_view->setAccessibleName(tr("Digital badges"));
    m_view->setModel(m_proxy);
    m_view->setItemDelegate(new BadgeCardDelegate(m_view));
    m_view->setViewMode(QListView::IconMode);
    m_view->setResizeMode(QListView::Adjust);
    m_view->setMovement(QListView::Static);
    m_view->setUniformItemSizes(true);
    m_view->setGridSize(BadgeCardDelegate::cardSize());
    m_view->setSpacing(0);
    m_view->setWordWrap(true);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setStyleSheet(QStringLiteral("QListView { background: transparent; border: none; }"));
    m_empty->setProperty("role", QStringLiteral("description"));
    m_empty->hide();

    auto *title = new QLabel(tr("Digital badges"), this);
    title->setProperty("role", QStringLiteral("sectionTitle"));
    auto *header = new QHBoxLayout;
    header->addWidget(title);
    header->addStretch(1);
    header->addWidget(m_filter);

    auto *description = new QLabel(tr("Badges issued for your certifications. Each one can be "
                                      "verified by anyone through its issuer."),
                                   this);
    description->setProperty("role", QStringLiteral("description"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(8);
    layout->addLayout(header);
    layout->addWidget(description);
    layout->addWidget(m_empty);
    layout->addWidget(m_view, 1);
}

void BadgesPage::setAccountData(const domain::AccountData &account) {
    m_model->setAccountData(account);
    m_empty->setVisible(account.badges.isEmpty());
}

} // namespace certtrack::ui
