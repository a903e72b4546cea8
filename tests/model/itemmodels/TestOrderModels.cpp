// The two models of Claim & Purchase Fulfillment: the catalogue with its check boxes, tracking
// fee and total, and the lines of one order as its confirmation lists them. Both run through
// QAbstractItemModelTester while they are filled, refilled and emptied.
#include "itemmodels/CatalogueModel.h"
#include "itemmodels/ItemRoles.h"
#include "itemmodels/OrderLinesModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

using namespace certtrack;
using namespace certtrack::itemmodels;

namespace {

domain::Money usd(qint64 minorUnits) {
    domain::Money money;
    money.minorUnits = minorUnits;
    return money;
}

domain::CatalogueItem item(const char *id, const char *kind, const char *name, qint64 price,
                           bool initialKit = false) {
    domain::CatalogueItem result;
    result.id = QString::fromLatin1(id);
    result.kind = QString::fromLatin1(kind);
    result.name = QString::fromLatin1(name);
    result.description = kind == QByteArrayLiteral("plaque") ? QStringLiteral("Plaque")
                                                             : QStringLiteral("Certificate");
    result.price = usd(price);
    result.initialKit = initialKit;
    result.certificationId = result.id.section(QLatin1Char('-'), 1);
    return result;
}

// John's catalogue as the server offers it: the free CCNA kit, CCENT at its price, a plaque.
domain::FulfillmentCatalogue demoCatalogue() {
    domain::FulfillmentCatalogue catalogue;
    catalogue.items = {item("kit-ccna", "certificate", "CCNA Certificate", 0, true),
                       item("cert-ccent", "certificate", "CCENT Certificate", 1500),
                       item("plaque-ccie", "plaque", "CCIE Plaque", 4500)};
    catalogue.trackingLabel = QStringLiteral("Tracking: for Printed Certificates");
    catalogue.trackingFee = usd(1000);
    return catalogue;
}

domain::Order::Line line(const char *name, qint64 price) {
    domain::Order::Line result;
    result.catalogueItemId = QStringLiteral("cert-") + QString::fromLatin1(name).toLower();
    result.name = QString::fromLatin1(name);
    result.description = QStringLiteral("Certificate");
    result.price = usd(price);
    return result;
}

domain::Order paidOrder(bool tracking) {
    domain::Order order;
    order.id = QStringLiteral("ord-1");
    order.state = domain::Order::State::Paid;
    order.lines = {line("CCENT Certificate", 1500), line("CCIE Plaque", 4500)};
    order.tracking = tracking;
    order.trackingFee = usd(tracking ? 1000 : 0);
    order.total = usd(tracking ? 7000 : 6000);
    return order;
}

QString text(const QAbstractItemModel &model, int row, int column) {
    return model.index(row, column).data().toString();
}

QVariant checkState(const QAbstractItemModel &model, int row) {
    return model.index(row, CatalogueModel::Name).data(Qt::CheckStateRole);
}

} // namespace

class TestOrderModels : public QObject {
    Q_OBJECT

private slots:
    void catalogueModelPassesTheTester();
    void orderLinesModelPassesTheTester();
    void catalogueRows();
    void checkBoxesOnTheNameColumnOnly();
    void totalFollowsTheBoxes();
    void trackingOnlyWithAPrintedCertificate();
    void refreshedCatalogueKeepsTheBoxesStillOffered();
    void badCheckRequestsAreRefused();
    void orderLines();
    void trackingLine();
};

void TestOrderModels::catalogueModelPassesTheTester() {
    CatalogueModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const domain::FulfillmentCatalogue full = demoCatalogue();
    model.setCatalogue(full);
    model.setChecked(QStringLiteral("cert-ccent"), true);
    model.setCatalogue(full); // same size: dataChanged, no reset
    model.setChecked(QStringLiteral("cert-ccent"), false);
    domain::FulfillmentCatalogue shorter = full;
    shorter.items.removeLast();
    model.setCatalogue(shorter);
    QCOMPARE(model.rowCount(), 2);
    model.setCatalogue(domain::FulfillmentCatalogue());
    QCOMPARE(model.rowCount(), 0);
    model.setCatalogue(full);
    QCOMPARE(model.rowCount(), 3);
}

void TestOrderModels::orderLinesModelPassesTheTester() {
    OrderLinesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setOrder(paidOrder(true));
    QCOMPARE(model.rowCount(), 3);
    model.setOrder(paidOrder(true));
    model.setOrder(paidOrder(false));
    QCOMPARE(model.rowCount(), 2);
    model.setOrder(domain::Order());
    QCOMPARE(model.rowCount(), 0);
    model.setOrder(paidOrder(false));
    QCOMPARE(model.rowCount(), 2);
}

void TestOrderModels::catalogueRows() {
    CatalogueModel model;
    model.setCatalogue(demoCatalogue());
    QCOMPARE(model.columnCount(), int(CatalogueModel::ColumnCount));
    QCOMPARE(model.headerData(CatalogueModel::Name, Qt::Horizontal).toString(),
             QStringLiteral("Name"));
    QCOMPARE(model.headerData(CatalogueModel::Description, Qt::Horizontal).toString(),
             QStringLiteral("Description"));
    QCOMPARE(model.headerData(CatalogueModel::Price, Qt::Horizontal).toString(),
             QStringLiteral("Price"));
    QCOMPARE(text(model, 0, CatalogueModel::Name), QStringLiteral("CCNA Certificate"));
    QCOMPARE(text(model, 0, CatalogueModel::Description), QStringLiteral("Certificate"));
    QCOMPARE(text(model, 0, CatalogueModel::Price), QStringLiteral("$0.00"));
    QCOMPARE(text(model, 1, CatalogueModel::Price), QStringLiteral("$15.00"));
    QCOMPARE(text(model, 2, CatalogueModel::Description), QStringLiteral("Plaque"));
    // People read the price; sorting uses the amount, so $45.00 sorts after $15.00 as a number.
    QCOMPARE(model.index(1, CatalogueModel::Price).data(SortRole), QVariant(qint64(1500)));
    QCOMPARE(model.index(2, CatalogueModel::Price).data(SortRole), QVariant(qint64(4500)));
    QCOMPARE(model.index(1, CatalogueModel::Name).data(SortRole).toString(),
             QStringLiteral("CCENT Certificate"));
    QCOMPARE(model.index(1, CatalogueModel::Price).data(Qt::TextAlignmentRole).toInt(),
             int(Qt::AlignRight | Qt::AlignVCenter));
    QCOMPARE(model.index(1, CatalogueModel::Name).data(IdRole).toString(),
             QStringLiteral("cert-ccent"));
    QCOMPARE(model.index(1, CatalogueModel::Price).data(Qt::AccessibleTextRole).toString(),
             QStringLiteral("Price: $15.00"));
    // Only the initial kit explains itself.
    QVERIFY(model.index(0, CatalogueModel::Name)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("free, once")));
    QVERIFY(!model.index(1, CatalogueModel::Name).data(Qt::ToolTipRole).isValid());
    QVERIFY(!model.index(3, 0).isValid());
}

void TestOrderModels::checkBoxesOnTheNameColumnOnly() {
    CatalogueModel model;
    model.setCatalogue(demoCatalogue());
    QVERIFY(model.flags(model.index(0, CatalogueModel::Name)).testFlag(Qt::ItemIsUserCheckable));
    QVERIFY(!model.flags(model.index(0, CatalogueModel::Price)).testFlag(Qt::ItemIsUserCheckable));
    QCOMPARE(checkState(model, 0).toInt(), int(Qt::Unchecked));
    QVERIFY(!model.index(0, CatalogueModel::Price).data(Qt::CheckStateRole).isValid());

    QSignalSpy checked(&model, &CatalogueModel::checkedChanged);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    // A view sends the state as an int.
    QVERIFY(
        model.setData(model.index(1, CatalogueModel::Name), int(Qt::Checked), Qt::CheckStateRole));
    QCOMPARE(checkState(model, 1).toInt(), int(Qt::Checked));
    QCOMPARE(checked.count(), 1);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex(), model.index(1, CatalogueModel::Name));
    QCOMPARE(model.checkedIds(), QStringList{QStringLiteral("cert-ccent")});
    // Checking it again changes nothing and says nothing.
    QVERIFY(
        model.setData(model.index(1, CatalogueModel::Name), int(Qt::Checked), Qt::CheckStateRole));
    QCOMPARE(checked.count(), 1);
    // Checked ids come in catalogue order, whatever order they were ticked in.
    model.setChecked(QStringLiteral("plaque-ccie"), true);
    model.setChecked(QStringLiteral("kit-ccna"), true);
    QCOMPARE(model.checkedIds(),
             (QStringList{QStringLiteral("kit-ccna"), QStringLiteral("cert-ccent"),
                          QStringLiteral("plaque-ccie")}));
    model.setChecked(QStringLiteral("cert-ccent"), false);
    QCOMPARE(checkState(model, 1).toInt(), int(Qt::Unchecked));
    QCOMPARE(model.checkedIds(),
             (QStringList{QStringLiteral("kit-ccna"), QStringLiteral("plaque-ccie")}));
    QCOMPARE(checked.count(), 4);
}

void TestOrderModels::totalFollowsTheBoxes() {
    CatalogueModel model;
    model.setCatalogue(demoCatalogue());
    QCOMPARE(model.total(false), usd(0));
    QCOMPARE(model.total(true), usd(0)); // nothing printed: no tracking fee
    model.setChecked(QStringLiteral("cert-ccent"), true);
    QCOMPARE(model.total(false).display(), QStringLiteral("$15.00"));
    QCOMPARE(model.total(true).display(), QStringLiteral("$25.00"));
    model.setChecked(QStringLiteral("plaque-ccie"), true);
    QCOMPARE(model.total(false).display(), QStringLiteral("$60.00"));
    QCOMPARE(model.total(true).display(), QStringLiteral("$70.00")); // one fee per order
    model.setChecked(QStringLiteral("kit-ccna"), true);
    QCOMPARE(model.total(true).display(), QStringLiteral("$70.00")); // the free kit adds nothing
    model.setChecked(QStringLiteral("cert-ccent"), false);
    model.setChecked(QStringLiteral("plaque-ccie"), false);
    QCOMPARE(model.total(false).display(), QStringLiteral("$0.00"));
    QCOMPARE(model.total(true).display(), QStringLiteral("$10.00"));
    model.setChecked(QStringLiteral("kit-ccna"), false);
    QCOMPARE(model.total(true), usd(0));
}

void TestOrderModels::trackingOnlyWithAPrintedCertificate() {
    CatalogueModel model;
    model.setCatalogue(demoCatalogue());
    QVERIFY(!model.hasCheckedPrintedCertificate());
    model.setChecked(QStringLiteral("plaque-ccie"), true);
    // A plaque is not a printed certificate: tracking asked for it costs nothing.
    QVERIFY(!model.hasCheckedPrintedCertificate());
    QCOMPARE(model.total(true).display(), QStringLiteral("$45.00"));
    model.setChecked(QStringLiteral("kit-ccna"), true);
    QVERIFY(model.hasCheckedPrintedCertificate());
    QCOMPARE(model.total(true).display(), QStringLiteral("$55.00"));
    model.setChecked(QStringLiteral("kit-ccna"), false);
    QVERIFY(!model.hasCheckedPrintedCertificate());
}

void TestOrderModels::refreshedCatalogueKeepsTheBoxesStillOffered() {
    CatalogueModel model;
    model.setCatalogue(demoCatalogue());
    model.setChecked(QStringLiteral("kit-ccna"), true);
    model.setChecked(QStringLiteral("plaque-ccie"), true);
    QSignalSpy checked(&model, &CatalogueModel::checkedChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

    // The same offers again (the server's answer after the cached one): nothing changes.
    model.setCatalogue(demoCatalogue());
    QCOMPARE(checked.count(), 0);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(model.checkedIds(),
             (QStringList{QStringLiteral("kit-ccna"), QStringLiteral("plaque-ccie")}));

    // The free kit was claimed meanwhile: it is now "cert-ccna" at its price, and unchecked.
    domain::FulfillmentCatalogue after = demoCatalogue();
    after.items[0] = item("cert-ccna", "certificate", "CCNA Certificate", 1500);
    model.setCatalogue(after);
    QCOMPARE(checked.count(), 1);
    QCOMPARE(model.checkedIds(), QStringList{QStringLiteral("plaque-ccie")});
    QCOMPARE(checkState(model, 0).toInt(), int(Qt::Unchecked));
    QCOMPARE(checkState(model, 2).toInt(), int(Qt::Checked));
    QCOMPARE(text(model, 0, CatalogueModel::Price), QStringLiteral("$15.00"));
    QCOMPARE(model.total(false).display(), QStringLiteral("$45.00"));

    model.setCatalogue(domain::FulfillmentCatalogue());
    QCOMPARE(checked.count(), 2);
    QVERIFY(model.checkedIds().isEmpty());
    QCOMPARE(model.total(true), usd(0));
}

void TestOrderModels::badCheckRequestsAreRefused() {
    CatalogueModel model;
    model.setCatalogue(demoCatalogue());
    QSignalSpy checked(&model, &CatalogueModel::checkedChanged);
    QVERIFY(!model.setData(model.index(1, CatalogueModel::Price), int(Qt::Checked),
                           Qt::CheckStateRole));
    QVERIFY(
        !model.setData(model.index(1, CatalogueModel::Name), QStringLiteral("CCNA"), Qt::EditRole));
    QVERIFY(!model.setData(QModelIndex(), int(Qt::Checked), Qt::CheckStateRole));
    model.setChecked(QStringLiteral("no-such-item"), true);
    QCOMPARE(checked.count(), 0);
    QVERIFY(model.checkedIds().isEmpty());
    QCOMPARE(text(model, 1, CatalogueModel::Name), QStringLiteral("CCENT Certificate"));
}

void TestOrderModels::orderLines() {
    OrderLinesModel model;
    model.setOrder(paidOrder(false));
    QCOMPARE(model.columnCount(), int(OrderLinesModel::ColumnCount));
    QCOMPARE(model.headerData(OrderLinesModel::Name, Qt::Horizontal).toString(),
             QStringLiteral("Name"));
    QCOMPARE(model.headerData(OrderLinesModel::Price, Qt::Horizontal).toString(),
             QStringLiteral("Price"));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(text(model, 0, OrderLinesModel::Name), QStringLiteral("CCENT Certificate"));
    QCOMPARE(text(model, 0, OrderLinesModel::Price), QStringLiteral("$15.00"));
    QCOMPARE(text(model, 1, OrderLinesModel::Name), QStringLiteral("CCIE Plaque"));
    QCOMPARE(text(model, 1, OrderLinesModel::Price), QStringLiteral("$45.00"));
    QCOMPARE(model.index(1, OrderLinesModel::Price).data(SortRole), QVariant(qint64(4500)));
    QCOMPARE(model.index(0, OrderLinesModel::Name).data(SortRole).toString(),
             QStringLiteral("CCENT Certificate"));
    QCOMPARE(model.index(0, OrderLinesModel::Price).data(Qt::TextAlignmentRole).toInt(),
             int(Qt::AlignRight | Qt::AlignVCenter));
    QCOMPARE(model.index(0, OrderLinesModel::Name).data(Qt::TextAlignmentRole).toInt(),
             int(Qt::AlignLeft | Qt::AlignVCenter));
    // Lines are read, not ticked.
    QVERIFY(!model.flags(model.index(0, OrderLinesModel::Name)).testFlag(Qt::ItemIsUserCheckable));
    QVERIFY(!model.index(0, OrderLinesModel::Name).data(Qt::CheckStateRole).isValid());
}

void TestOrderModels::trackingLine() {
    OrderLinesModel model;
    model.setOrder(paidOrder(true));
    QCOMPARE(model.rowCount(), 3);
    // The fee is its own last line, after the items.
    QCOMPARE(text(model, 2, OrderLinesModel::Name), QStringLiteral("Tracking"));
    QCOMPARE(text(model, 2, OrderLinesModel::Price), QStringLiteral("$10.00"));
    QCOMPARE(model.index(2, OrderLinesModel::Price).data(SortRole), QVariant(qint64(1000)));
    QCOMPARE(text(model, 0, OrderLinesModel::Name), QStringLiteral("CCENT Certificate"));

    // The same order without tracking has no such line, and a free kit's line says $0.00.
    domain::Order freeKit;
    freeKit.state = domain::Order::State::Queued;
    freeKit.lines = {line("CCNA Certificate", 0)};
    model.setOrder(freeKit);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(text(model, 0, OrderLinesModel::Price), QStringLiteral("$0.00"));
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setOrder(paidOrder(false));
    QCOMPARE(reset.count(), 1);
    for (int row = 0; row < model.rowCount(); ++row)
        QVERIFY(text(model, row, OrderLinesModel::Name) != QStringLiteral("Tracking"));
}

QTEST_MAIN(TestOrderModels)
#include "TestOrderModels.moc"
