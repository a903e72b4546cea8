#include "ui/badges/BadgeFeedback.h"

#include <QLabel>
#include <QProgressBar>
#include <QStyle>
#include <QVBoxLayout>

namespace certtrack::ui {

BadgeFeedback::BadgeFeedback(const QString &name, QWidget *parent)
    : QWidget(parent)
    , m_message(new QLabel(this))
    , m_progress(new QProgressBar(this)) {
    m_message->setObjectName(name + QStringLiteral("Message"));
    m_message->setAccessibleName(tr("Badge message"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_message->setProperty("role", QStringLiteral("note"));
    m_message->hide();
    m_progress->setObjectName(name + QStringLiteral("Progress"));
    m_progress->setAccessibleName(tr("Working"));
    m_progress->setRange(0, 0);
    m_progress->setMaximumHeight(6);
    m_progress->setTextVisible(false);
    m_progress->hide();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_message);
    layout->addWidget(m_progress);
    hide();
}

void BadgeFeedback::updateVisibility() {
    // Nothing to show takes no room in the parent's layout, not even its spacing.
    setVisible(!m_message->isHidden() || !m_progress->isHidden());
}

void BadgeFeedback::setMessage(const QString &text, bool error) {
    m_message->setText(text);
    m_message->setProperty("role", error ? QStringLiteral("error") : QStringLiteral("note"));
    m_message->style()->unpolish(m_message);
    m_message->style()->polish(m_message);
    m_message->setVisible(!text.isEmpty());
    updateVisibility();
}

void BadgeFeedback::setBusy(bool busy) {
    m_progress->setVisible(busy);
    updateVisibility();
}

} // namespace certtrack::ui
