#include "ui/personalinfo/EditFeedback.h"

#include "client/ApiError.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>

namespace certtrack::ui {

EditFeedback::EditFeedback(const QString &name, const QString &conflictText,
                           const QString &reloadAccessibleName, QWidget *parent)
    : QObject(parent)
    , m_message(new QLabel(parent))
    , m_conflict(new QFrame(parent))
    , m_reload(new QPushButton(tr("&Reload"), m_conflict)) {
    m_message->setObjectName(name + QStringLiteral("Message"));
    m_message->setWordWrap(true);
    m_message->hide();

    m_conflict->setObjectName(name + QStringLiteral("Conflict"));
    m_conflict->setProperty("role", QStringLiteral("note"));
    auto *text = new QLabel(conflictText, m_conflict);
    text->setWordWrap(true);
    m_reload->setObjectName(name + QStringLiteral("Reload"));
    m_reload->setAccessibleName(reloadAccessibleName);
    auto *layout = new QHBoxLayout(m_conflict);
    layout->addWidget(text, 1);
    layout->addWidget(m_reload);
    m_conflict->hide();
    connect(m_reload, &QPushButton::clicked, this, &EditFeedback::reloadRequested);
}

bool EditFeedback::hasConflict() const {
    // Shown, whether or not the editor's tab is on screen right now.
    return !m_conflict->isHidden();
}

void EditFeedback::setMessage(const QString &text, bool isError) {
    m_message->setText(text);
    m_message->setProperty("role", isError ? QStringLiteral("error") : QStringLiteral("note"));
    // The style sheet picks the colour by role: re-polish so the change shows.
    m_message->style()->unpolish(m_message);
    m_message->style()->polish(m_message);
    m_message->setVisible(!text.isEmpty());
}

void EditFeedback::clearConflict() {
    m_conflict->hide();
}

void EditFeedback::showSaveError(const client::ApiError &error,
                                 const QHash<QString, QLabel *> &fieldErrors) {
    if (error.httpStatus == 412) {
        setMessage({}, false);
        m_conflict->show();
        return;
    }
    for (const domain::Problem::FieldError &fieldError : error.fieldErrors) {
        if (QLabel *label = fieldErrors.value(fieldError.field)) {
            label->setText(fieldError.message);
            label->show();
        }
    }
    setMessage(error.message, true);
}

} // namespace certtrack::ui
