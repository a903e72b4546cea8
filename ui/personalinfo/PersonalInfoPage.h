#pragma once

#include "ui/AccountPage.h"

#include <functional>

class QTabWidget;

namespace certtrack::client {
class AccountController;
class PersonalInfoService;
} // namespace certtrack::client

namespace certtrack::ui {

class AttributesEditor;
class IdentifiersView;
class SettingsView;

// Personal Info: Settings (the programme's questions), Attributes and Identification. Settings
// and the job title are edited here; leaving a section or the page with unsaved changes asks
// whether to save or discard them.
class PersonalInfoPage : public AccountPage {
    Q_OBJECT
public:
    // Edits go to the signed-in account of controller.
    explicit PersonalInfoPage(client::AccountController *controller, QWidget *parent = nullptr);
    void setAccountData(const domain::AccountData &account) override;
    bool hasUnsavedChanges() const;
    // Whether the person may leave now. With unsaved changes it asks Save / Discard / Cancel:
    // Discard reverts and answers true; Cancel answers false; Save answers false and runs
    // proceed once the server accepted the changes.
    bool confirmLeave(const std::function<void()> &proceed);

    QTabWidget *tabs() const { return m_tabs; }
    SettingsView *settingsView() const { return m_settings; }
    AttributesEditor *attributesEditor() const { return m_attributes; }

private:
    bool confirmLeaveSection(int section, const std::function<void()> &proceed);

    client::AccountController *m_controller;
    client::PersonalInfoService *m_service;
    QTabWidget *m_tabs;
    SettingsView *m_settings;
    AttributesEditor *m_attributes;
    IdentifiersView *m_identifiers;
    int m_shownSection = 0;
    QString m_editsLogin; // whose data the editors hold
};

} // namespace certtrack::ui
