// The Downloads column's links ("Logo, PDF Certificate"): every link and its separator drawn
// together at the cell's leading edge, left to right and right to left, and a click finding the
// link it lands on.
#include "itemmodels/ItemRoles.h"
#include "ui/LinkCellDelegate.h"

#include <QImage>
#include <QPainter>
#include <QStandardItemModel>
#include <QStyleOptionViewItem>
#include <QTest>

using namespace certtrack;

class TestLinkCellDelegate : public QObject {
    Q_OBJECT

private slots:
    void linksAndSeparatorsStayTogether_data();
    void linksAndSeparatorsStayTogether();
};

void TestLinkCellDelegate::linksAndSeparatorsStayTogether_data() {
    QTest::addColumn<bool>("rightToLeft");
    QTest::newRow("left to right") << false;
    QTest::newRow("right to left") << true;
}

void TestLinkCellDelegate::linksAndSeparatorsStayTogether() {
    QFETCH(bool, rightToLeft);
    QStandardItemModel model(1, 1);
    model.setData(
        model.index(0, 0),
        QVariantList{QVariantMap{{QStringLiteral("key"), QStringLiteral("logo")},
                                 {QStringLiteral("label"), QStringLiteral("Logo")}},
                     QVariantMap{{QStringLiteral("key"), QStringLiteral("pdf")},
                                 {QStringLiteral("label"), QStringLiteral("PDF Certificate")}}},
        itemmodels::LinksRole);
    ui::LinkCellDelegate delegate;
    QStyleOptionViewItem option;
    option.rect = QRect(0, 0, 600, 24);
    option.direction = rightToLeft ? Qt::RightToLeft : Qt::LeftToRight;
    option.font = QFont();
    option.palette.setColor(QPalette::Base, Qt::white);
    option.palette.setColor(QPalette::Text, Qt::black);
    option.palette.setColor(QPalette::Link, Qt::blue);
    option.state = QStyle::State_Enabled | QStyle::State_Active;

    QImage image(option.rect.size(), QImage::Format_RGB32);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        painter.setLayoutDirection(option.direction);
        delegate.paint(&painter, option, model.index(0, 0));
    }
    int first = image.width(), last = -1;
    for (int x = 0; x < image.width(); ++x) {
        for (int y = 0; y < image.height(); ++y) {
            if (image.pixelColor(x, y).lightness() < 200) {
                first = std::min(first, x);
                last = std::max(last, x);
                break;
            }
        }
    }
    QVERIFY(last >= 0);
    const QFontMetrics metrics(option.font);
    const int text = metrics.horizontalAdvance(QStringLiteral("Logo, PDF Certificate"));
    // All the ink lies in one run about as wide as the text, at the leading edge: nothing (a
    // separator) is left stranded at the other end of the cell.
    QVERIFY2(last - first <= text + 8,
             qPrintable(
                 QStringLiteral("ink from %1 to %2, text %3 wide").arg(first).arg(last).arg(text)));
    if (rightToLeft)
        QVERIFY(last > option.rect.right() - 12);
    else
        QVERIFY(first < 12);

    // The first link sits at the leading edge; clicks find each by its own place.
    const int leading = rightToLeft ? option.rect.right() - 8 : 8;
    QCOMPARE(delegate.linkAt(option, model.index(0, 0), QPoint(leading, 12)),
             QStringLiteral("logo"));
    const int inPdf = rightToLeft ? last - text + 10 : first + text - 10;
    QCOMPARE(delegate.linkAt(option, model.index(0, 0), QPoint(inPdf, 12)), QStringLiteral("pdf"));
}

QTEST_MAIN(TestLinkCellDelegate)
#include "TestLinkCellDelegate.moc"
