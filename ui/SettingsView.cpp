#include "ui/SettingsView.h"

#include "itemmodels/DisplayFormat.h"

#include <QFrame>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace certtrack::ui {

SettingsView::SettingsView(QWidget *parent)
    : QWidget(parent)
    , m_confirmed(new QLabel(this))
    , m_cards(new QWidget)
    , m_cardsLayout(new QVBoxLayout(m_cards)) {
    setObjectName(QStringLiteral("settingsView"));
    m_confirmed->setObjectName(QStringLiteral("settingsConfirmed"));
    m_confirmed->setProperty("role", QStringLiteral("description"));
    m_cardsLayout->setContentsMargins(0, 0, 8, 0);
    m_cardsLayout->setSpacing(10);

    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("settingsScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_cards);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_confirmed);
    layout->addWidget(scroll, 1);
}

QWidget *SettingsView::makeCard(const domain::SettingsQuestion &question) {
    auto *card = new QFrame(m_cards);
    card->setObjectName(QStringLiteral("settingsQuestion_") + question.id);
    card->setProperty("role", QStringLiteral("card"));
    auto *layout = new QVBoxLayout(card);
    layout->setContentsMargins(14, 10, 14, 10);
    layout->setSpacing(4);

    auto *title =
        new QLabel(question.required ? tr("%1 *").arg(question.title) : question.title, card);
    title->setProperty("role", QStringLiteral("sectionTitle"));
    auto *text = new QLabel(question.text, card);
    text->setWordWrap(true);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QString answer;
    if (question.answer)
        answer = *question.answer ? tr("Yes") : tr("No");
    else
        answer = question.required ? tr("Not answered yet (required)") : tr("Not answered yet");
    auto *answerLabel = new QLabel(tr("Answer: <b>%1</b>").arg(answer.toHtmlEscaped()), card);
    answerLabel->setObjectName(QStringLiteral("settingsAnswer_") + question.id);
    card->setAccessibleName(question.title);
    card->setAccessibleDescription(question.text + QLatin1Char(' ') + answer);

    layout->addWidget(title);
    layout->addWidget(text);
    layout->addWidget(answerLabel);
    return card;
}

void SettingsView::setSettings(const domain::Settings &settings) {
    while (QLayoutItem *item = m_cardsLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (const domain::SettingsQuestion &question : settings.questions)
        m_cardsLayout->addWidget(makeCard(question));
    m_cardsLayout->addStretch(1);
    if (settings.confirmedOn)
        m_confirmed->setText(
            tr("Confirmed on %1.").arg(itemmodels::DisplayFormat::date(*settings.confirmedOn)));
    else
        m_confirmed->setText(tr("Your answers have not been confirmed yet."));
}

} // namespace certtrack::ui
