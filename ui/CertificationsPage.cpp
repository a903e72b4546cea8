#include "ui/CertificationsPage.h"

#include "domain/CertificateEligibility.h"
#include "itemmodels/CertificationsModel.h"
#include "itemmodels/ItemRoles.h"
#include "itemmodels/SortFilterProxyModel.h"
#include "ui/CertificationDetailView.h"
#include "ui/TableSection.h"

#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>

namespace certtrack::ui {

CertificationsPage::CertificationsPage(QWidget *parent)
    : AccountPage(parent)
    , m_model(new itemmodels::CertificationsModel(this))
    , m_list(new TableSection(QStringLiteral("certifications"), tr("Active certifications")))
    , m_detail(new CertificationDetailView)
    , m_pdfButton(new QPushButton(tr("PDF &Certificate…")))
    , m_pdfReason(new QLabel) {
    setObjectName(QStringLiteral("certificationsPage"));
    m_list->setSourceModel(m_model);
    m_list->setTree(true);
    m_list->setDescription(tr("Select a certification to see its progress, continuing "
                              "education credits and history."));
    connect(m_list->view()->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &CertificationsPage::onCurrentChanged);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("certificationsSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_list);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({260, 420});
    m_list->setMinimumHeight(200);

    m_pdfButton->setObjectName(QStringLiteral("pdfCertificateButton"));
    m_pdfButton->setAccessibleName(tr("PDF certificate of the selected certification"));
    m_pdfReason->setObjectName(QStringLiteral("pdfCertificateReason"));
    connect(m_pdfButton, &QPushButton::clicked, this,
            [this] { emit pdfCertificateRequested(m_selectedId); });
    updatePdfCertificateAction(nullptr);
    auto *actions = new QHBoxLayout;
    actions->addStretch(1);
    actions->addWidget(m_pdfReason);
    actions->addWidget(m_pdfButton);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->addLayout(actions);
    layout->addWidget(splitter);
}

void CertificationsPage::setAccountData(const domain::AccountData &account) {
    m_details = account.certifications;
    const QString keep = m_selectedId;
    m_model->setAccountData(account);
    m_list->fitColumns();
    // Keep the person's selection across a sync; otherwise open the first certification so the
    // page never starts half empty.
    if (keep.isEmpty() || !selectCertification(keep)) {
        if (!m_details.isEmpty())
            selectCertification(m_details.constFirst().summary.id);
        else
            m_detail->clear();
    }
}

bool CertificationsPage::selectCertification(const QString &certificationId) {
    const QModelIndex source = m_model->indexOf(certificationId);
    const QModelIndex index = m_list->proxy()->mapFromSource(source);
    if (!index.isValid())
        return false;
    m_list->view()->setCurrentIndex(index);
    // Bring the track heading into view too, so the selection reads in context.
    m_list->view()->scrollTo(index.parent());
    m_list->view()->scrollTo(index);
    onCurrentChanged();
    return true;
}

void CertificationsPage::onCurrentChanged() {
    const QModelIndex current = m_list->view()->currentIndex();
    const QString id = current.siblingAtColumn(0).data(itemmodels::IdRole).toString();
    for (const domain::CertificationDetail &detail : std::as_const(m_details)) {
        if (!id.isEmpty() && detail.summary.id == id) {
            m_selectedId = id;
            m_detail->showCertification(detail);
            updatePdfCertificateAction(&detail.summary);
            return;
        }
    }
    if (!m_selectedId.isEmpty() && current.isValid())
        return; // a track row: keep showing the last certification
    m_detail->clear();
    updatePdfCertificateAction(nullptr);
}

void CertificationsPage::updatePdfCertificateAction(const domain::Certification *certification) {
    if (!certification) {
        m_pdfButton->setEnabled(false);
        m_pdfButton->setToolTip(tr("Select a certification first"));
        m_pdfReason->clear();
        return;
    }
    const auto eligibility =
        domain::CertificateEligibility::evaluate(*certification, QDate::currentDate());
    m_pdfButton->setEnabled(eligibility.isEligible());
    m_pdfButton->setToolTip(
        eligibility.isEligible()
            ? tr("Preview, print or save the certificate of %1").arg(certification->acronym)
            : eligibility.reason());
    m_pdfReason->setText(eligibility.reason());
}

} // namespace certtrack::ui
