#pragma once

#include <QDialog>

class QTextBrowser;

namespace certtrack::ui {

// The owner's preview of a transcript: the server's page, shown here so it counts no view.
class TranscriptPreviewDialog : public QDialog {
    Q_OBJECT
public:
    TranscriptPreviewDialog(const QString &transcriptId, const QString &html,
                            QWidget *parent = nullptr);

    QString html() const { return m_html; }

private:
    QString m_html;
    QTextBrowser *m_browser;
};

} // namespace certtrack::ui
