#include "ui/PersonalInfoPage.h"

#include "itemmodels/AttributesModel.h"
#include "itemmodels/IdentifiersModel.h"
#include "ui/SettingsView.h"
#include "ui/TableSection.h"

#include <QTabWidget>
#include <QVBoxLayout>

namespace certtrack::ui {

namespace {

QWidget *padded(QWidget *content) {
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(14, 14, 14, 14);
    layout->addWidget(content);
    return page;
}

} // namespace

PersonalInfoPage::PersonalInfoPage(QWidget *parent)
    : AccountPage(parent)
    , m_tabs(new QTabWidget(this))
    , m_settings(new SettingsView)
    , m_attributes(new itemmodels::AttributesModel(this))
    , m_identifiers(new itemmodels::IdentifiersModel(this))
    , m_attributesSection(
          new TableSection(QStringLiteral("attributes"), tr("Candidate attributes")))
    , m_identifiersSection(
          new TableSection(QStringLiteral("identifiers"), tr("Candidate IDs used externally"))) {
    setObjectName(QStringLiteral("personalInfoPage"));
    m_tabs->setObjectName(QStringLiteral("personalInfoTabs"));
    m_tabs->setAccessibleName(tr("Personal information sections"));
    m_tabs->setDocumentMode(true);

    m_attributesSection->setSourceModel(m_attributes);
    m_attributesSection->setDescription(
        tr("The numbers and titles recorded for your account. Only some of them can be changed."));
    m_identifiersSection->setSourceModel(m_identifiers);
    m_identifiersSection->setDescription(tr("Below are the different IDs assigned to your "
                                            "account including Testing IDs and System IDs."));

    m_tabs->addTab(padded(m_settings), tr("&Settings"));
    m_tabs->addTab(padded(m_attributesSection), tr("&Attributes"));
    m_tabs->addTab(padded(m_identifiersSection), tr("I&dentification"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 10, 10, 10);
    layout->addWidget(m_tabs);
}

void PersonalInfoPage::setAccountData(const domain::AccountData &account) {
    m_settings->setSettings(account.settings);
    m_attributes->setAccountData(account);
    m_identifiers->setAccountData(account);
    m_attributesSection->fitColumns();
    m_identifiersSection->fitColumns();
}

} // namespace certtrack::ui
