#pragma once

#include <QHash>
#include <QObject>
#include <QString>

class QLabel;
class QPushButton;
class QWidget;

namespace certtrack::client {
struct ApiError;
}

namespace certtrack::ui {

// What a Personal Info editor shows around a save, in one place for every editor: a status line
// (a note or an error), the banner saying the data changed elsewhere since it was loaded (a 412),
// with its Reload button, and the error under each field the server names. The editor places
// message() and conflict() in its layout.
class EditFeedback : public QObject {
    Q_OBJECT
public:
    // `name` prefixes the widgets' object names: "settings" gives settingsMessage,
    // settingsConflict and settingsReload.
    EditFeedback(const QString &name, const QString &conflictText,
                 const QString &reloadAccessibleName, QWidget *parent);

    QLabel *message() const { return m_message; }
    QWidget *conflict() const { return m_conflict; }
    QPushButton *reloadButton() const { return m_reload; }
    bool hasConflict() const;

    void setMessage(const QString &text, bool isError);
    void clearConflict();
    // A failed save: the banner when the data changed elsewhere; otherwise each field error the
    // server names under its field (fieldErrors: the error label of each field by its wire name)
    // and the server's message.
    void showSaveError(const client::ApiError &error, const QHash<QString, QLabel *> &fieldErrors);

signals:
    void reloadRequested();

private:
    QLabel *m_message;
    QWidget *m_conflict;
    QPushButton *m_reload;
};

} // namespace certtrack::ui
