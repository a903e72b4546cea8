#include "ui/certifications/LogosDialog.h"

#include "client/AccountController.h"
#include "client/LogoService.h"
#include "itemmodels/DisplayFormat.h"
#include "ui/FileDialog.h"
#include "ui/Icons.h"
#include "ui/MessageBox.h"
#include "ui/certifications/CertificationAgreementDialog.h"
#include "ui/certifications/LogoFileWriter.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QUrl>
#include <QVBoxLayout>

namespace certtrack::ui {

LogosDialog::LogosDialog(client::AccountController *controller, QWidget *parent)
    : QDialog(parent)
    , m_controller(controller)
    , m_service(new client::LogoService(controller, this))
    , m_guidelines(new QLabel(this))
    , m_acceptance(new QLabel(this))
    , m_list(new QListWidget(this))
    , m_download(new QPushButton(Icons::download(), tr("&Download…"), this))
    , m_selectAll(new QPushButton(tr("Select &all"), this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_error(new QLabel(this))
    , m_preview(new QLabel(this))
    , m_previewCaption(new QLabel(this)) {
    setObjectName(QStringLiteral("logosDialog"));
    setWindowTitle(tr("Download Logos"));

    auto *title = new QLabel(tr("Certification Logos"), this);
    title->setProperty("role", QStringLiteral("sectionTitle"));
    auto *intro = new QLabel(tr("By selecting and downloading a logo, you agree to the logo "
                                "guidelines and agreement below. Each logo is saved as SVG and "
                                "PNG into a folder you choose."),
                             this);
    intro->setWordWrap(true);
    m_guidelines->setObjectName(QStringLiteral("logosGuidelines"));
    m_guidelines->setProperty("role", QStringLiteral("note"));
    m_guidelines->setWordWrap(true);
    m_acceptance->setObjectName(QStringLiteral("logosAcceptance"));
    m_acceptance->setProperty("role", QStringLiteral("description"));
    m_acceptance->setWordWrap(true);

    auto *listTitle = new QLabel(tr("Available logo files"), this);
    listTitle->setProperty("role", QStringLiteral("sectionTitle"));
    m_list->setObjectName(QStringLiteral("logosList"));
    m_list->setAccessibleName(tr("Available logo files"));
    m_list->setAlternatingRowColors(true);
    m_list->setMinimumHeight(150);
    connect(m_list, &QListWidget::currentRowChanged, this, &LogosDialog::showPreview);

    m_preview->setObjectName(QStringLiteral("logoPreview"));
    m_preview->setAccessibleName(tr("Preview of the selected logo"));
    m_preview->setAlignment(Qt::AlignCenter);
    m_preview->setWordWrap(true);
    m_preview->setFixedSize(240, 150);
    // A white card with a hairline: the logo's transparent parts show as they will on a page.
    m_preview->setStyleSheet(QStringLiteral("QLabel { background: #ffffff; border: 1px solid "
                                            "#d4dae3; border-radius: 4px; padding: 8px; "
                                            "color: #5a6776; }"));
    m_previewCaption->setObjectName(QStringLiteral("logoPreviewCaption"));
    m_previewCaption->setProperty("role", QStringLiteral("description"));
    m_previewCaption->setWordWrap(true);
    m_previewCaption->setFixedWidth(240);

    m_download->setObjectName(QStringLiteral("logosDownloadButton"));
    m_download->setAccessibleName(tr("Download the checked logos"));
    m_download->setDefault(true);
    m_selectAll->setObjectName(QStringLiteral("logosSelectAll"));
    m_selectAll->setAccessibleName(tr("Check every logo"));
    connect(m_download, &QPushButton::clicked, this, &LogosDialog::download);
    connect(m_selectAll, &QPushButton::clicked, this, [this] {
        for (int row = 0; row < m_list->count(); ++row)
            m_list->item(row)->setCheckState(Qt::Checked);
    });

    m_progress->setObjectName(QStringLiteral("logosProgress"));
    m_progress->setAccessibleName(tr("Download progress"));
    m_progress->setTextVisible(true);
    m_progress->hide();
    m_status->setObjectName(QStringLiteral("logosStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_status->setOpenExternalLinks(true);
    m_error->setObjectName(QStringLiteral("logosError"));
    m_error->setProperty("role", QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->hide();

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_selectAll);
    actions->addStretch(1);
    actions->addWidget(m_download);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("logosClose"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 18, 20, 14);
    layout->setSpacing(8);
    layout->addWidget(title);
    layout->addWidget(intro);
    layout->addWidget(m_guidelines);
    layout->addWidget(m_acceptance);
    layout->addSpacing(6);
    layout->addWidget(listTitle);
    auto *previewColumn = new QVBoxLayout;
    previewColumn->addWidget(m_preview);
    previewColumn->addWidget(m_previewCaption);
    previewColumn->addStretch(1);
    auto *listAndPreview = new QHBoxLayout;
    listAndPreview->addWidget(m_list, 1);
    listAndPreview->addLayout(previewColumn);
    layout->addLayout(listAndPreview, 1);
    layout->addLayout(actions);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(760, 580);

    if (m_controller) {
        m_account = m_controller->data();
        m_logos = m_account.logos;
        // A sync while the dialog is open (another machine accepted, a logo was added).
        connect(m_controller, &client::AccountController::dataChanged, this, [this] {
            if (m_downloading || !m_controller)
                return;
            m_account = m_controller->data();
            const bool accepted = m_logos.guidelinesAccepted;
            m_logos = m_account.logos;
            m_logos.guidelinesAccepted = m_logos.guidelinesAccepted || accepted;
            showLogos();
        });
    }
    showLogos();
}

void LogosDialog::showLogos() {
    QSet<QString> unchecked;
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->checkState() == Qt::Unchecked)
            unchecked.insert(m_list->item(row)->data(Qt::UserRole).toString());
    }
    m_list->clear();
    for (const domain::Logo &logo : std::as_const(m_logos.items)) {
        auto *item = new QListWidgetItem(logo.name, m_list);
        item->setData(Qt::UserRole, logo.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(unchecked.contains(logo.id) ? Qt::Unchecked : Qt::Checked);
        item->setToolTip(tr("Saved as %1.svg and %1.png").arg(LogoFileWriter::fileStem(logo.name)));
    }
    m_guidelines->setText(m_logos.guidelinesText.isEmpty()
                              ? tr("Use a logo only as the programme's logo guidelines allow.")
                              : m_logos.guidelinesText);
    if (m_logos.items.isEmpty())
        m_status->setText(tr("There are no logo files for your certifications."));
    updateAcceptance();
    if (m_list->count() > 0 && m_list->currentRow() < 0)
        m_list->setCurrentRow(0);
    showPreview();
}

void LogosDialog::showPreview() {
    const QListWidgetItem *item = m_list->currentItem();
    const domain::Logo *logo = nullptr;
    for (const domain::Logo &l : std::as_const(m_logos.items)) {
        if (item && l.id == item->data(Qt::UserRole).toString())
            logo = &l;
    }
    m_preview->setPixmap({});
    if (!logo) {
        m_preview->setText(m_logos.items.isEmpty() ? QString() : tr("Select a logo to see it."));
        m_previewCaption->clear();
        return;
    }
    const QString stem = LogoFileWriter::fileStem(logo->name);
    if (const auto it = m_artwork.constFind(logo->id); it != m_artwork.constEnd())
        return renderPreview(*logo, *it);
    m_previewCaption->setText(tr("Saved as %1.svg and %1.png").arg(stem));
    if (!m_logos.guidelinesAccepted) {
        m_preview->setText(tr("A preview appears once the logo guidelines are accepted: your "
                              "first download asks."));
        return;
    }
    m_preview->setText(tr("Loading the preview…"));
    if (m_previewLoading.contains(logo->id))
        return;
    m_previewLoading.insert(logo->id);
    m_service->fetchArtwork(logo->id, this, [this, logo = *logo](const client::LogoReply &reply) {
        m_previewLoading.remove(logo.id);
        if (reply.error) {
            if (m_list->currentItem() &&
                m_list->currentItem()->data(Qt::UserRole).toString() == logo.id)
                m_preview->setText(tr("No preview: %1").arg(reply.error->message.toHtmlEscaped()));
            return;
        }
        m_artwork.insert(logo.id, reply.svg);
        showPreview();
    });
}

void LogosDialog::renderPreview(const domain::Logo &logo, const QByteArray &svg) {
    QString error;
    const QImage image = LogoFileWriter::render(logo.name, svg, &error);
    if (image.isNull()) {
        m_preview->setText(error.toHtmlEscaped());
        return;
    }
    const QSize room = m_preview->contentsRect().size() - QSize(16, 16);
    const qreal ratio = devicePixelRatioF();
    QPixmap pixmap = QPixmap::fromImage(
        image.scaled(room * ratio, Qt::KeepAspectRatio, Qt::SmoothTransformation));
    pixmap.setDevicePixelRatio(ratio);
    m_preview->setPixmap(pixmap);
    m_previewCaption->setText(tr("Saved as %1.svg and %1.png (%2 × %3 pixels)")
                                  .arg(LogoFileWriter::fileStem(logo.name))
                                  .arg(image.width())
                                  .arg(image.height()));
}

void LogosDialog::updateAcceptance() {
    const domain::Agreement *agreement =
        CertificationAgreementDialog::current(m_account.agreements);
    const QString agreementName =
        agreement ? tr("%1 (%2)").arg(agreement->name, agreement->version) : tr("the agreement");
    if (!m_logos.guidelinesAccepted) {
        m_acceptance->setText(tr("Your first download asks you to accept these guidelines and "
                                 "the %1.")
                                  .arg(agreementName));
    } else if (m_logos.guidelinesAcceptedAt) {
        m_acceptance->setText(tr("You accepted the logo guidelines and the %1 on %2.")
                                  .arg(agreementName, itemmodels::DisplayFormat::date(
                                                          m_logos.guidelinesAcceptedAt->date())));
    } else {
        m_acceptance->setText(
            tr("You have accepted the logo guidelines and the %1.").arg(agreementName));
    }
    m_download->setEnabled(!m_downloading && !m_logos.items.isEmpty());
    m_selectAll->setEnabled(!m_downloading);
}

bool LogosDialog::askToAccept() {
    const domain::Agreement *agreement =
        CertificationAgreementDialog::current(m_account.agreements);
    QString text = m_logos.guidelinesText;
    if (agreement)
        text +=
            QStringLiteral("\n\n") +
            tr("Downloading also confirms the %1 (%2).").arg(agreement->name, agreement->version);
    text += QStringLiteral("\n\n") + tr("Do you accept the logo guidelines and the agreement?");
    return MessageBox::question(this, tr("Logo guidelines and agreement"), text,
                                QMessageBox::Yes | QMessageBox::No,
                                QMessageBox::Yes) == QMessageBox::Yes;
}

void LogosDialog::download() {
    if (m_downloading)
        return;
    m_error->hide();
    m_queue.clear();
    for (int row = 0; row < m_list->count(); ++row) {
        const QListWidgetItem *item = m_list->item(row);
        if (item->checkState() != Qt::Checked)
            continue;
        for (const domain::Logo &logo : std::as_const(m_logos.items)) {
            if (logo.id == item->data(Qt::UserRole).toString())
                m_queue.append(logo);
        }
    }
    if (m_queue.isEmpty()) {
        m_status->setText(tr("Check the logos to download first."));
        return;
    }
    // The guidelines first: choosing a folder for logos one may not use is wasted effort.
    if (!m_logos.guidelinesAccepted && !askToAccept()) {
        m_status->setText(tr("Nothing downloaded: logos can be downloaded once the guidelines "
                             "and agreement are accepted."));
        return;
    }
    const QString start = m_folder.isEmpty()
                              ? QStandardPaths::writableLocation(QStandardPaths::PicturesLocation)
                              : m_folder;
    const QString folder = FileDialog::getExistingDirectory(this, tr("Save the logos in"), start);
    if (folder.isEmpty())
        return;
    QString error;
    if (!LogoFileWriter::canWriteTo(folder, &error))
        return finish(false, error);
    m_folder = folder;
    m_written.clear();
    m_total = int(m_queue.size());
    m_downloading = true;
    m_progress->setRange(0, m_total);
    m_progress->setValue(0);
    m_progress->setFormat(tr("%v of %m"));
    m_progress->show();
    updateAcceptance();
    if (m_logos.guidelinesAccepted)
        return fetchNext();
    m_status->setText(tr("Recording your acceptance…"));
    m_service->acceptGuidelines(this, [this](const client::LogoReply &reply) {
        if (reply.error)
            return finish(
                false, tr("Your acceptance could not be recorded: %1").arg(reply.error->message));
        m_logos.guidelinesAccepted = true;
        m_logos.guidelinesAcceptedAt = reply.logos.guidelinesAcceptedAt;
        fetchNext();
    });
}

void LogosDialog::fetchNext() {
    if (m_queue.isEmpty())
        return finish(true);
    const domain::Logo logo = m_queue.constFirst();
    if (const auto it = m_artwork.constFind(logo.id); it != m_artwork.constEnd()) {
        // Fetched for the preview already: the same bytes, no second request.
        QString error;
        if (!LogoFileWriter::save(m_folder, logo.name, *it, &m_written, &error))
            return finish(false, error);
        m_queue.removeFirst();
        m_progress->setValue(m_total - int(m_queue.size()));
        return fetchNext();
    }
    m_status->setText(tr("Downloading %1 (%2 of %3)…")
                          .arg(logo.name)
                          .arg(m_total - m_queue.size() + 1)
                          .arg(m_total));
    m_service->fetchArtwork(logo.id, this, [this, logo](const client::LogoReply &reply) {
        if (reply.error)
            return finish(
                false, tr("%1 could not be downloaded: %2").arg(logo.name, reply.error->message));
        // What is saved is what the preview showed, and now shows if it had not yet.
        m_artwork.insert(logo.id, reply.svg);
        QString error;
        if (!LogoFileWriter::save(m_folder, logo.name, reply.svg, &m_written, &error))
            return finish(false, error);
        m_queue.removeFirst();
        m_progress->setValue(m_total - int(m_queue.size()));
        fetchNext();
    });
}

void LogosDialog::finish(bool succeeded, const QString &error) {
    m_downloading = false;
    m_queue.clear();
    const QString folderLink = QStringLiteral("<a href=\"%1\">%2</a>")
                                   .arg(QUrl::fromLocalFile(m_folder).toString(),
                                        QDir::toNativeSeparators(m_folder).toHtmlEscaped());
    if (succeeded) {
        m_status->setText(
            tr("Saved %n logo(s) as SVG and PNG in %1.", nullptr, int(m_written.size() / 2))
                .arg(folderLink));
    } else {
        m_error->setText(error);
        m_error->show();
        m_status->setText(m_written.isEmpty() ? QString()
                                              : tr("%n logo(s) were saved before this.", nullptr,
                                                   int(m_written.size() / 2)));
    }
    if (!succeeded)
        m_progress->hide();
    updateAcceptance();
    showPreview();
    emit downloadFinished(succeeded, m_written);
}

} // namespace certtrack::ui
