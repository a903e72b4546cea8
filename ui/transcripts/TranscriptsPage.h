#pragma once

#include "ui/AccountPage.h"

#include <QPointer>

class QLabel;
class QProgressBar;
class QPushButton;

namespace certtrack::client {
class AccountController;
class TranscriptService;
} // namespace certtrack::client

namespace certtrack::itemmodels {
class TranscriptsModel;
}

namespace certtrack::ui {

class TableSection;

// Transcripts: the disclosures of certification status to third parties. Creating, editing,
// previewing, sharing and deactivating go to the server through a TranscriptService over the
// controller the page is made with; the list itself comes from the account data like every page's.
class TranscriptsPage : public AccountPage {
    Q_OBJECT
public:
    // Creating, editing, sharing and deactivating go to the server through controller.
    explicit TranscriptsPage(client::AccountController *controller, QWidget *parent = nullptr);
    void setAccountData(const domain::AccountData &account) override;

    client::TranscriptService *service() const { return m_service; }

    void createTranscript();
    void editSelected();
    void previewSelected();
    void shareSelected();
    void deactivateSelected();

private:
    const domain::Transcript *selected() const;
    void updateActions();
    void showError(const QString &message);

    itemmodels::TranscriptsModel *m_model;
    TableSection *m_section;
    client::TranscriptService *m_service = nullptr;
    domain::AccountData m_account;
    QPushButton *m_create;
    QPushButton *m_edit;
    QPushButton *m_preview;
    QPushButton *m_share;
    QPushButton *m_deactivate;
    QProgressBar *m_progress;
    QLabel *m_message;
};

} // namespace certtrack::ui
