#pragma once

#include "itemmodels/TableModel.h"

#include "domain/AccountData.h"

namespace certtrack::itemmodels {

// Testing History → Exams.
class ExamsModel : public TableModel {
    Q_OBJECT
public:
    enum Column { Code, Name, RegistrationNumber, Grade, Date, Expires, ColumnCount };

    using TableModel::TableModel;
    void setExams(const QList<domain::Exam> &exams);
    void setAccountData(const domain::AccountData &data) { setExams(data.exams); }
    const domain::Exam &exam(int row) const { return m_exams.at(row); }

protected:
    int rows() const override { return int(m_exams.size()); }
    int columns() const override { return ColumnCount; }
    QString headerText(int column) const override;
    QString displayText(int row, int column) const override;
    QVariant sortValue(int row, int column) const override;

private:
    QList<domain::Exam> m_exams;
};

} // namespace certtrack::itemmodels
