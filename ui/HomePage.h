#pragma once

#include "ui/AccountPage.h"

class QLabel;

namespace certtrack::itemmodels {
class CertificationsModel;
}

namespace certtrack::ui {

class TableSection;

// Home: who is signed in, a notice for every certification within
// RecertificationPlan::kFlagDays of expiry (its link opens the planner), and every
// certification with its expiry.
class HomePage : public AccountPage {
    Q_OBJECT
public:
    explicit HomePage(QWidget *parent = nullptr);
    void setAccountData(const domain::AccountData &account) override;
    // The day the notice counts from; the client's date unless a test says otherwise.
    void setToday(const QDate &today) { m_today = today; }
    QLabel *expiryNotice() const { return m_expiryNotice; }

signals:
    // The notice's link: show the recertification planner at this certification.
    void recertificationPlannerRequested(const QString &certificationId);

private:
    QLabel *m_welcome;
    QLabel *m_loginId;
    QLabel *m_email;
    QLabel *m_summary;
    QLabel *m_expiryNotice;
    QDate m_today;
    itemmodels::CertificationsModel *m_certifications;
    TableSection *m_certificationsSection;
};

} // namespace certtrack::ui
