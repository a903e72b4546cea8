#include "ui/personalinfo/AttributesEditor.h"

#include "client/PersonalInfoService.h"
#include "ui/personalinfo/EditFeedback.h"

#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace certtrack::ui {

AttributesEditor::AttributesEditor(QWidget *parent)
    : QWidget(parent)
    , m_form(new QFrame(this))
    , m_formLayout(new QFormLayout(m_form))
    , m_confirm(new QPushButton(tr("&Update/Confirm"), this)) {
    setObjectName(QStringLiteral("attributesEditor"));
    auto *title = new QLabel(tr("Candidate Attributes"), this);
    title->setProperty("role", QStringLiteral("sectionTitle"));
    auto *description =
        new QLabel(tr("The numbers and titles recorded for your account. You can only change "
                      "your job title here."),
                   this);
    description->setProperty("role", QStringLiteral("description"));
    description->setWordWrap(true);

    m_feedback = new EditFeedback(
        QStringLiteral("attributes"),
        tr("Your attributes were changed elsewhere since this page loaded them, so your change "
           "was not saved. What you typed is still shown below. Reload to see the saved values, "
           "then make your change again."),
        tr("Reload attributes"), this);
    connect(m_feedback, &EditFeedback::reloadRequested, this, &AttributesEditor::reload);

    m_form->setProperty("role", QStringLiteral("card"));
    m_formLayout->setContentsMargins(14, 10, 14, 10);
    m_formLayout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_confirm->setObjectName(QStringLiteral("attributesConfirm"));
    m_confirm->setAccessibleName(tr("Update and confirm attributes"));
    connect(m_confirm, &QPushButton::clicked, this, [this] { save(); });

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_feedback->message());
    buttons->addStretch(1);
    buttons->addWidget(m_confirm);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title);
    layout->addWidget(description);
    layout->addWidget(m_feedback->conflict());
    layout->addWidget(m_form);
    layout->addLayout(buttons);
    layout->addStretch(1);
    updateState();
}

void AttributesEditor::setService(client::PersonalInfoService *service) {
    m_service = service;
    updateState();
}

QString AttributesEditor::validate(const QString &label, const QString &text) {
    const qsizetype length = text.trimmed().toUcs4().size();
    if (length < 1 || length > kMaxLength)
        return tr("%1 needs 1 to %2 characters.").arg(label).arg(kMaxLength);
    for (const QChar c : text) {
        if (c.category() == QChar::Other_Control)
            return tr("%1 cannot contain control characters.").arg(label);
    }
    return {};
}

void AttributesEditor::setAttributes(const domain::Attributes &attributes, const QByteArray &etag) {
    if (hasUnsavedChanges() || m_feedback->hasConflict() || m_busy)
        return;
    load(attributes, etag);
}

namespace {

bool sameFields(const domain::Attributes &a, const domain::Attributes &b) {
    if (a.items.size() != b.items.size())
        return false;
    for (qsizetype i = 0; i < a.items.size(); ++i) {
        const domain::Attribute &x = a.items.at(i);
        const domain::Attribute &y = b.items.at(i);
        if (x.id != y.id || x.label != y.label || x.editable != y.editable)
            return false;
    }
    return true;
}

QString shown(const domain::Attribute &attribute) {
    return attribute.value.isEmpty() && !attribute.editable ? AttributesEditor::tr("[Nothing set]")
                                                            : attribute.value;
}

} // namespace

void AttributesEditor::load(const domain::Attributes &attributes, const QByteArray &etag) {
    // The same fields keep their widgets (and the focus); only their values change.
    const bool rebuild = !sameFields(m_loaded, attributes) || m_formLayout->rowCount() == 0;
    m_loaded = attributes;
    m_etag = etag;
    if (!rebuild) {
        for (const domain::Attribute &attribute : attributes.items) {
            if (QLineEdit *edit = m_edits.value(attribute.id))
                edit->setText(attribute.value);
            else if (QLabel *value = m_values.value(attribute.id))
                value->setText(shown(attribute));
            if (QLabel *error = m_fieldErrors.value(attribute.id))
                error->hide();
        }
        updateState();
        return;
    }
    while (m_formLayout->rowCount() > 0)
        m_formLayout->removeRow(0);
    m_edits.clear();
    m_values.clear();
    m_fieldErrors.clear();
    for (const domain::Attribute &attribute : attributes.items) {
        if (!attribute.editable) {
            auto *value = new QLabel(shown(attribute), m_form);
            value->setObjectName(QStringLiteral("attribute_") + attribute.id);
            value->setTextInteractionFlags(Qt::TextSelectableByMouse);
            value->setAccessibleName(attribute.label);
            m_values.insert(attribute.id, value);
            m_formLayout->addRow(attribute.label, value);
            continue;
        }
        auto *field = new QWidget(m_form);
        auto *fieldLayout = new QVBoxLayout(field);
        fieldLayout->setContentsMargins(0, 0, 0, 0);
        auto *edit = new QLineEdit(attribute.value, field);
        edit->setObjectName(QStringLiteral("attribute_") + attribute.id);
        edit->setAccessibleName(attribute.label);
        edit->setMaxLength(kMaxLength * 2 + 20); // room for surrounding spaces and surrogates
        auto *error = new QLabel(field);
        error->setObjectName(QStringLiteral("attributeError_") + attribute.id);
        error->setProperty("role", QStringLiteral("error"));
        error->setWordWrap(true);
        error->hide();
        fieldLayout->addWidget(edit);
        fieldLayout->addWidget(error);
        m_edits.insert(attribute.id, edit);
        m_fieldErrors.insert(attribute.id, error);
        auto *label = new QLabel(attribute.label, m_form);
        label->setBuddy(edit);
        m_formLayout->addRow(label, field);
        // Enter saves, as the form's Confirm button does (only when there is something to save).
        connect(edit, &QLineEdit::returnPressed, this, [this] { save(); });
        connect(edit, &QLineEdit::textEdited, this,
                [this, error, label = attribute.label](const QString &text) {
                    const QString problem = validate(label, text);
                    error->setText(problem);
                    error->setVisible(!problem.isEmpty());
                    updateState();
                });
    }
    updateState();
}

bool AttributesEditor::hasUnsavedChanges() const {
    for (const domain::Attribute &attribute : m_loaded.items) {
        if (const QLineEdit *edit = m_edits.value(attribute.id);
            edit && edit->text().trimmed() != attribute.value)
            return true;
    }
    return false;
}

bool AttributesEditor::canSave() const {
    if (m_edits.isEmpty() || !hasUnsavedChanges())
        return false;
    for (const domain::Attribute &attribute : m_loaded.items) {
        if (const QLineEdit *edit = m_edits.value(attribute.id);
            edit && !validate(attribute.label, edit->text()).isEmpty())
            return false;
    }
    return true;
}

void AttributesEditor::updateState() {
    m_confirm->setEnabled(!m_busy && m_service && canSave() && !m_feedback->hasConflict());
    m_feedback->reloadButton()->setEnabled(!m_busy);
}

void AttributesEditor::save(std::function<void()> onSaved) {
    if (!m_service || !canSave() || m_busy)
        return;
    QHash<QString, QString> values;
    for (const domain::Attribute &attribute : std::as_const(m_loaded.items)) {
        if (const QLineEdit *edit = m_edits.value(attribute.id);
            edit && edit->text().trimmed() != attribute.value)
            values.insert(attribute.id, edit->text().trimmed());
    }
    m_busy = true;
    m_feedback->setMessage(tr("Saving…"), false);
    updateState();
    m_service->saveAttributes(
        m_etag, values, this,
        [this, onSaved](const client::PersonalInfoReply &reply) { showReply(reply, onSaved); });
}

void AttributesEditor::showReply(const client::PersonalInfoReply &reply,
                                 const std::function<void()> &onSaved) {
    m_busy = false;
    if (reply.error) {
        m_feedback->showSaveError(*reply.error, m_fieldErrors);
        updateState();
        return;
    }
    m_feedback->clearConflict();
    load(reply.attributes, reply.etag);
    m_feedback->setMessage(tr("Saved."), false);
    emit saved();
    if (onSaved)
        onSaved();
}

void AttributesEditor::discard() {
    m_feedback->clearConflict();
    const domain::Attributes loaded = m_loaded;
    load(loaded, m_etag);
    m_feedback->setMessage({}, false);
}

void AttributesEditor::reload() {
    if (!m_service || m_busy)
        return;
    m_busy = true;
    m_feedback->setMessage(tr("Loading…"), false);
    updateState();
    m_service->loadAttributes(this, [this](const client::PersonalInfoReply &reply) {
        m_busy = false;
        if (reply.error) {
            m_feedback->setMessage(reply.error->message, true);
            updateState();
            return;
        }
        m_feedback->clearConflict();
        load(reply.attributes, reply.etag);
        m_feedback->setMessage({}, false);
    });
}

} // namespace certtrack::ui
