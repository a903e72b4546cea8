#include "itemmodels/ExamsModel.h"

#include "itemmodels/DisplayFormat.h"

namespace certtrack::itemmodels {

void ExamsModel::setExams(const QList<domain::Exam> &exams) {
    replaceRows(int(exams.size()), [&] { m_exams = exams; });
}

QString ExamsModel::headerText(int column) const {
    switch (column) {
    case Code:
        return tr("Code");
    case Name:
        return tr("Exam");
    case RegistrationNumber:
        return tr("Registration number");
    case Grade:
        return tr("Grade");
    case Date:
        return tr("Date");
    case Expires:
        return tr("Expires");
    }
    return {};
}

QString ExamsModel::displayText(int row, int column) const {
    const domain::Exam &e = m_exams.at(row);
    switch (column) {
    case Code:
        return e.code;
    case Name:
        return e.name;
    case RegistrationNumber:
        return e.registrationNumber;
    case Grade:
        return e.grade == domain::Exam::Grade::Pass ? tr("Pass") : tr("Fail");
    case Date:
        return DisplayFormat::date(e.date);
    case Expires:
        return DisplayFormat::expiry(e.expires);
    }
    return {};
}

QVariant ExamsModel::sortValue(int row, int column) const {
    const domain::Exam &e = m_exams.at(row);
    switch (column) {
    case Date:
        return e.date;
    case Expires:
        return DisplayFormat::expirySortKey(e.expires);
    default:
        return displayText(row, column);
    }
}

} // namespace certtrack::itemmodels
