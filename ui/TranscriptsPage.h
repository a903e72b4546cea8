#pragma once

#include "ui/AccountPage.h"

namespace certtrack::itemmodels {
class TranscriptsModel;
}

namespace certtrack::ui {

class TableSection;

// Transcripts: the disclosures of certification status to third parties.
class TranscriptsPage : public AccountPage {
    Q_OBJECT
public:
    explicit TranscriptsPage(QWidget *parent = nullptr);
    void setAccountData(const domain::AccountData &account) override;

private:
    itemmodels::TranscriptsModel *m_model;
    TableSection *m_section;
};

} // namespace certtrack::ui
