#include "ui/personalinfo/SettingsView.h"

#include "client/PersonalInfoService.h"
#include "itemmodels/DisplayFormat.h"
#include "ui/personalinfo/EditFeedback.h"

#include <QButtonGroup>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace certtrack::ui {

namespace {

constexpr int kYes = 1;
constexpr int kNo = 0;

} // namespace

SettingsView::SettingsView(QWidget *parent)
    : QWidget(parent)
    , m_confirmed(new QLabel(this))
    , m_confirm(new QPushButton(tr("&Update/Confirm"), this))
    , m_cards(new QWidget)
    , m_cardsLayout(new QVBoxLayout(m_cards)) {
    setObjectName(QStringLiteral("settingsView"));
    m_confirmed->setObjectName(QStringLiteral("settingsConfirmed"));
    m_confirmed->setProperty("role", QStringLiteral("description"));
    m_cardsLayout->setContentsMargins(0, 0, 8, 0);
    m_cardsLayout->setSpacing(10);

    m_feedback = new EditFeedback(
        QStringLiteral("settings"),
        tr("Your settings were changed elsewhere since this page loaded them, so your answers "
           "were not saved. They are still shown below. Reload to see the saved answers, then "
           "make your change again."),
        tr("Reload settings"), this);
    connect(m_feedback, &EditFeedback::reloadRequested, this, &SettingsView::reload);

    m_confirm->setObjectName(QStringLiteral("settingsConfirm"));
    m_confirm->setAccessibleName(tr("Update and confirm settings"));
    m_confirm->setDefault(true);
    connect(m_confirm, &QPushButton::clicked, this, [this] { save(); });

    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("settingsScroll"));
    scroll->setAccessibleName(tr("Settings questions"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_cards);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_feedback->message());
    buttons->addStretch(1);
    buttons->addWidget(m_confirm);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_confirmed);
    layout->addWidget(m_feedback->conflict());
    layout->addWidget(scroll, 1);
    layout->addLayout(buttons);
    updateState();
}

void SettingsView::setService(client::PersonalInfoService *service) {
    m_service = service;
    updateState();
}

QWidget *SettingsView::makeCard(const domain::SettingsQuestion &question) {
    auto *card = new QFrame(m_cards);
    card->setObjectName(QStringLiteral("settingsQuestion_") + question.id);
    card->setProperty("role", QStringLiteral("card"));
    card->setAccessibleName(question.title);
    card->setAccessibleDescription(question.text);
    auto *layout = new QVBoxLayout(card);
    layout->setContentsMargins(14, 10, 14, 10);
    layout->setSpacing(4);

    auto *title =
        new QLabel(question.required ? tr("%1 *").arg(question.title) : question.title, card);
    title->setProperty("role", QStringLiteral("sectionTitle"));
    auto *text = new QLabel(question.text, card);
    text->setWordWrap(true);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *yes = new QRadioButton(tr("Yes"), card);
    yes->setObjectName(QStringLiteral("settingsYes_") + question.id);
    yes->setAccessibleName(tr("%1: Yes").arg(question.title));
    auto *no = new QRadioButton(tr("No"), card);
    no->setObjectName(QStringLiteral("settingsNo_") + question.id);
    no->setAccessibleName(tr("%1: No").arg(question.title));
    auto *group = new QButtonGroup(card);
    group->addButton(yes, kYes);
    group->addButton(no, kNo);
    m_groups.insert(question.id, group);
    connect(group, &QButtonGroup::idClicked, this, [this, id = question.id](int answer) {
        m_answers.insert(id, answer == kYes);
        if (QLabel *error = m_fieldErrors.value(id))
            error->hide();
        updateState();
    });

    auto *choice = new QHBoxLayout;
    choice->addWidget(yes);
    choice->addWidget(no);
    if (question.required) {
        auto *required = new QLabel(tr("Required *"), card);
        required->setProperty("role", QStringLiteral("description"));
        choice->addSpacing(12);
        choice->addWidget(required);
    }
    choice->addStretch(1);

    auto *error = new QLabel(card);
    error->setObjectName(QStringLiteral("settingsError_") + question.id);
    error->setProperty("role", QStringLiteral("error"));
    error->setWordWrap(true);
    error->hide();
    m_fieldErrors.insert(question.id, error);

    layout->addWidget(title);
    layout->addWidget(text);
    layout->addLayout(choice);
    layout->addWidget(error);
    return card;
}

void SettingsView::setSettings(const domain::Settings &settings, const QByteArray &etag) {
    // Unsaved answers stay; so does the ETag of the version they were made on.
    if (hasUnsavedChanges() || m_feedback->hasConflict() || m_busy)
        return;
    load(settings, etag);
}

namespace {

bool sameQuestions(const domain::Settings &a, const domain::Settings &b) {
    if (a.questions.size() != b.questions.size())
        return false;
    for (qsizetype i = 0; i < a.questions.size(); ++i) {
        const domain::SettingsQuestion &x = a.questions.at(i);
        const domain::SettingsQuestion &y = b.questions.at(i);
        if (x.id != y.id || x.title != y.title || x.text != y.text || x.required != y.required)
            return false;
    }
    return true;
}

} // namespace

void SettingsView::load(const domain::Settings &settings, const QByteArray &etag) {
    // The same questions keep their cards (and the focus); only the answers change.
    const bool rebuild = !sameQuestions(m_loaded, settings) || m_groups.isEmpty();
    m_loaded = settings;
    m_etag = etag;
    m_answers.clear();
    for (const domain::SettingsQuestion &question : settings.questions) {
        if (question.answer)
            m_answers.insert(question.id, *question.answer);
    }
    if (rebuild) {
        while (QLayoutItem *item = m_cardsLayout->takeAt(0)) {
            delete item->widget();
            delete item;
        }
        m_groups.clear();
        m_fieldErrors.clear();
        for (const domain::SettingsQuestion &question : settings.questions)
            m_cardsLayout->addWidget(makeCard(question));
        m_cardsLayout->addStretch(1);
        // The cards are made after the button; Tab from the last answer goes on to it.
        const QList<QRadioButton *> answers = m_cards->findChildren<QRadioButton *>();
        if (!answers.isEmpty())
            QWidget::setTabOrder(answers.last(), m_confirm);
    }
    for (QLabel *error : std::as_const(m_fieldErrors))
        error->hide();
    if (settings.confirmedOn)
        m_confirmed->setText(
            tr("Confirmed on %1.").arg(itemmodels::DisplayFormat::date(*settings.confirmedOn)));
    else
        m_confirmed->setText(tr("Your answers have not been confirmed yet. Answer every "
                                "required question, then choose Update/Confirm."));
    showAnswers();
    updateState();
}

void SettingsView::showAnswers() {
    for (auto it = m_groups.cbegin(); it != m_groups.cend(); ++it) {
        QButtonGroup *group = it.value();
        group->setExclusive(false);
        const auto answer = m_answers.constFind(it.key());
        group->button(kYes)->setChecked(answer != m_answers.constEnd() && *answer);
        group->button(kNo)->setChecked(answer != m_answers.constEnd() && !*answer);
        group->setExclusive(true);
    }
}

bool SettingsView::hasUnsavedChanges() const {
    for (const domain::SettingsQuestion &question : m_loaded.questions) {
        const auto answer = m_answers.constFind(question.id);
        const std::optional<bool> chosen =
            answer == m_answers.constEnd() ? std::nullopt : std::optional<bool>(*answer);
        if (chosen != question.answer)
            return true;
    }
    return false;
}

bool SettingsView::canSave() const {
    if (m_loaded.questions.isEmpty())
        return false;
    for (const domain::SettingsQuestion &question : m_loaded.questions) {
        if (question.required && !m_answers.contains(question.id))
            return false;
    }
    return true;
}

void SettingsView::updateState() {
    m_confirm->setEnabled(!m_busy && m_service && canSave() && !m_feedback->hasConflict());
    m_confirm->setToolTip(canSave() ? QString() : tr("Answer every required question (*) first."));
    m_feedback->reloadButton()->setEnabled(!m_busy);
}

void SettingsView::save(std::function<void()> onSaved) {
    if (!m_service || !canSave() || m_busy)
        return;
    m_busy = true;
    m_feedback->setMessage(tr("Saving…"), false);
    updateState();
    m_service->saveSettings(
        m_etag, m_answers, this,
        [this, onSaved](const client::PersonalInfoReply &reply) { showReply(reply, onSaved); });
}

void SettingsView::showReply(const client::PersonalInfoReply &reply,
                             const std::function<void()> &onSaved) {
    m_busy = false;
    if (reply.error) {
        m_feedback->showSaveError(*reply.error, m_fieldErrors);
        updateState();
        return;
    }
    m_feedback->clearConflict();
    load(reply.settings, reply.etag);
    m_feedback->setMessage(tr("Saved."), false);
    emit saved();
    if (onSaved)
        onSaved();
}

void SettingsView::discard() {
    m_feedback->clearConflict();
    m_answers.clear();
    for (const domain::SettingsQuestion &question : m_loaded.questions) {
        if (question.answer)
            m_answers.insert(question.id, *question.answer);
    }
    showAnswers();
    m_feedback->setMessage({}, false);
    updateState();
}

void SettingsView::reload() {
    if (!m_service || m_busy)
        return;
    m_busy = true;
    m_feedback->setMessage(tr("Loading…"), false);
    updateState();
    m_service->loadSettings(this, [this](const client::PersonalInfoReply &reply) {
        m_busy = false;
        if (reply.error) {
            m_feedback->setMessage(reply.error->message, true);
            updateState();
            return;
        }
        m_feedback->clearConflict();
        load(reply.settings, reply.etag);
        m_feedback->setMessage({}, false);
    });
}

} // namespace certtrack::ui
