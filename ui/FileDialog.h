#pragma once

#include <QString>

#include <optional>

class QWidget;

namespace certtrack::ui {

// File choosers go through here so a test can answer them without a dialog.
class FileDialog {
public:
    static QString getOpenFileName(QWidget *parent, const QString &caption,
                                   const QString &directory, const QString &filter);
    static QString getSaveFileName(QWidget *parent, const QString &caption,
                                   const QString &suggestedPath, const QString &filter);
    static QString getExistingDirectory(QWidget *parent, const QString &caption,
                                        const QString &directory);
    // The next chooser returns this path (empty: as if cancelled) without being shown.
    static void setNextFileName(const QString &path);

private:
    static std::optional<QString> s_nextFileName;
};

} // namespace certtrack::ui
