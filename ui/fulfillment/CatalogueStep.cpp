#include "ui/fulfillment/CatalogueStep.h"

#include "itemmodels/CatalogueModel.h"
#include "itemmodels/DisplayFormat.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace certtrack::ui {

CatalogueStep::CatalogueStep(QWidget *parent)
    : QWidget(parent)
    , m_model(new itemmodels::CatalogueModel(this))
    , m_view(new QTreeView(this))
    , m_empty(new QLabel(tr("There is nothing to claim or buy at the moment: kits are offered "
                            "for the certifications you hold."),
                         this))
    , m_tracking(new QCheckBox(this))
    , m_total(new QLabel(this))
    , m_purchase(new QPushButton(tr("&Purchase"), this)) {
    setObjectName(QStringLiteral("catalogueStep"));

    m_view->setObjectName(QStringLiteral("catalogueView"));
    m_view->setAccessibleName(tr("Certification kits"));
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setAlternatingRowColors(true);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(itemmodels::CatalogueModel::Name, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(itemmodels::CatalogueModel::Description,
                                           QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(itemmodels::CatalogueModel::Price,
                                           QHeaderView::ResizeToContents);
    m_view->setMinimumHeight(140);
    // A click anywhere on the row ticks its box, as on the portal's list.
    connect(m_view, &QTreeView::clicked, this, [this](const QModelIndex &index) {
        if (index.column() == itemmodels::CatalogueModel::Name)
            return; // the check box itself handles this column
        const QModelIndex box = index.siblingAtColumn(itemmodels::CatalogueModel::Name);
        const bool checked = box.data(Qt::CheckStateRole).value<Qt::CheckState>() == Qt::Checked;
        m_model->setData(box, checked ? Qt::Unchecked : Qt::Checked, Qt::CheckStateRole);
    });

    m_empty->setObjectName(QStringLiteral("catalogueEmpty"));
    m_empty->setWordWrap(true);
    m_empty->hide();

    m_tracking->setObjectName(QStringLiteral("tracking"));
    m_total->setObjectName(QStringLiteral("catalogueTotal"));
    m_total->setProperty("role", QStringLiteral("sectionTitle"));
    m_total->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_purchase->setObjectName(QStringLiteral("purchase"));
    m_purchase->setAccessibleName(tr("Purchase"));
    m_purchase->setDefault(true);

    auto *notes = new QLabel(
        tr("<b>Note:</b> Initial kits that have not been claimed show at a price of $0.00. "
           "Trackable shipping is available for a fee: check the box next to "
           "\"Tracking\".<br>The following payment methods are available for certificate "
           "purchases: PayPal, Debit Card, Credit Card."),
        this);
    notes->setObjectName(QStringLiteral("catalogueNote"));
    notes->setProperty("role", QStringLiteral("note"));
    notes->setWordWrap(true);

    auto *row = new QHBoxLayout;
    row->addWidget(m_tracking);
    row->addStretch();
    row->addWidget(m_total);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_purchase);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_empty);
    layout->addLayout(row);
    layout->addWidget(notes);
    layout->addLayout(buttons);

    connect(m_model, &itemmodels::CatalogueModel::checkedChanged, this,
            &CatalogueStep::refreshTotals);
    connect(m_tracking, &QCheckBox::toggled, this, &CatalogueStep::refreshTotals);
    connect(m_purchase, &QPushButton::clicked, this, [this] {
        if (m_purchase->isEnabled())
            emit purchaseRequested();
    });
    refreshTotals();
}

void CatalogueStep::setCatalogue(const domain::FulfillmentCatalogue &catalogue) {
    m_model->setCatalogue(catalogue);
    m_view->setVisible(!catalogue.items.isEmpty());
    m_empty->setVisible(catalogue.items.isEmpty());
    // The label is programme data, "Tracking: for Printed Certificates"; the fee goes after
    // its colon, as the portal shows it.
    const QString label = catalogue.trackingLabel.isEmpty()
                              ? tr("Tracking: for Printed Certificates")
                              : catalogue.trackingLabel;
    const qsizetype colon = label.indexOf(QLatin1Char(':'));
    const QString fee = itemmodels::DisplayFormat::money(catalogue.trackingFee);
    m_tracking->setText(colon < 0 ? tr("%1 (%2)").arg(label, fee)
                                  : label.left(colon + 1) + QLatin1Char(' ') + fee +
                                        QLatin1Char(' ') + label.mid(colon + 1).trimmed());
    m_tracking->setAccessibleName(m_tracking->text());
    refreshTotals();
}

QStringList CatalogueStep::checkedIds() const {
    return m_model->checkedIds();
}

bool CatalogueStep::tracking() const {
    return m_tracking->isChecked() && m_model->hasCheckedPrintedCertificate();
}

domain::Money CatalogueStep::total() const {
    return m_model->total(m_tracking->isChecked());
}

void CatalogueStep::setBusy(bool busy) {
    m_busy = busy;
    refreshTotals();
}

void CatalogueStep::refreshTotals() {
    const bool printed = m_model->hasCheckedPrintedCertificate();
    m_tracking->setEnabled(printed && !m_busy);
    m_tracking->setToolTip(printed ? QString()
                                   : tr("Tracking is offered with printed certificates."));
    m_total->setText(tr("Total: %1").arg(itemmodels::DisplayFormat::money(total())));
    m_purchase->setEnabled(!m_model->checkedIds().isEmpty() && !m_busy);
}

} // namespace certtrack::ui
