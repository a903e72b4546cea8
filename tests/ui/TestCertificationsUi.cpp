// The Certifications tab in depth against a real certtrackd whose clock is today (so the seed's
// "expires today" certification expires on the client's today too): the CCNA detail against
// the seed, expired certifications in their own collapsed group, the recertification planner,
// Home's notice for certifications near expiry, the Certification Agreement, Download Logos
// (asked once, recorded on the server, SVG and PNG files that render, folder and network
// errors), and `certtrackd admin` grants and revocations reaching the client on the next sync.
#include "TestServer.h"

#include "client/AccountController.h"
#include "itemmodels/CertificationsModel.h"
#include "itemmodels/ItemRoles.h"
#include "itemmodels/RecertificationPlanModel.h"
#include "itemmodels/SortFilterProxyModel.h"
#include "ui/FileDialog.h"
#include "ui/HomePage.h"
#include "ui/MainWindow.h"
#include "ui/MessageBox.h"
#include "ui/TableSection.h"
#include "ui/Theme.h"
#include "ui/certifications/CertificationAgreementDialog.h"
#include "ui/certifications/CertificationsPage.h"
#include "ui/certifications/LogosDialog.h"
#include "ui/certifications/RecertificationPlannerView.h"

#include <QApplication>
#include <QDir>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMouseEvent>
#include <QPointer>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QSvgRenderer>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>
#include <QTreeView>

using namespace certtrack;

namespace {

QString cells(const QAbstractItemModel *model, int row, const QModelIndex &parent = {}) {
    QStringList texts;
    for (int column = 0; column < model->columnCount(parent); ++column)
        texts << model->index(row, column, parent).data().toString();
    return texts.join(QStringLiteral(" | "));
}

QStringList tree(const QAbstractItemModel *model, const QModelIndex &parent = {}) {
    QStringList rows;
    for (int row = 0; row < model->rowCount(parent); ++row) {
        rows << cells(model, row, parent);
        rows << tree(model, model->index(row, 0, parent));
    }
    return rows;
}

QString date(const QDate &d) {
    return QLocale::c().toString(d, QStringLiteral("yyyy-MMM-dd"));
}

// The year the seed moves the guide's 2019/2020 dates by (DemoSeed::yearShift).
int yearShift(const QDate &today) {
    const int shift = today.year() - 2020;
    return today < QDate(today.year(), 2, 1) ? shift - 1 : shift;
}

const QString kCcnaId = QStringLiteral("crt-10000000-ccna");
const QString kCcieId = QStringLiteral("crt-10000000-ccie");

itemmodels::CertificationsModel *certificationsModel(ui::CertificationsPage *page) {
    return qobject_cast<itemmodels::CertificationsModel *>(
        page->listSection()->proxy()->sourceModel());
}

bool hasVisiblePixels(const QImage &image) {
    for (int y = 0; y < image.height(); y += 7) {
        for (int x = 0; x < image.width(); x += 7) {
            if (qAlpha(image.pixel(x, y)) > 0 && image.pixel(x, y) != qRgb(255, 255, 255))
                return true;
        }
    }
    return false;
}

} // namespace

class TestCertificationsUi : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void ccnaDetailMatchesTheSeed();
    void expiredCertificationsAreInTheirOwnCollapsedGroup();
    void plannerListsEveryWayToRenewAndItsExpiry();
    void homeFlagsWhatExpiresSoonAndOpensThePlanner();
    void agreementShowsItsTextAndVersion();
    void contextMenuOffersWhatARowCanDo();
    void downloadsColumnLinksAct();
    void logosAskOnceAndSaveSvgAndPng();
    void logosAreNotAskedForOnAnotherMachine();
    void logosExplainAnUnwritableFolder();
    void adminGrantAndRevokeReachTheClient();
    void logosExplainANetworkFailure();

private:
    std::unique_ptr<client::AccountController> signIn(const QString &login);
    ui::CertificationsPage *page(ui::MainWindow *window) const {
        return qobject_cast<ui::CertificationsPage *>(
            window->page(ui::MainWindow::CertificationsTab));
    }
    bool admin(const QStringList &arguments, QString *output);
    bool syncNow(client::AccountController *controller);

    test::TestServer m_server;
    QDate m_today;
    std::unique_ptr<client::AccountController> m_john;
    std::unique_ptr<ui::MainWindow> m_window;
};

std::unique_ptr<client::AccountController> TestCertificationsUi::signIn(const QString &login) {
    client::AccountController::Options options;
    options.useKeychain = false;
    auto controller = std::make_unique<client::AccountController>(options);
    controller->signIn(client::ServerEndpoint{m_server.baseUrl(), m_server.caFile()}, login,
                       QStringLiteral("certtrack-demo"), false);
    const bool synced = QTest::qWaitFor(
        [&controller] { return controller->isSignedIn() && controller->lastSynced().isValid(); },
        20000);
    if (!synced)
        return nullptr;
    return controller;
}

bool TestCertificationsUi::admin(const QStringList &arguments, QString *output) {
    QProcess process;
    process.start(test::TestServer::executable(),
                  QStringList{QStringLiteral("admin"), QStringLiteral("--database"),
                              m_server.databasePath()} +
                      arguments);
    if (!process.waitForFinished(30000))
        return false;
    *output = QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
    return process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

bool TestCertificationsUi::syncNow(client::AccountController *controller) {
    QSignalSpy finished(controller, &client::AccountController::syncFinished);
    controller->refresh();
    return finished.wait(20000) && finished.constLast().constFirst().toBool();
}

void TestCertificationsUi::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    ui::Theme::apply(*qApp);
    // The client counts days from its own date; the server's clock is put there too.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_today = QDate::currentDate();
    QVERIFY2(m_server.start(now), qPrintable(m_server.error()));
    m_john = signIn(QStringLiteral("CSCO10000000"));
    QVERIFY(m_john);
    m_window = std::make_unique<ui::MainWindow>(m_john.get());
    m_window->resize(1200, 760);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestCertificationsUi::cleanupTestCase() {
    m_window.reset();
    m_john.reset();
}

void TestCertificationsUi::ccnaDetailMatchesTheSeed() {
    m_window->tabs()->setCurrentIndex(ui::MainWindow::CertificationsTab);
    ui::CertificationsPage *certifications = page(m_window.get());
    // The programme's note above the list, as the guide shows it.
    QVERIFY(certifications->programmeNotice()->isVisible());
    QVERIFY(certifications->programmeNotice()->text().contains(QLatin1String("PMA tool")));
    QTreeView *list = certifications->listSection()->view();
    QModelIndex ccna;
    for (int group = 0; group < list->model()->rowCount(); ++group) {
        const QModelIndex parent = list->model()->index(group, 0);
        for (int row = 0; row < list->model()->rowCount(parent); ++row) {
            if (list->model()->index(row, 0, parent).data().toString() ==
                QLatin1String("CCNA Routing and Switching (CCNA)"))
                ccna = list->model()->index(row, 0, parent);
        }
    }
    QVERIFY(ccna.isValid());
    QCOMPARE(ccna.parent().data().toString(), QStringLiteral("General Certifications - Associate"));
    list->scrollTo(ccna);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(ccna).center());
    QCOMPARE(m_window->findChild<QLabel *>(QStringLiteral("certificationTitle"))->text(),
             QStringLiteral("CCNA Routing and Switching (CCNA)"));

    // The guide's tree, exactly.
    const QTreeView *progress =
        m_window->findChild<QTreeView *>(QStringLiteral("requirementProgressView"));
    QCOMPARE(
        tree(progress->model()),
        (QStringList{QStringLiteral("1 - (0 / 1) | Recertify CCNA | In progress"),
                     QStringLiteral("1.1 - (0 / 1) | Pass exam 200-301 (CCNA) | Not started"),
                     QStringLiteral("1.2 - (10 / 30) | Earn 30 Cisco CE Credits | In progress")}));

    // The two 5-point credits, from the seed's 1 February moved to this year.
    const QDate from = QDate(2020, 2, 1).addYears(yearShift(m_today));
    const QTreeView *credits = m_window->findChild<QTreeView *>(QStringLiteral("ceCreditsView"));
    QStringList headers;
    for (int column = 0; column < credits->model()->columnCount(); ++column)
        headers << credits->model()->headerData(column, Qt::Horizontal).toString();
    QCOMPARE(headers, (QStringList{QStringLiteral("Active Date"), QStringLiteral("Inactive Date"),
                                   QStringLiteral("Points"), QStringLiteral("Status")}));
    const QString row =
        QStringLiteral("%1 | %2 | 5 | Active").arg(date(from), date(from.addYears(3)));
    QCOMPARE(tree(credits->model()), (QStringList{row, row}));
    // The guide's heading over them: the active total with the programme's name for credits.
    QCOMPARE(credits->accessibleName(), QStringLiteral("+10 Cisco CE Credits"));
    auto *sideTabs = m_window->findChild<QTabWidget *>(QStringLiteral("certificationDetailTabs"));
    QVERIFY(sideTabs);
    QCOMPARE(sideTabs->tabText(0), QStringLiteral("CE Credits (2)"));
    // Granted on the guide's 2019-Dec-08, renewed a period at a time up to the one in force.
    const QDate first(2019, 12, 8);
    QStringList expected;
    for (QDate start = first.addYears(yearShift(QDate::currentDate())); start > first;
         start = start.addYears(-3))
        expected << date(start) + QStringLiteral(" | Recertified with Cisco CE Credits");
    expected << date(first) + QStringLiteral(" | Manually granted certification");
    QCOMPARE(sideTabs->tabText(1), QStringLiteral("History (%1)").arg(expected.size()));
    const QTreeView *history =
        m_window->findChild<QTreeView *>(QStringLiteral("certificationHistoryView"));
    QCOMPARE(tree(history->model()), expected);
}

void TestCertificationsUi::expiredCertificationsAreInTheirOwnCollapsedGroup() {
    QTreeView *list = page(m_window.get())->listSection()->view();
    const QAbstractItemModel *model = list->model();
    const int last = model->rowCount() - 1;
    const QModelIndex expired = model->index(last, 0);
    QCOMPARE(expired.data().toString(), QStringLiteral("Expired certifications (1)"));
    QVERIFY(!list->isExpanded(expired));
    QCOMPARE(model->rowCount(expired), 1);
    QCOMPARE(model->index(0, 0, expired).data().toString(),
             QStringLiteral("CCIE Routing and Switching (CCIE)"));
    // No track holds it, and sorting keeps the group last.
    for (int group = 0; group < last; ++group)
        QVERIFY(!model->index(group, 0).data().toString().contains(QLatin1String("CCIE")));
    list->sortByColumn(itemmodels::CertificationsModel::Name, Qt::DescendingOrder);
    QCOMPARE(model->index(model->rowCount() - 1, 0).data().toString(),
             QStringLiteral("Expired certifications (1)"));
    list->sortByColumn(itemmodels::CertificationsModel::Name, Qt::AscendingOrder);
    QCOMPARE(model->index(model->rowCount() - 1, 0).data().toString(),
             QStringLiteral("Expired certifications (1)"));
    list->expand(model->index(model->rowCount() - 1, 0));
    QVERIFY(list->isExpanded(model->index(model->rowCount() - 1, 0)));
}

void TestCertificationsUi::plannerListsEveryWayToRenewAndItsExpiry() {
    ui::CertificationsPage *certifications = page(m_window.get());
    certifications->subTabs()->setCurrentIndex(1);
    QCOMPARE(certifications->subTabs()->currentWidget(), certifications->plannerView());
    const QAbstractItemModel *model = certifications->plannerView()->section()->view()->model();
    const QStringList rows = tree(model);

    const int shift = yearShift(m_today);
    const QDate ccnaExpiry = QDate(2019, 12, 8).addYears(shift).addMonths(36);
    // Most urgent first: the CCNA (8 December) before the CCENT (9 December).
    QCOMPARE(model->index(0, 0).data().toString(),
             QStringLiteral("CCNA Routing and Switching (CCNA)"));
    QCOMPARE(model->index(0, itemmodels::RecertificationPlanModel::Expires).data().toString(),
             date(ccnaExpiry));
    QCOMPARE(model->index(0, itemmodels::RecertificationPlanModel::DaysLeft).data().toString(),
             QStringLiteral("in %1 days").arg(m_today.daysTo(ccnaExpiry)));
    // The trap: renewing today gives today + 3 years, renewing on the last day 3 years more.
    QCOMPARE(model->index(0, itemmodels::RecertificationPlanModel::NewExpiry).data().toString(),
             QStringLiteral("up to %1").arg(date(ccnaExpiry.addMonths(36))));
    const QModelIndex ccna = model->index(0, 0);
    QCOMPARE(model->rowCount(ccna), 2);
    const QString newExpiry =
        QStringLiteral("%1 if renewed today").arg(date(m_today.addMonths(36)));
    QCOMPARE(cells(model, 0, ccna),
             QStringLiteral("Pass exam 200-301 (CCNA) |  |  | pass 200-301 | ") + newExpiry);
    QCOMPARE(cells(model, 1, ccna),
             QStringLiteral("Earn 30 Cisco CE Credits |  |  | 20 more Cisco CE Credits | ") +
                 newExpiry);
    QVERIFY(model->index(0, itemmodels::RecertificationPlanModel::NewExpiry, ccna)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QLatin1String("days earlier")));
    // The expired CCIE comes last, to be earned again.
    const QModelIndex ccie = model->index(model->rowCount() - 1, 0);
    QCOMPARE(ccie.data().toString(), QStringLiteral("CCIE Routing and Switching (CCIE)"));
    QCOMPARE(ccie.siblingAtColumn(itemmodels::RecertificationPlanModel::Needs).data().toString(),
             QStringLiteral("Expired: earn it again"));
    QVERIFY2(rows.size() >= 8, qPrintable(rows.join(QLatin1Char('\n'))));
}

void TestCertificationsUi::homeFlagsWhatExpiresSoonAndOpensThePlanner() {
    // John has nothing within 180 days.
    m_window->tabs()->setCurrentIndex(ui::MainWindow::HomeTab);
    QVERIFY(m_window->findChild<QLabel *>(QStringLiteral("homeExpiryNotice"))->isHidden());

    // Amira's Enterprise Design specialist expires today.
    auto amira = signIn(QStringLiteral("CSCO10000001"));
    QVERIFY(amira);
    ui::MainWindow window(amira.get());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *notice = window.findChild<QLabel *>(QStringLiteral("homeExpiryNotice"));
    QVERIFY(notice->isVisible());
    QVERIFY2(notice->text().contains(
                 QStringLiteral("Cisco Certified Specialist - Enterprise Design (ENSLD)")),
             qPrintable(notice->text()));
    QVERIFY(notice->text().contains(QStringLiteral("expires today")));
    QVERIFY(!notice->text().contains(QStringLiteral("CCNA")));
    emit notice->linkActivated(QStringLiteral("planner:crt-10000001-ensld"));
    QCOMPARE(window.tabs()->currentIndex(), int(ui::MainWindow::CertificationsTab));
    ui::CertificationsPage *certifications = page(&window);
    QCOMPARE(certifications->subTabs()->currentWidget(), certifications->plannerView());
    const QModelIndex current = certifications->plannerView()->section()->view()->currentIndex();
    QCOMPARE(current.data(itemmodels::IdRole).toString(), QStringLiteral("crt-10000001-ensld"));
    // Its row: first, today, the any-two rule's remaining ways, and renewing loses nothing today.
    const QAbstractItemModel *model = certifications->plannerView()->section()->view()->model();
    QCOMPARE(model->index(0, 0).data(itemmodels::IdRole).toString(),
             QStringLiteral("crt-10000001-ensld"));
    QCOMPARE(model->index(0, itemmodels::RecertificationPlanModel::DaysLeft).data().toString(),
             QStringLiteral("expires today"));
    QCOMPARE(tree(model, model->index(0, 0)),
             (QStringList{QStringLiteral("Pass exam 300-420 (ENSLD) |  |  | pass 300-420 | %1 if "
                                         "renewed today")
                              .arg(date(m_today.addMonths(36))),
                          QStringLiteral("Earn 40 Cisco CE Credits |  |  | 24 more Cisco CE "
                                         "Credits | %1 if renewed today")
                              .arg(date(m_today.addMonths(36)))}));
    // Her CCNA can be renewed through her CCNP.
    const QModelIndex ccna = qobject_cast<const itemmodels::RecertificationPlanModel *>(
                                 certifications->plannerView()->model())
                                 ->indexOf(QStringLiteral("crt-10000001-ccna"));
    QVERIFY(ccna.isValid());
    QVERIFY(tree(certifications->plannerView()->model(), ccna)
                .contains(QStringLiteral("CCNP Enterprise (CCNP) |  |  | renew CCNP Enterprise "
                                         "(CCNP), which renews this | %1 if renewed today")
                              .arg(date(m_today.addMonths(36)))));
}

void TestCertificationsUi::agreementShowsItsTextAndVersion() {
    ui::CertificationAgreementDialog dialog(m_john->data().agreements, m_window.get());
    QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("agreementHeading"))->text(),
             QStringLiteral("Cisco Certification and Confidentiality Agreement (V9)"));
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("agreementDetails"))
                ->text()
                .contains(QStringLiteral("2006-Jun-20")));
    QVERIFY(dialog.findChild<QTextBrowser *>(QStringLiteral("agreementText"))
                ->toPlainText()
                .contains(QStringLiteral("7. Verification of Certification.")));
    // Without an agreement the dialog says so rather than showing an empty text.
    ui::CertificationAgreementDialog none({}, m_window.get());
    QCOMPARE(none.findChild<QLabel *>(QStringLiteral("agreementHeading"))->text(),
             QStringLiteral("No certification agreement on record"));

    // The sub-navigation's button opens it, window-modal, without blocking; closing frees it.
    m_window->tabs()->setCurrentIndex(ui::MainWindow::CertificationsTab);
    page(m_window.get())->agreementButton()->click();
    QPointer<ui::CertificationAgreementDialog> shown;
    for (auto *candidate : m_window->findChildren<ui::CertificationAgreementDialog *>()) {
        if (candidate != &dialog && candidate != &none)
            shown = candidate;
    }
    QVERIFY(shown);
    QVERIFY(shown->isVisible());
    QCOMPARE(shown->windowModality(), Qt::WindowModal);
    QCOMPARE(shown->windowTitle(), QStringLiteral("Certification Agreement"));
    shown->close();
    QTRY_VERIFY(!shown);
}

void TestCertificationsUi::downloadsColumnLinksAct() {
    m_window->tabs()->setCurrentIndex(ui::MainWindow::CertificationsTab);
    ui::CertificationsPage *certifications = page(m_window.get());
    QTreeView *view = certifications->listSection()->view();
    const QAbstractItemModel *model = view->model();
    QModelIndex ccna;
    for (int track = 0; track < model->rowCount() && !ccna.isValid(); ++track) {
        const QModelIndex parent = model->index(track, 0);
        for (int row = 0; row < model->rowCount(parent); ++row) {
            const QModelIndex index = model->index(row, 0, parent);
            if (index.data(itemmodels::IdRole).toString() == kCcnaId)
                ccna = index;
        }
    }
    QVERIFY(ccna.isValid());
    const QModelIndex downloads = ccna.siblingAtColumn(itemmodels::CertificationsModel::Downloads);
    QCOMPARE(downloads.data().toString(), QStringLiteral("Logo, PDF Certificate"));
    view->scrollTo(downloads);
    const QRect cell = view->visualRect(downloads);
    QVERIFY(!cell.isEmpty());
    QFont underlined = view->font();
    underlined.setUnderline(true);
    const QFontMetrics metrics(underlined);
    // Where each word is drawn: from the cell's start, "Logo", ", ", "PDF Certificate".
    const int start = cell.left() + 3;
    const QPoint onLogo(start + metrics.horizontalAdvance(QStringLiteral("Logo")) / 2,
                        cell.center().y());
    const QPoint onPdf(start + metrics.horizontalAdvance(QStringLiteral("Logo, ")) +
                           metrics.horizontalAdvance(QStringLiteral("PDF")) / 2,
                       cell.center().y());
    const QPoint pastTheText(
        start + metrics.horizontalAdvance(QStringLiteral("Logo, PDF Certificate")) + 20,
        cell.center().y());

    QSignalSpy pdf(certifications, &ui::CertificationsPage::pdfCertificateRequested);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, onPdf);
    QCOMPARE(pdf.size(), 1);
    QCOMPARE(pdf.constFirst().at(0).toString(), kCcnaId);
    // Beside the words nothing happens.
    if (pastTheText.x() < cell.right()) {
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, pastTheText);
        QCOMPARE(pdf.size(), 1);
    }
    // The pointer says it is a link.
    const auto moveTo = [view](const QPoint &position) {
        QMouseEvent move(QEvent::MouseMove, position, view->viewport()->mapToGlobal(position),
                         Qt::NoButton, Qt::NoButton, Qt::NoModifier);
        QApplication::sendEvent(view->viewport(), &move);
    };
    moveTo(onLogo);
    QCOMPARE(view->viewport()->cursor().shape(), Qt::PointingHandCursor);
    moveTo(QPoint(cell.left() - 30, cell.center().y()));
    QCOMPARE(view->viewport()->cursor().shape(), Qt::ArrowCursor);

    const qsizetype before = certifications->findChildren<ui::LogosDialog *>().size();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, onLogo);
    const QList<ui::LogosDialog *> dialogs = certifications->findChildren<ui::LogosDialog *>();
    QCOMPARE(dialogs.size(), before + 1);
    QPointer<ui::LogosDialog> logos = dialogs.last();
    QTRY_VERIFY(logos->isVisible());
    logos->close();
    QTRY_VERIFY(!logos);
}

void TestCertificationsUi::contextMenuOffersWhatARowCanDo() {
    ui::CertificationsPage *certifications = page(m_window.get());
    const auto actionNamed = [](QMenu *menu, const char *name) {
        return menu->findChild<QAction *>(QString::fromLatin1(name));
    };
    QVERIFY(!certifications->certificationMenu(QStringLiteral("no-such-certification")));

    // CCNA is active: a certificate, logos and its ways to renew.
    QPointer<QMenu> menu = certifications->certificationMenu(kCcnaId);
    QVERIFY(menu);
    QVERIFY(actionNamed(menu, "menuPdfCertificate")->isEnabled());
    QVERIFY(actionNamed(menu, "menuDownloadLogos")->isEnabled());
    QSignalSpy pdf(certifications, &ui::CertificationsPage::pdfCertificateRequested);
    actionNamed(menu, "menuPdfCertificate")->trigger();
    QCOMPARE(pdf.size(), 1);
    QCOMPARE(pdf.constFirst().at(0).toString(), kCcnaId);
    actionNamed(menu, "menuWaysToRenew")->trigger();
    QCOMPARE(certifications->subTabs()->currentWidget(), certifications->plannerView());
    menu->close();
    QTRY_VERIFY(!menu);
    certifications->subTabs()->setCurrentIndex(0);

    // The expired CCIE has no certificate to print, and says why.
    QPointer<QMenu> expired = certifications->certificationMenu(kCcieId);
    QVERIFY(expired);
    QVERIFY(!actionNamed(expired, "menuPdfCertificate")->isEnabled());
    QVERIFY(!actionNamed(expired, "menuPdfCertificate")->toolTip().isEmpty());
    expired->close();
    QTRY_VERIFY(!expired);

    // A right click on a row selects it and pops the menu up; on a track heading nothing shows.
    QTreeView *view = certifications->listSection()->view();
    const QModelIndex ccna = certifications->listSection()->proxy()->mapFromSource(
        certificationsModel(certifications)->indexOf(kCcnaId));
    QVERIFY(ccna.isValid());
    view->scrollTo(ccna);
    emit view->customContextMenuRequested(view->visualRect(ccna).center());
    QCOMPARE(view->currentIndex().siblingAtColumn(0).data(itemmodels::IdRole).toString(), kCcnaId);
    QPointer<QMenu> popped =
        certifications->findChild<QMenu *>(QStringLiteral("certificationMenu"));
    QVERIFY(popped);
    QTRY_VERIFY(popped->isVisible());
    popped->close();
    QTRY_VERIFY(!certifications->findChild<QMenu *>(QStringLiteral("certificationMenu")));
    emit view->customContextMenuRequested(view->visualRect(ccna.parent()).center());
    QVERIFY(!certifications->findChild<QMenu *>(QStringLiteral("certificationMenu")));
}

void TestCertificationsUi::logosAskOnceAndSaveSvgAndPng() {
    QVERIFY(!m_john->data().logos.guidelinesAccepted);
    ui::LogosDialog dialog(m_john.get(), m_window.get());
    // The certifications John holds now, not the CCIE that lapsed in 2010.
    QCOMPARE(dialog.list()->count(), 3);
    QCOMPARE(dialog.list()->item(0)->text(), QStringLiteral("CCENT"));
    QCOMPARE(dialog.list()->item(1)->text(), QStringLiteral("CCNA Routing and Switching"));
    for (int row = 0; row < dialog.list()->count(); ++row)
        QVERIFY(!dialog.list()->item(row)->text().contains(QLatin1String("CCIE")));
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("logosAcceptance"))
                ->text()
                .contains(QStringLiteral("first download asks")));
    // The first logo is selected; its preview waits for the guidelines (the server gives no
    // artwork before), and the caption names the files it becomes.
    QCOMPARE(dialog.list()->currentRow(), 0);
    QVERIFY(dialog.preview()->pixmap().isNull());
    QVERIFY(dialog.preview()->text().contains(QLatin1String("guidelines are accepted")));
    QVERIFY(dialog.previewCaption()->text().contains(QLatin1String("ccent.svg and ccent.png")));

    // Declining downloads nothing and records nothing, and asks for no folder: the guidelines
    // come first, and Enter accepts them (the question's default is Yes, not No).
    QTemporaryDir declined;
    ui::MessageBox::setNextAnswer(QMessageBox::No);
    dialog.download();
    QVERIFY(!dialog.isDownloading());
    QCOMPARE(ui::MessageBox::lastDefaultButton(), QMessageBox::Yes);
    QVERIFY(QDir(declined.path()).entryList(QDir::Files).isEmpty());
    // The folder chooser was not asked: the answer left for it is still unused afterwards.
    ui::FileDialog::setNextFileName(declined.path());
    ui::MessageBox::setNextAnswer(QMessageBox::No);
    dialog.download();
    QVERIFY(dialog.statusLabel()->text().contains(QLatin1String("Nothing downloaded")));
    QCOMPARE(ui::FileDialog::getExistingDirectory(nullptr, QString(), QString()), declined.path());
    QVERIFY(ui::MessageBox::lastText().contains(m_john->data().logos.guidelinesText));
    QVERIFY(ui::MessageBox::lastText().contains(QStringLiteral("(V9)")));

    QTemporaryDir folder;
    QSignalSpy finished(&dialog, &ui::LogosDialog::downloadFinished);
    ui::FileDialog::setNextFileName(folder.path());
    ui::MessageBox::setNextAnswer(QMessageBox::Yes);
    dialog.download();
    QVERIFY(dialog.isDownloading());
    QVERIFY(finished.wait(20000));
    QVERIFY2(finished.constLast().at(0).toBool(), qPrintable(dialog.errorLabel()->text()));
    QCOMPARE(dialog.progress()->value(), 3);
    const QStringList files = finished.constLast().at(1).toStringList();
    QCOMPARE(files.size(), 6);
    QCOMPARE(QDir(folder.path()).entryList(QDir::Files).size(), 6);
    for (const QString &path : files) {
        QVERIFY2(QFileInfo(path).size() > 0, qPrintable(path));
        if (path.endsWith(QLatin1String(".svg"))) {
            QSvgRenderer svg(path);
            QVERIFY2(svg.isValid(), qPrintable(path));
        } else {
            const QImage png(path);
            QVERIFY2(!png.isNull(), qPrintable(path));
            QCOMPARE(png.width(), 1200);
            QVERIFY(hasVisiblePixels(png));
        }
    }
    QVERIFY(QFileInfo::exists(
        QDir(folder.path())
            .filePath(QStringLiteral("cisco-certified-specialist-enterprise-core.png"))));
    QVERIFY(dialog.statusLabel()->text().contains(QStringLiteral("Saved 3 logo")));
    // Now the preview shows the selected logo as its PNG was saved: same proportions, and
    // something drawn, with the saved size in the caption.
    const QImage savedCcent(QDir(folder.path()).filePath(QStringLiteral("ccent.png")));
    QTRY_VERIFY(!dialog.preview()->pixmap().isNull());
    const QImage shown = dialog.preview()->pixmap().toImage();
    QVERIFY(hasVisiblePixels(shown));
    QVERIFY(qAbs(double(shown.width()) / shown.height() -
                 double(savedCcent.width()) / savedCcent.height()) < 0.05);
    QVERIFY2(
        dialog.previewCaption()->text().contains(
            QStringLiteral("(%1 × %2 pixels)").arg(savedCcent.width()).arg(savedCcent.height())),
        qPrintable(dialog.previewCaption()->text()));

    // The acceptance is the server's now; the account learns it on the sync that follows.
    QTRY_VERIFY_WITH_TIMEOUT(m_john->data().logos.guidelinesAccepted, 20000);
    QVERIFY(m_john->data().logos.guidelinesAcceptedAt.has_value());

    // A second download does not ask: an answer left for a question nobody asks stays unused.
    ui::MessageBox::setNextAnswer(QMessageBox::Ok);
    ui::MessageBox::information(nullptr, QString(), QStringLiteral("marker"));
    QTemporaryDir again;
    ui::LogosDialog second(m_john.get(), m_window.get());
    second.list()->item(1)->setCheckState(Qt::Unchecked);
    // Accepted already: choosing a logo previews it at once.
    second.list()->setCurrentRow(2);
    QTRY_VERIFY_WITH_TIMEOUT(!second.preview()->pixmap().isNull(), 20000);
    QVERIFY(second.previewCaption()->text().contains(
        QLatin1String("cisco-certified-specialist-enterprise-core.png")));
    QSignalSpy secondFinished(&second, &ui::LogosDialog::downloadFinished);
    ui::FileDialog::setNextFileName(again.path());
    ui::MessageBox::setNextAnswer(QMessageBox::No);
    second.download();
    // Both logos may have been fetched for the preview already, and then saving needs no
    // request and ends at once.
    QVERIFY(!secondFinished.isEmpty() || secondFinished.wait(20000));
    QCOMPARE(ui::MessageBox::lastText(), QStringLiteral("marker"));
    QVERIFY(secondFinished.constLast().at(0).toBool());
    QCOMPARE(QDir(again.path()).entryList(QDir::Files).size(), 4);
    ui::MessageBox::information(nullptr, QString(), QStringLiteral("consume the unused answer"));
}

void TestCertificationsUi::logosAreNotAskedForOnAnotherMachine() {
    // Another machine: a fresh sign-in with no cache learns the acceptance from the server.
    auto other = signIn(QStringLiteral("CSCO10000000"));
    QVERIFY(other);
    QVERIFY(other->data().logos.guidelinesAccepted);
    ui::LogosDialog dialog(other.get());
    QVERIFY(dialog.guidelinesAccepted());
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("logosAcceptance"))
                ->text()
                .contains(QStringLiteral("You accepted")));
}

void TestCertificationsUi::logosExplainAnUnwritableFolder() {
    ui::LogosDialog dialog(m_john.get(), m_window.get());
    QSignalSpy finished(&dialog, &ui::LogosDialog::downloadFinished);
    // A read-only file system refuses even the superuser.
    ui::FileDialog::setNextFileName(QStringLiteral("/proc"));
    dialog.download();
    QCOMPARE(finished.size(), 1);
    QVERIFY(!finished.constFirst().at(0).toBool());
    QVERIFY(!dialog.errorLabel()->isHidden());
    QVERIFY2(dialog.errorLabel()->text().contains(QStringLiteral("cannot be saved in /proc")),
             qPrintable(dialog.errorLabel()->text()));

    ui::FileDialog::setNextFileName(QStringLiteral("/nonexistent/certtrack-logos"));
    dialog.download();
    QVERIFY(dialog.errorLabel()->text().contains(QStringLiteral("does not exist")));
    // Cancelling the folder chooser does nothing.
    ui::FileDialog::setNextFileName(QString());
    dialog.download();
    QCOMPARE(finished.size(), 2);
}

void TestCertificationsUi::adminGrantAndRevokeReachTheClient() {
    QString output;
    QVERIFY2(admin({QStringLiteral("certification"), QStringLiteral("grant"),
                    QStringLiteral("CSCO10000000"), QStringLiteral("ccnp-enterprise")},
                   &output),
             qPrintable(output));
    QVERIFY(syncNow(m_john.get()));
    const domain::CertificationDetail *ccnp = nullptr;
    for (const domain::CertificationDetail &d : m_john->data().certifications) {
        if (d.summary.acronym == QLatin1String("CCNP"))
            ccnp = &d;
    }
    QVERIFY(ccnp);
    QCOMPARE(int(ccnp->summary.status), int(domain::Certification::Status::Active));
    QCOMPARE(ccnp->history.constFirst().text, QStringLiteral("Manually granted certification"));
    ui::CertificationsPage *certifications = page(m_window.get());
    const QAbstractItemModel *list = certifications->listSection()->view()->model();
    QVERIFY(tree(list).contains(
        QStringLiteral("General Certifications - Professional |  |  |  |  | ")));
    // The planner now offers renewing John's CCNA through it.
    const QModelIndex ccna =
        certifications->plannerView()->model()->indexOf(QStringLiteral("crt-10000000-ccna"));
    QCOMPARE(certifications->plannerView()->model()->rowCount(ccna), 3);

    QVERIFY2(admin({QStringLiteral("certification"), QStringLiteral("revoke"),
                    QStringLiteral("CSCO10000000"), QStringLiteral("CCNP")},
                   &output),
             qPrintable(output));
    QVERIFY(syncNow(m_john.get()));
    bool inactive = false;
    for (const domain::CertificationDetail &d : m_john->data().certifications) {
        if (d.summary.acronym == QLatin1String("CCNP"))
            inactive = d.summary.status == domain::Certification::Status::Inactive;
    }
    QVERIFY(inactive);
    const QStringList rows = tree(list);
    QVERIFY2(rows.contains(QStringLiteral("Inactive certifications (1) |  |  |  |  | ")),
             qPrintable(rows.join(QLatin1Char('\n'))));
    QVERIFY(!rows.contains(QStringLiteral("General Certifications - Professional |  |  |  |  | ")));
    QCOMPARE(
        certifications->plannerView()->model()->rowCount(
            certifications->plannerView()->model()->indexOf(QStringLiteral("crt-10000000-ccna"))),
        2);
}

void TestCertificationsUi::logosExplainANetworkFailure() {
    m_server.stop();
    ui::LogosDialog dialog(m_john.get(), m_window.get());
    QTemporaryDir folder;
    QSignalSpy finished(&dialog, &ui::LogosDialog::downloadFinished);
    ui::FileDialog::setNextFileName(folder.path());
    dialog.download();
    QVERIFY(finished.wait(30000));
    QVERIFY(!finished.constLast().at(0).toBool());
    QVERIFY(!dialog.errorLabel()->isHidden());
    QVERIFY2(
        dialog.errorLabel()->text().startsWith(QStringLiteral("CCENT could not be downloaded: ")),
        qPrintable(dialog.errorLabel()->text()));
    QVERIFY(QDir(folder.path()).entryList(QDir::Files).isEmpty());
    QVERIFY(dialog.downloadButton()->isEnabled()); // ready to try again
}

QTEST_MAIN(TestCertificationsUi)
#include "TestCertificationsUi.moc"
