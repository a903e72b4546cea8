#pragma once

#include "ui/AccountPage.h"

class QLabel;

namespace certtrack::itemmodels {
class CertificationsModel;
}

namespace certtrack::ui {

class TableSection;

// Home: who is signed in and every certification with its expiry.
class HomePage : public AccountPage {
    Q_OBJECT
public:
    explicit HomePage(QWidget *parent = nullptr);
    void setAccountData(const domain::AccountData &account) override;

private:
    QLabel *m_welcome;
    QLabel *m_loginId;
    QLabel *m_email;
    QLabel *m_summary;
    itemmodels::CertificationsModel *m_certifications;
    TableSection *m_certificationsSection;
};

} // namespace certtrack::ui
