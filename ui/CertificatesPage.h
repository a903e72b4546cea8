#pragma once

#include "ui/AccountPage.h"

namespace certtrack::itemmodels {
class FulfillmentModel;
}

namespace certtrack::ui {

class TableSection;

// Certificates & Plaques: the history and status of printed kits.
class CertificatesPage : public AccountPage {
    Q_OBJECT
public:
    explicit CertificatesPage(QWidget *parent = nullptr);
    void setAccountData(const domain::AccountData &account) override;

private:
    itemmodels::FulfillmentModel *m_model;
    TableSection *m_section;
};

} // namespace certtrack::ui
