#include "ui/fulfillment/ShippingForm.h"

#include "domain/Candidate.h"
#include "ui/Theme.h"

#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>

namespace certtrack::ui {

namespace {

const QString kCountry = QStringLiteral("demographics.country");

// "demographics.firstName" -> "firstName", "localized.city" -> "localizedCity"
QString objectNameFor(const QString &field) {
    const qsizetype dot = field.indexOf(QLatin1Char('.'));
    QString name = field.mid(dot + 1);
    if (field.startsWith(QLatin1String("localized."))) {
        name[0] = name.at(0).toUpper();
        name.prepend(QStringLiteral("localized"));
    }
    return name;
}

QLabel *blockTitle(const QString &text) {
    auto *label = new QLabel(text);
    label->setProperty("role", QStringLiteral("sectionTitle"));
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    return label;
}

QLabel *blockDescription(const QString &text) {
    auto *label = new QLabel(text);
    label->setProperty("role", QStringLiteral("description"));
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    return label;
}

} // namespace

ShippingForm::ShippingForm(QWidget *parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("shippingForm"));

    auto *demographics = makeGrid();
    addField(demographics, QStringLiteral("demographics.firstName"), tr("First Name"));
    addField(demographics, QStringLiteral("demographics.lastName"), tr("Last Name"));
    addField(demographics, QStringLiteral("demographics.email"), tr("Email"));
    addField(demographics, QStringLiteral("demographics.phone"), tr("Phone Number"));
    addField(demographics, QStringLiteral("demographics.address1"), tr("Address"));
    addField(demographics, QStringLiteral("demographics.address2"), tr("Address (Cont)"));
    addField(demographics, QStringLiteral("demographics.city"), tr("City"));
    addField(demographics, QStringLiteral("demographics.stateProvince"), tr("State/Province"));
    addField(demographics, QStringLiteral("demographics.postalCode"), tr("Postal Code"));
    m_country = new QComboBox;
    m_country->setObjectName(QStringLiteral("country"));
    m_country->setAccessibleName(tr("Country"));
    m_country->addItem(tr("Choose a country"), QString());
    for (const auto &[code, name] : domain::ShippingRules::countries())
        m_country->addItem(name, code);
    m_country->setMaxVisibleItems(20);
    addRow(demographics, kCountry, tr("Country"), m_country);
    connect(m_country, &QComboBox::activated, this, [this] { onEdited(kCountry); });

    auto *localized = makeGrid();
    addField(localized, QStringLiteral("localized.firstName"), tr("First Name"));
    addField(localized, QStringLiteral("localized.lastName"), tr("Last Name"));
    addField(localized, QStringLiteral("localized.address1"), tr("Address"));
    addField(localized, QStringLiteral("localized.address2"), tr("Address (Cont)"));
    addField(localized, QStringLiteral("localized.city"), tr("City"));
    addField(localized, QStringLiteral("localized.stateProvince"), tr("State/Province"));
    addField(localized, QStringLiteral("localized.postalCode"), tr("Postal Code"));

    // One grid for both blocks: a heading that wraps in one column makes its whole row taller,
    // so the other column's description and fields start at the same height as its own, and the
    // field rows of the two blocks stay side by side.
    auto *columns = new QGridLayout(this);
    columns->setContentsMargins(0, 0, 8, 0);
    columns->setHorizontalSpacing(28);
    columns->setVerticalSpacing(8);
    columns->addWidget(blockTitle(tr("Demographics - English (Roman) alphabet only")), 0, 0);
    columns->addWidget(blockTitle(tr("Localized - Double byte characters allowed")), 0, 1);
    columns->addWidget(
        blockDescription(tr("Review and update the information below before proceeding")), 1, 0);
    columns->addWidget(blockDescription(tr("Optional: your name and address in your own script")),
                       1, 1);
    // The shorter block keeps its rows' spacing; the room left over stays under it.
    for (QGridLayout *block : {demographics, localized})
        block->setRowStretch(block->rowCount(), 1);
    columns->addLayout(demographics, 2, 0);
    columns->addLayout(localized, 2, 1);
    columns->setColumnStretch(0, 1);
    columns->setColumnStretch(1, 1);
    columns->setRowStretch(3, 1);
}

QGridLayout *ShippingForm::makeGrid() {
    auto *grid = new QGridLayout;
    grid->setContentsMargins(0, 4, 0, 0);
    grid->setHorizontalSpacing(12);
    grid->setVerticalSpacing(6);
    grid->setColumnStretch(1, 1);
    return grid;
}

void ShippingForm::addRow(QGridLayout *grid, const QString &field, const QString &label,
                          QWidget *input) {
    // The error sits in a row of its own under its field; hidden, the row takes no room.
    auto *error = new QLabel;
    error->setObjectName(input->objectName() + QStringLiteral("Error"));
    error->setProperty("role", QStringLiteral("fieldError"));
    Theme::setInlineError(error, true);
    error->setWordWrap(true);
    error->hide();
    auto *caption = new QLabel(label);
    caption->setBuddy(input);
    const int row = grid->rowCount();
    grid->addWidget(caption, row, 0);
    grid->addWidget(input, row, 1);
    grid->addWidget(error, row + 1, 1);
    m_errors.insert(field, error);
}

QLineEdit *ShippingForm::addField(QGridLayout *grid, const QString &field, const QString &label) {
    auto *edit = new QLineEdit;
    edit->setObjectName(objectNameFor(field));
    edit->setAccessibleName(domain::ShippingRules::fieldLabel(field));
    edit->setMinimumWidth(180);
    addRow(grid, field, label, edit);
    m_edits.insert(field, edit);
    connect(edit, &QLineEdit::textEdited, this, [this, field] { onEdited(field); });
    return edit;
}

QString ShippingForm::text(const QString &field) const {
    const QLineEdit *edit = m_edits.value(field);
    return edit ? edit->text().trimmed() : QString();
}

void ShippingForm::setDetails(const domain::ShippingDetails &details) {
    const domain::ShippingDemographics &d = details.demographics;
    const domain::ShippingLocalized &l = details.localized;
    const QList<QPair<QString, QString>> values{
        {QStringLiteral("demographics.firstName"), d.firstName},
        {QStringLiteral("demographics.lastName"), d.lastName},
        {QStringLiteral("demographics.email"), d.email},
        {QStringLiteral("demographics.phone"), d.phone},
        {QStringLiteral("demographics.address1"), d.address1},
        {QStringLiteral("demographics.address2"), d.address2},
        {QStringLiteral("demographics.city"), d.city},
        {QStringLiteral("demographics.stateProvince"), d.stateProvince},
        {QStringLiteral("demographics.postalCode"), d.postalCode},
        {QStringLiteral("localized.firstName"), l.firstName},
        {QStringLiteral("localized.lastName"), l.lastName},
        {QStringLiteral("localized.address1"), l.address1},
        {QStringLiteral("localized.address2"), l.address2},
        {QStringLiteral("localized.city"), l.city},
        {QStringLiteral("localized.stateProvince"), l.stateProvince},
        {QStringLiteral("localized.postalCode"), l.postalCode}};
    for (const auto &[field, value] : values)
        m_edits.value(field)->setText(value);
    const int country = m_country->findData(d.country);
    m_country->setCurrentIndex(qMax(0, country));
    m_touched.clear();
    showErrors({});
}

domain::ShippingDetails ShippingForm::details() const {
    domain::ShippingDetails details;
    domain::ShippingDemographics &d = details.demographics;
    d.firstName = text(QStringLiteral("demographics.firstName"));
    d.lastName = text(QStringLiteral("demographics.lastName"));
    d.email = text(QStringLiteral("demographics.email"));
    d.phone = text(QStringLiteral("demographics.phone"));
    d.address1 = text(QStringLiteral("demographics.address1"));
    d.address2 = text(QStringLiteral("demographics.address2"));
    d.city = text(QStringLiteral("demographics.city"));
    d.stateProvince = text(QStringLiteral("demographics.stateProvince"));
    d.postalCode = text(QStringLiteral("demographics.postalCode"));
    d.country = m_country->currentData().toString();
    domain::ShippingLocalized &l = details.localized;
    l.firstName = text(QStringLiteral("localized.firstName"));
    l.lastName = text(QStringLiteral("localized.lastName"));
    l.address1 = text(QStringLiteral("localized.address1"));
    l.address2 = text(QStringLiteral("localized.address2"));
    l.city = text(QStringLiteral("localized.city"));
    l.stateProvince = text(QStringLiteral("localized.stateProvince"));
    l.postalCode = text(QStringLiteral("localized.postalCode"));
    return details;
}

domain::ShippingDetails ShippingForm::fromProfile(const domain::Profile &profile) {
    domain::ShippingDetails details;
    domain::ShippingDemographics &d = details.demographics;
    d.firstName = profile.firstName;
    d.lastName = profile.lastName;
    d.email = profile.email;
    d.phone = profile.phone;
    d.address1 = profile.address.line1;
    d.address2 = profile.address.line2;
    d.city = profile.address.city;
    d.stateProvince = profile.address.stateProvince;
    d.postalCode = profile.address.postalCode;
    d.country = profile.address.country;
    return details;
}

void ShippingForm::onEdited(const QString &field) {
    m_touched.insert(field);
    QList<domain::FieldError> shown;
    for (const domain::FieldError &error : domain::ShippingRules::validate(details())) {
        if (m_touched.contains(error.field))
            shown.append(error);
    }
    showErrors(shown);
    emit edited();
}

bool ShippingForm::validateAll() {
    const QList<domain::FieldError> errors = domain::ShippingRules::validate(details());
    for (auto it = m_errors.cbegin(); it != m_errors.cend(); ++it)
        m_touched.insert(it.key());
    showErrors(errors);
    return errors.isEmpty();
}

void ShippingForm::showErrors(const QList<domain::FieldError> &errors) {
    QHash<QString, QString> byField;
    for (const domain::FieldError &error : errors) {
        if (!byField.contains(error.field))
            byField.insert(error.field, error.message);
    }
    for (auto it = m_errors.cbegin(); it != m_errors.cend(); ++it) {
        const QString message = byField.value(it.key());
        it.value()->setText(message);
        it.value()->setVisible(!message.isEmpty());
    }
}

QStringList ShippingForm::showServerErrors(const QList<domain::Problem::FieldError> &errors) {
    QList<domain::FieldError> known;
    QStringList others;
    for (const domain::Problem::FieldError &error : errors) {
        if (m_errors.contains(error.field))
            known.append({error.field, error.message});
        else
            others.append(error.message);
    }
    showErrors(known);
    return others;
}

QString ShippingForm::errorText(const QString &field) const {
    const QLabel *label = m_errors.value(field);
    return label && !label->isHidden() ? label->text() : QString();
}

} // namespace certtrack::ui
