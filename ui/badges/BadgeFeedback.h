#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;

namespace certtrack::ui {

// What the badge page and the badge dialog show of BadgeActions: a thin busy bar while a request
// runs, and one message line (a note, or an error) saying what happened.
class BadgeFeedback : public QWidget {
    Q_OBJECT
public:
    // `name` prefixes the object names: "badges" gives badgesMessage and badgesProgress.
    BadgeFeedback(const QString &name, QWidget *parent);

    QLabel *message() const { return m_message; }
    void setMessage(const QString &text, bool error);
    void setBusy(bool busy);

private:
    void updateVisibility();

    QLabel *m_message;
    QProgressBar *m_progress;
};

} // namespace certtrack::ui
