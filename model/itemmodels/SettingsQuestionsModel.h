#pragma once

#include "itemmodels/TableModel.h"

#include "domain/AccountData.h"

namespace certtrack::itemmodels {

// Personal Info → Settings: the programme's questions in its own wording, and the answers.
class SettingsQuestionsModel : public TableModel {
    Q_OBJECT
public:
    enum Column { Title, Question, Answer, ColumnCount };

    using TableModel::TableModel;
    void setSettings(const domain::Settings &settings);
    void setAccountData(const domain::AccountData &data) { setSettings(data.settings); }
    const domain::Settings &settings() const { return m_settings; }

protected:
    int rows() const override { return int(m_settings.questions.size()); }
    int columns() const override { return ColumnCount; }
    QString headerText(int column) const override;
    QString displayText(int row, int column) const override;
    QString toolTip(int row, int column) const override;
    QVariant extraData(int row, int column, int role) const override;

private:
    domain::Settings m_settings;
};

} // namespace certtrack::itemmodels
