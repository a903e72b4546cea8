#pragma once

#include <QDialog>

class QLabel;

namespace certtrack::ui {

// "You will be signed out in 30 seconds": shown over the window of a kiosk nobody has touched
// for a while, with the one button that keeps the session.
class IdleWarningDialog : public QDialog {
    Q_OBJECT
public:
    explicit IdleWarningDialog(QWidget *parent = nullptr);

    void setRemainingSeconds(int seconds);

signals:
    void stayRequested();

private:
    QLabel *m_countdown;
};

} // namespace certtrack::ui
