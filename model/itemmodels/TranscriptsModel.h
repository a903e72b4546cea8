#pragma once

#include "itemmodels/TableModel.h"

#include "domain/AccountData.h"

namespace certtrack::itemmodels {

// Transcripts: each disclosure of the candidate's status to third parties.
class TranscriptsModel : public TableModel {
    Q_OBJECT
public:
    enum Column {
        Description,
        ExpiresAfter,
        DisplayOptions,
        Views,
        LastViewed,
        Remarks,
        Share, // how it can be shared now: only an active transcript can
        ColumnCount
    };

    using TableModel::TableModel;
    void setTranscripts(const QList<domain::Transcript> &transcripts);
    void setAccountData(const domain::AccountData &data) { setTranscripts(data.transcripts); }

protected:
    int rows() const override { return int(m_transcripts.size()); }
    int columns() const override { return ColumnCount; }
    QString headerText(int column) const override;
    QString displayText(int row, int column) const override;
    QVariant sortValue(int row, int column) const override;
    QString toolTip(int row, int column) const override;
    QVariant extraData(int row, int column, int role) const override;
    bool isNumeric(int column) const override { return column == Views; }

private:
    QString stateText(const domain::Transcript &transcript) const;

    QList<domain::Transcript> m_transcripts;
};

} // namespace certtrack::itemmodels
