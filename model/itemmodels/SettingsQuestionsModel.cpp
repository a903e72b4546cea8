#include "itemmodels/SettingsQuestionsModel.h"

#include "itemmodels/ItemRoles.h"

namespace certtrack::itemmodels {

void SettingsQuestionsModel::setSettings(const domain::Settings &settings) {
    replaceRows(int(settings.questions.size()), [&] { m_settings = settings; });
}

QString SettingsQuestionsModel::headerText(int column) const {
    switch (column) {
    case Title:
        return tr("Setting");
    case Question:
        return tr("Question");
    case Answer:
        return tr("Answer");
    }
    return {};
}

QString SettingsQuestionsModel::displayText(int row, int column) const {
    const domain::SettingsQuestion &q = m_settings.questions.at(row);
    switch (column) {
    case Title:
        return q.required ? q.title + QStringLiteral(" *") : q.title;
    case Question:
        return q.text;
    case Answer:
        if (!q.answer)
            return q.required ? tr("Required — not answered") : tr("Not answered");
        return *q.answer ? tr("Yes") : tr("No");
    }
    return {};
}

QString SettingsQuestionsModel::toolTip(int row, int column) const {
    if (column == Question || column == Title)
        return m_settings.questions.at(row).text;
    return {};
}

QVariant SettingsQuestionsModel::extraData(int row, int, int role) const {
    if (role == IdRole)
        return m_settings.questions.at(row).id;
    return {};
}

} // namespace certtrack::itemmodels
