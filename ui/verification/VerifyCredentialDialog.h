#pragma once

#include "verification/Verdict.h"

#include <QByteArray>
#include <QDialog>
#include <QPointer>
#include <QString>

class QDialogButtonBox;
class QLabel;
class QProgressBar;
class QPushButton;

namespace certtrack::client {
class AccountController;
class ExternalCredentialService;
} // namespace certtrack::client

namespace certtrack::verification {
class CredentialVerifier;
}

namespace certtrack::ui {

// "Verify a credential": a file chosen (FileDialog) or dropped on the dialog is checked by
// CredentialVerifier — the account's own credentials offline against the keys and revocation
// list of the last sync, another issuer's over the network — with progress, then the verdict
// and its details in plain words. A credential not issued by the account's server can be kept
// on the account ("Keep this credential"). Nothing is written to disk: the verdict lives in
// this dialog, which its parent window deletes (kiosk sign-out included).
class VerifyCredentialDialog : public QDialog {
    Q_OBJECT
public:
    // The largest file read from disk or a drop.
    static constexpr qint64 kMaxFileBytes = 32 * 1024 * 1024;

    explicit VerifyCredentialDialog(client::AccountController *controller,
                                    QWidget *parent = nullptr);
    ~VerifyCredentialDialog() override;

    // Checks bytes (fileName only names them to the person).
    void verifyBytes(const QByteArray &bytes, const QString &fileName = {});
    // Reads a file (size-capped) and checks it; a file that cannot be read is said so.
    void verifyFile(const QString &path);
    // Asks for a file through FileDialog and checks it.
    void chooseFile();
    // Keeps the last checked credential on the account (enabled only for another issuer's).
    void keepCredential();

    bool isChecking() const;
    bool hasVerdict() const { return m_hasVerdict; }
    verification::Verdict verdict() const { return m_verdict; }
    // The outcome line and the details as shown.
    QString outcomeText() const;
    QString detailsText() const;
    QString statusText() const;

signals:
    void verdictShown(const certtrack::verification::Verdict &verdict);
    // The credential was kept (or keeping failed: statusText() says why).
    void keepFinished(bool kept);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void showVerdict(const verification::Verdict &verdict);
    void setChecking(bool checking, const QString &step = {});
    void updateKeepButton();

    QPointer<client::AccountController> m_controller;
    verification::CredentialVerifier *m_verifier = nullptr;
    client::ExternalCredentialService *m_service = nullptr;
    verification::Verdict m_verdict;
    bool m_hasVerdict = false;
    bool m_kept = false;
    QString m_fileName;

    QLabel *m_intro;
    QPushButton *m_chooseButton;
    QProgressBar *m_progress;
    QLabel *m_progressLabel;
    QLabel *m_outcome;
    QLabel *m_details;
    QLabel *m_status;
    QPushButton *m_keepButton;
    QDialogButtonBox *m_buttons;
};

// Opens the dialog (non-modal, deleted on close, a child of parent so it goes with the window)
// and, when bytes are given, checks them at once. What the Digital Badges tab calls from its
// "Verify a credential…" action (no bytes) and from a file dropped on the tab.
VerifyCredentialDialog *openVerifyDialog(QWidget *parent, client::AccountController *controller,
                                         const QByteArray &bytes = {},
                                         const QString &fileName = {});

} // namespace certtrack::ui
