#include "itemmodels/TranscriptsModel.h"

#include "itemmodels/DisplayFormat.h"
#include "itemmodels/ItemRoles.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace certtrack::itemmodels {

void TranscriptsModel::setTranscripts(const QList<domain::Transcript> &transcripts) {
    replaceRows(int(transcripts.size()), [&] { m_transcripts = transcripts; });
}

QString TranscriptsModel::headerText(int column) const {
    switch (column) {
    case Description:
        return tr("Description");
    case ExpiresAfter:
        return tr("Expires after");
    case DisplayOptions:
        return tr("Display Options");
    case Views:
        return tr("# Views");
    case LastViewed:
        return tr("Last viewed");
    case Remarks:
        return tr("Remarks");
    case Share:
        return tr("Share");
    }
    return {};
}

QString TranscriptsModel::stateText(const domain::Transcript &transcript) const {
    switch (transcript.state) {
    case domain::Transcript::State::Active:
        return tr("Active");
    case domain::Transcript::State::Expired:
        return tr("Expired");
    case domain::Transcript::State::Deactivated:
        return tr("Deactivated");
    }
    return {};
}

QString TranscriptsModel::displayText(int row, int column) const {
    const domain::Transcript &t = m_transcripts.at(row);
    switch (column) {
    case Description:
        return t.description.isEmpty() ? t.displayName : t.description;
    case ExpiresAfter:
        // Expired and deactivated transcripts say so where the date is read.
        return t.state == domain::Transcript::State::Active
                   ? DisplayFormat::date(t.expires)
                   : tr("%1 (%2)").arg(DisplayFormat::date(t.expires), stateText(t));
    case DisplayOptions:
        return t.displayOptionsText();
    case Views:
        return QString::number(t.views);
    case LastViewed:
        return t.lastViewed ? DisplayFormat::instant(*t.lastViewed) : tr("Never");
    case Remarks:
        return t.remarks;
    case Share:
        return t.state == domain::Transcript::State::Active
                   ? tr("Email, link, Facebook, X, LinkedIn")
                   : tr("Not shareable (%1)").arg(stateText(t).toLower());
    }
    return {};
}

QVariant TranscriptsModel::sortValue(int row, int column) const {
    const domain::Transcript &t = m_transcripts.at(row);
    switch (column) {
    case ExpiresAfter:
        return t.expires;
    case Views:
        return t.views;
    case LastViewed:
        return t.lastViewed.value_or(QDateTime::fromSecsSinceEpoch(0, Qt::UTC));
    default:
        return displayText(row, column);
    }
}

QString TranscriptsModel::toolTip(int row, int column) const {
    const domain::Transcript &t = m_transcripts.at(row);
    if (column == Description)
        return tr("%1 · %2 · %3").arg(t.id, stateText(t), t.url);
    return {};
}

QVariant TranscriptsModel::extraData(int row, int column, int role) const {
    const domain::Transcript &t = m_transcripts.at(row);
    if (role == IdRole)
        return t.id;
    if (t.state != domain::Transcript::State::Active) {
        if (role == Qt::ForegroundRole)
            return QBrush(QColor(0xb0, 0x00, 0x20));
        if (role == Qt::FontRole && column == ExpiresAfter) {
            QFont font;
            font.setBold(true);
            return font;
        }
    }
    return {};
}

} // namespace certtrack::itemmodels
