#include "ScreenshotTaker.h"

#include "Script.h"
#include "certificate/CertificateContent.h"
#include "certificate/CertificateRenderer.h"
#include "client/AccountController.h"
#include "itemmodels/CatalogueModel.h"
#include "ui/BadgesPage.h"
#include "ui/CertificatesPage.h"
#include "ui/ExternalLinks.h"
#include "ui/HelpDialog.h"
#include "ui/MainWindow.h"
#include "ui/badges/BadgeDetailDialog.h"
#include "ui/certificate/CertificateDialog.h"
#include "ui/certifications/CertificationAgreementDialog.h"
#include "ui/certifications/CertificationsPage.h"
#include "ui/certifications/LogosDialog.h"
#include "ui/fulfillment/CatalogueStep.h"
#include "ui/fulfillment/FulfillmentDialog.h"

#include <QAbstractButton>
#include <QAction>
#include <QCheckBox>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QLineEdit>
#include <QListView>
#include <QLoggingCategory>
#include <QMenu>
#include <QPainter>
#include <QPixmap>
#include <QRegularExpression>
#include <QTabWidget>

Q_LOGGING_CATEGORY(lcScreenshots, "certtrack.screenshots")

namespace certtrack::screenshots {

ScreenshotTaker::ScreenshotTaker(const QString &directory, client::AccountController *controller,
                                 ui::MainWindow *window, QObject *parent)
    : QObject(parent)
    , m_directory(directory)
    , m_controller(controller)
    , m_window(window)
    , m_script(new Script(this)) {
    connect(controller, &client::AccountController::syncStateChanged, this,
            &ScreenshotTaker::onSyncState);
    // The sync state may turn Idle just before the synced data lands; watch both.
    connect(controller, &client::AccountController::dataChanged, this,
            &ScreenshotTaker::onSyncState);
    connect(m_script, &Script::finished, this, [this](bool succeeded) {
        ui::ExternalLinks::setHandlerForTests({});
        emit finished(succeeded && m_ok ? 0 : 1);
    });
}

void ScreenshotTaker::onSyncState() {
    if (m_started || m_controller->syncState() != client::AccountController::SyncState::Idle ||
        !m_controller->lastSynced().isValid())
        return;
    m_started = true;
    takeAll();
}

void ScreenshotTaker::takeAll() {
    QDir().mkpath(m_directory);
    // The main window's pictures come first, while the demo data is as seeded.
    addTabs();
    addWindowSizes();
    addHelp();
    addCertificationDialogs();
    addCertificate();
    addSignIn();
    addPersonalInfo();
    addTranscripts();
    addFulfillment();
    addBadges();
    addVerification();
    addRecords();
    m_script->add(QStringLiteral("back home"),
                  [this] { m_window->tabs()->setCurrentIndex(ui::MainWindow::HomeTab); });
    m_script->start();
}

bool ScreenshotTaker::save(const QPixmap &pixmap, const QString &name) {
    const QString path = QDir(m_directory).filePath(name + QStringLiteral(".png"));
    QDir().mkpath(QFileInfo(path).absolutePath());
    const bool ok = pixmap.save(path, "PNG");
    if (ok)
        qCInfo(lcScreenshots).noquote() << "saved" << path;
    else
        qCWarning(lcScreenshots).noquote() << "could not save" << path;
    return ok;
}

void ScreenshotTaker::shot(const QString &name, std::function<QWidget *()> widget) {
    m_script->add(QStringLiteral("save %1").arg(name), [this, name, widget] {
        if (QWidget *target = widget())
            m_ok = save(target->grab(), name) && m_ok;
        else
            m_script->fail(QStringLiteral("nothing to save as %1").arg(name));
    });
}

void ScreenshotTaker::dialogShot(const QString &name, std::function<QWidget *()> make) {
    m_script->add(QStringLiteral("open the dialog of %1").arg(name), [this, make] {
        m_dialog = make();
        m_dialog->show();
    });
    shot(name, [this] { return m_dialog.data(); });
    m_script->add(QStringLiteral("close the dialog of %1").arg(name), [this] {
        if (m_dialog)
            m_dialog->deleteLater();
    });
}

void ScreenshotTaker::failMissing(const char *name) {
    m_script->fail(QStringLiteral("no widget named %1").arg(QLatin1String(name)));
}

void ScreenshotTaker::click(QObject *root, const char *button) {
    if (auto *widget = find<QAbstractButton>(root, button))
        widget->click();
}

void ScreenshotTaker::type(QObject *root, const char *lineEdit, const QString &text) {
    if (auto *edit = find<QLineEdit>(root, lineEdit)) {
        // As typed: replaces what is there and emits textEdited.
        edit->setFocus();
        edit->selectAll();
        edit->insert(text);
    }
}

namespace {

// "CE &Activities" -> "ce-activities", "History (3)" -> "history": a count is not a name.
QString fileKey(QString title) {
    title.remove(QLatin1Char('&'));
    title.remove(QRegularExpression(QStringLiteral("\\s*\\(\\d+\\)")));
    return title.trimmed().toLower().replace(QLatin1Char(' '), QLatin1Char('-'));
}

} // namespace

void ScreenshotTaker::addTabs() {
    // Show a certification with credits and history, the detail the guide illustrates.
    m_script->add(QStringLiteral("select a certification with credits"), [this] {
        auto *certifications = qobject_cast<ui::CertificationsPage *>(
            m_window->page(ui::MainWindow::CertificationsTab));
        for (const domain::CertificationDetail &detail : m_controller->data().certifications) {
            if (certifications && !detail.ceCredits.isEmpty()) {
                certifications->selectCertification(detail.summary.id);
                break;
            }
        }
    });
    QTabWidget *tabs = m_window->tabs();
    const auto whole = [this] { return static_cast<QWidget *>(m_window); };
    for (int tab = 0; tab < tabs->count(); ++tab) {
        const QString name = QStringLiteral("%1-%2")
                                 .arg(tab + 1, 2, 10, QLatin1Char('0'))
                                 .arg(ui::MainWindow::tabKey(tab));
        m_script->add(QStringLiteral("show tab %1").arg(name),
                      [tabs, tab] { tabs->setCurrentIndex(tab); });
        shot(name, whole);
        // Pages with sections of their own get one picture per further section (page() builds a
        // page not shown yet, to know its sections now).
        const auto sections =
            m_window->page(static_cast<ui::MainWindow::Tab>(tab))->findChildren<QTabWidget *>();
        for (QTabWidget *sub : sections) {
            for (int index = 1; index < sub->count(); ++index) {
                const QString section = name + QLatin1Char('-') + fileKey(sub->tabText(index));
                m_script->add(QStringLiteral("show section %1").arg(section),
                              [sub, index] { sub->setCurrentIndex(index); });
                shot(section, whole);
            }
            m_script->add(QStringLiteral("back to the first section of %1").arg(name),
                          [sub] { sub->setCurrentIndex(0); });
        }
    }
}

void ScreenshotTaker::addWindowSizes() {
    const auto whole = [this] { return static_cast<QWidget *>(m_window); };
    const QSize normal = m_window->size();
    for (const QSize size : {QSize(1024, 640), QSize(1920, 1080)}) {
        const QString suffix = QStringLiteral("%1x%2").arg(size.width()).arg(size.height());
        m_script->add(QStringLiteral("resize to %1").arg(suffix),
                      [this, size] { m_window->resize(size); });
        QTabWidget *tabs = m_window->tabs();
        for (int tab = 0; tab < tabs->count(); ++tab) {
            const QString name = QStringLiteral("sizes/%1-%2-%3")
                                     .arg(tab + 1, 2, 10, QLatin1Char('0'))
                                     .arg(ui::MainWindow::tabKey(tab), suffix);
            m_script->add(QStringLiteral("show tab %1").arg(name),
                          [tabs, tab] { tabs->setCurrentIndex(tab); });
            shot(name, whole);
        }
    }
    m_script->add(QStringLiteral("back to the usual size"), [this, normal] {
        m_window->resize(normal);
        m_window->tabs()->setCurrentIndex(ui::MainWindow::HomeTab);
    });
}

void ScreenshotTaker::addHelp() {
    // F1 on the Certifications tab: the guide opens at its section, beside the window.
    m_script->add(QStringLiteral("open the help at Certifications"), [this] {
        m_window->tabs()->setCurrentIndex(ui::MainWindow::CertificationsTab);
        if (auto *help = find<QAction>(m_window, "helpAction"))
            help->trigger();
    });
    shot(QStringLiteral("help"), [this] { return m_window->findChild<ui::HelpDialog *>(); });
    m_script->add(QStringLiteral("close the help"), [this] {
        if (auto *help = m_window->findChild<ui::HelpDialog *>())
            help->close();
    });
}

void ScreenshotTaker::addCertificationDialogs() {
    // The Certifications tab's sub-navigation opens these two dialogs.
    m_script->add(QStringLiteral("show the Certifications tab"),
                  [this] { m_window->tabs()->setCurrentIndex(ui::MainWindow::CertificationsTab); });
    dialogShot(QStringLiteral("certification-agreement"), [this] {
        return new ui::CertificationAgreementDialog(m_controller->data().agreements, m_window);
    });
    dialogShot(QStringLiteral("download-logos"),
               [this] { return new ui::LogosDialog(m_controller, m_window); });
    m_script->add(QStringLiteral("show the Home tab"),
                  [this] { m_window->tabs()->setCurrentIndex(ui::MainWindow::HomeTab); });
}

namespace {

const domain::Certification *ccna(const domain::AccountData &account) {
    for (const domain::CertificationDetail &detail : account.certifications) {
        if (detail.summary.acronym == QLatin1String("CCNA"))
            return &detail.summary;
    }
    return nullptr;
}

certificate::CertificateContent ccnaCertificate(const client::AccountController *controller) {
    return certificate::CertificateContent::from(
        controller->data().profile, *ccna(controller->data()), controller->endpoint().baseUrl);
}

} // namespace

void ScreenshotTaker::addCertificate() {
    m_script->add(QStringLiteral("draw the CCNA certificate"), [this] {
        if (!ccna(m_controller->data())) {
            m_script->fail(QStringLiteral("the demo account has no CCNA certificate"));
            return;
        }
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
            certificate::CertificateRenderer(ccnaCertificate(m_controller))
                .paint(&painter, paperMm);
        }
        m_ok = save(QPixmap::fromImage(page), QStringLiteral("certificate")) && m_ok;
    });
    dialogShot(QStringLiteral("certificate-dialog"), [this] {
        auto *dialog = new ui::CertificateDialog(ccnaCertificate(m_controller), m_window);
        dialog->resize(960, 720);
        return dialog;
    });
}

void ScreenshotTaker::addBadges() {
    const auto page = [this] {
        return qobject_cast<ui::BadgesPage *>(m_window->page(ui::MainWindow::BadgesTab));
    };
    m_script->add(QStringLiteral("open the newest badge"), [this, page] {
        m_window->tabs()->setCurrentIndex(ui::MainWindow::BadgesTab);
        ui::BadgesPage *badges = page();
        if (!badges || badges->view()->model()->rowCount() == 0)
            return m_script->fail(QStringLiteral("the demo account shows no badges"));
        badges->view()->setCurrentIndex(badges->view()->model()->index(0, 0));
        badges->openCurrent();
        m_dialog = badges->detailDialog();
    });
    shot(QStringLiteral("badge-detail"), [this] { return m_dialog.data(); });
    // The Share menu pops up below its button, as a click shows it (without QMenu::exec).
    m_script->add(
        QStringLiteral("open the badge's Share menu"),
        [this] {
            auto *share = find<QAbstractButton>(m_dialog, "badgeDetailShare");
            auto *menu = find<QMenu>(m_dialog, "badgeDetailShareMenu");
            if (share && menu)
                menu->popup(share->mapToGlobal(QPoint(0, share->height())));
        },
        [this] {
            auto *menu = m_dialog
                             ? m_dialog->findChild<QMenu *>(QStringLiteral("badgeDetailShareMenu"))
                             : nullptr;
            return menu && menu->isVisible();
        });
    // A popup is a window of its own: drawn onto the dialog's picture where it shows.
    m_script->add(QStringLiteral("save badge-share"), [this] {
        auto *menu = find<QMenu>(m_dialog, "badgeDetailShareMenu");
        if (!menu)
            return;
        QPixmap picture = m_dialog->grab();
        const QPoint at = menu->mapToGlobal(QPoint(0, 0)) - m_dialog->mapToGlobal(QPoint(0, 0));
        QPixmap canvas(
            picture.size().expandedTo(QSize(at.x() + menu->width(), at.y() + menu->height())));
        canvas.fill(Qt::white);
        {
            QPainter painter(&canvas);
            painter.drawPixmap(0, 0, picture);
            painter.drawPixmap(at, menu->grab());
        }
        m_ok = save(canvas, QStringLiteral("badge-share")) && m_ok;
        menu->close();
    });
    m_script->add(QStringLiteral("close the badge"), [this] {
        if (m_dialog)
            m_dialog->close();
    });
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

// Until the dialog is at step, or gone (the next step then fails on it).
Script::Condition atStep(const QPointer<ui::FulfillmentDialog> &dialog, Step step) {
    return [&dialog, step] { return !dialog || dialog->step() == step; };
}

} // namespace

void ScreenshotTaker::addOpenFulfillment(const QString &what) {
    m_script->add(
        what,
        [this] {
            auto *page = qobject_cast<ui::CertificatesPage *>(
                m_window->page(ui::MainWindow::CertificatesTab));
            m_window->tabs()->setCurrentIndex(ui::MainWindow::CertificatesTab);
            page->claimAndPurchase();
            m_fulfillment = page->dialog();
        },
        [this] { return !m_fulfillment || !m_fulfillment->isBusy(); });
}

void ScreenshotTaker::addFulfillment() {
    const auto dialog = [this] { return static_cast<QWidget *>(m_fulfillment.data()); };
    // A paid order, as the guide's "Purchase Additional Certification Kit(s)" shows it.
    addOpenFulfillment(QStringLiteral("open Claim & Purchase Fulfillment"));
    m_script->add(QStringLiteral("choose a kit with tracking"), [this] {
        if (!m_fulfillment)
            return m_script->fail(QStringLiteral("the fulfillment dialog is gone"));
        tick(m_fulfillment, QStringLiteral("CCENT Certificate"));
        if (auto *tracking = find<QCheckBox>(m_fulfillment, "tracking"))
            tracking->setChecked(true);
    });
    shot(QStringLiteral("fulfillment-catalogue"), dialog);
    m_script->add(
        QStringLiteral("purchase"), [this] { click(m_fulfillment, "purchase"); },
        atStep(m_fulfillment, Step::Shipping));
    shot(QStringLiteral("fulfillment-shipping"), dialog);
    m_script->add(
        QStringLiteral("confirm the shipping address"),
        [this] { click(m_fulfillment, "confirmShipping"); }, atStep(m_fulfillment, Step::Payment));
    m_script->add(QStringLiteral("choose PayPal"),
                  [this] { click(m_fulfillment, "methodPayPal"); });
    shot(QStringLiteral("fulfillment-payment"), dialog);
    m_script->add(
        QStringLiteral("pay"),
        [this] {
            // The checkout page would open in a real browser: only its address is noted while
            // the dialog waits for the payment.
            ui::ExternalLinks::setHandlerForTests([](const QUrl &url) {
                qCInfo(lcScreenshots).noquote() << "checkout page not opened:" << url.toString();
                return true;
            });
            click(m_fulfillment, "pay");
        },
        atStep(m_fulfillment, Step::Waiting));
    shot(QStringLiteral("fulfillment-waiting"), dialog);
    // The order waits unpaid in the demo server's history, as after "Pay later".
    m_script->add(QStringLiteral("leave the order unpaid"), [this] {
        ui::ExternalLinks::setHandlerForTests({});
        if (m_fulfillment)
            m_fulfillment->reject();
    });

    // The guide's "Claim Initial Certification Kit": the $0.00 kit, straight to its confirmation.
    addOpenFulfillment(QStringLiteral("open Claim & Purchase Fulfillment again"));
    m_script->add(
        QStringLiteral("claim the free kit"),
        [this] {
            if (!m_fulfillment)
                return m_script->fail(QStringLiteral("the fulfillment dialog is gone"));
            tick(m_fulfillment, QStringLiteral("ENCOR Certificate"));
            click(m_fulfillment, "purchase");
        },
        atStep(m_fulfillment, Step::Shipping));
    m_script->add(
        QStringLiteral("confirm the shipping address"),
        [this] { click(m_fulfillment, "confirmShipping"); },
        atStep(m_fulfillment, Step::Confirmation));
    shot(QStringLiteral("fulfillment-confirmation"), dialog);
    m_script->add(QStringLiteral("close the confirmation"), [this] {
        if (m_fulfillment)
            m_fulfillment->accept();
    });
}

} // namespace certtrack::screenshots
