#pragma once

#include "ui/AccountPage.h"

class QLabel;
class QPushButton;
class QSplitter;

namespace certtrack::itemmodels {
class CertificationsModel;
}

namespace certtrack::ui {

class CertificationDetailView;
class TableSection;

// Certifications grouped by track; selecting one shows its detail below.
class CertificationsPage : public AccountPage {
    Q_OBJECT
public:
    explicit CertificationsPage(QWidget *parent = nullptr);
    void setAccountData(const domain::AccountData &account) override;

    TableSection *listSection() const { return m_list; }
    CertificationDetailView *detailView() const { return m_detail; }
    // Selects a certification by id (what a click does); false when there is none.
    bool selectCertification(const QString &certificationId);
    // "PDF Certificate…": enabled only for a certification that may have one, otherwise its
    // tooltip and the text beside it say why not.
    QPushButton *pdfCertificateButton() const { return m_pdfButton; }
    QLabel *pdfCertificateReason() const { return m_pdfReason; }

signals:
    void pdfCertificateRequested(const QString &certificationId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onCurrentChanged();
    // Gives the list the height of its rows (up to about half the page) until the person moves
    // the splitter, and keeps the selection in view with its track heading above it.
    void fitListHeight();
    void revealSelection();
    void updatePdfCertificateAction(const domain::Certification *certification);

    itemmodels::CertificationsModel *m_model;
    TableSection *m_list;
    CertificationDetailView *m_detail;
    QSplitter *m_splitter;
    bool m_splitterMovedByPerson = false;
    QList<domain::CertificationDetail> m_details;
    QString m_selectedId;
    QPushButton *m_pdfButton;
    QLabel *m_pdfReason;
};

} // namespace certtrack::ui
