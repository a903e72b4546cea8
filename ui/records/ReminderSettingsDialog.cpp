#include "ui/records/ReminderSettingsDialog.h"

#include "client/AppSettings.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace certtrack::ui {

namespace {

QString daysText(const QList<int> &days) {
    QStringList texts;
    for (int day : days)
        texts.append(QString::number(day));
    return texts.join(QStringLiteral(", "));
}

} // namespace

ReminderSettingsDialog::ReminderSettingsDialog(QWidget *parent)
    : QDialog(parent)
    , m_enabled(
          new QCheckBox(tr("&Remind me of expiring certifications and renewal deadlines"), this))
    , m_days(new QLineEdit(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)) {
    setObjectName(QStringLiteral("reminderSettingsDialog"));
    setWindowTitle(tr("Reminder Settings"));
    const client::AppSettings settings;
    m_enabled->setObjectName(QStringLiteral("remindersEnabled"));
    m_enabled->setChecked(settings.remindersEnabled());
    m_days->setObjectName(QStringLiteral("reminderLeadDays"));
    m_days->setText(daysText(settings.reminderLeadDays()));
    m_days->setAccessibleName(tr("Days before each deadline"));
    m_days->setPlaceholderText(daysText(client::AppSettings::defaultLeadDays()));
    m_error->setObjectName(QStringLiteral("reminderLeadDaysError"));
    m_error->setProperty("role", QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->hide();
    auto *defaults = m_buttons->addButton(tr("Restore &Defaults"), QDialogButtonBox::ResetRole);
    defaults->setObjectName(QStringLiteral("restoreDefaultsButton"));
    connect(defaults, &QPushButton::clicked, this,
            [this] { m_days->setText(daysText(client::AppSettings::defaultLeadDays())); });

    auto *explanation = new QLabel(
        tr("CertTrack shows a desktop notification when a deadline is this many days away, and "
           "at its next start for anything that fell due while it was closed. The renewal plan "
           "exported for your calendar carries the same alarms."),
        this);
    explanation->setWordWrap(true);
    auto *daysLabel = new QLabel(tr("Days &before each deadline:"), this);
    daysLabel->setBuddy(m_days);
    auto *form = new QFormLayout;
    form->addRow(daysLabel, m_days);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_enabled);
    layout->addWidget(explanation);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &ReminderSettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ReminderSettingsDialog::reject);
    connect(m_days, &QLineEdit::textChanged, this, &ReminderSettingsDialog::validate);
    connect(m_enabled, &QCheckBox::toggled, m_days, &QWidget::setEnabled);
    m_days->setEnabled(m_enabled->isChecked());
    resize(520, sizeHint().height());
}

QList<int> ReminderSettingsDialog::leadDays() const {
    static const QRegularExpression separators(QStringLiteral("[,;\\s]+"));
    QList<int> days;
    for (const QString &part : m_days->text().split(separators, Qt::SkipEmptyParts)) {
        bool ok = false;
        const int day = part.toInt(&ok);
        if (!ok || day <= 0 || day > 3660)
            return {};
        days.append(day);
    }
    return client::AppSettings::normalisedLeadDays(days);
}

void ReminderSettingsDialog::validate() {
    const bool ok = !leadDays().isEmpty();
    m_error->setText(ok ? QString()
                        : tr("Give whole numbers of days from 1 to 3660, separated by commas."));
    m_error->setVisible(!ok);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
}

void ReminderSettingsDialog::accept() {
    const QList<int> days = leadDays();
    if (days.isEmpty())
        return;
    client::AppSettings settings;
    settings.setRemindersEnabled(m_enabled->isChecked());
    settings.setReminderLeadDays(days);
    QDialog::accept();
}

} // namespace certtrack::ui
