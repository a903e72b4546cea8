#include "DemoAccount.h"

#include "itemmodels/CeActivitiesModel.h"
#include "itemmodels/CertificationsModel.h"
#include "itemmodels/ExamsModel.h"
#include "itemmodels/FulfillmentModel.h"
#include "itemmodels/ItemRoles.h"
#include "itemmodels/SortFilterProxyModel.h"

#include <QAbstractItemModelTester>
#include <QStandardItemModel>
#include <QtTest>

using namespace certtrack;
using namespace certtrack::itemmodels;

namespace {

QStringList column(const QAbstractItemModel &model, int column,
                   const QModelIndex &parent = QModelIndex()) {
    QStringList values;
    for (int row = 0; row < model.rowCount(parent); ++row)
        values << model.index(row, column, parent).data().toString();
    return values;
}

} // namespace

class TestSortFilterProxyModel : public QObject {
    Q_OBJECT

private slots:
    void sortsDatesAsDates();
    void neverExpiringSortsLast();
    void sortsTextWithCollationAndNumbers();
    void filtersOnEveryWord();
    void filterFindsCeDetailsAndKeepsParent();
    void filterOnParentKeepsChildren();
    void sortsTreeWithinTracks();
    void survivesSourceUpdatesUnderTester();
};

void TestSortFilterProxyModel::sortsDatesAsDates() {
    ExamsModel exams;
    exams.setAccountData(test::demoAccountData());
    SortFilterProxyModel proxy;
    proxy.setSourceModel(&exams);
    proxy.sort(ExamsModel::Date, Qt::AscendingOrder);
    // As text "1995-Oct-04" < "2006-Jan-01" < "2006-Jun-20" happens to hold, so check months
    // that sort differently as text: Jan, Jun within 2006, and the month order Feb < Jun.
    QCOMPARE(column(proxy, ExamsModel::Date),
             (QStringList{QStringLiteral("1995-Oct-04"), QStringLiteral("2006-Jan-01"),
                          QStringLiteral("2006-Jun-20"), QStringLiteral("2007-Feb-21")}));

    FulfillmentModel fulfillment;
    fulfillment.setAccountData(test::demoAccountData());
    SortFilterProxyModel byQueued;
    byQueued.setSourceModel(&fulfillment);
    byQueued.sort(FulfillmentModel::Queued, Qt::AscendingOrder);
    // "November 2019" sorts before "December 2019" only as a date.
    QCOMPARE(column(byQueued, FulfillmentModel::VerificationCode),
             (QStringList{QStringLiteral("VLV7K532E"), QStringLiteral("CBX0395KI"), QString(),
                          QStringLiteral("V7L4P3MC")}));
    byQueued.sort(FulfillmentModel::Queued, Qt::DescendingOrder);
    QCOMPARE(byQueued.index(0, FulfillmentModel::VerificationCode).data().toString(),
             QStringLiteral("V7L4P3MC"));
}

void TestSortFilterProxyModel::neverExpiringSortsLast() {
    ExamsModel exams;
    exams.setAccountData(test::demoAccountData());
    SortFilterProxyModel proxy;
    proxy.setSourceModel(&exams);
    proxy.sort(ExamsModel::Expires, Qt::AscendingOrder);
    QCOMPARE(column(proxy, ExamsModel::Expires).constLast(), QStringLiteral("Never"));
    QCOMPARE(column(proxy, ExamsModel::Expires).constFirst(), QStringLiteral("1998-Oct-04"));
}

void TestSortFilterProxyModel::sortsTextWithCollationAndNumbers() {
    QStandardItemModel model;
    for (const char *name : {"item 10", "Item 9", "item 100", "éclair", "Zebra", "apple"}) {
        auto *item = new QStandardItem(QString::fromUtf8(name));
        item->setData(QString::fromUtf8(name), SortRole);
        model.appendRow(item);
    }
    SortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.sort(0, Qt::AscendingOrder);
    const QStringList sorted = column(proxy, 0);
    // Case-insensitive, numbers inside text compared as numbers.
    QCOMPARE(sorted.indexOf(QStringLiteral("apple")), 0);
    QVERIFY(sorted.indexOf(QStringLiteral("Item 9")) < sorted.indexOf(QStringLiteral("item 10")));
    QVERIFY(sorted.indexOf(QStringLiteral("item 10")) < sorted.indexOf(QStringLiteral("item 100")));
    QCOMPARE(sorted.constLast(), QStringLiteral("Zebra"));
}

void TestSortFilterProxyModel::filtersOnEveryWord() {
    ExamsModel exams;
    exams.setAccountData(test::demoAccountData());
    SortFilterProxyModel proxy;
    proxy.setSourceModel(&exams);
    proxy.setFilterText(QStringLiteral("security"));
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, ExamsModel::Code).data().toString(), QStringLiteral("350-018"));
    // Words may match different columns; all must match.
    proxy.setFilterText(QStringLiteral("  routing   fail "));
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, ExamsModel::RegistrationNumber).data().toString(),
             QStringLiteral("n7dnt508"));
    QCOMPARE(proxy.filterText(), QStringLiteral("routing fail"));
    // Display text is what is searched: "Never" matches, a raw date does not.
    proxy.setFilterText(QStringLiteral("never"));
    QCOMPARE(proxy.rowCount(), 1);
    proxy.setFilterText(QStringLiteral("2007-02-21"));
    QCOMPARE(proxy.rowCount(), 0);
    proxy.setFilterText(QStringLiteral("no such exam"));
    QCOMPARE(proxy.rowCount(), 0);
    proxy.setFilterText(QString());
    QCOMPARE(proxy.rowCount(), 4);
}

void TestSortFilterProxyModel::filterFindsCeDetailsAndKeepsParent() {
    CeActivitiesModel activities;
    activities.setAccountData(test::demoAccountData());
    SortFilterProxyModel proxy;
    proxy.setSourceModel(&activities);
    proxy.setFilterText(QStringLiteral("1462600"));
    QCOMPARE(proxy.rowCount(), 1);
    const QModelIndex parent = proxy.index(0, 0);
    QCOMPARE(proxy.index(0, CeActivitiesModel::ProviderName).data().toString(),
             QStringLiteral("CDL 01 July CCNP"));
    QCOMPARE(column(proxy, 0, parent), QStringList{QStringLiteral("External Id 1462600")});
}

void TestSortFilterProxyModel::filterOnParentKeepsChildren() {
    CeActivitiesModel activities;
    activities.setAccountData(test::demoAccountData());
    SortFilterProxyModel proxy;
    proxy.setSourceModel(&activities);
    proxy.setFilterText(QStringLiteral("cdl"));
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.rowCount(proxy.index(0, 0)), 2);
    QCOMPARE(proxy.index(0, 0, proxy.index(0, 0)).data().toString(),
             QStringLiteral("Import Source creq-20200214-200500.csv"));
}

void TestSortFilterProxyModel::sortsTreeWithinTracks() {
    CeActivitiesModel activities;
    activities.setAccountData(test::demoAccountData());
    SortFilterProxyModel proxy;
    proxy.setSourceModel(&activities);
    proxy.sort(CeActivitiesModel::Points, Qt::DescendingOrder);
    QCOMPARE(column(proxy, CeActivitiesModel::Points),
             (QStringList{QStringLiteral("12"), QStringLiteral("5")}));
    // Details keep their own order under whatever column sorts the activities.
    const QModelIndex five = proxy.index(1, 0);
    QCOMPARE(column(proxy, 0, five),
             (QStringList{QStringLiteral("Import Source creq-20200214-200500.csv"),
                          QStringLiteral("External Id 1462600")}));

    CertificationsModel certifications;
    certifications.setAccountData(test::demoAccountData());
    SortFilterProxyModel tracks;
    tracks.setSourceModel(&certifications);
    tracks.sort(CertificationsModel::Expires, Qt::AscendingOrder);
    QCOMPARE(column(tracks, 0), (QStringList{QStringLiteral("General Certifications - Associate"),
                                             QStringLiteral("General Certifications - Entry")}));
    tracks.setFilterText(QStringLiteral("ccent"));
    QCOMPARE(column(tracks, 0), QStringList{QStringLiteral("General Certifications - Entry")});
}

void TestSortFilterProxyModel::survivesSourceUpdatesUnderTester() {
    CeActivitiesModel activities;
    SortFilterProxyModel proxy;
    proxy.setSourceModel(&activities);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.sort(CeActivitiesModel::Updated, Qt::AscendingOrder);
    proxy.setFilterText(QStringLiteral("external"));
    activities.setAccountData(test::demoAccountData());
    QCOMPARE(proxy.rowCount(), 2);
    activities.setAccountData(domain::AccountData());
    QCOMPARE(proxy.rowCount(), 0);
    activities.setAccountData(test::demoAccountData());
    proxy.setFilterText(QString());
    QCOMPARE(proxy.rowCount(), 2);
}

QTEST_MAIN(TestSortFilterProxyModel)
#include "TestSortFilterProxyModel.moc"
