// The translations built into the client: English plural forms ("1 second", "26 seconds"
// where the source says "%n second(s)").
#include "ui/IdleWarningDialog.h"
#include "ui/Translations.h"

#include <QApplication>
#include <QLabel>
#include <QTest>

using namespace certtrack;

class TestTranslations : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void englishPluralsAreWords();

private:
    static QString countdownText(const ui::IdleWarningDialog &dialog);
};

void TestTranslations::initTestCase() {
    QVERIFY(ui::Translations::install(*qApp));
}

QString TestTranslations::countdownText(const ui::IdleWarningDialog &dialog) {
    for (const QLabel *label : dialog.findChildren<QLabel *>()) {
        if (label->text().contains(QLatin1String("signed out in")))
            return label->text();
    }
    return {};
}

void TestTranslations::englishPluralsAreWords() {
    ui::IdleWarningDialog dialog;
    dialog.setRemainingSeconds(1);
    QVERIFY2(countdownText(dialog).contains(QLatin1String("signed out in 1 second,")),
             qPrintable(countdownText(dialog)));
    dialog.setRemainingSeconds(26);
    QVERIFY2(countdownText(dialog).contains(QLatin1String("signed out in 26 seconds,")),
             qPrintable(countdownText(dialog)));
    QVERIFY(!countdownText(dialog).contains(QLatin1String("(s)")));
}

QTEST_MAIN(TestTranslations)
#include "TestTranslations.moc"
