#include "ui/TranscriptsPage.h"

#include "itemmodels/TranscriptsModel.h"
#include "ui/TableSection.h"

#include <QVBoxLayout>

namespace certtrack::ui {

TranscriptsPage::TranscriptsPage(QWidget *parent)
    : AccountPage(parent)
    , m_model(new itemmodels::TranscriptsModel(this))
    , m_section(new TableSection(QStringLiteral("transcripts"), tr("Transcripts"))) {
    setObjectName(QStringLiteral("transcriptsPage"));
    m_section->setSourceModel(m_model);
    m_section->setDescription(
        tr("A transcript lets a third party, such as an employer, verify your certification "
           "status through a link. Hover over a description to see its link."));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->addWidget(m_section);
}

void TranscriptsPage::setAccountData(const domain::AccountData &account) {
    m_model->setAccountData(account);
    m_section->fitColumns();
}

} // namespace certtrack::ui
