#pragma once

#include <QDialog>

class QTextBrowser;
class QToolButton;

namespace certtrack::ui {

// The user guide, offline: bundled HTML (resources/help) with the screenshots of
// docs/screenshots, one section per tab as the portal's own guide is organised. One window,
// reused; F1 opens it at the section of the tab in front.
class HelpDialog : public QDialog {
    Q_OBJECT
public:
    explicit HelpDialog(QWidget *parent = nullptr);

    // Shows the section with this anchor ("" for the beginning) and brings the window forward.
    void showSection(const QString &anchor);
    QTextBrowser *browser() const { return m_browser; }

private:
    QTextBrowser *m_browser;
    QToolButton *m_back;
    QToolButton *m_forward;
};

} // namespace certtrack::ui
