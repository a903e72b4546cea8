#pragma once

#include "ui/AccountPage.h"

namespace certtrack::itemmodels {
class CertificationsModel;
}

namespace certtrack::ui {

class CertificationDetailView;
class TableSection;

// Certifications grouped by track; selecting one shows its detail below.
class CertificationsPage : public AccountPage {
    Q_OBJECT
public:
    explicit CertificationsPage(QWidget *parent = nullptr);
    void setAccountData(const domain::AccountData &account) override;

    TableSection *listSection() const { return m_list; }
    CertificationDetailView *detailView() const { return m_detail; }
    // Selects a certification by id (what a click does); false when there is none.
    bool selectCertification(const QString &certificationId);

private:
    void onCurrentChanged();

    itemmodels::CertificationsModel *m_model;
    TableSection *m_list;
    CertificationDetailView *m_detail;
    QList<domain::CertificationDetail> m_details;
    QString m_selectedId;
};

} // namespace certtrack::ui
