#include "itemmodels/CertificationHistoryModel.h"

#include "itemmodels/DisplayFormat.h"

namespace certtrack::itemmodels {

void CertificationHistoryModel::setHistory(const QList<domain::HistoryEntry> &history) {
    replaceRows(int(history.size()), [&] { m_history = history; });
}

QString CertificationHistoryModel::headerText(int column) const {
    return column == Date ? tr("Date") : tr("Event");
}

QString CertificationHistoryModel::displayText(int row, int column) const {
    const domain::HistoryEntry &h = m_history.at(row);
    return column == Date ? DisplayFormat::date(h.date) : h.text;
}

QVariant CertificationHistoryModel::sortValue(int row, int column) const {
    if (column == Date)
        return m_history.at(row).date;
    return displayText(row, column);
}

} // namespace certtrack::itemmodels
