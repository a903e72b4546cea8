#include "ui/MessageBox.h"

namespace certtrack::ui {

namespace {
std::optional<QMessageBox::StandardButton> g_nextAnswer;
QString g_lastText;
QMessageBox::StandardButton g_lastDefault = QMessageBox::NoButton;
} // namespace

void MessageBox::setNextAnswer(QMessageBox::StandardButton answer) {
    g_nextAnswer = answer;
}

QString MessageBox::lastText() {
    return g_lastText;
}

QMessageBox::StandardButton MessageBox::lastDefaultButton() {
    return g_lastDefault;
}

std::optional<QMessageBox::StandardButton> MessageBox::takeAnswer(const QString &text) {
    if (!g_nextAnswer)
        return std::nullopt;
    g_lastText = text;
    const auto answer = g_nextAnswer;
    g_nextAnswer.reset();
    return answer;
}

QMessageBox::StandardButton MessageBox::question(QWidget *parent, const QString &title,
                                                 const QString &text,
                                                 QMessageBox::StandardButtons buttons,
                                                 QMessageBox::StandardButton defaultButton) {
    g_lastDefault = defaultButton;
    if (const auto answer = takeAnswer(text))
        return *answer;
    return QMessageBox::question(parent, title, text, buttons, defaultButton);
}

void MessageBox::information(QWidget *parent, const QString &title, const QString &text) {
    if (takeAnswer(text))
        return;
    QMessageBox::information(parent, title, text);
}

void MessageBox::warning(QWidget *parent, const QString &title, const QString &text) {
    if (takeAnswer(text))
        return;
    QMessageBox::warning(parent, title, text);
}

void MessageBox::about(QWidget *parent, const QString &title, const QString &text) {
    if (takeAnswer(text))
        return;
    QMessageBox::about(parent, title, text);
}

} // namespace certtrack::ui
