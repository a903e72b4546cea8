#include "ui/certifications/CertificationDetailView.h"

#include "itemmodels/CeCreditsModel.h"
#include "itemmodels/CertificationHistoryModel.h"
#include "itemmodels/DisplayFormat.h"
#include "itemmodels/RequirementProgressModel.h"
#include "ui/Icons.h"
#include "ui/TableSection.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTabWidget>
#include <QTreeView>
#include <QVBoxLayout>

namespace certtrack::ui {

CertificationDetailView::CertificationDetailView(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_status(new QLabel(this))
    , m_placeholder(new QLabel(tr("Select a certification above to see its progress, "
                                  "continuing education credits and history."),
                               this))
    , m_content(new QWidget(this))
    , m_progress(new itemmodels::RequirementProgressModel(this))
    , m_creditsModel(new itemmodels::CeCreditsModel(this))
    , m_historyModel(new itemmodels::CertificationHistoryModel(this))
    , m_progressView(new QTreeView(m_content))
    , m_noProgress(new QLabel(tr("This certification has no requirements to track."), m_content))
    , m_credits(new TableSection(QStringLiteral("ceCredits"), tr("Continuing education credits"),
                                 m_content))
    , m_history(
          new TableSection(QStringLiteral("certificationHistory"), tr("History"), m_content)) {
    setObjectName(QStringLiteral("certificationDetail"));
    m_title->setObjectName(QStringLiteral("certificationTitle"));
    m_title->setProperty("role", QStringLiteral("sectionTitle"));
    m_status->setObjectName(QStringLiteral("certificationStatus"));
    m_status->setProperty("role", QStringLiteral("description"));
    m_placeholder->setProperty("role", QStringLiteral("description"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_noProgress->setProperty("role", QStringLiteral("description"));

    m_progress->setStateIcons(Icons::requirementMet(), Icons::requirementInProgress(),
                              Icons::requirementNotStarted());
    m_progressView->setObjectName(QStringLiteral("requirementProgressView"));
    m_progressView->setAccessibleName(tr("Current progress"));
    m_progressView->setModel(m_progress);
    m_progressView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_progressView->setAlternatingRowColors(true);
    m_progressView->header()->setStretchLastSection(true);

    m_creditsModel->setObjectName(QStringLiteral("ceCreditsModel"));
    m_credits->setSourceModel(m_creditsModel);
    m_history->setSourceModel(m_historyModel);

    auto *progressTitle = new QLabel(tr("Current progress"), m_content);
    progressTitle->setProperty("role", QStringLiteral("sectionTitle"));
    auto *progressHeader = new QHBoxLayout;
    progressHeader->addWidget(progressTitle);
    progressHeader->addStretch(1);
    progressHeader->addWidget(makeLegend());

    auto *progressColumn = new QVBoxLayout;
    progressColumn->addLayout(progressHeader);
    progressColumn->addWidget(m_progressView, 1);
    progressColumn->addWidget(m_noProgress);

    // Credits and history share the column as tabs: stacked, each got a sliver of the height
    // (one row of each at 1024×640); as tabs, the one shown gets all of it.
    m_sideTabs = new QTabWidget(m_content);
    m_sideTabs->setObjectName(QStringLiteral("certificationDetailTabs"));
    m_sideTabs->setDocumentMode(true);
    m_sideTabs->setAccessibleName(tr("Credits and history"));
    m_sideTabs->addTab(m_credits, tr("CE Credits"));
    m_sideTabs->addTab(m_history, tr("History"));
    auto *rightColumn = new QVBoxLayout;
    rightColumn->addWidget(m_sideTabs, 1);

    auto *columns = new QHBoxLayout(m_content);
    columns->setContentsMargins(0, 0, 0, 0);
    columns->setSpacing(18);
    columns->addLayout(progressColumn, 1);
    columns->addLayout(rightColumn, 1);

    m_titleRow = new QHBoxLayout;
    m_titleRow->addWidget(m_title);
    m_titleRow->addWidget(m_status);
    m_titleRow->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addLayout(m_titleRow);
    layout->addWidget(m_placeholder, 1);
    layout->addWidget(m_content, 1);
    clear();
}

void CertificationDetailView::addTitleWidget(QWidget *widget) {
    m_titleRow->addWidget(widget);
}

QWidget *CertificationDetailView::makeLegend() {
    auto *legend = new QWidget(m_content);
    legend->setObjectName(QStringLiteral("requirementLegend"));
    legend->setAccessibleName(tr("Icon legend"));
    auto *layout = new QHBoxLayout(legend);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    const auto addEntry = [&](const QIcon &icon, const QString &text) {
        auto *iconLabel = new QLabel(legend);
        iconLabel->setPixmap(icon.pixmap(QSize(16, 16)));
        layout->addWidget(iconLabel);
        layout->addWidget(new QLabel(text, legend));
        layout->addSpacing(8);
    };
    addEntry(Icons::requirementMet(), tr("Met"));
    addEntry(Icons::requirementInProgress(), tr("In progress"));
    addEntry(Icons::requirementNotStarted(), tr("Not started"));
    return legend;
}

void CertificationDetailView::showCertification(const domain::CertificationDetail &detail) {
    const domain::Certification &c = detail.summary;
    m_title->setText(c.displayName());
    QString status;
    switch (c.status) {
    case domain::Certification::Status::Active:
        status = tr("Active until %1").arg(itemmodels::DisplayFormat::expiry(c.expires));
        break;
    case domain::Certification::Status::Expired:
        status = tr("Expired %1").arg(itemmodels::DisplayFormat::expiry(c.expires));
        break;
    case domain::Certification::Status::Inactive:
        status = tr("Active from %1").arg(itemmodels::DisplayFormat::date(c.active));
        break;
    }
    m_status->setText(QStringLiteral("— ") + status);
    m_progress->setProgress(detail.progress);
    m_progressView->expandAll();
    for (int column = 0; column < m_progress->columnCount() - 1; ++column)
        m_progressView->resizeColumnToContents(column);
    m_progressView->setVisible(detail.progress.has_value());
    m_noProgress->setVisible(!detail.progress.has_value());
    // The guide's heading: the active credits' total with the programme's name for them
    // ("+10 Cisco CE Credits").
    qint64 activePoints = 0;
    for (const domain::CeCredit &credit : detail.ceCredits) {
        if (credit.inactiveDate >= QDate::currentDate() &&
            credit.activeDate <= QDate::currentDate())
            activePoints += credit.points;
    }
    const QString label = detail.ceCreditsLabel.isEmpty() ? tr("Continuing education credits")
                                                          : detail.ceCreditsLabel;
    m_credits->setTitle(activePoints > 0 ? tr("+%1 %2").arg(activePoints).arg(label) : label);
    m_sideTabs->setTabText(0, detail.ceCredits.isEmpty()
                                  ? tr("CE Credits")
                                  : tr("CE Credits (%1)").arg(detail.ceCredits.size()));
    m_sideTabs->setTabText(1, tr("History (%1)").arg(detail.history.size()));
    m_creditsModel->setCredits(detail.ceCredits);
    m_historyModel->setHistory(detail.history);
    m_credits->fitColumns();
    m_history->fitColumns();
    m_placeholder->hide();
    m_content->show();
    m_status->show();
}

void CertificationDetailView::clear() {
    m_title->setText(tr("Certification details"));
    m_status->hide();
    m_progress->setProgress(std::nullopt);
    m_creditsModel->setCredits({});
    m_historyModel->setHistory({});
    m_content->hide();
    m_placeholder->show();
}

} // namespace certtrack::ui
