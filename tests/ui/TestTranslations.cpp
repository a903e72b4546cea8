// The translations built into the client: English plural forms ("1 second", "26 seconds"
// where the source says "%n second(s)"), and German chosen in the application: the main
// window's sections and menus, plurals, dates and money as Germans write them, Qt's own
// buttons, and the choice kept in the settings for the next start.
#include "client/AccountController.h"
#include "client/AppSettings.h"
#include "itemmodels/DisplayFormat.h"
#include "ui/IdleWarningDialog.h"
#include "ui/MainWindow.h"
#include "ui/MessageBox.h"
#include "ui/Translations.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace certtrack;

class TestTranslations : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup();
    void englishPluralsAreWords();
    void englishKeepsTheGuidesStyle();
    void germanIsOffered();
    void germanMainWindow();
    void germanPlurals();
    void germanDatesAndMoney();
    void qtsOwnButtonsInGerman();
    void theChoiceIsKeptAndUsedAtTheNextStart();

private:
    static QString countdownText(const ui::IdleWarningDialog &dialog, const QString &marker);
    static QStringList menuTitles(const ui::MainWindow &window);

    QTemporaryDir m_config;
};

void TestTranslations::initTestCase() {
    // The settings of this test in a folder of its own: the language choice is written there.
    QVERIFY(m_config.isValid());
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_config.path()));
    QCoreApplication::setOrganizationName(client::AppSettings::organizationName());
    QCoreApplication::setApplicationName(client::AppSettings::applicationName());
    QVERIFY(ui::Translations::install(*qApp, QStringLiteral("en")));
}

void TestTranslations::cleanup() {
    QVERIFY(ui::Translations::install(*qApp, QStringLiteral("en")));
}

QString TestTranslations::countdownText(const ui::IdleWarningDialog &dialog,
                                        const QString &marker) {
    for (const QLabel *label : dialog.findChildren<QLabel *>()) {
        if (label->text().contains(marker))
            return label->text();
    }
    return {};
}

QStringList TestTranslations::menuTitles(const ui::MainWindow &window) {
    QStringList titles;
    for (const QAction *menu : window.menuBar()->actions())
        titles << menu->text();
    return titles;
}

void TestTranslations::englishPluralsAreWords() {
    ui::IdleWarningDialog dialog;
    const QString marker = QStringLiteral("signed out in");
    dialog.setRemainingSeconds(1);
    QVERIFY2(countdownText(dialog, marker).contains(QLatin1String("signed out in 1 second,")),
             qPrintable(countdownText(dialog, marker)));
    dialog.setRemainingSeconds(26);
    QVERIFY2(countdownText(dialog, marker).contains(QLatin1String("signed out in 26 seconds,")),
             qPrintable(countdownText(dialog, marker)));
    QVERIFY(!countdownText(dialog, marker).contains(QLatin1String("(s)")));
}

void TestTranslations::englishKeepsTheGuidesStyle() {
    QCOMPARE(itemmodels::DisplayFormat::date(QDate(2020, 2, 1)), QStringLiteral("2020-Feb-01"));
    QCOMPARE(itemmodels::DisplayFormat::money({2500, QStringLiteral("USD")}),
             QStringLiteral("$25.00"));
}

void TestTranslations::germanIsOffered() {
    QStringList codes;
    for (const ui::Translations::Language &language : ui::Translations::available())
        codes << language.code;
    QVERIFY2(codes.startsWith(QStringLiteral("en")), qPrintable(codes.join(u' ')));
    QVERIFY2(codes.contains(QStringLiteral("de")), qPrintable(codes.join(u' ')));
    QCOMPARE(ui::Translations::resolve(QStringLiteral("de")), QStringLiteral("de"));
    // A language not built in is not chosen: the system's (English under LANG=C) instead.
    QCOMPARE(ui::Translations::resolve(QStringLiteral("xx")), QStringLiteral("en"));
}

void TestTranslations::germanMainWindow() {
    QVERIFY(ui::Translations::install(*qApp, QStringLiteral("de")));
    QCOMPARE(ui::Translations::active(), QStringLiteral("de"));
    client::AccountController::Options options;
    options.useKeychain = false;
    client::AccountController controller(options);
    ui::MainWindow window(&controller);
    QStringList tabs;
    for (int i = 0; i < window.tabs()->count(); ++i)
        tabs << window.tabs()->tabText(i);
    const QStringList germanTabs{QStringLiteral("&Startseite"),
                                 QStringLiteral("&Persönliche Daten"),
                                 QStringLiteral("P&rüfungshistorie"),
                                 QStringLiteral("&Zertifizierungen"),
                                 QStringLiteral("Zer&tifikate && Plaketten"),
                                 QStringLiteral("&Leistungsnachweise"),
                                 QStringLiteral("&Digitale Badges")};
    QCOMPARE(tabs, germanTabs);
    const QStringList germanMenus{QStringLiteral("&Konto"), QStringLiteral("&Bearbeiten"),
                                  QStringLiteral("&Unterlagen"), QStringLiteral("&Hilfe")};
    QCOMPARE(menuTitles(window), germanMenus);
    auto *language = window.findChild<QMenu *>(QStringLiteral("languageMenu"));
    QVERIFY(language);
    QCOMPARE(language->title(), QStringLiteral("&Sprache"));
    // Every language by its own name, whatever the window speaks.
    auto *english = window.findChild<QAction *>(QStringLiteral("languageAction_en"));
    auto *german = window.findChild<QAction *>(QStringLiteral("languageAction_de"));
    QVERIFY(english && german);
    QCOMPARE(english->text(), QStringLiteral("English"));
    QCOMPARE(german->text(), QStringLiteral("Deutsch"));
}

void TestTranslations::germanPlurals() {
    QVERIFY(ui::Translations::install(*qApp, QStringLiteral("de")));
    ui::IdleWarningDialog dialog;
    const QString marker = QStringLiteral("abgemeldet");
    dialog.setRemainingSeconds(1);
    QVERIFY2(countdownText(dialog, marker).contains(QLatin1String("in 1 Sekunde abgemeldet")),
             qPrintable(countdownText(dialog, marker)));
    dialog.setRemainingSeconds(2);
    QVERIFY2(countdownText(dialog, marker).contains(QLatin1String("in 2 Sekunden abgemeldet")),
             qPrintable(countdownText(dialog, marker)));
}

void TestTranslations::germanDatesAndMoney() {
    QVERIFY(ui::Translations::install(*qApp, QStringLiteral("de")));
    QCOMPARE(QLocale().language(), QLocale::German);
    QCOMPARE(itemmodels::DisplayFormat::date(QDate(2020, 2, 1)), QStringLiteral("01.02.2020"));
    QCOMPARE(itemmodels::DisplayFormat::monthYear(QDate(2019, 12, 1)),
             QStringLiteral("Dezember 2019"));
    // German puts the symbol after the amount, with a decimal comma and a non-breaking space.
    QCOMPARE(itemmodels::DisplayFormat::money({123450, QStringLiteral("EUR")}),
             QStringLiteral("1.234,50\u00a0€"));
    QCOMPARE(itemmodels::DisplayFormat::money({2500, QStringLiteral("USD")}),
             QStringLiteral("25,00\u00a0$"));
}

void TestTranslations::qtsOwnButtonsInGerman() {
    QVERIFY(ui::Translations::install(*qApp, QStringLiteral("de")));
    QDialogButtonBox buttons(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    QCOMPARE(buttons.button(QDialogButtonBox::Cancel)->text().remove(u'&'),
             QStringLiteral("Abbrechen"));
}

void TestTranslations::theChoiceIsKeptAndUsedAtTheNextStart() {
    QVERIFY(ui::Translations::install(*qApp, QStringLiteral("en")));
    client::AccountController::Options options;
    options.useKeychain = false;
    client::AccountController controller(options);
    ui::MainWindow window(&controller);
    auto *german = window.findChild<QAction *>(QStringLiteral("languageAction_de"));
    auto *system = window.findChild<QAction *>(QStringLiteral("languageAction_system"));
    QVERIFY(german && system);
    QVERIFY(system->isChecked());
    QCOMPARE(client::AppSettings().language(), QString());
    // Choosing German says, in English and in German, that it applies from the next start.
    ui::MessageBox::setNextAnswer(QMessageBox::Ok);
    german->trigger();
    const QString notice = ui::MessageBox::lastText();
    QVERIFY2(notice.contains(QLatin1String("next start")), qPrintable(notice));
    QVERIFY2(notice.contains(QStringLiteral("nächsten Start")), qPrintable(notice));
    QCOMPARE(client::AppSettings().language(), QStringLiteral("de"));

    // The next start reads the choice: a new window over the kept setting speaks German.
    QVERIFY(ui::Translations::install(*qApp, client::AppSettings().language()));
    ui::MainWindow next(&controller);
    QCOMPARE(next.tabs()->tabText(0), QStringLiteral("&Startseite"));
    QVERIFY(next.findChild<QAction *>(QStringLiteral("languageAction_de"))->isChecked());

    // And back to the system's language (English here): the setting is removed.
    ui::MessageBox::setNextAnswer(QMessageBox::Ok);
    next.findChild<QAction *>(QStringLiteral("languageAction_system"))->trigger();
    QCOMPARE(client::AppSettings().language(), QString());
}

QTEST_MAIN(TestTranslations)
#include "TestTranslations.moc"
