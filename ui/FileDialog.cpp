#include "ui/FileDialog.h"

#include <QFileDialog>

namespace certtrack::ui {

std::optional<QString> FileDialog::s_nextFileName;

void FileDialog::setNextFileName(const QString &path) {
    s_nextFileName = path;
}

QString FileDialog::getOpenFileName(QWidget *parent, const QString &caption,
                                    const QString &directory, const QString &filter) {
    if (s_nextFileName) {
        const QString path = *s_nextFileName;
        s_nextFileName.reset();
        return path;
    }
    return QFileDialog::getOpenFileName(parent, caption, directory, filter);
}

QString FileDialog::getSaveFileName(QWidget *parent, const QString &caption,
                                    const QString &suggestedPath, const QString &filter) {
    if (s_nextFileName) {
        const QString path = *s_nextFileName;
        s_nextFileName.reset();
        return path;
    }
    return QFileDialog::getSaveFileName(parent, caption, suggestedPath, filter);
}

QString FileDialog::getExistingDirectory(QWidget *parent, const QString &caption,
                                         const QString &directory) {
    if (s_nextFileName) {
        const QString path = *s_nextFileName;
        s_nextFileName.reset();
        return path;
    }
    return QFileDialog::getExistingDirectory(parent, caption, directory);
}

} // namespace certtrack::ui
