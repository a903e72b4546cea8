#include "ScreenshotTaker.h"

#include "client/AccountController.h"
#include "ui/CertificationsPage.h"
#include "ui/MainWindow.h"
#include "ui/SignInDialog.h"

#include <QApplication>
#include <QDir>
#include <QLoggingCategory>
#include <QPixmap>
#include <QTabWidget>
#include <QTimer>

Q_LOGGING_CATEGORY(lcScreenshots, "certtrack.screenshots")

namespace certtrack::app {

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
    tabs->setCurrentIndex(0);

    ui::SignInDialog dialog(m_controller, m_window);
    dialog.setEndpoint(m_controller->endpoint());
    dialog.setLoginId(m_controller->loginId());
    dialog.adjustSize();
    dialog.show();
    QApplication::processEvents();
    ok = save(dialog.grab(), QStringLiteral("00-sign-in")) && ok;
    dialog.hide();
    emit finished(ok ? 0 : 1);
}

} // namespace certtrack::app
