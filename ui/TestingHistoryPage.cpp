#include "ui/TestingHistoryPage.h"

#include "itemmodels/AgreementsModel.h"
#include "itemmodels/CeActivitiesModel.h"
#include "itemmodels/ExamsModel.h"
#include "itemmodels/ItemRoles.h"
#include "itemmodels/TransactionsModel.h"
#include "ui/TableSection.h"
#include "ui/certifications/CertificationAgreementDialog.h"

#include <QTabWidget>
#include <QTreeView>
#include <QVBoxLayout>

namespace certtrack::ui {

TestingHistoryPage::TestingHistoryPage(QWidget *parent)
    : AccountPage(parent)
    , m_tabs(new QTabWidget(this))
    , m_exams(new itemmodels::ExamsModel(this))
    , m_agreements(new itemmodels::AgreementsModel(this))
    , m_activities(new itemmodels::CeActivitiesModel(this))
    , m_transactions(new itemmodels::TransactionsModel(this)) {
    setObjectName(QStringLiteral("testingHistoryPage"));
    m_tabs->setObjectName(QStringLiteral("testingHistoryTabs"));
    m_tabs->setAccessibleName(tr("Testing history sections"));
    m_tabs->setDocumentMode(true);

    const auto addSection = [this](const QString &name, const QString &title,
                                   QAbstractItemModel *model, const QString &tabTitle) {
        auto *section = new TableSection(name, title);
        section->setSourceModel(model);
        auto *page = new QWidget;
        auto *layout = new QVBoxLayout(page);
        layout->setContentsMargins(14, 14, 14, 14);
        layout->addWidget(section);
        m_tabs->addTab(page, tabTitle);
        m_sections.append(section);
        return section;
    };
    addSection(QStringLiteral("exams"), tr("Exams"), m_exams, tr("E&xams"))
        ->setDescription(tr("Click a column heading to sort in ascending or descending order."));
    TableSection *agreements =
        addSection(QStringLiteral("agreements"), tr("Certification agreements"), m_agreements,
                   tr("A&greements"));
    agreements->setDescription(tr("Double-click an agreement, or press Enter on it, to read it."));
    connect(agreements->view(), &QAbstractItemView::activated, this,
            [this](const QModelIndex &index) {
                openAgreement(index.siblingAtColumn(0).data(itemmodels::IdRole).toString());
            });
    TableSection *activities =
        addSection(QStringLiteral("ceActivities"), tr("Continuing education activities"),
                   m_activities, tr("CE Acti&vities"));
    activities->setFilterPlaceholder(tr("Search"));
    activities->setTree(true);
    activities->setSpanDetailRows(true);
    addSection(QStringLiteral("transactions"), tr("E-commerce transactions"), m_transactions,
               tr("E-co&mmerce Transactions"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 10, 10, 10);
    layout->addWidget(m_tabs);
}

bool TestingHistoryPage::openAgreement(const QString &agreementId) {
    for (const domain::Agreement &agreement : std::as_const(m_agreementList)) {
        if (agreement.id != agreementId)
            continue;
        auto *dialog = new CertificationAgreementDialog({agreement}, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
        return true;
    }
    return false;
}

void TestingHistoryPage::setAccountData(const domain::AccountData &account) {
    m_agreementList = account.agreements;
    m_exams->setAccountData(account);
    m_agreements->setAccountData(account);
    m_activities->setAccountData(account);
    m_transactions->setAccountData(account);
    for (TableSection *section : std::as_const(m_sections))
        section->fitColumns();
}

} // namespace certtrack::ui
