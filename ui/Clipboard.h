#pragma once

#include <QString>

namespace certtrack::ui {

// Everything CertTrack puts on the clipboard goes through here, so a shared machine can take it
// back when the person leaves without touching what anybody copied elsewhere.
class Clipboard {
public:
    static void setText(const QString &text);
    // Empties the clipboard when it still holds the last text CertTrack put there.
    static void clearOwnText();

private:
    static QString s_lastText;
};

} // namespace certtrack::ui
