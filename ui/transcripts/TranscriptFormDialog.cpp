#include "ui/transcripts/TranscriptFormDialog.h"

#include "itemmodels/DisplayFormat.h"
#include "ui/Theme.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace certtrack::ui {

namespace {

constexpr int kIdRole = Qt::UserRole + 1;

QLabel *makeErrorLabel(const QString &field) {
    auto *label = new QLabel;
    label->setObjectName(field + QStringLiteral("Error"));
    label->setProperty("role", QStringLiteral("error"));
    Theme::setInlineError(label, true);
    label->setWordWrap(true);
    label->hide();
    return label;
}

// A form label whose mnemonic moves the focus to its field.
QLabel *buddyLabel(const QString &text, QWidget *buddy) {
    auto *label = new QLabel(text);
    label->setBuddy(buddy);
    return label;
}

// The field an error names, as the form knows it ("displayOptions.email" -> "displayOptions").
QString formField(const QString &field) {
    const qsizetype dot = field.indexOf(QLatin1Char('.'));
    return dot < 0 ? field : field.left(dot);
}

} // namespace

TranscriptFormDialog::TranscriptFormDialog(const domain::AccountData &account,
                                           const domain::Transcript *existing,
                                           client::TranscriptService *service, QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_editing(existing != nullptr)
    , m_id(new QLabel(this))
    , m_displayName(new QLineEdit(this))
    , m_showName(new QCheckBox(tr("Name"), this))
    , m_showAddress(new QCheckBox(tr("Address"), this))
    , m_showEmail(new QCheckBox(tr("Email"), this))
    , m_expires(new QDateEdit(this))
    , m_description(new QLineEdit(this))
    , m_remarks(new QLineEdit(this))
    , m_disclosure(new QButtonGroup(this))
    , m_active(new QRadioButton(tr("Active certifications"), this))
    , m_allNew(new QRadioButton(tr("All New Certificates"), this))
    , m_selected(new QRadioButton(tr("Only the certifications chosen below"), this))
    , m_certifications(new QTableWidget(this))
    , m_status(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this)) {
    setObjectName(QStringLiteral("transcriptFormDialog"));
    setWindowTitle(m_editing ? tr("Edit transcript") : tr("Create new transcript"));
    setModal(true);

    m_id->setObjectName(QStringLiteral("transcriptId"));
    m_id->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_id->setAccessibleName(tr("Transcript ID"));
    m_displayName->setObjectName(QStringLiteral("displayName"));
    m_displayName->setAccessibleName(tr("Display name"));
    m_displayName->setMaxLength(100);
    m_showName->setObjectName(QStringLiteral("showName"));
    m_showAddress->setObjectName(QStringLiteral("showAddress"));
    m_showEmail->setObjectName(QStringLiteral("showEmail"));
    m_showName->setAccessibleName(tr("Display the name"));
    m_showAddress->setAccessibleName(tr("Display the address"));
    m_showEmail->setAccessibleName(tr("Display the email address"));
    m_expires->setObjectName(QStringLiteral("expires"));
    m_expires->setAccessibleName(tr("Expires after"));
    m_expires->setCalendarPopup(true);
    m_expires->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_description->setObjectName(QStringLiteral("description"));
    m_description->setAccessibleName(tr("Description"));
    m_description->setMaxLength(100);
    m_description->setPlaceholderText(tr("Who it is for, e.g. \"Acme Networks application\""));
    m_remarks->setObjectName(QStringLiteral("remarks"));
    m_remarks->setAccessibleName(tr("Remarks"));
    m_remarks->setMaxLength(500);
    m_active->setObjectName(QStringLiteral("disclosureActive"));
    m_allNew->setObjectName(QStringLiteral("disclosureAllNew"));
    m_selected->setObjectName(QStringLiteral("disclosureSelected"));
    m_active->setToolTip(tr("Shows whatever certifications are active when the transcript is "
                            "viewed."));
    m_allNew->setToolTip(tr("Shows the certifications ticked below and every certification you "
                            "earn from now on."));
    m_selected->setToolTip(tr("Shows exactly the certifications ticked below."));
    m_disclosure->addButton(m_active);
    m_disclosure->addButton(m_allNew);
    m_disclosure->addButton(m_selected);
    m_status->setObjectName(QStringLiteral("transcriptFormStatus"));
    m_status->setWordWrap(true);
    m_progress->setObjectName(QStringLiteral("transcriptFormProgress"));
    m_progress->setRange(0, 0);
    m_progress->setMaximumHeight(6);
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_buttons->setObjectName(QStringLiteral("transcriptFormButtons"));
    m_buttons->button(QDialogButtonBox::Save)
        ->setText(m_editing ? tr("&Save") : tr("C&reate transcript"));
    m_buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveTranscript"));

    auto *form = new QFormLayout;
    form->addRow(tr("Transcript ID:"), m_id);
    auto *nameColumn = new QVBoxLayout;
    nameColumn->addWidget(m_displayName);
    nameColumn->addWidget(errorLabel(QStringLiteral("displayName")));
    form->addRow(buddyLabel(tr("&Display name:"), m_displayName), nameColumn);
    auto *options = new QHBoxLayout;
    options->addWidget(m_showName);
    options->addWidget(m_showAddress);
    options->addWidget(m_showEmail);
    options->addStretch();
    auto *optionsColumn = new QVBoxLayout;
    optionsColumn->addLayout(options);
    optionsColumn->addWidget(errorLabel(QStringLiteral("displayOptions")));
    form->addRow(buddyLabel(tr("Display options:"), m_showName), optionsColumn);
    auto *expiresColumn = new QVBoxLayout;
    expiresColumn->addWidget(m_expires, 0, Qt::AlignLeft);
    expiresColumn->addWidget(errorLabel(QStringLiteral("expires")));
    form->addRow(buddyLabel(tr("E&xpires after:"), m_expires), expiresColumn);
    auto *descriptionColumn = new QVBoxLayout;
    descriptionColumn->addWidget(m_description);
    descriptionColumn->addWidget(errorLabel(QStringLiteral("description")));
    form->addRow(buddyLabel(tr("Desc&ription:"), m_description), descriptionColumn);
    auto *remarksColumn = new QVBoxLayout;
    remarksColumn->addWidget(m_remarks);
    remarksColumn->addWidget(errorLabel(QStringLiteral("remarks")));
    form->addRow(buddyLabel(tr("Re&marks:"), m_remarks), remarksColumn);
    auto *disclosure = new QVBoxLayout;
    disclosure->addWidget(m_active);
    disclosure->addWidget(m_allNew);
    disclosure->addWidget(m_selected);
    disclosure->addWidget(errorLabel(QStringLiteral("disclosure")));
    form->addRow(buddyLabel(tr("Disclose:"), m_active), disclosure);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buildCertificationTable(account), 1);
    layout->addWidget(errorLabel(QStringLiteral("certificationIds")));
    layout->addWidget(m_status);
    layout->addWidget(m_progress);
    layout->addWidget(m_buttons);
    resize(640, 640);

    connect(m_disclosure, &QButtonGroup::buttonToggled, this,
            &TranscriptFormDialog::updateCertificationTable);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &TranscriptFormDialog::submit);
    // An error goes away once its field is touched.
    const QList<QPair<QLineEdit *, QString>> edits{{m_displayName, QStringLiteral("displayName")},
                                                   {m_description, QStringLiteral("description")},
                                                   {m_remarks, QStringLiteral("remarks")}};
    for (const auto &[edit, field] : edits)
        connect(edit, &QLineEdit::textEdited, this, [this, name = field] { clearError(name); });
    connect(m_expires, &QDateEdit::dateChanged, this,
            [this] { clearError(QStringLiteral("expires")); });
    connect(m_certifications, &QTableWidget::itemChanged, this,
            [this] { clearError(QStringLiteral("certificationIds")); });
    connect(m_disclosure, &QButtonGroup::buttonToggled, this,
            [this] { clearError(QStringLiteral("certificationIds")); });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    if (existing) {
        fill(*existing);
        loadCurrent();
    } else {
        domain::Transcript fresh;
        fresh.displayName = account.profile.displayName();
        fresh.expires = QDate::currentDate().addMonths(1);
        fill(fresh);
        m_id->setText(tr("Assigned by the server when you create the transcript"));
    }
    m_expires->setMinimumDate(QDate::currentDate());
    m_displayName->setFocus();
}

QLabel *TranscriptFormDialog::errorLabel(const QString &field) {
    QLabel *label = makeErrorLabel(field);
    label->setParent(this);
    m_errors.insert(field, label);
    return label;
}

QWidget *TranscriptFormDialog::buildCertificationTable(const domain::AccountData &account) {
    m_certifications->setObjectName(QStringLiteral("transcriptCertifications"));
    m_certifications->setAccessibleName(tr("Certifications to display in the transcript"));
    m_certifications->setColumnCount(2);
    m_certifications->setHorizontalHeaderLabels({tr("Certification Name"), tr("Date")});
    m_certifications->verticalHeader()->hide();
    m_certifications->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_certifications->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_certifications->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_certifications->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    // Only certifications in force can appear on a transcript.
    for (const domain::CertificationDetail &detail : account.certifications) {
        const domain::Certification &c = detail.summary;
        if (c.status != domain::Certification::Status::Active)
            continue;
        const int row = m_certifications->rowCount();
        m_certifications->insertRow(row);
        auto *name = new QTableWidgetItem(c.displayName());
        name->setData(kIdRole, c.id);
        name->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        name->setCheckState(Qt::Unchecked);
        m_certifications->setItem(row, 0, name);
        auto *date = new QTableWidgetItem(itemmodels::DisplayFormat::date(c.active));
        date->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        m_certifications->setItem(row, 1, date);
    }
    // Space ticks the current row (through its check box); Enter is left to the dialog, where
    // it saves. Ticking on Enter as well undid a Space tick in the same moment the form was sent.
    return m_certifications;
}

void TranscriptFormDialog::fill(const domain::Transcript &t) {
    m_transcript = t;
    if (!t.id.isEmpty())
        m_id->setText(t.id);
    m_displayName->setText(t.displayName);
    m_showName->setChecked(t.showName);
    m_showAddress->setChecked(t.showAddress);
    m_showEmail->setChecked(t.showEmail);
    m_expires->setDate(t.expires);
    m_description->setText(t.description);
    m_remarks->setText(t.remarks);
    switch (t.disclosure) {
    case domain::Transcript::Disclosure::ActiveCertifications:
        m_active->setChecked(true);
        break;
    case domain::Transcript::Disclosure::AllNewCertificates:
        m_allNew->setChecked(true);
        break;
    case domain::Transcript::Disclosure::Selected:
        m_selected->setChecked(true);
        break;
    }
    for (int row = 0; row < m_certifications->rowCount(); ++row) {
        QTableWidgetItem *item = m_certifications->item(row, 0);
        item->setCheckState(t.certificationIds.contains(item->data(kIdRole).toString())
                                ? Qt::Checked
                                : Qt::Unchecked);
    }
    updateCertificationTable();
}

void TranscriptFormDialog::updateCertificationTable() {
    m_certifications->setEnabled(!m_active->isChecked());
}

client::TranscriptDraft TranscriptFormDialog::draft() const {
    client::TranscriptDraft d;
    d.displayName = m_displayName->text().trimmed();
    d.description = m_description->text().trimmed();
    d.remarks = m_remarks->text().trimmed();
    d.showName = m_showName->isChecked();
    d.showAddress = m_showAddress->isChecked();
    d.showEmail = m_showEmail->isChecked();
    d.expires = m_expires->date();
    d.disclosure = m_allNew->isChecked()     ? domain::Transcript::Disclosure::AllNewCertificates
                   : m_selected->isChecked() ? domain::Transcript::Disclosure::Selected
                                             : domain::Transcript::Disclosure::ActiveCertifications;
    for (int row = 0; row < m_certifications->rowCount(); ++row) {
        const QTableWidgetItem *item = m_certifications->item(row, 0);
        if (item->checkState() == Qt::Checked)
            d.certificationIds.append(item->data(kIdRole).toString());
    }
    return d;
}

void TranscriptFormDialog::setBusy(bool busy) {
    m_progress->setVisible(busy);
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(!busy && !m_created);
    if (busy)
        m_status->setText(tr("Talking to the server…"));
}

void TranscriptFormDialog::clearError(const QString &field) {
    if (QLabel *label = m_errors.value(field); label && label->isVisible()) {
        label->clear();
        label->hide();
        m_status->clear();
    }
}

void TranscriptFormDialog::clearErrors() {
    for (QLabel *label : std::as_const(m_errors)) {
        label->clear();
        label->hide();
    }
    m_status->clear();
}

void TranscriptFormDialog::showError(const client::ApiError &error) {
    QStringList unplaced;
    for (const domain::Problem::FieldError &fieldError : error.fieldErrors) {
        QLabel *label = m_errors.value(formField(fieldError.field));
        if (!label) {
            unplaced.append(fieldError.message);
            continue;
        }
        label->setText(label->text().isEmpty()
                           ? fieldError.message
                           : label->text() + QLatin1Char(' ') + fieldError.message);
        label->show();
    }
    if (error.fieldErrors.isEmpty() || !unplaced.isEmpty())
        m_status->setText(unplaced.isEmpty() ? error.message : unplaced.join(QLatin1Char(' ')));
    else
        m_status->setText(tr("Please correct the fields marked in red."));
    Theme::setInlineError(m_status, true);
}

void TranscriptFormDialog::loadCurrent() {
    setBusy(true);
    m_service->load(m_transcript.id, this, [this](const client::TranscriptReply &reply) {
        setBusy(false);
        m_status->clear();
        if (reply.error) {
            showError(*reply.error);
            m_buttons->button(QDialogButtonBox::Save)->setEnabled(false);
            return;
        }
        m_etag = reply.etag;
        fill(reply.transcript);
    });
}

void TranscriptFormDialog::submit() {
    if (m_created) {
        accept();
        return;
    }
    clearErrors();
    setBusy(true);
    if (m_editing) {
        m_service->update(m_transcript.id, m_etag, draft(), this,
                          [this](const client::TranscriptReply &reply) { onSaved(reply, false); });
    } else {
        m_service->create(draft(), this,
                          [this](const client::TranscriptReply &reply) { onSaved(reply, true); });
    }
}

void TranscriptFormDialog::onSaved(const client::TranscriptReply &reply, bool created) {
    setBusy(false);
    m_status->clear();
    if (reply.error) {
        if (reply.error->httpStatus == 412) {
            m_status->setText(tr("This transcript was changed elsewhere since you opened it. "
                                 "The current version is shown; make your change again."));
            loadCurrent();
            return;
        }
        showError(*reply.error);
        return;
    }
    Theme::setInlineError(m_status, false);
    m_etag = reply.etag;
    fill(reply.transcript);
    emit saved(reply.transcript);
    if (!created) {
        accept();
        return;
    }
    // Stays open to show the id the server chose.
    m_created = true;
    m_status->setText(
        tr("Transcript created. Its ID is %1; share it from the list.").arg(reply.transcript.id));
    m_buttons->button(QDialogButtonBox::Save)->hide();
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("&Close"));
}

} // namespace certtrack::ui
