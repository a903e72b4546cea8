#include "ui/certifications/CertificationAgreementDialog.h"

#include "itemmodels/DisplayFormat.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace certtrack::ui {

const domain::Agreement *
CertificationAgreementDialog::current(const QList<domain::Agreement> &agreements) {
    const domain::Agreement *latest = nullptr;
    for (const domain::Agreement &a : agreements) {
        if (!latest || a.activeDate > latest->activeDate)
            latest = &a;
    }
    return latest;
}

CertificationAgreementDialog::CertificationAgreementDialog(
    const QList<domain::Agreement> &agreements, QWidget *parent)
    : QDialog(parent)
    , m_heading(new QLabel(this))
    , m_details(new QLabel(this))
    , m_text(new QTextBrowser(this)) {
    setObjectName(QStringLiteral("certificationAgreementDialog"));
    setWindowTitle(tr("Certification Agreement"));
    m_heading->setObjectName(QStringLiteral("agreementHeading"));
    m_heading->setProperty("role", QStringLiteral("sectionTitle"));
    m_heading->setWordWrap(true);
    m_details->setObjectName(QStringLiteral("agreementDetails"));
    m_details->setProperty("role", QStringLiteral("description"));
    m_text->setObjectName(QStringLiteral("agreementText"));
    m_text->setAccessibleName(tr("Agreement text"));
    m_text->setOpenLinks(false);

    if (const domain::Agreement *agreement = current(agreements)) {
        m_heading->setText(agreement->version.isEmpty()
                               ? agreement->name
                               : tr("%1 (%2)").arg(agreement->name, agreement->version));
        m_details->setText(tr("Version %1 · accepted %2 · expires %3")
                               .arg(agreement->version.isEmpty() ? tr("n/a") : agreement->version,
                                    itemmodels::DisplayFormat::date(agreement->activeDate),
                                    itemmodels::DisplayFormat::expiry(agreement->expires)));
        m_text->setPlainText(agreement->text.isEmpty()
                                 ? tr("The programme has not sent the text of this agreement.")
                                 : agreement->text);
    } else {
        m_heading->setText(tr("No certification agreement on record"));
        m_details->setText(tr("The agreement appears here once you have accepted one, usually "
                              "when you take your first exam."));
        m_text->hide();
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("agreementClose"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 18, 20, 14);
    layout->setSpacing(8);
    layout->addWidget(m_heading);
    layout->addWidget(m_details);
    layout->addSpacing(4);
    layout->addWidget(m_text, 1);
    layout->addWidget(buttons);
    resize(640, 460);
}

} // namespace certtrack::ui
