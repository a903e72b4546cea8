#pragma once

#include "ui/AccountPage.h"

class QTabWidget;

namespace certtrack::itemmodels {
class AttributesModel;
class IdentifiersModel;
} // namespace certtrack::itemmodels

namespace certtrack::ui {

class SettingsView;
class TableSection;

// Personal Info: Settings (the programme's questions), Attributes and Identification.
class PersonalInfoPage : public AccountPage {
    Q_OBJECT
public:
    explicit PersonalInfoPage(QWidget *parent = nullptr);
    void setAccountData(const domain::AccountData &account) override;
    QTabWidget *tabs() const { return m_tabs; }

private:
    QTabWidget *m_tabs;
    SettingsView *m_settings;
    itemmodels::AttributesModel *m_attributes;
    itemmodels::IdentifiersModel *m_identifiers;
    TableSection *m_attributesSection;
    TableSection *m_identifiersSection;
};

} // namespace certtrack::ui
