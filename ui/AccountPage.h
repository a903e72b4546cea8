#pragma once

#include "domain/AccountData.h"

#include <QWidget>

namespace certtrack::ui {

// One tab of the main window. A page shows the account data it is given (the controller's sync
// fetches it); pages that also act on the server (Personal Info, Certifications' logos,
// Certificates & Plaques, Transcripts) are made with the AccountController and send those
// requests through its services.
class AccountPage : public QWidget {
    Q_OBJECT
public:
    using QWidget::QWidget;

    virtual void setAccountData(const domain::AccountData &account) = 0;
    // Ctrl+F: puts the cursor into the filter field of the table the person is looking at.
    virtual void focusFilter();

protected:
    // A page's title row: large heading and an optional line of explanation.
    QWidget *makeHeading(const QString &title, const QString &description);
};

} // namespace certtrack::ui
