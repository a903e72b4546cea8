#pragma once

#include "domain/Candidate.h"
#include "domain/Programme.h"

#include <QWidget>

class QFormLayout;
class QLabel;

namespace certtrack::ui {

// Personal Info → Identification: under the programme's heading ("Cisco Identifiers" in the
// guide), every id the account is known by, each with a Copy button that puts it on the
// clipboard.
class IdentifiersView : public QWidget {
    Q_OBJECT
public:
    explicit IdentifiersView(QWidget *parent = nullptr);
    void setIdentifiers(const domain::Identifiers &identifiers);
    // The heading is the programme's wording; a programme that sends none gets a plain one.
    void setProgramme(const domain::Programme &programme);
    QLabel *heading() const { return m_heading; }

private:
    QLabel *m_heading;
    QWidget *m_form;
    QFormLayout *m_formLayout;
    QLabel *m_copied;
};

} // namespace certtrack::ui
