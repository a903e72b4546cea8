#pragma once

#include "client/TranscriptService.h"

#include <QDialog>
#include <QUrl>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace certtrack::ui {

// "Email this Transcript": the server mails the link to the address given (Preview Email shows
// the message first); the link can also be copied or shared on Facebook, X and LinkedIn.
class TranscriptShareDialog : public QDialog {
    Q_OBJECT
public:
    TranscriptShareDialog(const domain::Transcript &transcript, client::TranscriptService *service,
                          QWidget *parent = nullptr);

private:
    void previewEmail();
    void send();
    void copyLink();
    void setBusy(bool busy);
    void showMessage(const QString &text, bool error);
    bool checkAddress();

    domain::Transcript m_transcript;
    client::TranscriptService *m_service;
    QLineEdit *m_to;
    QLabel *m_toError;
    QPushButton *m_preview;
    QPushButton *m_send;
    QPlainTextEdit *m_message;
    QLineEdit *m_link;
    QLabel *m_status;
    QProgressBar *m_progress;
};

} // namespace certtrack::ui
