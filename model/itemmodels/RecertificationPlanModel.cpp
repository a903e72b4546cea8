#include "itemmodels/RecertificationPlanModel.h"

#include "itemmodels/DisplayFormat.h"
#include "itemmodels/ItemRoles.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace certtrack::itemmodels {

// Index scheme: certification rows carry internalId 0, option rows their certification's row + 1.

void RecertificationPlanModel::setPlan(const domain::RecertificationPlan &plan) {
    beginResetModel();
    m_plan = plan;
    endResetModel();
}

QString RecertificationPlanModel::needText(const domain::RenewalNeed &need,
                                           const QString &ceCreditsLabel) {
    using Kind = domain::RenewalNeed::Kind;
    QStringList parts;
    for (const domain::RenewalNeed &part : need.parts)
        parts.append(needText(part, ceCreditsLabel));
    switch (need.kind) {
    case Kind::Exam:
        return tr("pass %1").arg(need.reference.isEmpty() ? need.title : need.reference);
    case Kind::CeCredits:
        return tr("%1 more %2")
            .arg(need.amount)
            .arg(ceCreditsLabel.isEmpty() ? tr("CE credits") : ceCreditsLabel);
    case Kind::Certification:
        return tr("hold %1").arg(need.title);
    case Kind::Renewal:
        return tr("renew %1, which renews this").arg(need.title);
    case Kind::AnyOf:
        return need.amount == 1
                   ? tr("one of: %1").arg(parts.join(QStringLiteral("; ")))
                   : tr("any %1 of: %2").arg(need.amount).arg(parts.join(QStringLiteral("; ")));
    case Kind::AllOf:
        return parts.join(tr(" and "));
    }
    return need.title;
}

QString RecertificationPlanModel::needsText(const domain::RenewalOption &option,
                                            const QString &ceCreditsLabel) {
    if (option.isMet())
        return tr("nothing more: ready to renew");
    QStringList parts;
    for (const domain::RenewalNeed &need : option.needs)
        parts.append(needText(need, ceCreditsLabel));
    return parts.join(tr(" and "));
}

QString RecertificationPlanModel::daysLeftText(qint64 daysLeft) {
    if (daysLeft == 0)
        return tr("expires today");
    if (daysLeft == 1)
        return tr("tomorrow");
    if (daysLeft == -1)
        return tr("expired yesterday");
    if (daysLeft < 0)
        return tr("expired %1 days ago").arg(-daysLeft);
    return tr("in %1 days").arg(daysLeft);
}

QModelIndex RecertificationPlanModel::indexOf(const QString &certificationId) const {
    for (int row = 0; row < m_plan.entries.size(); ++row) {
        if (m_plan.entries.at(row).certificationId == certificationId)
            return createIndex(row, 0, quintptr(0));
    }
    return {};
}

QModelIndex RecertificationPlanModel::index(int row, int column, const QModelIndex &parent) const {
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, quintptr(0));
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex RecertificationPlanModel::parent(const QModelIndex &child) const {
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int RecertificationPlanModel::rowCount(const QModelIndex &parent) const {
    if (!parent.isValid())
        return int(m_plan.entries.size());
    if (parent.internalId() != 0 || parent.column() != 0)
        return 0;
    return int(m_plan.entries.at(parent.row()).options.size());
}

int RecertificationPlanModel::columnCount(const QModelIndex &) const {
    return ColumnCount;
}

QString RecertificationPlanModel::entryText(const domain::RecertificationEntry &entry,
                                            int column) const {
    const bool active = entry.state == domain::RecertificationEntry::State::Active;
    switch (column) {
    case Name:
        return entry.name;
    case Expires:
        return DisplayFormat::date(entry.expires);
    case DaysLeft:
        return daysLeftText(entry.daysLeft);
    case Needs:
        if (!active)
            return tr("Expired: earn it again");
        if (!entry.alsoRenews.isEmpty())
            return tr("Renewing it also renews %1")
                .arg(entry.alsoRenews.join(QStringLiteral(", ")));
        return entry.options.size() == 1 ? tr("One way to renew")
                                         : tr("%1 ways to renew").arg(entry.options.size());
    case NewExpiry:
        return active ? tr("up to %1").arg(DisplayFormat::date(entry.expiryIfRenewedOnLastDay))
                      : QString();
    }
    return {};
}

QString RecertificationPlanModel::optionText(const domain::RecertificationEntry &entry,
                                             const domain::RenewalOption &option,
                                             int column) const {
    switch (column) {
    case Name:
        return option.title;
    case Needs:
        return needsText(option, entry.ceCreditsLabel);
    case NewExpiry:
        return entry.state == domain::RecertificationEntry::State::Active
                   ? tr("%1 if renewed today").arg(DisplayFormat::date(option.newExpiry))
                   : tr("%1 if earned today").arg(DisplayFormat::date(option.newExpiry));
    default:
        return {};
    }
}

QString RecertificationPlanModel::optionToolTip(const domain::RecertificationEntry &entry,
                                                const domain::RenewalOption &option) const {
    if (entry.state != domain::RecertificationEntry::State::Active ||
        !entry.expiryIfRenewedOnLastDay.isValid())
        return {};
    const qint64 lost = option.newExpiry.daysTo(entry.expiryIfRenewedOnLastDay);
    if (lost <= 0)
        return tr("Renewing today loses no time: the new period starts on the expiry day.");
    return tr("A renewal counts from the day it is done, not from the current expiry: renewing "
              "today gives %1, %2 days earlier than renewing on %3 (which gives %4).")
        .arg(DisplayFormat::date(option.newExpiry))
        .arg(lost)
        .arg(DisplayFormat::date(entry.expires),
             DisplayFormat::date(entry.expiryIfRenewedOnLastDay));
}

QVariant RecertificationPlanModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == 0) {
        const domain::RecertificationEntry &entry = m_plan.entries.at(index.row());
        switch (role) {
        case Qt::DisplayRole:
            return entryText(entry, index.column());
        case Qt::AccessibleTextRole:
            return QString(headerData(index.column(), Qt::Horizontal).toString() +
                           QStringLiteral(": ") + entryText(entry, index.column()));
        case SortRole:
            switch (index.column()) {
            case Expires:
            case DaysLeft:
                // Urgency: days left orders active before expired, as the plan does.
                return index.row();
            default:
                return entryText(entry, index.column());
            }
        case IdRole:
            return entry.certificationId;
        case IsGroupRole:
            return false;
        case Qt::DecorationRole:
            return index.column() == Name && entry.flagged ? QVariant(m_flagIcon) : QVariant();
        case Qt::FontRole:
            if (index.column() == Name) {
                QFont font;
                font.setBold(true);
                return font;
            }
            return {};
        case Qt::ForegroundRole:
            if (index.column() == DaysLeft && (entry.flagged || entry.daysLeft < 0))
                return QBrush(entry.daysLeft < 0 ? QColor(0xa3, 0x1f, 0x1f)
                                                 : QColor(0x9a, 0x52, 0x00));
            return {};
        case Qt::ToolTipRole:
            return entry.flagged
                       ? tr("Expires within %1 days").arg(domain::RecertificationPlan::kFlagDays)
                       : QVariant();
        default:
            return {};
        }
    }
    const domain::RecertificationEntry &entry = m_plan.entries.at(int(index.internalId() - 1));
    const domain::RenewalOption &option = entry.options.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return optionText(entry, option, index.column());
    case Qt::AccessibleTextRole:
        return QString(headerData(index.column(), Qt::Horizontal).toString() +
                       QStringLiteral(": ") + optionText(entry, option, index.column()));
    case SortRole:
        return optionText(entry, option, index.column());
    case FixedOrderRole:
        return index.row();
    case IdRole:
        return option.throughCertificationId;
    case IsGroupRole:
        return false;
    case Qt::ToolTipRole:
        return index.column() == NewExpiry ? QVariant(optionToolTip(entry, option)) : QVariant();
    default:
        return {};
    }
}

QVariant RecertificationPlanModel::headerData(int section, Qt::Orientation orientation,
                                              int role) const {
    if (orientation != Qt::Horizontal ||
        (role != Qt::DisplayRole && role != Qt::AccessibleTextRole))
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Certification / way to renew");
    case Expires:
        return tr("Expires");
    case DaysLeft:
        return tr("Days left");
    case Needs:
        return tr("Still needed");
    case NewExpiry:
        return tr("New expiry");
    }
    return {};
}

} // namespace certtrack::itemmodels
