#pragma once

#include "domain/RecertificationPlan.h"

#include <QAbstractItemModel>
#include <QIcon>

namespace certtrack::itemmodels {

// The recertification planner as a tree: one row per certification (most urgent first) with its
// expiry and days left, and under it one row per way to renew, with what that way still needs
// and the expiry it gives when done today. The certification row's last column says what
// renewing on the expiry day would give, so the cost of renewing early shows beside it.
class RecertificationPlanModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Column { Name, Expires, DaysLeft, Needs, NewExpiry, ColumnCount };

    using QAbstractItemModel::QAbstractItemModel;
    void setPlan(const domain::RecertificationPlan &plan);
    const domain::RecertificationPlan &plan() const { return m_plan; }
    void setFlagIcon(const QIcon &icon) { m_flagIcon = icon; }

    // "pass 200-301", "20 more Cisco CE Credits", "renew CCNP Enterprise (CCNP), which renews
    // this"; ceCreditsLabel names the credits (a generic word when empty).
    static QString needText(const domain::RenewalNeed &need, const QString &ceCreditsLabel);
    static QString needsText(const domain::RenewalOption &option, const QString &ceCreditsLabel);
    // "in 36 days", "today", "tomorrow", "expired 3 days ago".
    static QString daysLeftText(qint64 daysLeft);

    QModelIndex indexOf(const QString &certificationId) const;

    QModelIndex index(int row, int column,
                      const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString entryText(const domain::RecertificationEntry &entry, int column) const;
    QString optionText(const domain::RecertificationEntry &entry,
                       const domain::RenewalOption &option, int column) const;
    QString optionToolTip(const domain::RecertificationEntry &entry,
                          const domain::RenewalOption &option) const;

    domain::RecertificationPlan m_plan;
    QIcon m_flagIcon;
};

} // namespace certtrack::itemmodels
