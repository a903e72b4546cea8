#include "ui/HomePage.h"

#include "domain/RecertificationPlan.h"
#include "itemmodels/CertificationsModel.h"
#include "itemmodels/DisplayFormat.h"
#include "itemmodels/RecertificationPlanModel.h"
#include "ui/TableSection.h"

#include <QFormLayout>
#include <QLabel>
#include <QTreeView>
#include <QVBoxLayout>

namespace certtrack::ui {

HomePage::HomePage(QWidget *parent)
    : AccountPage(parent)
    , m_welcome(new QLabel(this))
    , m_loginId(new QLabel(this))
    , m_email(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_expiryNotice(new QLabel(this))
    , m_certifications(new itemmodels::CertificationsModel(this))
    , m_certificationsSection(
          new TableSection(QStringLiteral("homeCertifications"), tr("Your certifications"), this)) {
    setObjectName(QStringLiteral("homePage"));
    m_welcome->setObjectName(QStringLiteral("homeWelcome"));
    m_welcome->setProperty("role", QStringLiteral("pageTitle"));
    m_loginId->setObjectName(QStringLiteral("homeLoginId"));
    m_email->setObjectName(QStringLiteral("homeEmail"));
    m_summary->setObjectName(QStringLiteral("homeSummary"));
    m_summary->setProperty("role", QStringLiteral("description"));
    m_expiryNotice->setObjectName(QStringLiteral("homeExpiryNotice"));
    m_expiryNotice->setProperty("role", QStringLiteral("note"));
    m_expiryNotice->setAccessibleName(tr("Certifications expiring soon"));
    m_expiryNotice->setWordWrap(true);
    m_expiryNotice->setTextFormat(Qt::RichText);
    m_expiryNotice->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_expiryNotice->hide();
    connect(m_expiryNotice, &QLabel::linkActivated, this, [this](const QString &link) {
        emit recertificationPlannerRequested(
            link.startsWith(QLatin1String("planner:")) ? link.mid(8) : QString());
    });
    for (QLabel *label : {m_loginId, m_email})
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *identity = new QFormLayout;
    identity->setHorizontalSpacing(16);
    identity->addRow(tr("Login ID:"), m_loginId);
    identity->addRow(tr("Email:"), m_email);

    m_certificationsSection->setSourceModel(m_certifications);
    m_certificationsSection->setTree(true);
    QTreeView *view = m_certificationsSection->view();
    view->setColumnHidden(itemmodels::CertificationsModel::Started, true);
    view->setColumnHidden(itemmodels::CertificationsModel::Downloads, true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(12);
    layout->addWidget(m_welcome);
    layout->addLayout(identity);
    layout->addWidget(m_summary);
    layout->addWidget(m_expiryNotice);
    layout->addSpacing(8);
    layout->addWidget(m_certificationsSection, 1);
}

void HomePage::setAccountData(const domain::AccountData &account) {
    const QString name = account.profile.displayName();
    m_welcome->setText(name.isEmpty() ? tr("Welcome") : tr("Welcome, %1").arg(name));
    m_loginId->setText(account.profile.loginId);
    m_email->setText(account.profile.email);
    int active = 0;
    for (const domain::CertificationDetail &c : account.certifications) {
        if (c.summary.status == domain::Certification::Status::Active)
            ++active;
    }
    m_summary->setText(
        tr("Active certifications: %1 of %2").arg(active).arg(account.certifications.size()));
    m_certifications->setAccountData(account);
    m_certificationsSection->fitColumns();

    const QDate today = m_today.isValid() ? m_today : QDate::currentDate();
    const QList<domain::RecertificationEntry> flagged =
        domain::RecertificationPlan::evaluate(account.certifications, today).flagged();
    QStringList lines;
    for (const domain::RecertificationEntry &entry : flagged) {
        lines << tr("<a href=\"planner:%1\">%2</a> expires %3 (%4)")
                     .arg(entry.certificationId.toHtmlEscaped(), entry.name.toHtmlEscaped(),
                          itemmodels::DisplayFormat::date(entry.expires),
                          itemmodels::RecertificationPlanModel::daysLeftText(entry.daysLeft));
    }
    m_expiryNotice->setVisible(!lines.isEmpty());
    if (!lines.isEmpty()) {
        m_expiryNotice->setText(QStringLiteral("<b>%1</b><br>%2<br><a href=\"planner:\">%3</a>")
                                    .arg(tr("Recertification due within %n day(s):", nullptr,
                                            domain::RecertificationPlan::kFlagDays),
                                         lines.join(QStringLiteral("<br>")),
                                         tr("Open the recertification planner")));
    }
}

} // namespace certtrack::ui
