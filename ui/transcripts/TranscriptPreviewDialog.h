#pragma once

#include "domain/Transcript.h"

#include <QDialog>

class QTextBrowser;

namespace certtrack::ui {

// The owner's preview of a transcript: what its public page shows now (fetched as JSON, so it
// counts no view), laid out as the page looks in a browser. The page's own HTML is written for
// browsers; Qt's rich text supports a subset of it (no flex, grid or max-width), which ran the
// heading into the banner and squeezed the table, so the preview builds its document from the
// same content in the subset Qt renders faithfully: tables for every box and column.
class TranscriptPreviewDialog : public QDialog {
    Q_OBJECT
public:
    TranscriptPreviewDialog(const domain::PublicTranscript &transcript, QWidget *parent = nullptr);

    // The document shown: rich text in the subset QTextDocument supports.
    static QString documentHtml(const domain::PublicTranscript &transcript);

    QTextBrowser *browser() const { return m_browser; }

private:
    QTextBrowser *m_browser;
};

} // namespace certtrack::ui
