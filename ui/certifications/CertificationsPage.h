#pragma once

#include "ui/AccountPage.h"

class QLabel;
class QMenu;
class QModelIndex;
class QPushButton;
class QSplitter;
class QTabWidget;
class QToolButton;

namespace certtrack::client {
class AccountController;
}

namespace certtrack::itemmodels {
class CertificationsModel;
}

namespace certtrack::ui {

class CertificationDetailView;
class LinkCellDelegate;
class RecertificationPlannerView;
class TableSection;

// Certifications grouped by track (expired and inactive ones in their own collapsed groups);
// selecting one shows its detail below. A second tab holds the recertification planner; above
// both, the portal's sub-navigation opens the Certification Agreement and Download Logos.
class CertificationsPage : public AccountPage {
    Q_OBJECT
public:
    // Download Logos talks to the server through controller (null: a page that only shows).
    explicit CertificationsPage(client::AccountController *controller, QWidget *parent = nullptr);
    void setAccountData(const domain::AccountData &account) override;

    TableSection *listSection() const { return m_list; }
    CertificationDetailView *detailView() const { return m_detail; }
    // Selects a certification by id (what a click does); false when there is none.
    bool selectCertification(const QString &certificationId);
    // "PDF Certificate…": enabled only for a certification that may have one, otherwise its
    // tooltip and the text beside it say why not.
    QPushButton *pdfCertificateButton() const { return m_pdfButton; }
    QLabel *pdfCertificateReason() const { return m_pdfReason; }
    // The programme's note above the list (the guide's Partner Requirements note); hidden when
    // the programme sends none.
    QLabel *programmeNotice() const { return m_notice; }

    QTabWidget *subTabs() const { return m_tabs; }
    RecertificationPlannerView *plannerView() const { return m_planner; }
    QToolButton *agreementButton() const { return m_agreementButton; }
    QToolButton *logosButton() const { return m_logosButton; }
    // Shows the planner, with a certification selected when its id is given.
    void showPlanner(const QString &certificationId = {});
    // The dialogs the sub-navigation opens (window-modal, without blocking the caller).
    void openAgreement();
    void openLogos();
    // What a certification's context menu offers: its PDF certificate (when it may have one),
    // Download Logos, and its ways to renew in the planner. Deletes itself once closed; null for
    // an unknown id.
    QMenu *certificationMenu(const QString &certificationId);

signals:
    void pdfCertificateRequested(const QString &certificationId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onCurrentChanged();
    void showContextMenu(const QPoint &position);
    // A click on the Downloads column's "Logo" or "PDF Certificate".
    void openDownload(const QModelIndex &index, const QString &key);
    // Gives the list the height of its rows (up to about half the page) until the person moves
    // the splitter, and keeps the selection in view with its track heading above it.
    void fitListHeight();
    void revealSelection();
    void updatePdfCertificateAction(const domain::Certification *certification);
    void collapseStatusGroups();
    QWidget *makeSubNavigation();

    itemmodels::CertificationsModel *m_model;
    TableSection *m_list;
    CertificationDetailView *m_detail;
    QSplitter *m_splitter;
    LinkCellDelegate *m_links = nullptr;
    bool m_splitterMovedByPerson = false;
    QList<domain::CertificationDetail> m_details;
    QString m_selectedId;
    QPushButton *m_pdfButton;
    QLabel *m_pdfReason;
    QLabel *m_notice;
    QTabWidget *m_tabs;
    RecertificationPlannerView *m_planner;
    QToolButton *m_agreementButton;
    QToolButton *m_logosButton;
    client::AccountController *m_controller;
    domain::AccountData m_account;
};

} // namespace certtrack::ui
