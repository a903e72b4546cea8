#pragma once

#include "client/TranscriptService.h"
#include "domain/AccountData.h"

#include <QDialog>
#include <QHash>

class QButtonGroup;
class QCheckBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QRadioButton;
class QTableWidget;

namespace certtrack::ui {

// "Create new transcript" and "Edit": the portal's form. The server assigns the id and checks
// every field; its answers show next to the fields they concern.
class TranscriptFormDialog : public QDialog {
    Q_OBJECT
public:
    // existing empty: create; otherwise edit it (its ETag is loaded first).
    TranscriptFormDialog(const domain::AccountData &account, const domain::Transcript *existing,
                         client::TranscriptService *service, QWidget *parent = nullptr);

    // The transcript as the server last answered (its id once created).
    const domain::Transcript &transcript() const { return m_transcript; }

signals:
    void saved(const certtrack::domain::Transcript &transcript);

private:
    QWidget *buildCertificationTable(const domain::AccountData &account);
    void fill(const domain::Transcript &transcript);
    client::TranscriptDraft draft() const;
    void updateCertificationTable();
    void submit();
    void loadCurrent();
    void onSaved(const client::TranscriptReply &reply, bool created);
    void showError(const client::ApiError &error);
    void clearErrors();
    void clearError(const QString &field);
    void setBusy(bool busy);
    QLabel *errorLabel(const QString &field);

    client::TranscriptService *m_service;
    domain::Transcript m_transcript;
    QByteArray m_etag;
    bool m_editing = false;
    bool m_created = false;

    QLabel *m_id;
    QLineEdit *m_displayName;
    QCheckBox *m_showName;
    QCheckBox *m_showAddress;
    QCheckBox *m_showEmail;
    QDateEdit *m_expires;
    QLineEdit *m_description;
    QLineEdit *m_remarks;
    QButtonGroup *m_disclosure;
    QRadioButton *m_active;
    QRadioButton *m_allNew;
    QRadioButton *m_selected;
    QTableWidget *m_certifications;
    QLabel *m_status;
    QProgressBar *m_progress;
    QDialogButtonBox *m_buttons;
    QHash<QString, QLabel *> m_errors;
};

} // namespace certtrack::ui
