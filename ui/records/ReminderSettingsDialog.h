#pragma once

#include <QDialog>
#include <QList>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace certtrack::ui {

// Reminder Settings: whether CertTrack reminds at all, and how many days before each deadline
// (a list such as "180, 90, 30, 7"; the renewal plan's iCalendar alarms use the same). Saved to
// client::AppSettings on OK; a list that does not read as days keeps OK disabled and says why.
class ReminderSettingsDialog : public QDialog {
    Q_OBJECT
public:
    explicit ReminderSettingsDialog(QWidget *parent = nullptr);

    // The days as typed, cleaned (AppSettings::normalisedLeadDays); empty when unreadable.
    QList<int> leadDays() const;
    void accept() override;

private:
    void validate();

    QCheckBox *m_enabled;
    QLineEdit *m_days;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace certtrack::ui
