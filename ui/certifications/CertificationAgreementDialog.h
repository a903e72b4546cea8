#pragma once

#include "domain/TestingHistory.h"

#include <QDialog>

class QLabel;
class QTextBrowser;

namespace certtrack::ui {

// Certifications → Certification Agreement: the agreement in force (the latest the candidate
// accepted) with its name, version, date and full text, as the programme sent them.
class CertificationAgreementDialog : public QDialog {
    Q_OBJECT
public:
    explicit CertificationAgreementDialog(const QList<domain::Agreement> &agreements,
                                          QWidget *parent = nullptr);

    // The latest agreement by its active date; nullptr when there is none.
    static const domain::Agreement *current(const QList<domain::Agreement> &agreements);

private:
    QLabel *m_heading;
    QLabel *m_details;
    QTextBrowser *m_text;
};

} // namespace certtrack::ui
