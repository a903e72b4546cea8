#pragma once

#include "domain/Certification.h"

#include <QWidget>

class QHBoxLayout;
class QLabel;
class QTabWidget;
class QTreeView;

namespace certtrack::itemmodels {
class CeCreditsModel;
class CertificationHistoryModel;
class RequirementProgressModel;
} // namespace certtrack::itemmodels

namespace certtrack::ui {

class TableSection;

// One certification in detail: the requirement progress tree with its icon legend, the CE
// credits table headed by the server's label ("+10 Cisco CE Credits") and the History list.
class CertificationDetailView : public QWidget {
    Q_OBJECT
public:
    explicit CertificationDetailView(QWidget *parent = nullptr);

    void showCertification(const domain::CertificationDetail &detail);
    void clear();
    // Puts what acts on the shown certification (e.g. its PDF certificate) at the right of its
    // title, where it takes no height of its own.
    void addTitleWidget(QWidget *widget);

    QTreeView *progressView() const { return m_progressView; }
    TableSection *creditsSection() const { return m_credits; }
    TableSection *historySection() const { return m_history; }

private:
    QWidget *makeLegend();

    QLabel *m_title;
    QLabel *m_status;
    QHBoxLayout *m_titleRow = nullptr;
    QLabel *m_placeholder;
    QWidget *m_content;
    itemmodels::RequirementProgressModel *m_progress;
    itemmodels::CeCreditsModel *m_creditsModel;
    itemmodels::CertificationHistoryModel *m_historyModel;
    QTreeView *m_progressView;
    QLabel *m_noProgress;
    TableSection *m_credits;
    TableSection *m_history;
    QTabWidget *m_sideTabs = nullptr; // CE credits | history
};

} // namespace certtrack::ui
