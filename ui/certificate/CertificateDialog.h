#pragma once

#include "certificate/CertificateContent.h"
#include "certificate/CertificateRenderer.h"

#include <QDialog>
#include <QLocale>

#include <memory>

class QLabel;
class QPrinter;
class QPushButton;

namespace certtrack::ui {

// "PDF Certificate": the certificate on screen with Preview (print preview), Print and Save as
// PDF. Works from cached data alone. Every sub-dialog opens window-modal without blocking.
class CertificateDialog : public QDialog {
    Q_OBJECT
public:
    explicit CertificateDialog(certificate::CertificateContent content, QWidget *parent = nullptr,
                               const QLocale &locale = QLocale());
    ~CertificateDialog() override;

    const certificate::CertificateContent &content() const { return m_renderer.content(); }
    // The printer the Print and Preview buttons use, set up for this certificate.
    QPrinter *printer() const { return m_printer.get(); }

    void showPrintPreview();
    void showPrintDialog();
    // Asks for a file name (FileDialog) and saves; the result is in statusText().
    void saveAsPdf();
    // Prints (or previews) on printer; false, after telling the person, when it cannot.
    bool printTo(QPrinter *printer);
    QString statusText() const;
    // The holder answered "No" to the consent question titled `questionTitle`, so the QR code
    // will not verify: the dialog says so, why and where to change it, and asks before printing
    // or saving (MessageBox, so a test can answer).
    void setVerificationWithheld(const QString &questionTitle);

private:
    // True to go ahead: nothing withheld, or the person chose to print or save anyway.
    bool confirmWithheldVerification(const QString &action);

    certificate::CertificateRenderer m_renderer;
    QLocale m_locale;
    std::unique_ptr<QPrinter> m_printer;
    QLabel *m_status;
    QLabel *m_withheldNotice;
    QString m_withheldWhy; // empty: the QR code verifies
    QPushButton *m_previewButton;
    QPushButton *m_printButton;
    QPushButton *m_saveButton;
};

} // namespace certtrack::ui
