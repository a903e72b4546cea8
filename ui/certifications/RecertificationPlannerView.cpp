#include "ui/certifications/RecertificationPlannerView.h"

#include "itemmodels/RecertificationPlanModel.h"
#include "itemmodels/SortFilterProxyModel.h"
#include "ui/Icons.h"
#include "ui/TableSection.h"

#include <QHeaderView>
#include <QLabel>
#include <QTreeView>
#include <QVBoxLayout>

namespace certtrack::ui {

RecertificationPlannerView::RecertificationPlannerView(QWidget *parent)
    : QWidget(parent)
    , m_model(new itemmodels::RecertificationPlanModel(this))
    , m_section(new TableSection(QStringLiteral("recertificationPlan"),
                                 tr("Recertification planner"), this))
    , m_note(new QLabel(this)) {
    setObjectName(QStringLiteral("recertificationPlanner"));
    m_model->setFlagIcon(Icons::expiryWarning());
    m_section->setSourceModel(m_model);
    m_section->setTree(true);
    m_section->setDescription(
        tr("Most urgent first. Each certification lists every way to renew it, what that way "
           "still needs and the expiry it gives. Certifications expiring within %1 days are "
           "flagged.")
            .arg(domain::RecertificationPlan::kFlagDays));
    m_section->view()->setUniformRowHeights(true);

    m_note->setObjectName(QStringLiteral("recertificationPlanNote"));
    m_note->setProperty("role", QStringLiteral("note"));
    m_note->setWordWrap(true);
    m_note->setText(tr("<b>Renewing early does not add to your current period.</b> A renewal "
                       "counts from the day it is done: the new expiry is the renewal date plus "
                       "the certification's period, so renewing today gives an earlier expiry "
                       "than renewing on the expiry day. Each certification row shows what a "
                       "renewal on its last day would give."));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 12, 0, 0);
    layout->setSpacing(10);
    layout->addWidget(m_note);
    layout->addWidget(m_section, 1);
}

void RecertificationPlannerView::setAccountData(const domain::AccountData &account,
                                                const QDate &today) {
    m_model->setPlan(domain::RecertificationPlan::evaluate(account.certifications, today));
    m_section->view()->expandAll();
    m_section->fitColumns();
}

bool RecertificationPlannerView::selectCertification(const QString &certificationId) {
    const QModelIndex index = m_section->proxy()->mapFromSource(m_model->indexOf(certificationId));
    if (!index.isValid())
        return false;
    m_section->view()->setCurrentIndex(index);
    m_section->view()->scrollTo(index, QAbstractItemView::PositionAtTop);
    return true;
}

} // namespace certtrack::ui
