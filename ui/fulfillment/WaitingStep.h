#pragma once

#include <QUrl>
#include <QWidget>

class QLabel;
class QPushButton;

namespace certtrack::ui {

// While the checkout page is open in the browser: progress, "Waiting for payment in your
// browser…", and the ways out: open the page again (a closed browser), pay later, abandon.
class WaitingStep : public QWidget {
    Q_OBJECT
public:
    explicit WaitingStep(QWidget *parent = nullptr);

    void setCheckoutUrl(const QUrl &url);
    // No browser took the checkout page: say so and offer its address to copy, instead of
    // waiting for a payment that cannot start. false again once a browser opened it.
    void setBrowserFailed(bool failed);
    void setBusy(bool busy);

signals:
    void reopenRequested();
    void payLaterRequested();
    void abandonRequested();

private:
    QLabel *m_title;
    QLabel *m_explanation;
    QLabel *m_address;
    QPushButton *m_copy;
    QUrl m_url;
    QPushButton *m_reopen;
    QPushButton *m_payLater;
    QPushButton *m_abandon;
};

} // namespace certtrack::ui
