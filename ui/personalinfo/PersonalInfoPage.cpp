#include "ui/personalinfo/PersonalInfoPage.h"

#include "client/AccountController.h"
#include "client/PersonalInfoService.h"
#include "ui/MessageBox.h"
#include "ui/personalinfo/AttributesEditor.h"
#include "ui/personalinfo/IdentifiersView.h"
#include "ui/personalinfo/SettingsView.h"

#include <QSignalBlocker>
#include <QTabWidget>
#include <QVBoxLayout>

namespace certtrack::ui {

namespace {

enum Section { SettingsSection, AttributesSection, IdentificationSection };

QWidget *padded(QWidget *content) {
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(14, 14, 14, 14);
    layout->addWidget(content);
    return page;
}

} // namespace

PersonalInfoPage::PersonalInfoPage(client::AccountController *controller, QWidget *parent)
    : AccountPage(parent)
    , m_controller(controller)
    , m_service(new client::PersonalInfoService(controller, this))
    , m_tabs(new QTabWidget(this))
    , m_settings(new SettingsView)
    , m_attributes(new AttributesEditor)
    , m_identifiers(new IdentifiersView) {
    setObjectName(QStringLiteral("personalInfoPage"));
    m_tabs->setObjectName(QStringLiteral("personalInfoTabs"));
    m_tabs->setAccessibleName(tr("Personal information sections"));
    m_tabs->setDocumentMode(true);

    m_tabs->addTab(padded(m_settings), tr("&Settings"));
    m_tabs->addTab(padded(m_attributes), tr("Attri&butes"));
    m_tabs->addTab(padded(m_identifiers), tr("Identificatio&n"));
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int section) {
        if (section == m_shownSection)
            return;
        const int wanted = section;
        if (confirmLeaveSection(m_shownSection,
                                [this, wanted] { m_tabs->setCurrentIndex(wanted); })) {
            m_shownSection = section;
            return;
        }
        const QSignalBlocker blocker(m_tabs);
        m_tabs->setCurrentIndex(m_shownSection);
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 10, 10, 10);
    layout->addWidget(m_tabs);
    m_settings->setService(m_service);
    m_attributes->setService(m_service);
}

void PersonalInfoPage::setAccountData(const domain::AccountData &account) {
    // Unsaved answers outlive an ended session for the person who typed them, never for the
    // next person: on a shared machine another login must not find them on the page.
    const QString login = account.profile.loginId;
    if (!login.isEmpty()) {
        if (!m_editsLogin.isEmpty() && login != m_editsLogin) {
            m_settings->discard();
            m_attributes->discard();
        }
        m_editsLogin = login;
    }
    const QByteArray settingsEtag =
        m_controller ? m_controller->resourceEtag(QStringLiteral("me/settings")) : QByteArray();
    const QByteArray attributesEtag =
        m_controller ? m_controller->resourceEtag(QStringLiteral("me/attributes")) : QByteArray();
    m_settings->setSettings(account.settings, settingsEtag);
    m_attributes->setAttributes(account.attributes, attributesEtag);
    m_identifiers->setProgramme(account.programme);
    m_identifiers->setIdentifiers(account.identifiers);
}

bool PersonalInfoPage::hasUnsavedChanges() const {
    return m_settings->hasUnsavedChanges() || m_attributes->hasUnsavedChanges();
}

bool PersonalInfoPage::confirmLeaveSection(int section, const std::function<void()> &proceed) {
    const bool settings = section == SettingsSection;
    if (settings ? !m_settings->hasUnsavedChanges() : !m_attributes->hasUnsavedChanges())
        return true;
    const QMessageBox::StandardButton answer = MessageBox::question(
        this, tr("Unsaved changes"),
        settings ? tr("You changed your answers in Settings but did not save them. Save them "
                      "now?")
                 : tr("You changed your attributes but did not save them. Save them now?"),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Discard) {
        if (settings)
            m_settings->discard();
        else
            m_attributes->discard();
        return true;
    }
    if (answer == QMessageBox::Save) {
        const bool canSave = settings ? m_settings->canSave() : m_attributes->canSave();
        if (!canSave) {
            m_tabs->setCurrentIndex(section);
            MessageBox::warning(this, tr("Cannot save yet"),
                                settings ? tr("Answer every required question first.")
                                         : tr("Correct the highlighted field first."));
            return false;
        }
        if (settings)
            m_settings->save(proceed);
        else
            m_attributes->save(proceed);
    }
    return false;
}

bool PersonalInfoPage::confirmLeave(const std::function<void()> &proceed) {
    for (const int section : {SettingsSection, AttributesSection}) {
        // Each section answers in turn; after a save the next question comes with proceed.
        if (!confirmLeaveSection(section, [this, proceed] {
                if (confirmLeave(proceed))
                    proceed();
            }))
            return false;
    }
    return true;
}

} // namespace certtrack::ui
