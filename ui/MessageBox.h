#pragma once

#include <QMessageBox>

#include <optional>

namespace certtrack::ui {

// Every message box of the client goes through here so a test can answer it: with an answer
// set, the next box is not shown and returns that answer (one answer per box).
class MessageBox {
public:
    static QMessageBox::StandardButton question(QWidget *parent, const QString &title,
                                                const QString &text,
                                                QMessageBox::StandardButtons buttons,
                                                QMessageBox::StandardButton defaultButton);
    static void information(QWidget *parent, const QString &title, const QString &text);
    static void warning(QWidget *parent, const QString &title, const QString &text);
    static void about(QWidget *parent, const QString &title, const QString &text);

    static void setNextAnswer(QMessageBox::StandardButton answer);
    // The text of the last box answered by a test, to assert on.
    static QString lastText();
    // The default button (what Enter answers) of the last question asked.
    static QMessageBox::StandardButton lastDefaultButton();

private:
    static std::optional<QMessageBox::StandardButton> takeAnswer(const QString &text);
};

} // namespace certtrack::ui
