// The look and the help at hand: System, Light and Dark schemes (every role of the style sheet
// readable in each), the user guide from Help and F1 at the section of the tab in front, with
// every screenshot it shows present, and About naming what CertTrack ships with their licences.
#include "client/AccountController.h"
#include "client/AppSettings.h"
#include "itemmodels/BadgesModel.h"
#include "ui/BadgeCardDelegate.h"
#include "ui/BadgesPage.h"
#include "ui/HelpDialog.h"
#include "ui/Icons.h"
#include "ui/MainWindow.h"
#include "ui/MessageBox.h"
#include "ui/Theme.h"

#include <QAction>
#include <QApplication>
#include <QImage>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtMath>

#include <cmath>
#include <memory>

using namespace certtrack;

namespace {

// WCAG 2.x relative luminance and contrast ratio.
double luminance(const QColor &colour) {
    const auto channel = [](double value) {
        return value <= 0.04045 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) +
           0.0722 * channel(colour.blueF());
}

double contrast(const QColor &a, const QColor &b) {
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace

class TestLookAndHelp : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void schemesAreNamedAndKept();
    void systemTakesThePlatformPalette();
    void everyRoleIsReadableInEveryScheme_data();
    void everyRoleIsReadableInEveryScheme();
    void appearanceIsChosenInTheMenuAndKept();
    void helpOpensAtTheTabInFront();
    void guideShowsEveryScreenshotItNames();
    void aboutNamesWhatIsShippedAndItsLicences();
    void iconsAndBadgesAreDrawnForTheScreensDensity();

private:
    std::unique_ptr<client::AccountController> m_controller;
    std::unique_ptr<ui::MainWindow> m_window;
};

void TestLookAndHelp::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    client::AccountController::Options options;
    options.useKeychain = false;
    m_controller = std::make_unique<client::AccountController>(options);
}

void TestLookAndHelp::cleanupTestCase() {
    m_window.reset();
    m_controller.reset();
}

void TestLookAndHelp::schemesAreNamedAndKept() {
    using Scheme = ui::Theme::Scheme;
    for (Scheme scheme : {Scheme::System, Scheme::Light, Scheme::Dark})
        QCOMPARE(ui::Theme::schemeFromName(ui::Theme::schemeName(scheme)), scheme);
    // Anything unknown in a settings file means "as the desktop is".
    QCOMPARE(ui::Theme::schemeFromName(QStringLiteral("purple")), Scheme::System);
}

void TestLookAndHelp::systemTakesThePlatformPalette() {
    // The first call keeps the platform's palette; System gives it back as it was.
    const QPalette platform = QApplication::palette();
    ui::Theme::apply(*qApp, ui::Theme::Scheme::Dark);
    QVERIFY(ui::Theme::isDark());
    QVERIFY(QApplication::palette().color(QPalette::Window) != platform.color(QPalette::Window));
    ui::Theme::apply(*qApp, ui::Theme::Scheme::System);
    QCOMPARE(ui::Theme::scheme(), ui::Theme::Scheme::System);
    QCOMPARE(QApplication::palette().color(QPalette::Window), platform.color(QPalette::Window));
    QCOMPARE(ui::Theme::isDark(), platform.color(QPalette::Window).lightness() < 128);
    ui::Theme::apply(*qApp, ui::Theme::Scheme::Light);
    QVERIFY(!ui::Theme::isDark());
}

void TestLookAndHelp::everyRoleIsReadableInEveryScheme_data() {
    QTest::addColumn<int>("scheme");
    QTest::newRow("light") << int(ui::Theme::Scheme::Light);
    QTest::newRow("dark") << int(ui::Theme::Scheme::Dark);
}

void TestLookAndHelp::everyRoleIsReadableInEveryScheme() {
    QFETCH(int, scheme);
    ui::Theme::apply(*qApp, static_cast<ui::Theme::Scheme>(scheme));
    QWidget page;
    page.setAutoFillBackground(true);
    auto *layout = new QVBoxLayout(&page);
    struct Case {
        const char *property, *value;
        bool boxed; // draws its own background (note, error, banner)
    };
    const Case cases[] = {{"role", "pageTitle", false},   {"role", "sectionTitle", false},
                          {"role", "description", false}, {"role", "note", true},
                          {"role", "error", true},        {"role", "banner", true},
                          {"tone", "error", false}};
    QList<QLabel *> labels;
    for (const Case &c : cases) {
        auto *label = new QLabel(QStringLiteral("Readable text"), &page);
        label->setProperty(c.property, QString::fromLatin1(c.value));
        layout->addWidget(label);
        labels.append(label);
    }
    page.resize(400, 400);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    const QImage shot = page.grab().toImage();
    for (int i = 0; i < labels.size(); ++i) {
        QLabel *label = labels.at(i);
        const QColor text = label->palette().color(QPalette::WindowText);
        // The background where the text sits: inside the box for boxed roles, the window's
        // otherwise, read from the pixels as drawn.
        const QPoint inside = label->geometry().topLeft() + QPoint(label->width() - 4, 4);
        const QColor background = shot.pixelColor(inside);
        const double ratio = contrast(text, background);
        QVERIFY2(ratio >= 4.5,
                 qPrintable(QStringLiteral("%1=%2: %3 on %4 is %5:1")
                                .arg(QLatin1String(cases[i].property),
                                     QLatin1String(cases[i].value), text.name(), background.name())
                                .arg(ratio, 0, 'f', 2)));
        if (cases[i].boxed)
            QVERIFY2(background != page.palette().color(QPalette::Window),
                     cases[i].value); // a note still stands out from the window
    }
    // Ordinary text on the window and in tables.
    const QPalette palette = QApplication::palette();
    QVERIFY(contrast(palette.color(QPalette::WindowText), palette.color(QPalette::Window)) >= 7);
    QVERIFY(contrast(palette.color(QPalette::Text), palette.color(QPalette::Base)) >= 7);
    QVERIFY(contrast(palette.color(QPalette::HighlightedText),
                     palette.color(QPalette::Highlight)) >= 4.5);
    ui::Theme::apply(*qApp, ui::Theme::Scheme::Light);
}

void TestLookAndHelp::appearanceIsChosenInTheMenuAndKept() {
    ui::Theme::apply(*qApp, ui::Theme::Scheme::Light);
    m_window = std::make_unique<ui::MainWindow>(m_controller.get());
    auto *menu = m_window->findChild<QMenu *>(QStringLiteral("appearanceMenu"));
    QVERIFY(menu && menu->menuAction()->isVisible());
    auto *dark = menu->findChild<QAction *>(QStringLiteral("appearanceAction_dark"));
    auto *system = menu->findChild<QAction *>(QStringLiteral("appearanceAction_system"));
    QVERIFY(dark && system);
    // Nothing chosen (the test's own settings): System is what is checked.
    client::AppSettings().setAppearance(QString());
    {
        ui::MainWindow fresh(m_controller.get());
        QVERIFY(fresh.findChild<QAction *>(QStringLiteral("appearanceAction_system"))->isChecked());
    }
    dark->trigger();
    QVERIFY(dark->isChecked());
    QVERIFY(ui::Theme::isDark());
    QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 128);
    QCOMPARE(client::AppSettings().appearance(), QStringLiteral("dark"));
    // A window made later starts with the kept choice checked.
    {
        ui::MainWindow again(m_controller.get());
        QVERIFY(again.findChild<QAction *>(QStringLiteral("appearanceAction_dark"))->isChecked());
    }
    system->trigger();
    QCOMPARE(client::AppSettings().appearance(), QString());
    QCOMPARE(ui::Theme::scheme(), ui::Theme::Scheme::System);
    // In kiosk mode the choice is not offered: it would stay for the next person.
    m_window->setLanguageChoiceShown(false);
    QVERIFY(!menu->menuAction()->isVisible());
    m_window->setLanguageChoiceShown(true);
}

void TestLookAndHelp::helpOpensAtTheTabInFront() {
    ui::Theme::apply(*qApp, ui::Theme::Scheme::Light);
    m_window->resize(1024, 640);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    auto *action = m_window->findChild<QAction *>(QStringLiteral("helpAction"));
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(QKeySequence::HelpContents));
    auto *tabs = m_window->findChild<QTabWidget *>();
    QVERIFY(tabs);
    tabs->setCurrentIndex(ui::MainWindow::CertificationsTab);
    // F1, as a person presses it.
    QTest::keyClick(m_window.get(), Qt::Key_F1);
    auto *help = m_window->findChild<ui::HelpDialog *>();
    QVERIFY(help);
    QTRY_VERIFY(help->isVisible());
    QCOMPARE(help->browser()->source().fragment(), QStringLiteral("certifications"));
    QVERIFY(help->browser()->toPlainText().contains(QStringLiteral("Recertification planner")));
    // The section is scrolled into view: its heading is near the top of the viewport.
    QVERIFY(help->browser()->verticalScrollBar()->value() > 0);

    // Another tab, the same window, now at that tab's section.
    tabs->setCurrentIndex(ui::MainWindow::BadgesTab);
    action->trigger();
    QCOMPARE(m_window->findChildren<ui::HelpDialog *>().size(), 1);
    QCOMPARE(help->browser()->source().fragment(), QStringLiteral("badges"));
    // Back returns to the previous section.
    auto *back = help->findChild<QToolButton *>(QStringLiteral("helpBack"));
    QVERIFY(back && back->isEnabled());
    back->click();
    QCOMPARE(help->browser()->source().fragment(), QStringLiteral("certifications"));
    help->close();
}

void TestLookAndHelp::guideShowsEveryScreenshotItNames() {
    ui::HelpDialog help;
    QTextBrowser *browser = help.browser();
    const QString html = browser->toHtml();
    const QRegularExpression image(QStringLiteral("<img src=\"([^\"]+)\""));
    int images = 0;
    for (auto match = image.globalMatch(html); match.hasNext();) {
        const QString source = match.next().captured(1);
        const QVariant loaded = browser->loadResource(QTextDocument::ImageResource, QUrl(source));
        const QImage picture = loaded.value<QImage>().isNull()
                                   ? QImage::fromData(loaded.toByteArray())
                                   : loaded.value<QImage>();
        QVERIFY2(!picture.isNull() && picture.width() >= 400, qPrintable(source));
        ++images;
    }
    // One screenshot for signing in and one for each of the seven tabs.
    QCOMPARE(images, 8);
    // One section per tab, in the tabs' order, and every link of the contents leads somewhere.
    const QString text = browser->toPlainText();
    int at = 0;
    for (const char *heading : {"Home", "Personal Info", "Testing History", "Certifications",
                                "Certificates & Plaques", "Transcripts", "Digital Badges"}) {
        const int found =
            text.indexOf(QLatin1String("\n") + QLatin1String(heading) + QLatin1String("\n"), at);
        QVERIFY2(found > at, heading);
        at = found;
    }
    const QRegularExpression link(QStringLiteral("href=\"#([^\"]+)\""));
    for (auto match = link.globalMatch(html); match.hasNext();) {
        const QString anchor = match.next().captured(1);
        QVERIFY2(html.contains(QStringLiteral("name=\"%1\"").arg(anchor)), qPrintable(anchor));
    }
}

void TestLookAndHelp::aboutNamesWhatIsShippedAndItsLicences() {
    QVERIFY(m_window);
    auto *about = m_window->findChild<QAction *>(QStringLiteral("aboutAction"));
    QVERIFY(about);
    ui::MessageBox::setNextAnswer(QMessageBox::Ok);
    about->trigger();
    const QString text = ui::MessageBox::lastText();
    QVERIFY(text.contains(QString::fromLatin1(qVersion())));
    for (const char *part : {"QtKeychain", "OpenSSL", "libqrencode", "Noto Serif", "LGPL-3.0",
                             "BSD-2-Clause", "OFL-1.1", "Apache"})
        QVERIFY2(text.contains(QLatin1String(part)), part);
    // Versions come from the build, never blank: QtKeychain's is x.y.z.
    QVERIFY2(
        QRegularExpression(QStringLiteral("QtKeychain</td><td>\\d+\\.\\d+")).match(text).hasMatch(),
        qPrintable(text));
}

void TestLookAndHelp::iconsAndBadgesAreDrawnForTheScreensDensity() {
    // Run once as is and once with QT_SCALE_FACTOR=2 (test_ui_look_and_help_scale2).
    const qreal ratio = qApp->devicePixelRatio();
    if (qEnvironmentVariable("QT_SCALE_FACTOR") == QLatin1String("2"))
        QCOMPARE(ratio, 2.0);
    // Icons are SVG, drawn at the device's own pixels.
    for (const QIcon &icon : {ui::Icons::refresh(), ui::Icons::signOut(), ui::Icons::download(),
                              ui::Icons::requirementMet(), ui::Icons::badgeMissing()}) {
        const QPixmap pixmap = icon.pixmap(QSize(16, 16), ratio);
        QCOMPARE(pixmap.size(), QSize(16, 16) * ratio);
        QCOMPARE(pixmap.devicePixelRatio(), ratio);
    }
    // Badges are drawn for the density of the screen their page is shown on, not stretched.
    ui::BadgesPage page(m_controller.get());
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto *view = page.findChild<QListView *>(QStringLiteral("badgesView"));
    QVERIFY(view);
    auto *proxy = qobject_cast<QSortFilterProxyModel *>(view->model());
    QVERIFY(proxy);
    auto *badges = qobject_cast<itemmodels::BadgesModel *>(proxy->sourceModel());
    QVERIFY(badges);
    const int side = qCeil(ui::BadgeCardDelegate::kImageSide * page.devicePixelRatioF());
    QCOMPARE(badges->imageSize(), QSize(side, side));
    QCOMPARE(page.devicePixelRatioF(), ratio);
}

QTEST_MAIN(TestLookAndHelp)
#include "TestLookAndHelp.moc"
