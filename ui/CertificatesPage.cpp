#include "ui/CertificatesPage.h"

#include "itemmodels/FulfillmentModel.h"
#include "ui/TableSection.h"

#include <QLabel>
#include <QVBoxLayout>

namespace certtrack::ui {

CertificatesPage::CertificatesPage(QWidget *parent)
    : AccountPage(parent)
    , m_model(new itemmodels::FulfillmentModel(this))
    , m_section(new TableSection(QStringLiteral("fulfillment"),
                                 tr("Certification fulfillment kit history & status"))) {
    setObjectName(QStringLiteral("certificatesPage"));
    m_section->setSourceModel(m_model);
    m_section->setDescription(tr("Printed certificates, plaques and letters sent to you, with "
                                 "the code that verifies each of them."));

    auto *note =
        new QLabel(tr("<b>Note:</b> Please allow 6-8 weeks for processing and shipping"), this);
    note->setObjectName(QStringLiteral("fulfillmentNote"));
    note->setProperty("role", QStringLiteral("note"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(12);
    layout->addWidget(m_section, 1);
    layout->addWidget(note);
}

void CertificatesPage::setAccountData(const domain::AccountData &account) {
    m_model->setAccountData(account);
    m_section->fitColumns();
}

} // namespace certtrack::ui
