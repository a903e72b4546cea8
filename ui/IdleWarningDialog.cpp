#include "ui/IdleWarningDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace certtrack::ui {

IdleWarningDialog::IdleWarningDialog(QWidget *parent)
    : QDialog(parent)
    , m_countdown(new QLabel(this)) {
    setObjectName(QStringLiteral("idleWarningDialog"));
    setWindowTitle(tr("Still there?"));
    auto *title = new QLabel(tr("Nobody has used CertTrack for a while."), this);
    title->setProperty("role", QStringLiteral("sectionTitle"));
    m_countdown->setObjectName(QStringLiteral("idleCountdown"));
    m_countdown->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(this);
    QPushButton *stay = buttons->addButton(tr("&Stay signed in"), QDialogButtonBox::AcceptRole);
    stay->setObjectName(QStringLiteral("staySignedInButton"));
    stay->setAccessibleName(tr("Stay signed in"));
    stay->setDefault(true);
    connect(stay, &QPushButton::clicked, this, [this] {
        emit stayRequested();
        accept();
    });
    // Escape or closing the window is no answer: only the button keeps the session.
    connect(this, &QDialog::rejected, this, [this] { show(); });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 18);
    layout->addWidget(title);
    layout->addWidget(m_countdown);
    layout->addWidget(buttons);
}

void IdleWarningDialog::setRemainingSeconds(int seconds) {
    m_countdown->setText(tr("You will be signed out in %n second(s), and everything shown here "
                            "will be removed.",
                            nullptr, seconds));
}

} // namespace certtrack::ui
