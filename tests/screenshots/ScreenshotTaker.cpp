#include "ScreenshotTaker.h"

#include "certificate/CertificateContent.h"
#include "certificate/CertificateRenderer.h"
#include "client/AccountController.h"
#include "itemmodels/CatalogueModel.h"
#include "ui/CertificatesPage.h"
#include "ui/MainWindow.h"
#include "ui/SignInDialog.h"
#include "ui/certificate/CertificateDialog.h"
#include "ui/certifications/CertificationAgreementDialog.h"
#include "ui/certifications/CertificationsPage.h"
#include "ui/certifications/LogosDialog.h"
#include "ui/fulfillment/CatalogueStep.h"
#include "ui/fulfillment/FulfillmentDialog.h"
#include "ui/transcripts/ExternalLinks.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QDeadlineTimer>
#include <QDir>
#include <QImage>
#include <QLoggingCategory>
#include <QPainter>
#include <QPixmap>
#include <QPointer>
#include <QTabWidget>
#include <QTimer>

Q_LOGGING_CATEGORY(lcScreenshots, "certtrack.screenshots")

namespace certtrack::screenshots {

ScreenshotTaker::ScreenshotTaker(const QString &directory, client::AccountController *controller,
                                 ui::MainWindow *window, QObject *parent)
    : QObject(parent)
    , m_directory(directory)
    , m_controller(controller)
    , m_window(window) {
    connect(controller, &client::AccountController::syncStateChanged, this,
            &ScreenshotTaker::onSyncState);
    // The sync state may turn Idle just before the synced data lands; watch both.
    connect(controller, &client::AccountController::dataChanged, this,
            &ScreenshotTaker::onSyncState);
}

void ScreenshotTaker::onSyncState() {
    if (m_started || m_controller->syncState() != client::AccountController::SyncState::Idle ||
        !m_controller->lastSynced().isValid())
        return;
    m_started = true;
    // Let layouts settle and the first paint happen before grabbing.
    QTimer::singleShot(400, this, &ScreenshotTaker::takeAll);
}

bool ScreenshotTaker::save(const QPixmap &pixmap, const QString &name) {
    const QString path = QDir(m_directory).filePath(name + QStringLiteral(".png"));
    const bool ok = pixmap.save(path, "PNG");
    if (ok)
        qCInfo(lcScreenshots).noquote() << "saved" << path;
    else
        qCWarning(lcScreenshots).noquote() << "could not save" << path;
    return ok;
}

namespace {

// "CE &Activities" -> "ce-activities"
QString fileKey(QString title) {
    title.remove(QLatin1Char('&'));
    return title.toLower().replace(QLatin1Char(' '), QLatin1Char('-'));
}

} // namespace

void ScreenshotTaker::takeAll() {
    QDir().mkpath(m_directory);
    bool ok = true;
    // Show a certification with credits and history, the detail the guide illustrates.
    if (auto *certifications = qobject_cast<ui::CertificationsPage *>(
            m_window->page(ui::MainWindow::CertificationsTab))) {
        for (const domain::CertificationDetail &detail : m_controller->data().certifications) {
            if (!detail.ceCredits.isEmpty()) {
                certifications->selectCertification(detail.summary.id);
                break;
            }
        }
    }
    QTabWidget *tabs = m_window->tabs();
    for (int tab = 0; tab < tabs->count(); ++tab) {
        tabs->setCurrentIndex(tab);
        QApplication::processEvents();
        const QString name = QStringLiteral("%1-%2")
                                 .arg(tab + 1, 2, 10, QLatin1Char('0'))
                                 .arg(ui::MainWindow::tabKey(tab));
        ok = save(m_window->grab(), name) && ok;
        // Pages with sections of their own get one picture per further section.
        const auto subTabs = tabs->widget(tab)->findChildren<QTabWidget *>();
        for (QTabWidget *sub : subTabs) {
            for (int index = 1; index < sub->count(); ++index) {
                sub->setCurrentIndex(index);
                QApplication::processEvents();
                ok = save(m_window->grab(),
                          name + QLatin1Char('-') + fileKey(sub->tabText(index))) &&
                     ok;
            }
            sub->setCurrentIndex(0);
        }
    }
    // The Certifications tab's sub-navigation opens these two dialogs.
    tabs->setCurrentIndex(ui::MainWindow::CertificationsTab);
    ui::CertificationAgreementDialog agreement(m_controller->data().agreements, m_window);
    agreement.show();
    QApplication::processEvents();
    ok = save(agreement.grab(), QStringLiteral("certification-agreement")) && ok;
    agreement.hide();
    ui::LogosDialog logos(m_controller, m_window);
    logos.show();
    QApplication::processEvents();
    ok = save(logos.grab(), QStringLiteral("download-logos")) && ok;
    logos.hide();
    tabs->setCurrentIndex(0);
    ok = takeCertificate() && ok;

    ui::SignInDialog dialog(m_controller, m_window);
    dialog.setEndpoint(m_controller->endpoint());
    dialog.setLoginId(m_controller->loginId());
    dialog.adjustSize();
    dialog.show();
    QApplication::processEvents();
    ok = save(dialog.grab(), QStringLiteral("00-sign-in")) && ok;
    dialog.hide();
    m_ok = ok;
    takeFulfillment();
}

bool ScreenshotTaker::takeCertificate() {
    const domain::AccountData &account = m_controller->data();
    for (const domain::CertificationDetail &detail : account.certifications) {
        if (detail.summary.acronym != QLatin1String("CCNA"))
            continue;
        const certificate::CertificateContent content = certificate::CertificateContent::from(
            account.profile, detail.summary, m_controller->endpoint().baseUrl);
        // A4 landscape at about 110 dots per inch, drawn in tenths of a millimetre.
        const QSizeF paperMm(297, 210);
        QImage page(1287, 910, QImage::Format_RGB32);
        page.fill(Qt::white);
        {
            QPainter painter(&page);
            painter.setRenderHint(QPainter::Antialiasing);
            painter.setRenderHint(QPainter::TextAntialiasing);
            painter.scale(page.width() / (paperMm.width() * 10),
                          page.height() / (paperMm.height() * 10));
            certificate::CertificateRenderer(content).paint(&painter, paperMm);
        }
        bool ok = save(QPixmap::fromImage(page), QStringLiteral("certificate"));
        ui::CertificateDialog dialog(content, m_window);
        dialog.resize(960, 720);
        dialog.show();
        QApplication::processEvents();
        ok = save(dialog.grab(), QStringLiteral("certificate-dialog")) && ok;
        dialog.hide();
        return ok;
    }
    qCWarning(lcScreenshots) << "the demo account has no CCNA certificate";
    return false;
}

void ScreenshotTaker::when(const std::function<bool()> &ready, const std::function<void()> &next) {
    auto *timer = new QTimer(this);
    const QDeadlineTimer deadline(20000);
    connect(timer, &QTimer::timeout, this, [this, timer, deadline, ready, next] {
        if (ready()) {
            timer->stop();
            timer->deleteLater();
            // One more turn so the new step is laid out and painted before it is grabbed.
            QTimer::singleShot(300, this, next);
        } else if (deadline.hasExpired()) {
            timer->stop();
            timer->deleteLater();
            qCWarning(lcScreenshots) << "the fulfillment dialog did not get there in time";
            emit finished(1);
        }
    });
    timer->start(100);
}

namespace {

using Step = ui::FulfillmentDialog::Step;

void tick(ui::FulfillmentDialog *dialog, const QString &name) {
    itemmodels::CatalogueModel *model = dialog->catalogueStep()->model();
    for (const domain::CatalogueItem &item : model->catalogue().items) {
        if (item.name == name)
            model->setChecked(item.id, true);
    }
}

void press(QWidget *root, const char *button) {
    if (auto *widget = root->findChild<QAbstractButton *>(QString::fromLatin1(button)))
        widget->click();
}

} // namespace

void ScreenshotTaker::takeFulfillment() {
    auto *page =
        qobject_cast<ui::CertificatesPage *>(m_window->page(ui::MainWindow::CertificatesTab));
    if (!page) {
        emit finished(1);
        return;
    }
    m_window->tabs()->setCurrentIndex(ui::MainWindow::CertificatesTab);
    page->claimAndPurchase();
    QPointer<ui::FulfillmentDialog> dialog = page->dialog();
    if (!dialog) {
        emit finished(1);
        return;
    }
    // A paid order, as the guide's "Purchase Additional Certification Kit(s)" shows it.
    when([dialog] { return !dialog || !dialog->isBusy(); },
         [this, dialog] {
             if (!dialog) {
                 emit finished(1);
                 return;
             }
             tick(dialog, QStringLiteral("CCENT Certificate"));
             if (auto *tracking = dialog->findChild<QCheckBox *>(QStringLiteral("tracking")))
                 tracking->setChecked(true);
             QApplication::processEvents();
             m_ok = save(dialog->grab(), QStringLiteral("fulfillment-catalogue")) && m_ok;
             press(dialog, "purchase");
             when([dialog] { return !dialog || dialog->step() == Step::Shipping; },
                  [this, dialog] {
                      if (!dialog) {
                          emit finished(1);
                          return;
                      }
                      m_ok = save(dialog->grab(), QStringLiteral("fulfillment-shipping")) && m_ok;
                      press(dialog, "confirmShipping");
                      when([dialog] { return !dialog || dialog->step() == Step::Payment; },
                           [this, dialog] {
                               if (!dialog) {
                                   emit finished(1);
                                   return;
                               }
                               press(dialog, "methodPayPal");
                               QApplication::processEvents();
                               m_ok = save(dialog->grab(), QStringLiteral("fulfillment-payment")) &&
                                      m_ok;
                               payAndWait(dialog);
                           });
                  });
         });
}

void ScreenshotTaker::payAndWait(ui::FulfillmentDialog *dialog) {
    // The checkout page would open in a real browser: only its address is noted while the
    // dialog waits for the payment.
    ui::ExternalLinks::setHandlerForTests([](const QUrl &url) {
        qCInfo(lcScreenshots).noquote() << "checkout page not opened:" << url.toString();
    });
    press(dialog, "pay");
    QPointer<ui::FulfillmentDialog> guarded(dialog);
    when([guarded] { return !guarded || guarded->step() == Step::Waiting; },
         [this, guarded] {
             ui::ExternalLinks::setHandlerForTests({});
             if (!guarded) {
                 emit finished(1);
                 return;
             }
             m_ok = save(guarded->grab(), QStringLiteral("fulfillment-waiting")) && m_ok;
             // The order waits unpaid in the demo server's history, as after "Pay later".
             guarded->reject();
             claimFreeKit();
         });
}

void ScreenshotTaker::claimFreeKit() {
    auto *page =
        qobject_cast<ui::CertificatesPage *>(m_window->page(ui::MainWindow::CertificatesTab));
    page->claimAndPurchase();
    QPointer<ui::FulfillmentDialog> dialog = page->dialog();
    // The guide's "Claim Initial Certification Kit": the $0.00 kit, straight to its confirmation.
    when([dialog] { return !dialog || !dialog->isBusy(); },
         [this, dialog] {
             if (!dialog) {
                 emit finished(1);
                 return;
             }
             tick(dialog, QStringLiteral("CCNA Certificate"));
             press(dialog, "purchase");
             when([dialog] { return !dialog || dialog->step() == Step::Shipping; },
                  [this, dialog] {
                      if (!dialog) {
                          emit finished(1);
                          return;
                      }
                      press(dialog, "confirmShipping");
                      when([dialog] { return !dialog || dialog->step() == Step::Confirmation; },
                           [this, dialog] {
                               if (!dialog) {
                                   emit finished(1);
                                   return;
                               }
                               m_ok = save(dialog->grab(),
                                           QStringLiteral("fulfillment-confirmation")) &&
                                      m_ok;
                               dialog->accept();
                               m_window->tabs()->setCurrentIndex(0);
                               emit finished(m_ok ? 0 : 1);
                           });
                  });
         });
}

} // namespace certtrack::screenshots
