#pragma once

#include "domain/AccountData.h"

#include <QDialog>
#include <QHash>
#include <QPointer>
#include <QSet>

class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;

namespace certtrack::client {
class AccountController;
class LogoService;
} // namespace certtrack::client

namespace certtrack::ui {

// Certifications → Download Logos (user guide §6): the candidate's logo files with the logo
// guidelines. Downloading asks for a folder; the first download asks the person to accept the
// guidelines and the certification agreement, which the server records (so no other download,
// here or on another machine, asks again). Each logo is saved as SVG and PNG. All network work
// is asynchronous; progress, network and disk errors show in the dialog.
class LogosDialog : public QDialog {
    Q_OBJECT
public:
    LogosDialog(client::AccountController *controller, QWidget *parent = nullptr);

    QListWidget *list() const { return m_list; }
    QPushButton *downloadButton() const { return m_download; }
    QProgressBar *progress() const { return m_progress; }
    QLabel *statusLabel() const { return m_status; }
    QLabel *errorLabel() const { return m_error; }
    // The selected logo as its PNG will look, and a line naming the files it is saved as.
    QLabel *preview() const { return m_preview; }
    QLabel *previewCaption() const { return m_previewCaption; }
    bool isDownloading() const { return m_downloading; }
    bool guidelinesAccepted() const { return m_logos.guidelinesAccepted; }

    // Starts downloading the checked logos (asks for the folder first).
    void download();

signals:
    // Every download run that ended, with the files written.
    void downloadFinished(bool succeeded, const QStringList &files);

private:
    void showLogos();
    void updateAcceptance();
    bool askToAccept();
    void fetchNext();
    // Shows the current logo in the preview, fetching its artwork once it may be (the server
    // gives artwork only after the guidelines are accepted).
    void showPreview();
    void renderPreview(const domain::Logo &logo, const QByteArray &svg);
    void finish(bool succeeded, const QString &error = {});

    QPointer<client::AccountController> m_controller;
    client::LogoService *m_service;
    domain::Logos m_logos;
    domain::AccountData m_account;
    QLabel *m_guidelines;
    QLabel *m_acceptance;
    QListWidget *m_list;
    QPushButton *m_download;
    QPushButton *m_selectAll;
    QProgressBar *m_progress;
    QLabel *m_status;
    QLabel *m_error;
    QLabel *m_preview;
    QLabel *m_previewCaption;
    QHash<QString, QByteArray> m_artwork; // by logo id: fetched once, previewed and saved
    QSet<QString> m_previewLoading;       // logo ids whose artwork is on its way
    QList<domain::Logo> m_queue;
    int m_total = 0;
    QString m_folder;
    QStringList m_written;
    bool m_downloading = false;
};

} // namespace certtrack::ui
