#include "ui/personalinfo/IdentifiersView.h"

#include "ui/Clipboard.h"

#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace certtrack::ui {

IdentifiersView::IdentifiersView(QWidget *parent)
    : QWidget(parent)
    , m_heading(new QLabel(this))
    , m_form(new QFrame(this))
    , m_formLayout(new QFormLayout(m_form))
    , m_copied(new QLabel(this)) {
    setObjectName(QStringLiteral("identifiersView"));
    m_heading->setObjectName(QStringLiteral("identifiersHeading"));
    m_heading->setProperty("role", QStringLiteral("pageTitle"));
    m_heading->setTextFormat(Qt::PlainText);
    setProgramme({});
    auto *title = new QLabel(tr("Candidate IDs used externally"), this);
    title->setProperty("role", QStringLiteral("sectionTitle"));
    auto *description = new QLabel(tr("Below are the different IDs assigned to your account "
                                      "including Testing IDs and System IDs."),
                                   this);
    description->setProperty("role", QStringLiteral("description"));
    description->setWordWrap(true);
    m_form->setProperty("role", QStringLiteral("card"));
    m_formLayout->setContentsMargins(14, 10, 14, 10);
    m_formLayout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_copied->setObjectName(QStringLiteral("identifierCopied"));
    m_copied->setProperty("role", QStringLiteral("note"));
    m_copied->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_heading);
    layout->addWidget(description);
    layout->addSpacing(6);
    layout->addWidget(title);
    layout->addWidget(m_form);
    layout->addWidget(m_copied);
    layout->addStretch(1);
}

void IdentifiersView::setProgramme(const domain::Programme &programme) {
    m_heading->setText(programme.identifiersHeading.isEmpty() ? tr("Identifiers")
                                                              : programme.identifiersHeading);
}

void IdentifiersView::setIdentifiers(const domain::Identifiers &identifiers) {
    while (m_formLayout->rowCount() > 0)
        m_formLayout->removeRow(0);
    m_copied->clear();
    m_copied->hide();
    for (const domain::Identifier &identifier : identifiers.items) {
        auto *row = new QWidget(m_form);
        auto *rowLayout = new QHBoxLayout(row);
        rowLayout->setContentsMargins(0, 0, 0, 0);
        auto *value = new QLineEdit(identifier.value, row);
        value->setObjectName(QStringLiteral("identifier_") + identifier.id);
        value->setReadOnly(true);
        value->setAccessibleName(identifier.label);
        auto *copy = new QPushButton(tr("Copy"), row);
        copy->setObjectName(QStringLiteral("copyIdentifier_") + identifier.id);
        copy->setAccessibleName(tr("Copy %1").arg(identifier.label));
        rowLayout->addWidget(value, 1);
        rowLayout->addWidget(copy);
        m_formLayout->addRow(identifier.label, row);
        connect(copy, &QPushButton::clicked, this,
                [this, text = identifier.value, label = identifier.label] {
                    Clipboard::setText(text);
                    m_copied->setText(tr("%1 copied to the clipboard.").arg(label));
                    m_copied->show();
                });
    }
}

} // namespace certtrack::ui
