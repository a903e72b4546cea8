#pragma once

#include "domain/AccountData.h"

#include <QWidget>

class QLabel;

namespace certtrack::itemmodels {
class RecertificationPlanModel;
}

namespace certtrack::ui {

class TableSection;

// The recertification planner: every certification by urgency with its expiry and days left,
// and under it each way to renew, what it still needs and the expiry it gives. A note above
// the table explains the trap: a renewal counts from the day it is done, so renewing early
// pulls the next expiry forward.
class RecertificationPlannerView : public QWidget {
    Q_OBJECT
public:
    explicit RecertificationPlannerView(QWidget *parent = nullptr);

    // The plan as of today (the client's date), from the certifications the server evaluated.
    void setAccountData(const domain::AccountData &account, const QDate &today);
    bool selectCertification(const QString &certificationId);

    TableSection *section() const { return m_section; }
    itemmodels::RecertificationPlanModel *model() const { return m_model; }

private:
    itemmodels::RecertificationPlanModel *m_model;
    TableSection *m_section;
    QLabel *m_note;
};

} // namespace certtrack::ui
