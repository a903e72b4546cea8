#include "ui/Clipboard.h"

#include <QApplication>
#include <QClipboard>

namespace certtrack::ui {

QString Clipboard::s_lastText;

void Clipboard::setText(const QString &text) {
    s_lastText = text;
    QApplication::clipboard()->setText(text);
}

void Clipboard::clearOwnText() {
    QClipboard *clipboard = QApplication::clipboard();
    if (!s_lastText.isEmpty() && clipboard->text() == s_lastText)
        clipboard->clear();
    s_lastText.clear();
}

} // namespace certtrack::ui
