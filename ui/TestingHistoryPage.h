#pragma once

#include "ui/AccountPage.h"

class QTabWidget;

namespace certtrack::itemmodels {
class AgreementsModel;
class CeActivitiesModel;
class ExamsModel;
class TransactionsModel;
} // namespace certtrack::itemmodels

namespace certtrack::ui {

class TableSection;

// Testing History: Exams, Agreements (Enter or a double click on one opens its details, as
// the guide's "Click Exam agreements to see agreement details"), CE Activities (expandable, with
// the guide's search box) and E-commerce Transactions.
class TestingHistoryPage : public AccountPage {
    Q_OBJECT
public:
    explicit TestingHistoryPage(QWidget *parent = nullptr);
    void setAccountData(const domain::AccountData &account) override;
    QTabWidget *tabs() const { return m_tabs; }
    // Opens the agreement with this id in its own window; false when there is none.
    bool openAgreement(const QString &agreementId);

private:
    QTabWidget *m_tabs;
    itemmodels::ExamsModel *m_exams;
    itemmodels::AgreementsModel *m_agreements;
    itemmodels::CeActivitiesModel *m_activities;
    itemmodels::TransactionsModel *m_transactions;
    QList<TableSection *> m_sections;
    QList<domain::Agreement> m_agreementList;
};

} // namespace certtrack::ui
