#include "DemoAccount.h"

#include "itemmodels/AgreementsModel.h"
#include "itemmodels/AttributesModel.h"
#include "itemmodels/BadgesModel.h"
#include "itemmodels/CeActivitiesModel.h"
#include "itemmodels/CeCreditsModel.h"
#include "itemmodels/CertificationHistoryModel.h"
#include "itemmodels/CertificationsModel.h"
#include "itemmodels/DisplayFormat.h"
#include "itemmodels/ExamsModel.h"
#include "itemmodels/FulfillmentModel.h"
#include "itemmodels/IdentifiersModel.h"
#include "itemmodels/ItemRoles.h"
#include "itemmodels/RequirementProgressModel.h"
#include "itemmodels/SettingsQuestionsModel.h"
#include "itemmodels/TransactionsModel.h"
#include "itemmodels/TranscriptsModel.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QImage>
#include <QSignalSpy>
#include <QtTest>

using namespace certtrack;
using namespace certtrack::itemmodels;

namespace {

QString text(const QAbstractItemModel &model, int row, int column,
             const QModelIndex &parent = QModelIndex()) {
    return model.index(row, column, parent).data().toString();
}

QVariant sortValue(const QAbstractItemModel &model, int row, int column,
                   const QModelIndex &parent = QModelIndex()) {
    return model.index(row, column, parent).data(SortRole);
}

// Runs a model through the tester while it is filled, refilled the same size, emptied and
// filled again: the transitions are where models break.
template <typename Model> void exerciseUpdates(Model &model, const domain::AccountData &full) {
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setAccountData(full);
    model.setAccountData(full);
    model.setAccountData(domain::AccountData());
    QCOMPARE(model.rowCount(), 0);
    model.setAccountData(full);
    QVERIFY(model.rowCount() > 0);
}

} // namespace

class TestItemModels : public QObject {
    Q_OBJECT

private slots:
    void displayFormat();
    void everyModelPassesTheTester();
    void exams();
    void agreements();
    void ceActivitiesTree();
    void transactions();
    void certificationsGroupedByTrack();
    void requirementProgress();
    void ceCreditsAndHistory();
    void fulfillment();
    void transcripts();
    void badges();
    void badBadgeSvgGivesNoImage();
    void personalInfo();
    void sameSizeUpdateKeepsRows();
};

void TestItemModels::displayFormat() {
    QCOMPARE(DisplayFormat::date(QDate(2020, 2, 1)), QStringLiteral("2020-Feb-01"));
    QCOMPARE(DisplayFormat::date(QDate()), QString());
    QCOMPARE(DisplayFormat::expiry(std::nullopt), QStringLiteral("Never"));
    QCOMPARE(DisplayFormat::expiry(QDate(2010, 2, 21)), QStringLiteral("2010-Feb-21"));
    QCOMPARE(DisplayFormat::dateOrNa(std::nullopt), QStringLiteral("n/a"));
    QCOMPARE(DisplayFormat::monthYear(QDate(2019, 12, 5)), QStringLiteral("December 2019"));
    QCOMPARE(DisplayFormat::monthYear(std::nullopt), QStringLiteral("n/a"));
    QCOMPARE(DisplayFormat::textOrNa(QString()), QStringLiteral("n/a"));
    // English month names whatever the person's locale.
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    QCOMPARE(DisplayFormat::date(QDate(2020, 3, 1)), QStringLiteral("2020-Mar-01"));
    QCOMPARE(DisplayFormat::monthYear(QDate(2019, 3, 1)), QStringLiteral("March 2019"));
    QLocale::setDefault(QLocale::c());
    QVERIFY(DisplayFormat::expirySortKey(std::nullopt) > QDate(9000, 1, 1));
    QVERIFY(DisplayFormat::startSortKey(std::nullopt) < QDate(1900, 1, 1));
}

void TestItemModels::everyModelPassesTheTester() {
    const domain::AccountData data = test::demoAccountData();
    ExamsModel exams;
    exerciseUpdates(exams, data);
    AgreementsModel agreements;
    exerciseUpdates(agreements, data);
    CeActivitiesModel activities;
    exerciseUpdates(activities, data);
    TransactionsModel transactions;
    exerciseUpdates(transactions, data);
    CertificationsModel certifications;
    exerciseUpdates(certifications, data);
    FulfillmentModel fulfillment;
    exerciseUpdates(fulfillment, data);
    TranscriptsModel transcripts;
    exerciseUpdates(transcripts, data);
    BadgesModel badges;
    exerciseUpdates(badges, data);
    SettingsQuestionsModel settings;
    exerciseUpdates(settings, data);
    AttributesModel attributes;
    exerciseUpdates(attributes, data);
    IdentifiersModel identifiers;
    exerciseUpdates(identifiers, data);

    const domain::CertificationDetail &ccna = data.certifications.at(1);
    RequirementProgressModel progress;
    QAbstractItemModelTester progressTester(&progress,
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
    progress.setProgress(ccna.progress);
    progress.setProgress(std::nullopt);
    progress.setProgress(ccna.progress);
    CeCreditsModel credits;
    QAbstractItemModelTester creditsTester(&credits,
                                           QAbstractItemModelTester::FailureReportingMode::QtTest);
    credits.setCredits(ccna.ceCredits);
    credits.setCredits({});
    CertificationHistoryModel history;
    QAbstractItemModelTester historyTester(&history,
                                           QAbstractItemModelTester::FailureReportingMode::QtTest);
    history.setHistory(ccna.history);
    history.setHistory({});
}

void TestItemModels::exams() {
    ExamsModel model;
    model.setAccountData(test::demoAccountData());
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.columnCount(), int(ExamsModel::ColumnCount));
    QCOMPARE(model.headerData(ExamsModel::RegistrationNumber, Qt::Horizontal).toString(),
             QStringLiteral("Registration number"));
    QCOMPARE(text(model, 0, ExamsModel::Code), QStringLiteral("350-001"));
    QCOMPARE(text(model, 0, ExamsModel::Name), QStringLiteral("CCIE Routing and Switching"));
    QCOMPARE(text(model, 0, ExamsModel::RegistrationNumber), QStringLiteral("219142598"));
    QCOMPARE(text(model, 0, ExamsModel::Grade), QStringLiteral("Pass"));
    QCOMPARE(text(model, 0, ExamsModel::Date), QStringLiteral("2007-Feb-21"));
    QCOMPARE(text(model, 0, ExamsModel::Expires), QStringLiteral("2010-Feb-21"));
    QCOMPARE(text(model, 1, ExamsModel::Grade), QStringLiteral("Fail"));
    QCOMPARE(text(model, 1, ExamsModel::Expires), QStringLiteral("Never"));
    // Display and sort roles differ: the sort role is the date itself.
    QCOMPARE(sortValue(model, 0, ExamsModel::Date), QVariant(QDate(2007, 2, 21)));
    QCOMPARE(sortValue(model, 1, ExamsModel::Expires).toDate(), QDate(9999, 12, 31));
    QCOMPARE(model.index(0, ExamsModel::Grade).data(Qt::AccessibleTextRole).toString(),
             QStringLiteral("Grade: Pass"));
    QVERIFY(!model.index(0, ExamsModel::Code).data(Qt::UserRole + 999).isValid());
    QVERIFY(!model.index(99, 0).isValid());
}

void TestItemModels::agreements() {
    AgreementsModel model;
    model.setAccountData(test::demoAccountData());
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(text(model, 0, AgreementsModel::Name),
             QStringLiteral("Cisco Certification and Confidentiality Agreement (V9)"));
    QCOMPARE(text(model, 0, AgreementsModel::ActiveDate), QStringLiteral("2006-Jun-20"));
    QCOMPARE(text(model, 0, AgreementsModel::Expires), QStringLiteral("Never"));
    QCOMPARE(model.index(0, 0).data(IdRole).toString(), QStringLiteral("cca-v9"));
}

void TestItemModels::ceActivitiesTree() {
    CeActivitiesModel model;
    model.setAccountData(test::demoAccountData());
    QCOMPARE(model.rowCount(), 2);
    const QModelIndex first = model.index(0, CeActivitiesModel::Name);
    QCOMPARE(first.data().toString(), QStringLiteral("Cisco CE Credits"));
    QCOMPARE(text(model, 0, CeActivitiesModel::ActiveDate), QStringLiteral("2020-Feb-01"));
    QCOMPARE(text(model, 0, CeActivitiesModel::Expires), QStringLiteral("2023-Feb-01"));
    QCOMPARE(text(model, 0, CeActivitiesModel::Review), QStringLiteral("n/a"));
    QCOMPARE(text(model, 0, CeActivitiesModel::Points), QStringLiteral("5"));
    QCOMPARE(text(model, 0, CeActivitiesModel::Updated), QStringLiteral("2020-Feb-24"));
    QCOMPARE(text(model, 0, CeActivitiesModel::ProviderName), QStringLiteral("CDL 01 July CCNP"));
    QCOMPARE(text(model, 0, CeActivitiesModel::Source), QStringLiteral("CertMetrics"));
    QCOMPARE(sortValue(model, 0, CeActivitiesModel::Points), QVariant(qint64(5)));

    QCOMPARE(model.rowCount(first), 2);
    QCOMPARE(text(model, 0, 0, first), QStringLiteral("Import Source creq-20200214-200500.csv"));
    QCOMPARE(text(model, 1, 0, first), QStringLiteral("External Id 1462600"));
    QCOMPARE(text(model, 0, CeActivitiesModel::Points, first), QString());
    QCOMPARE(model.parent(model.index(1, 0, first)), first);
    // Only the first column has children; an activity without an import source has one detail.
    QCOMPARE(model.rowCount(model.index(0, CeActivitiesModel::Points)), 0);
    const QModelIndex second = model.index(1, 0);
    QCOMPARE(model.rowCount(second), 1);
    QCOMPARE(text(model, 0, 0, second), QStringLiteral("External Id 1462601"));
    QCOMPARE(model.rowCount(model.index(0, 0, second)), 0);
}

void TestItemModels::transactions() {
    TransactionsModel model;
    model.setAccountData(test::demoAccountData());
    QCOMPARE(text(model, 0, TransactionsModel::Amount), QStringLiteral("$15.00"));
    QCOMPARE(sortValue(model, 0, TransactionsModel::Amount), QVariant(qint64(1500)));
    QCOMPARE(text(model, 0, TransactionsModel::PaymentMethod), QStringLiteral("n/a"));
    QCOMPARE(text(model, 0, TransactionsModel::Status), QStringLiteral("Paid"));
    QCOMPARE(model.index(0, TransactionsModel::Amount).data(Qt::TextAlignmentRole).toInt(),
             int(Qt::AlignRight | Qt::AlignVCenter));
}

void TestItemModels::certificationsGroupedByTrack() {
    CertificationsModel model;
    model.setAccountData(test::demoAccountData());
    QCOMPARE(model.rowCount(), 2);
    const QModelIndex entry = model.index(0, 0);
    QCOMPARE(entry.data().toString(), QStringLiteral("General Certifications - Entry"));
    QVERIFY(entry.data(IsGroupRole).toBool());
    QVERIFY(!model.certification(entry));
    const QModelIndex associate = model.index(1, 0);
    QCOMPARE(model.rowCount(associate), 1);
    QCOMPARE(text(model, 0, CertificationsModel::Name, associate),
             QStringLiteral("CCNA Routing and Switching (CCNA)"));
    QCOMPARE(text(model, 0, CertificationsModel::Started, associate), QStringLiteral("n/a"));
    QCOMPARE(text(model, 0, CertificationsModel::Active, associate), QStringLiteral("2019-Dec-08"));
    QCOMPARE(text(model, 0, CertificationsModel::Expires, associate),
             QStringLiteral("2022-Dec-08"));
    QCOMPARE(text(model, 0, CertificationsModel::Downloads, associate),
             QStringLiteral("Logo, PDF Certificate"));
    QCOMPARE(text(model, 0, CertificationsModel::Downloads, entry), QStringLiteral("Logo"));
    QCOMPARE(text(model, 0, CertificationsModel::Status, associate), QStringLiteral("Active"));
    QVERIFY(entry.data(Qt::FontRole).value<QFont>().bold());
    QVERIFY(!model.index(0, 0, associate).data(Qt::FontRole).isValid());
    const QModelIndex ccna = model.index(0, 0, associate);
    QVERIFY(model.certification(ccna));
    QCOMPARE(model.certification(ccna)->id, QStringLiteral("ccna"));
    QCOMPARE(model.indexOf(QStringLiteral("ccna")), ccna);
    QVERIFY(!model.indexOf(QStringLiteral("nope")).isValid());
    QCOMPARE(ccna.data(IdRole).toString(), QStringLiteral("ccna"));
}

void TestItemModels::requirementProgress() {
    const domain::AccountData data = test::demoAccountData();
    RequirementProgressModel model;
    model.setProgress(data.certifications.at(1).progress);
    QCOMPARE(model.rowCount(), 1);
    const QModelIndex root = model.index(0, 0);
    QCOMPARE(root.data().toString(), QStringLiteral("1 - (0 / 1)"));
    QCOMPARE(model.rowCount(root), 2);
    const QModelIndex credits = model.index(1, 0, root);
    QCOMPARE(credits.data().toString(), QStringLiteral("1.2 - (10 / 30)"));
    QCOMPARE(model.index(1, RequirementProgressModel::Description, root).data().toString(),
             QStringLiteral("Earn 30 CE credits"));
    QCOMPARE(model.index(1, RequirementProgressModel::State, root).data().toString(),
             QStringLiteral("In progress"));
    QCOMPARE(credits.data(StateRole).toInt(), int(domain::RequirementProgress::State::InProgress));
    QCOMPARE(model.parent(credits), root);
    QCOMPARE(model.rowCount(credits), 0);
    model.setProgress(std::nullopt);
    QCOMPARE(model.rowCount(), 0);
}

void TestItemModels::ceCreditsAndHistory() {
    const domain::CertificationDetail ccna = test::demoAccountData().certifications.at(1);
    CeCreditsModel credits;
    credits.setCredits(ccna.ceCredits);
    QCOMPARE(credits.rowCount(), 2);
    QCOMPARE(credits.headerData(CeCreditsModel::InactiveDate, Qt::Horizontal).toString(),
             QStringLiteral("Inactive Date"));
    QCOMPARE(text(credits, 0, CeCreditsModel::ActiveDate), QStringLiteral("2020-Feb-01"));
    QCOMPARE(text(credits, 0, CeCreditsModel::InactiveDate), QStringLiteral("2023-Feb-01"));
    QCOMPARE(text(credits, 0, CeCreditsModel::Points), QStringLiteral("5"));
    QCOMPARE(text(credits, 0, CeCreditsModel::Status), QStringLiteral("Active"));
    CertificationHistoryModel history;
    history.setHistory(ccna.history);
    QCOMPARE(text(history, 0, 0), QStringLiteral("2020-Jan-01"));
    QCOMPARE(text(history, 0, 1), QStringLiteral("Manually granted certification"));
}

void TestItemModels::fulfillment() {
    FulfillmentModel model;
    model.setAccountData(test::demoAccountData());
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(
        text(model, 0, FulfillmentModel::Name),
        QStringLiteral("Cisco Certified Network Associate Routing and Switching (Certificate)"));
    QCOMPARE(text(model, 0, FulfillmentModel::VerificationCode), QStringLiteral("V7L4P3MC"));
    QCOMPARE(text(model, 0, FulfillmentModel::Queued), QStringLiteral("December 2019"));
    QCOMPARE(text(model, 0, FulfillmentModel::Sent), QStringLiteral("n/a"));
    QCOMPARE(text(model, 0, FulfillmentModel::Complete), QStringLiteral("n/a"));
    QCOMPARE(text(model, 0, FulfillmentModel::Status), QStringLiteral("n/a"));
    QCOMPARE(text(model, 2, FulfillmentModel::Name), QStringLiteral("4013 Recognition (Letter)"));
    QCOMPARE(sortValue(model, 2, FulfillmentModel::Queued), QVariant(QDate(2019, 11, 20)));
    QCOMPARE(model.index(2, FulfillmentModel::Queued).data(Qt::ToolTipRole).toString(),
             QStringLiteral("2019-Nov-20"));
    // A name that already carries its kind is not decorated twice.
    domain::FulfillmentItem named;
    named.name = QStringLiteral("4011 Recognition (Letter)");
    named.kind = QStringLiteral("letter");
    QCOMPARE(FulfillmentModel::itemName(named), QStringLiteral("4011 Recognition (Letter)"));
}

void TestItemModels::transcripts() {
    TranscriptsModel model;
    model.setAccountData(test::demoAccountData());
    QCOMPARE(model.columnCount(), 7);
    QCOMPARE(model.headerData(TranscriptsModel::Views, Qt::Horizontal).toString(),
             QStringLiteral("# Views"));
    QCOMPARE(model.headerData(TranscriptsModel::Share, Qt::Horizontal).toString(),
             QStringLiteral("Share"));
    QCOMPARE(text(model, 0, TranscriptsModel::Description), QStringLiteral("Active"));
    QCOMPARE(text(model, 0, TranscriptsModel::ExpiresAfter), QStringLiteral("2019-Dec-10"));
    QCOMPARE(text(model, 0, TranscriptsModel::DisplayOptions), QStringLiteral("Name"));
    QCOMPARE(text(model, 0, TranscriptsModel::Views), QStringLiteral("3"));
    QCOMPARE(text(model, 0, TranscriptsModel::LastViewed), QStringLiteral("Never"));
    QCOMPARE(sortValue(model, 0, TranscriptsModel::Views), QVariant(qint64(3)));
    QVERIFY(model.index(0, 0)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("15KDEQ4K1BV1133H")));
    QVERIFY(text(model, 0, TranscriptsModel::Share).contains(QStringLiteral("LinkedIn")));
    QVERIFY(!model.index(0, TranscriptsModel::ExpiresAfter).data(Qt::ForegroundRole).isValid());

    // Expired ones say so where the date is read, and stand out.
    domain::AccountData account = test::demoAccountData();
    account.transcripts.first().state = domain::Transcript::State::Expired;
    model.setAccountData(account);
    QCOMPARE(text(model, 0, TranscriptsModel::ExpiresAfter),
             QStringLiteral("2019-Dec-10 (Expired)"));
    QVERIFY(model.index(0, TranscriptsModel::ExpiresAfter).data(Qt::ForegroundRole).isValid());
    QVERIFY(text(model, 0, TranscriptsModel::Share).contains(QStringLiteral("Not shareable")));
}

void TestItemModels::badges() {
    BadgesModel model;
    model.setAccountData(test::demoAccountData());
    QCOMPARE(text(model, 0, BadgesModel::Name),
             QStringLiteral("Cisco Certified Network Associate"));
    QCOMPARE(text(model, 0, BadgesModel::Issuer), QStringLiteral("Cisco"));
    QCOMPARE(text(model, 0, BadgesModel::IssuedOn), QStringLiteral("2019-Dec-08"));
    const QImage image = model.index(0, 0).data(ImageRole).value<QImage>();
    QCOMPARE(image.size(), QSize(128, 128));
    // The circle is drawn: the centre has the badge's blue, the corner stays transparent.
    QCOMPARE(image.pixelColor(64, 64), QColor(0x1d, 0x6f, 0xb8));
    QCOMPARE(image.pixelColor(0, 0).alpha(), 0);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setImageSize(QSize(64, 64));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(model.index(0, 0).data(ImageRole).value<QImage>().size(), QSize(64, 64));
    QVERIFY(
        model.index(0, 0).data(DatesTextRole).toString().contains(QStringLiteral("2022-Dec-08")));
}

void TestItemModels::badBadgeSvgGivesNoImage() {
    QVERIFY(BadgesModel::renderSvg(QStringLiteral("<svg"), QSize(32, 32)).isNull());
    QVERIFY(BadgesModel::renderSvg(QStringLiteral("not svg at all"), QSize(32, 32)).isNull());
    QVERIFY(BadgesModel::renderSvg(QString(), QSize(32, 32)).isNull());
    domain::AccountData data = test::demoAccountData();
    data.badges[0].imageSvg = QStringLiteral("<svg><unclosed");
    BadgesModel model;
    model.setAccountData(data);
    QVERIFY(!model.index(0, 0).data(Qt::DecorationRole).isValid());
    QCOMPARE(text(model, 0, BadgesModel::Name),
             QStringLiteral("Cisco Certified Network Associate"));
}

void TestItemModels::personalInfo() {
    const domain::AccountData data = test::demoAccountData();
    AttributesModel attributes;
    attributes.setAccountData(data);
    QCOMPARE(text(attributes, 0, AttributesModel::Label), QStringLiteral("CCDE Number"));
    QCOMPARE(text(attributes, 0, AttributesModel::Value), QStringLiteral("[Nothing set]"));
    QCOMPARE(text(attributes, 2, AttributesModel::Value), QStringLiteral("Jester"));
    QCOMPARE(text(attributes, 3, AttributesModel::Value), QStringLiteral("8682608"));
    IdentifiersModel identifiers;
    identifiers.setAccountData(data);
    QCOMPARE(text(identifiers, 1, IdentifiersModel::Label), QStringLiteral("Vue Testing ID"));
    QCOMPARE(text(identifiers, 1, IdentifiersModel::Value), QStringLiteral("226754252"));
    SettingsQuestionsModel settings;
    settings.setAccountData(data);
    QCOMPARE(text(settings, 0, SettingsQuestionsModel::Title), QStringLiteral("Cisco Employee *"));
    QCOMPARE(text(settings, 0, SettingsQuestionsModel::Question),
             QStringLiteral("Are you a Cisco employee?"));
    QCOMPARE(text(settings, 0, SettingsQuestionsModel::Answer), QStringLiteral("No"));
    QVERIFY(
        text(settings, 1, SettingsQuestionsModel::Answer).contains(QStringLiteral("not answered")));
}

void TestItemModels::sameSizeUpdateKeepsRows() {
    domain::AccountData data = test::demoAccountData();
    ExamsModel model;
    model.setAccountData(data);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    data.exams[0].registrationNumber = QStringLiteral("changed");
    model.setAccountData(data);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(text(model, 0, ExamsModel::RegistrationNumber), QStringLiteral("changed"));
    data.exams.removeLast();
    model.setAccountData(data);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), 3);
}

QTEST_MAIN(TestItemModels)
#include "TestItemModels.moc"
