#include "ui/transcripts/TranscriptPreviewDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace certtrack::ui {

TranscriptPreviewDialog::TranscriptPreviewDialog(const QString &transcriptId, const QString &html,
                                                 QWidget *parent)
    : QDialog(parent)
    , m_html(html)
    , m_browser(new QTextBrowser(this)) {
    setObjectName(QStringLiteral("transcriptPreviewDialog"));
    setWindowTitle(tr("Preview of transcript %1").arg(transcriptId));
    m_browser->setObjectName(QStringLiteral("transcriptPreview"));
    m_browser->setAccessibleName(tr("Transcript preview"));
    // The page's links are for its readers; nothing is opened from here.
    m_browser->setOpenLinks(false);
    m_browser->setHtml(html);

    auto *note = new QLabel(tr("This is what a person opening the link sees now. Previews are "
                               "not counted as views."),
                            this);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addWidget(m_browser, 1);
    layout->addWidget(buttons);
    resize(820, 640);
}

} // namespace certtrack::ui
