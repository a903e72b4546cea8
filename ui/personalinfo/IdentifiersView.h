#pragma once

#include "domain/Candidate.h"

#include <QWidget>

class QFormLayout;
class QLabel;

namespace certtrack::ui {

// Personal Info → Identification: every id the account is known by, each with a Copy button
// that puts it on the clipboard.
class IdentifiersView : public QWidget {
    Q_OBJECT
public:
    explicit IdentifiersView(QWidget *parent = nullptr);
    void setIdentifiers(const domain::Identifiers &identifiers);

private:
    QWidget *m_form;
    QFormLayout *m_formLayout;
    QLabel *m_copied;
};

} // namespace certtrack::ui
