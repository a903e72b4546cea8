#include "ui/certificate/CertificateDialog.h"

#include "certificate/CertificatePdf.h"
#include "ui/FileDialog.h"
#include "ui/MessageBox.h"
#include "ui/certificate/CertificatePreview.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace certtrack::ui {

CertificateDialog::CertificateDialog(certificate::CertificateContent content, QWidget *parent,
                                     const QLocale &locale)
    : QDialog(parent)
    , m_renderer(std::move(content))
    , m_locale(locale)
    , m_printer(std::make_unique<QPrinter>(QPrinter::HighResolution))
    , m_status(new QLabel(this))
    , m_withheldNotice(new QLabel(this))
    , m_previewButton(new QPushButton(tr("Pre&view…"), this))
    , m_printButton(new QPushButton(tr("&Print…"), this))
    , m_saveButton(new QPushButton(tr("&Save as PDF…"), this)) {
    const certificate::CertificateContent &c = m_renderer.content();
    setObjectName(QStringLiteral("certificateDialog"));
    setWindowTitle(tr("PDF Certificate - %1 (%2)").arg(c.certificationName, c.acronym));

    m_printer->setPageLayout(certificate::CertificateRenderer::pageLayoutFor(m_locale));
    // The design keeps its own distance from the paper's edge.
    m_printer->setFullPage(true);
    m_printer->setDocName(c.documentTitle());
    m_printer->setCreator(certificate::CertificatePdf::creator());

    const QPageLayout layout = certificate::CertificateRenderer::pageLayoutFor(m_locale);
    auto *preview =
        new CertificatePreview(m_renderer, layout.fullRect(QPageLayout::Millimeter).size(), this);

    auto *code = new QLabel(
        tr("Verification code <b>%1</b> &middot; anyone can check it at <a href=\"%2\">%2</a>")
            .arg(c.verificationCode.toHtmlEscaped(), c.verificationUrl.toString().toHtmlEscaped()),
        this);
    code->setObjectName(QStringLiteral("verificationLabel"));
    code->setOpenExternalLinks(true);
    code->setTextInteractionFlags(Qt::TextBrowserInteraction);

    m_withheldNotice->setObjectName(QStringLiteral("verificationWithheldNotice"));
    m_withheldNotice->setWordWrap(true);
    m_withheldNotice->setTextFormat(Qt::PlainText);
    m_withheldNotice->setHidden(true);

    m_status->setObjectName(QStringLiteral("certificateStatus"));
    m_status->setWordWrap(true);

    m_previewButton->setObjectName(QStringLiteral("previewButton"));
    m_previewButton->setAccessibleName(tr("Print preview"));
    m_printButton->setObjectName(QStringLiteral("printButton"));
    m_printButton->setAccessibleName(tr("Print"));
    m_saveButton->setObjectName(QStringLiteral("savePdfButton"));
    m_saveButton->setAccessibleName(tr("Save as PDF"));
    m_saveButton->setDefault(true);
    connect(m_previewButton, &QPushButton::clicked, this, &CertificateDialog::showPrintPreview);
    connect(m_printButton, &QPushButton::clicked, this, &CertificateDialog::showPrintDialog);
    connect(m_saveButton, &QPushButton::clicked, this, &CertificateDialog::saveAsPdf);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("certificateButtons"));
    buttons->addButton(m_previewButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_printButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_saveButton, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *main = new QVBoxLayout(this);
    main->addWidget(preview, 1);
    main->addWidget(m_withheldNotice);
    main->addWidget(code);
    main->addWidget(m_status);
    main->addWidget(buttons);
    resize(880, 720);
}

CertificateDialog::~CertificateDialog() = default;

QString CertificateDialog::statusText() const {
    return m_status->text();
}

void CertificateDialog::setVerificationWithheld(const QString &questionTitle) {
    m_withheldWhy =
        tr("The QR code on this certificate will not verify: you answered \"No\" to "
           "\"%1\", so the verification page shows no one your name or this certification. "
           "To let it verify, change that answer in Personal Info, Settings.")
            .arg(questionTitle);
    m_withheldNotice->setText(m_withheldWhy);
    m_withheldNotice->setAccessibleName(m_withheldWhy);
    m_withheldNotice->setVisible(true);
}

bool CertificateDialog::confirmWithheldVerification(const QString &action) {
    if (m_withheldWhy.isEmpty())
        return true;
    return MessageBox::question(
               this, action,
               m_withheldWhy + QStringLiteral("\n\n") + tr("%1 it anyway?").arg(action),
               QMessageBox::Yes | QMessageBox::No, QMessageBox::No) == QMessageBox::Yes;
}

bool CertificateDialog::printTo(QPrinter *printer) {
    if (m_renderer.render(printer))
        return true;
    MessageBox::warning(this, tr("Print"),
                        tr("The certificate could not be sent to %1.").arg(printer->printerName()));
    return false;
}

void CertificateDialog::showPrintPreview() {
    auto *preview = new QPrintPreviewDialog(m_printer.get(), this);
    preview->setObjectName(QStringLiteral("certificatePrintPreview"));
    preview->setAttribute(Qt::WA_DeleteOnClose);
    preview->setWindowTitle(windowTitle());
    connect(preview, &QPrintPreviewDialog::paintRequested, this,
            [this](QPrinter *printer) { m_renderer.render(printer); });
    preview->open();
}

void CertificateDialog::showPrintDialog() {
    if (!confirmWithheldVerification(tr("Print")))
        return;
    auto *dialog = new QPrintDialog(m_printer.get(), this);
    dialog->setObjectName(QStringLiteral("certificatePrintDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Print Certificate"));
    connect(dialog, &QDialog::accepted, this, [this] {
        if (printTo(m_printer.get()))
            m_status->setText(tr("Sent to %1.").arg(m_printer->printerName()));
    });
    dialog->open();
}

void CertificateDialog::saveAsPdf() {
    if (!confirmWithheldVerification(tr("Save")))
        return;
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = FileDialog::getSaveFileName(
        this, tr("Save Certificate as PDF"),
        QDir(documents).filePath(m_renderer.content().suggestedFileName()),
        tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().compare(QLatin1String("pdf"), Qt::CaseInsensitive) != 0)
        path += QStringLiteral(".pdf");
    QString error;
    if (!certificate::CertificatePdf::write(m_renderer.content(), path, m_locale, &error)) {
        m_status->setText(error);
        MessageBox::warning(this, tr("Save as PDF"), error);
        return;
    }
    m_status->setText(tr("Saved to %1.").arg(QDir::toNativeSeparators(path)));
}

} // namespace certtrack::ui
