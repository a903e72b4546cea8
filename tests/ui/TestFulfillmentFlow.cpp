// Certificates & Plaques → Claim & Purchase Fulfillment through the real widgets against a real
// certtrackd: the free initial kit claimed without a payment step and then offered only at its
// price; a paid purchase whose shipping form refuses a non-Roman character (naming it) and takes
// double-byte text in the localized block, paid on the server's sandbox checkout page (the test
// plays the browser) and noticed by the dialog's polling, then shown in the history and the
// e-commerce transactions; a declined payment paid again with a fresh checkout page; an order
// paid later from the history and another abandoned from there; a double click on Confirm and
// on Pay that makes one order; a draft left behind by closing the dialog (even while Purchase is
// on its way) abandoned on the server; an order abandoned by the server after 24 h unpaid while
// the dialog waits for it, said plainly, with a new purchase from there; and the purchase
// explained as needing the server when offline.
#include "TestHttp.h"
#include "TestServer.h"

#include "client/AccountController.h"
#include "client/OrderService.h"
#include "client/OrderWatcher.h"
#include "itemmodels/CatalogueModel.h"
#include "itemmodels/ItemRoles.h"
#include "ui/CertificatesPage.h"
#include "ui/ExternalLinks.h"
#include "ui/MainWindow.h"
#include "ui/MessageBox.h"
#include "ui/Theme.h"
#include "ui/fulfillment/CatalogueStep.h"
#include "ui/fulfillment/FulfillmentDialog.h"
#include "ui/fulfillment/ShippingForm.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>
#include <QTreeView>

using namespace certtrack;
using Step = ui::FulfillmentDialog::Step;
using State = domain::Order::State;

namespace {

constexpr int kWaitMs = 30000;
const QString kLogin = QStringLiteral("CSCO10000000");
const QString kPassword = QStringLiteral("certtrack-demo");

// Types any text as key presses (QTest::keyClicks takes Latin-1 only), as an input method would
// deliver it: one key event carrying each character.
void typeText(QWidget *widget, const QString &text) {
    const QList<uint> characters = text.toUcs4();
    for (const uint c : characters) {
        const char32_t character = c;
        QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString::fromUcs4(&character, 1),
                            Qt::NoModifier);
    }
}

// On its indicator: a radio button takes clicks on its circle and label only.
void clickRadio(QRadioButton *radio) {
    QTest::mouseClick(radio, Qt::LeftButton, {}, QPoint(8, radio->height() / 2));
}

} // namespace

class TestFulfillmentFlow : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void freeKitIsClaimedWithoutAPaymentStep();
    void paidPurchaseIsApprovedInTheBrowser();
    void declinedPaymentIsPaidAgain();
    void unpaidOrdersArePaidOrAbandonedFromTheHistory();
    void doubleClicksMakeOneOrder();
    void closingAbandonsTheDraftLeftBehind();
    void orderAbandonedByTheServerWhileWaiting();
    void paymentByKeyboardWithBackAndNoBrowser();
    void offlinePurchaseNeedsTheServer();

private:
    template <typename T> T *find(QObject *root, const QString &name) {
        T *widget = root->findChild<T *>(name);
        if (!widget)
            qWarning("no widget named %s", qPrintable(name));
        return widget;
    }
    ui::CertificatesPage *page() const {
        return static_cast<ui::CertificatesPage *>(m_window->page(ui::MainWindow::CertificatesTab));
    }
    // Clicks "Claim & Purchase Fulfillment" and waits for the server's catalogue.
    ui::FulfillmentDialog *openDialog();
    // Ticks the catalogue row named `name` by clicking its Description cell; false if missing.
    bool tick(ui::FulfillmentDialog *dialog, const QString &name);
    const domain::CatalogueItem *offer(ui::FulfillmentDialog *dialog, const QString &name);
    void click(QObject *root, const QString &name);
    // Purchase → shipping (prefilled) → Confirm → the payment step of a paid order.
    void toPaymentStep(ui::FulfillmentDialog *dialog, const QString &item);
    // Picks the method, clicks Pay and returns the checkout page the dialog opened.
    QUrl pay(ui::FulfillmentDialog *dialog, const QString &methodButton);
    // What the sandbox page's buttons post; returns the HTTP status.
    int answerCheckout(const QUrl &url, const QString &action);
    QJsonArray serverOrders();
    // The state certtrackd reports for that order; empty when it does not list it.
    QString serverOrderState(const QString &orderId);
    const domain::FulfillmentItem *historyRow(const QString &orderId, const QString &name);
    // The status of that history row; empty while it is not there.
    QString historyStatus(const QString &orderId, const QString &name) {
        const domain::FulfillmentItem *row = historyRow(orderId, name);
        return row ? row->status : QString();
    }
    bool selectHistoryRow(const QString &orderId);

    test::TestServer m_server;
    std::unique_ptr<test::TestHttp> m_http;
    QString m_token;
    std::unique_ptr<client::AccountController> m_controller;
    std::unique_ptr<ui::MainWindow> m_window;
    QList<QUrl> m_opened;
    bool m_browserOpens = true; // what the stand-in browser answers
};

void TestFulfillmentFlow::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    // The product's look: its fonts decide where the shipping form's headings wrap.
    ui::Theme::apply(*qApp);
    QVERIFY2(m_server.start(), qPrintable(m_server.error()));
    m_http = std::make_unique<test::TestHttp>(m_server.caFile());
    m_token = m_http->passwordToken(m_server.baseUrl(), kLogin, kPassword);
    QVERIFY(!m_token.isEmpty());
    client::AccountController::Options options;
    options.useKeychain = false;
    m_controller = std::make_unique<client::AccountController>(options);
    m_window = std::make_unique<ui::MainWindow>(m_controller.get());
    m_controller->signIn(client::ServerEndpoint{m_server.baseUrl(), m_server.caFile()}, kLogin,
                         kPassword, false);
    QTRY_VERIFY_WITH_TIMEOUT(m_controller->isSignedIn() && m_controller->lastSynced().isValid(),
                             kWaitMs);
    // The catalogue comes with every sync, so the tab has it at once.
    QVERIFY(!m_controller->data().catalogue.items.isEmpty());
    m_window->resize(1200, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->tabs()->setCurrentIndex(ui::MainWindow::CertificatesTab);
    ui::ExternalLinks::setHandlerForTests([this](const QUrl &url) {
        m_opened.append(url);
        return m_browserOpens;
    });
}

void TestFulfillmentFlow::cleanupTestCase() {
    ui::ExternalLinks::setHandlerForTests({});
    m_window.reset();
    m_controller.reset();
}

void TestFulfillmentFlow::click(QObject *root, const QString &name) {
    auto *button = find<QAbstractButton>(root, name);
    QVERIFY(button);
    QTRY_VERIFY_WITH_TIMEOUT(button->isVisible() && button->isEnabled(), kWaitMs);
    QTest::mouseClick(button, Qt::LeftButton);
}

ui::FulfillmentDialog *TestFulfillmentFlow::openDialog() {
    auto *claim = find<QPushButton>(page(), QStringLiteral("claimFulfillment"));
    if (!claim || !QTest::qWaitFor([claim] { return claim->isEnabled(); }, kWaitMs))
        return nullptr;
    QTest::mouseClick(claim, Qt::LeftButton);
    ui::FulfillmentDialog *dialog = page()->dialog();
    if (!dialog || !QTest::qWaitForWindowExposed(dialog))
        return nullptr;
    auto *progress = find<QWidget>(dialog, QStringLiteral("fulfillmentProgress"));
    if (!QTest::qWaitFor([progress] { return !progress->isVisible(); }, kWaitMs))
        return nullptr;
    return dialog;
}

const domain::CatalogueItem *TestFulfillmentFlow::offer(ui::FulfillmentDialog *dialog,
                                                        const QString &name) {
    for (const domain::CatalogueItem &item : dialog->catalogueStep()->model()->catalogue().items) {
        if (item.name == name)
            return &item;
    }
    return nullptr;
}

bool TestFulfillmentFlow::tick(ui::FulfillmentDialog *dialog, const QString &name) {
    auto *view = find<QTreeView>(dialog, QStringLiteral("catalogueView"));
    QAbstractItemModel *model = view->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, itemmodels::CatalogueModel::Name).data().toString() != name)
            continue;
        const QModelIndex cell = model->index(row, itemmodels::CatalogueModel::Description);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(cell).center());
        return model->index(row, itemmodels::CatalogueModel::Name).data(Qt::CheckStateRole) ==
               Qt::Checked;
    }
    return false;
}

void TestFulfillmentFlow::toPaymentStep(ui::FulfillmentDialog *dialog, const QString &item) {
    QVERIFY(tick(dialog, item));
    click(dialog, QStringLiteral("purchase"));
    QTRY_COMPARE_WITH_TIMEOUT(dialog->step(), Step::Shipping, kWaitMs);
    click(dialog, QStringLiteral("confirmShipping"));
    QTRY_COMPARE_WITH_TIMEOUT(dialog->step(), Step::Payment, kWaitMs);
}

QUrl TestFulfillmentFlow::pay(ui::FulfillmentDialog *dialog, const QString &methodButton) {
    const qsizetype opened = m_opened.size();
    auto *method = find<QRadioButton>(dialog, methodButton);
    if (!method || !QTest::qWaitFor([method] { return method->isEnabled(); }, kWaitMs))
        return {};
    clickRadio(method);
    auto *payButton = find<QPushButton>(dialog, QStringLiteral("pay"));
    if (!payButton->isEnabled()) {
        qWarning("Pay is not enabled after choosing %s (checked %d, enabled %d, visible %d)",
                 qPrintable(methodButton), method->isChecked(), method->isEnabled(),
                 method->isVisible());
        return {};
    }
    QTest::mouseClick(payButton, Qt::LeftButton);
    if (!QTest::qWaitFor([&] { return m_opened.size() > opened; }, kWaitMs)) {
        qWarning("no checkout page opened: %s",
                 qPrintable(find<QLabel>(dialog, QStringLiteral("fulfillmentMessage"))->text()));
        return {};
    }
    return m_opened.last();
}

int TestFulfillmentFlow::answerCheckout(const QUrl &url, const QString &action) {
    const test::HttpResult result =
        m_http->request("POST", url, {{"Content-Type", "application/x-www-form-urlencoded"}},
                        "action=" + action.toUtf8());
    return result.status;
}

QJsonArray TestFulfillmentFlow::serverOrders() {
    const test::HttpResult result = m_http->get(m_server.apiUrl(QStringLiteral("me/orders")),
                                                {{"Authorization", "Bearer " + m_token.toUtf8()}});
    return result.json().object().value(QLatin1String("items")).toArray();
}

QString TestFulfillmentFlow::serverOrderState(const QString &orderId) {
    const QJsonArray orders = serverOrders();
    for (const QJsonValue &order : orders) {
        if (order.toObject().value(QLatin1String("id")).toString() == orderId)
            return order.toObject().value(QLatin1String("state")).toString();
    }
    return {};
}

const domain::FulfillmentItem *TestFulfillmentFlow::historyRow(const QString &orderId,
                                                               const QString &name) {
    for (const domain::FulfillmentItem &item : m_controller->data().fulfillment) {
        if (item.orderId == orderId && item.name == name)
            return &item;
    }
    return nullptr;
}

bool TestFulfillmentFlow::selectHistoryRow(const QString &orderId) {
    auto *view = find<QTreeView>(page(), QStringLiteral("fulfillmentView"));
    QAbstractItemModel *model = view->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        if (index.data(itemmodels::OrderIdRole).toString() == orderId) {
            view->setCurrentIndex(index);
            return true;
        }
    }
    return false;
}

void TestFulfillmentFlow::freeKitIsClaimedWithoutAPaymentStep() {
    ui::FulfillmentDialog *dialog = openDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->step(), Step::Catalogue);
    auto *view = find<QTreeView>(dialog, QStringLiteral("catalogueView"));
    QCOMPARE(view->model()->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Name"));
    QCOMPARE(view->model()->headerData(1, Qt::Horizontal).toString(),
             QStringLiteral("Description"));
    QCOMPARE(view->model()->headerData(2, Qt::Horizontal).toString(), QStringLiteral("Price"));
    const domain::CatalogueItem *kit = offer(dialog, QStringLiteral("ENCOR Certificate"));
    QVERIFY(kit);
    QVERIFY(kit->initialKit);
    QCOMPARE(kit->price.display(), QStringLiteral("$0.00"));
    const domain::CatalogueItem *ccent = offer(dialog, QStringLiteral("CCENT Certificate"));
    QVERIFY(ccent);
    QCOMPARE(ccent->price.display(), QStringLiteral("$15.00"));

    // Nothing ticked: no purchase, no tracking; the total follows the boxes.
    auto *purchase = find<QPushButton>(dialog, QStringLiteral("purchase"));
    auto *tracking = find<QCheckBox>(dialog, QStringLiteral("tracking"));
    auto *total = find<QLabel>(dialog, QStringLiteral("catalogueTotal"));
    QVERIFY(!purchase->isEnabled());
    QVERIFY(!tracking->isEnabled());
    QVERIFY(tracking->text().contains(QStringLiteral("$10.00")));
    QVERIFY(tracking->text().contains(QStringLiteral("for Printed Certificates")));
    QVERIFY(tick(dialog, QStringLiteral("CCENT Certificate")));
    QCOMPARE(total->text(), QStringLiteral("Total: $15.00"));
    QVERIFY(tracking->isEnabled());
    tracking->setChecked(true);
    QCOMPARE(total->text(), QStringLiteral("Total: $25.00"));
    QVERIFY(!tick(dialog, QStringLiteral("CCENT Certificate"))); // unticked again
    tracking->setChecked(false);
    QVERIFY(tick(dialog, QStringLiteral("ENCOR Certificate")));
    QCOMPARE(total->text(), QStringLiteral("Total: $0.00"));

    QList<Step> steps;
    connect(dialog, &ui::FulfillmentDialog::stepChanged, this,
            [&steps](Step step) { steps.append(step); });
    click(dialog, QStringLiteral("purchase"));
    QTRY_COMPARE_WITH_TIMEOUT(dialog->step(), Step::Shipping, kWaitMs);
    // Prefilled from the profile.
    QCOMPARE(find<QLineEdit>(dialog, QStringLiteral("firstName"))->text(), QStringLiteral("John"));
    QCOMPARE(find<QLineEdit>(dialog, QStringLiteral("lastName"))->text(), QStringLiteral("Doe"));
    QCOMPARE(find<QComboBox>(dialog, QStringLiteral("country"))->currentData().toString(),
             QStringLiteral("US"));
    click(dialog, QStringLiteral("confirmShipping"));
    QTRY_COMPARE_WITH_TIMEOUT(dialog->step(), Step::Confirmation, kWaitMs);
    QVERIFY(!steps.contains(Step::Payment));
    QVERIFY(!steps.contains(Step::Waiting));
    QCOMPARE(domain::toString(dialog->order().state), domain::toString(State::Queued));
    QCOMPARE(find<QLabel>(dialog, QStringLiteral("confirmationMessage"))->text(),
             QStringLiteral("The following fulfillment kits have been successfully purchased "
                            "and submitted."));
    QVERIFY(find<QLabel>(dialog, QStringLiteral("confirmationNote"))
                ->text()
                .contains(QStringLiteral("Please allow 6-8 weeks for processing and shipping")));
    auto *lines = find<QTreeView>(dialog, QStringLiteral("confirmationLines"));
    QCOMPARE(lines->model()->rowCount(), 1);
    QCOMPARE(lines->model()->index(0, 0).data().toString(), QStringLiteral("ENCOR Certificate"));
    QCOMPARE(lines->model()->index(0, 1).data().toString(), QStringLiteral("$0.00"));
    const QString orderId = dialog->order().id;
    click(dialog, QStringLiteral("confirmationClose"));
    QTRY_VERIFY(!page()->dialog());

    // The history shows it queued, and no payment was taken.
    QTRY_COMPARE_WITH_TIMEOUT(historyStatus(orderId, QStringLiteral("ENCOR Certificate")),
                              QStringLiteral("Queued"), kWaitMs);
    for (const domain::Transaction &t : m_controller->data().transactions) {
        if (t.orderId == orderId)
            QCOMPARE(t.amount.minorUnits, 0);
    }

    // Claimed once: the same certificate is now offered at its price only.
    dialog = openDialog();
    QVERIFY(dialog);
    kit = offer(dialog, QStringLiteral("ENCOR Certificate"));
    QVERIFY(kit);
    QVERIFY(!kit->initialKit);
    QCOMPARE(kit->price.display(), QStringLiteral("$15.00"));
    int freeOffers = 0;
    for (const domain::CatalogueItem &item : dialog->catalogueStep()->model()->catalogue().items)
        freeOffers += item.initialKit && item.name == QStringLiteral("ENCOR Certificate") ? 1 : 0;
    QCOMPARE(freeOffers, 0);
    dialog->reject();
    QTRY_VERIFY(!page()->dialog());
}

void TestFulfillmentFlow::paidPurchaseIsApprovedInTheBrowser() {
    ui::FulfillmentDialog *dialog = openDialog();
    QVERIFY(dialog);
    QVERIFY(tick(dialog, QStringLiteral("CCENT Certificate")));
    find<QCheckBox>(dialog, QStringLiteral("tracking"))->setChecked(true);
    click(dialog, QStringLiteral("purchase"));
    QTRY_COMPARE_WITH_TIMEOUT(dialog->step(), Step::Shipping, kWaitMs);
    QCOMPARE(domain::toString(dialog->order().state), domain::toString(State::Draft));
    QVERIFY(dialog->order().tracking);

    // A character outside the Roman alphabet is named under its field as it is typed.
    auto *firstName = find<QLineEdit>(dialog, QStringLiteral("firstName"));
    auto *firstNameError = find<QLabel>(dialog, QStringLiteral("firstNameError"));
    QVERIFY(firstNameError->isHidden());
    firstName->setFocus();
    firstName->end(false);
    typeText(firstName, QStringLiteral("é"));
    QVERIFY(!firstNameError->isHidden());
    QVERIFY2(firstNameError->text().contains(QStringLiteral("First Name")),
             qPrintable(firstNameError->text()));
    QVERIFY2(firstNameError->text().contains(QStringLiteral("é")),
             qPrintable(firstNameError->text()));
    // Confirm refuses while it is there, and nothing reaches the server. The message appears
    // without moving the form: the field is where the pointer left it.
    const QPoint fieldBefore = firstName->mapTo(dialog, QPoint(0, 0));
    click(dialog, QStringLiteral("confirmShipping"));
    QCOMPARE(dialog->step(), Step::Shipping);
    QVERIFY(find<QLabel>(dialog, QStringLiteral("shippingMessage"))->isVisible());
    QVERIFY(!find<QLabel>(dialog, QStringLiteral("shippingMessage"))->text().isEmpty());
    QCoreApplication::processEvents();
    QCOMPARE(firstName->mapTo(dialog, QPoint(0, 0)), fieldBefore);
    QTest::keyClick(firstName, Qt::Key_Backspace);
    QVERIFY(firstNameError->isHidden());

    // A bad email shape is refused as it is typed too.
    auto *email = find<QLineEdit>(dialog, QStringLiteral("email"));
    const QString goodEmail = email->text();
    email->selectAll();
    QTest::keyClicks(email, QStringLiteral("john at example"));
    QVERIFY(!find<QLabel>(dialog, QStringLiteral("emailError"))->isHidden());
    email->selectAll();
    QTest::keyClicks(email, goodEmail);
    QVERIFY(find<QLabel>(dialog, QStringLiteral("emailError"))->isHidden());

    // Double-byte text is welcome in the localized block.
    auto *localizedLastName = find<QLineEdit>(dialog, QStringLiteral("localizedLastName"));
    typeText(localizedLastName, QStringLiteral("山田"));
    typeText(find<QLineEdit>(dialog, QStringLiteral("localizedCity")), QStringLiteral("東京都"));
    QVERIFY(find<QLabel>(dialog, QStringLiteral("localizedLastNameError"))->isHidden());
    QVERIFY(find<QLabel>(dialog, QStringLiteral("localizedCityError"))->isHidden());

    // The server's own 422 lands on the same fields (sent past the form's checks here).
    domain::ShippingDetails bad = dialog->shippingForm()->details();
    bad.demographics.lastName = QStringLiteral("Dö");
    std::optional<client::OrderReply> refused;
    dialog->service()->setShipping(dialog->order().id, bad, this,
                                   [&refused](const client::OrderReply &r) { refused = r; });
    QTRY_VERIFY_WITH_TIMEOUT(refused.has_value(), kWaitMs);
    QVERIFY(refused->error);
    QCOMPARE(refused->error->httpStatus, 422);
    QVERIFY(dialog->shippingForm()->showServerErrors(refused->error->fieldErrors).isEmpty());
    const QString lastNameError =
        dialog->shippingForm()->errorText(QStringLiteral("demographics.lastName"));
    QVERIFY2(lastNameError.contains(QStringLiteral("Last Name")) &&
                 lastNameError.contains(QStringLiteral("ö")),
             qPrintable(lastNameError));

    click(dialog, QStringLiteral("confirmShipping"));
    QTRY_COMPARE_WITH_TIMEOUT(dialog->step(), Step::Payment, kWaitMs);
    QVERIFY(dialog->order().shipping);
    QCOMPARE(dialog->order().shipping->localized.lastName, QStringLiteral("山田"));
    QCOMPARE(dialog->order().total.display(), QStringLiteral("$25.00"));
    // No method chosen yet: nothing to pay with.
    QVERIFY(!find<QPushButton>(dialog, QStringLiteral("pay"))->isEnabled());

    const QUrl checkout = pay(dialog, QStringLiteral("methodPayPal"));
    QVERIFY(checkout.isValid());
    QCOMPARE(checkout.host(), m_server.baseUrl().host());
    QVERIFY(checkout.path().startsWith(QStringLiteral("/checkout/")));
    QCOMPARE(dialog->step(), Step::Waiting);
    QVERIFY(find<QLabel>(dialog, QStringLiteral("waitingTitle"))
                ->text()
                .contains(QStringLiteral("Waiting for payment in your browser")));
    QCOMPARE(domain::toString(dialog->order().state), domain::toString(State::AwaitingPayment));

    // A closed browser: the page opens again, at the same address.
    click(dialog, QStringLiteral("reopenCheckout"));
    QCOMPARE(m_opened.last(), checkout);

    // The person pays on the sandbox page; the dialog notices by itself.
    QCOMPARE(m_http->get(checkout).status, 200);
    QCOMPARE(answerCheckout(checkout, QStringLiteral("approve")), 200);
    QTRY_COMPARE_WITH_TIMEOUT(dialog->step(), Step::Confirmation, kWaitMs);
    const QString orderId = dialog->order().id;
    auto *lines = find<QTreeView>(dialog, QStringLiteral("confirmationLines"));
    QCOMPARE(lines->model()->rowCount(), 2); // the certificate and the tracking
    QCOMPARE(lines->model()->index(0, 0).data().toString(), QStringLiteral("CCENT Certificate"));
    QCOMPARE(lines->model()->index(0, 1).data().toString(), QStringLiteral("$15.00"));
    QCOMPARE(lines->model()->index(1, 1).data().toString(), QStringLiteral("$10.00"));
    QCOMPARE(find<QLabel>(dialog, QStringLiteral("confirmationTotal"))->text(),
             QStringLiteral("Total: $25.00"));
    QVERIFY(!dialog->watcher()->isWatching());
    click(dialog, QStringLiteral("confirmationClose"));

    // The history row and the e-commerce transaction arrive with the sync that followed.
    QTRY_COMPARE_WITH_TIMEOUT(historyStatus(orderId, QStringLiteral("CCENT Certificate")),
                              QStringLiteral("Paid"), kWaitMs);
    const auto approved = [this, &orderId] {
        for (const domain::Transaction &t : m_controller->data().transactions) {
            if (t.orderId == orderId && t.status == QStringLiteral("Approved"))
                return t.amount.display() == QStringLiteral("$25.00");
        }
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(approved(), kWaitMs);
    // A used checkout page no longer takes a payment.
    QVERIFY(answerCheckout(checkout, QStringLiteral("approve")) >= 400);
}

void TestFulfillmentFlow::declinedPaymentIsPaidAgain() {
    ui::FulfillmentDialog *dialog = openDialog();
    QVERIFY(dialog);
    toPaymentStep(dialog, QStringLiteral("CCENT Certificate"));
    const QUrl first = pay(dialog, QStringLiteral("methodCreditCard"));
    QVERIFY(first.isValid());
    QCOMPARE(answerCheckout(first, QStringLiteral("decline")), 200);

    // Back at the payment step, told why, with every way out.
    QTRY_COMPARE_WITH_TIMEOUT(dialog->step(), Step::Payment, kWaitMs);
    QCOMPARE(domain::toString(dialog->order().state), domain::toString(State::Declined));
    auto *outcome = find<QLabel>(dialog, QStringLiteral("paymentOutcome"));
    QVERIFY(outcome->isVisible());
    QVERIFY(outcome->text().contains(QStringLiteral("declined")));
    QVERIFY(find<QPushButton>(dialog, QStringLiteral("payLater"))->isEnabled());
    QVERIFY(find<QPushButton>(dialog, QStringLiteral("abandon"))->isEnabled());
    const QString orderId = dialog->order().id;

    // Pay again with another card: a fresh page; the old one is dead.
    const QUrl second = pay(dialog, QStringLiteral("methodDebitCard"));
    QVERIFY(second.isValid());
    QVERIFY(second != first);
    QCOMPARE(dialog->order().id, orderId);
    QCOMPARE(domain::toString(dialog->order().paymentMethod),
             domain::toString(domain::Order::PaymentMethod::DebitCard));
    QVERIFY(answerCheckout(first, QStringLiteral("approve")) >= 400);
    QCOMPARE(answerCheckout(second, QStringLiteral("approve")), 200);
    QTRY_COMPARE_WITH_TIMEOUT(dialog->step(), Step::Confirmation, kWaitMs);
    click(dialog, QStringLiteral("confirmationClose"));

    // Both attempts are e-commerce transactions of the one order.
    const auto statuses = [this, &orderId] {
        QStringList found;
        for (const domain::Transaction &t : m_controller->data().transactions) {
            if (t.orderId == orderId)
                found.append(t.status);
        }
        found.sort();
        return found;
    };
    QTRY_COMPARE_WITH_TIMEOUT(
        statuses(), (QStringList{QStringLiteral("Approved"), QStringLiteral("Declined")}), kWaitMs);
}

void TestFulfillmentFlow::unpaidOrdersArePaidOrAbandonedFromTheHistory() {
    // One order left waiting: "Pay later" closes the dialog.
    ui::FulfillmentDialog *dialog = openDialog();
    QVERIFY(dialog);
    toPaymentStep(dialog, QStringLiteral("ENCOR Certificate"));
    const QUrl abandonedPage = pay(dialog, QStringLiteral("methodPayPal"));
    QVERIFY(abandonedPage.isValid());
    const QString laterId = dialog->order().id;
    click(dialog, QStringLiteral("waitingPayLater"));
    QTRY_VERIFY(!page()->dialog());

    // The history shows it waiting, with the actions for it.
    QTRY_COMPARE_WITH_TIMEOUT(historyStatus(laterId, QStringLiteral("ENCOR Certificate")),
                              QStringLiteral("Awaiting payment"), kWaitMs);
    auto *awaiting = find<QLabel>(page(), QStringLiteral("ordersAwaitingPayment"));
    QTRY_VERIFY(awaiting->isVisible());
    auto *payOrder = find<QPushButton>(page(), QStringLiteral("payOrder"));
    auto *abandonOrder = find<QPushButton>(page(), QStringLiteral("abandonOrder"));
    QVERIFY(selectHistoryRow(laterId));
    QVERIFY(payOrder->isEnabled());
    QVERIFY(abandonOrder->isEnabled());

    // Abandoned from the history after a confirmation; its page no longer takes a payment.
    ui::MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(abandonOrder, Qt::LeftButton);
    QVERIFY(ui::MessageBox::lastText().contains(laterId));
    QTRY_COMPARE_WITH_TIMEOUT(historyStatus(laterId, QStringLiteral("ENCOR Certificate")),
                              QStringLiteral("Abandoned"), kWaitMs);
    QVERIFY(answerCheckout(abandonedPage, QStringLiteral("approve")) >= 400);
    QVERIFY(selectHistoryRow(laterId));
    QVERIFY(!payOrder->isEnabled());

    // Another one cancelled on the checkout page, then paid from the history.
    dialog = openDialog();
    QVERIFY(dialog);
    toPaymentStep(dialog, QStringLiteral("CCENT Certificate"));
    const QUrl cancelledPage = pay(dialog, QStringLiteral("methodPayPal"));
    QCOMPARE(answerCheckout(cancelledPage, QStringLiteral("cancel")), 200);
    QTRY_COMPARE_WITH_TIMEOUT(domain::toString(dialog->order().state),
                              domain::toString(State::Cancelled), kWaitMs);
    QCOMPARE(dialog->step(), Step::Payment);
    QVERIFY(find<QLabel>(dialog, QStringLiteral("paymentOutcome"))
                ->text()
                .contains(QStringLiteral("cancelled")));
    const QString cancelledId = dialog->order().id;
    click(dialog, QStringLiteral("payLater"));
    QTRY_VERIFY(!page()->dialog());
    QTRY_COMPARE_WITH_TIMEOUT(historyStatus(cancelledId, QStringLiteral("CCENT Certificate")),
                              QStringLiteral("Cancelled"), kWaitMs);
    QVERIFY(selectHistoryRow(cancelledId));
    QTRY_VERIFY(payOrder->isEnabled());
    QTest::mouseClick(payOrder, Qt::LeftButton);
    dialog = page()->dialog();
    QVERIFY(dialog);
    QTRY_COMPARE_WITH_TIMEOUT(dialog->step(), Step::Payment, kWaitMs);
    QCOMPARE(dialog->order().id, cancelledId);
    const QUrl again = pay(dialog, QStringLiteral("methodCreditCard"));
    QVERIFY(again.isValid() && again != cancelledPage);
    QCOMPARE(answerCheckout(again, QStringLiteral("approve")), 200);
    QTRY_COMPARE_WITH_TIMEOUT(dialog->step(), Step::Confirmation, kWaitMs);
    click(dialog, QStringLiteral("confirmationClose"));
    QTRY_COMPARE_WITH_TIMEOUT(historyStatus(cancelledId, QStringLiteral("CCENT Certificate")),
                              QStringLiteral("Paid"), kWaitMs);
}

void TestFulfillmentFlow::doubleClicksMakeOneOrder() {
    const qsizetype before = serverOrders().size();
    ui::FulfillmentDialog *dialog = openDialog();
    QVERIFY(dialog);
    QVERIFY(tick(dialog, QStringLiteral("CCENT Certificate")));
    auto *purchase = find<QPushButton>(dialog, QStringLiteral("purchase"));
    QTest::mouseDClick(purchase, Qt::LeftButton);
    QTest::mouseClick(purchase, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(dialog->step(), Step::Shipping, kWaitMs);
    auto *confirm = find<QPushButton>(dialog, QStringLiteral("confirmShipping"));
    QTest::mouseDClick(confirm, Qt::LeftButton);
    QTest::mouseClick(confirm, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(dialog->step(), Step::Payment, kWaitMs);
    clickRadio(find<QRadioButton>(dialog, QStringLiteral("methodCreditCard")));
    const qsizetype opened = m_opened.size();
    auto *payButton = find<QPushButton>(dialog, QStringLiteral("pay"));
    QTest::mouseDClick(payButton, Qt::LeftButton);
    QTest::mouseClick(payButton, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(dialog->step(), Step::Waiting, kWaitMs);
    // Let any stray second request land before counting.
    QTRY_VERIFY_WITH_TIMEOUT(
        !find<QWidget>(dialog, QStringLiteral("fulfillmentProgress"))->isVisible(), kWaitMs);
    QCOMPARE(m_opened.size(), opened + 1);

    const QJsonArray after = serverOrders();
    QCOMPARE(after.size(), before + 1);
    const QJsonObject newest = after.first().toObject();
    QCOMPARE(newest.value(QLatin1String("id")).toString(), dialog->order().id);
    QCOMPARE(newest.value(QLatin1String("state")).toString(), QStringLiteral("awaiting_payment"));

    // Abandoned from the dialog, after a confirmation.
    ui::MessageBox::setNextAnswer(QMessageBox::Yes);
    click(dialog, QStringLiteral("waitingAbandon"));
    QTRY_VERIFY_WITH_TIMEOUT(!page()->dialog(), kWaitMs);
    const QJsonArray finally = serverOrders();
    QCOMPARE(finally.first().toObject().value(QLatin1String("state")).toString(),
             QStringLiteral("abandoned"));
}

void TestFulfillmentFlow::closingAbandonsTheDraftLeftBehind() {
    // Closed with Escape on the shipping form: the draft Purchase made is abandoned on the server.
    ui::FulfillmentDialog *dialog = openDialog();
    QVERIFY(dialog);
    QVERIFY(tick(dialog, QStringLiteral("CCENT Certificate")));
    click(dialog, QStringLiteral("purchase"));
    QTRY_COMPARE_WITH_TIMEOUT(dialog->step(), Step::Shipping, kWaitMs);
    const QString shippingDraft = dialog->order().id;
    QVERIFY(!shippingDraft.isEmpty());
    QCOMPARE(serverOrderState(shippingDraft), QStringLiteral("draft"));
    // Side by side, both blocks start their fields at the same height, also when narrower, where
    // a heading or a description may take two lines.
    const auto top = [dialog](const char *name) {
        const QWidget *form = dialog->shippingForm();
        return form->findChild<QWidget *>(QString::fromLatin1(name))->mapTo(form, QPoint()).y();
    };
    QCOMPARE(top("firstName"), top("localizedFirstName"));
    QCOMPARE(top("lastName"), top("localizedLastName"));
    const QSize wide = dialog->size();
    dialog->resize(dialog->minimumSizeHint().width(), wide.height());
    QVERIFY(dialog->width() < wide.width());
    QTRY_COMPARE(top("firstName"), top("localizedFirstName"));
    dialog->resize(wide);
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(!page()->dialog());
    QTRY_COMPARE_WITH_TIMEOUT(serverOrderState(shippingDraft), QStringLiteral("abandoned"),
                              kWaitMs);

    // Closed on the payment step, shipping set but not submitted. A draft is no row of the
    // history, so this step offers no "Pay later" for it.
    dialog = openDialog();
    QVERIFY(dialog);
    toPaymentStep(dialog, QStringLiteral("CCENT Certificate"));
    QCOMPARE(domain::toString(dialog->order().state), domain::toString(State::Draft));
    QVERIFY(!find<QPushButton>(dialog, QStringLiteral("payLater"))->isVisible());
    QVERIFY(find<QPushButton>(dialog, QStringLiteral("abandon"))->isVisible());
    const QString paymentDraft = dialog->order().id;
    QVERIFY(paymentDraft != shippingDraft);
    dialog->close();
    QTRY_VERIFY(!page()->dialog());
    QTRY_COMPARE_WITH_TIMEOUT(serverOrderState(paymentDraft), QStringLiteral("abandoned"), kWaitMs);

    // Closed while Purchase is still on its way: the draft that arrives afterwards goes too.
    const qsizetype before = serverOrders().size();
    dialog = openDialog();
    QVERIFY(dialog);
    QVERIFY(tick(dialog, QStringLiteral("CCENT Certificate")));
    click(dialog, QStringLiteral("purchase"));
    dialog->reject();
    QTRY_VERIFY(!page()->dialog());
    QTRY_COMPARE_WITH_TIMEOUT(serverOrders().size(), before + 1, kWaitMs);
    const QString lateDraft =
        serverOrders().first().toObject().value(QLatin1String("id")).toString();
    QVERIFY(lateDraft != paymentDraft);
    QTRY_COMPARE_WITH_TIMEOUT(serverOrderState(lateDraft), QStringLiteral("abandoned"), kWaitMs);

    // An order past draft is not touched by closing: it waits in the history.
    dialog = openDialog();
    QVERIFY(dialog);
    toPaymentStep(dialog, QStringLiteral("CCENT Certificate"));
    QVERIFY(pay(dialog, QStringLiteral("methodPayPal")).isValid());
    const QString waiting = dialog->order().id;
    dialog->close();
    QTRY_VERIFY(!page()->dialog());
    QTRY_COMPARE_WITH_TIMEOUT(historyStatus(waiting, QStringLiteral("CCENT Certificate")),
                              QStringLiteral("Awaiting payment"), kWaitMs);
    QCOMPARE(serverOrderState(waiting), QStringLiteral("awaiting_payment"));
}

void TestFulfillmentFlow::orderAbandonedByTheServerWhileWaiting() {
    ui::FulfillmentDialog *dialog = openDialog();
    QVERIFY(dialog);
    toPaymentStep(dialog, QStringLiteral("CCENT Certificate"));
    const QUrl checkout = pay(dialog, QStringLiteral("methodDebitCard"));
    QVERIFY(checkout.isValid());
    QCOMPARE(dialog->step(), Step::Waiting);
    const QString orderId = dialog->order().id;
    QVERIFY(dialog->watcher()->isWatching());
    // Short waits, so the dialog is quick to find the restarted server.
    dialog->watcher()->setIntervals(100, 400);

    // A day and an hour later, still unpaid: certtrackd abandons the order.
    QVERIFY2(m_server.restart(test::TestServer::defaultNow().addSecs(25 * 3600)),
             qPrintable(m_server.error()));
    m_token = m_http->passwordToken(m_server.baseUrl(), kLogin, kPassword);
    QVERIFY(!m_token.isEmpty());
    dialog->watcher()->pollNow();
    QTRY_COMPARE_WITH_TIMEOUT(domain::toString(dialog->order().state),
                              domain::toString(State::Abandoned), kWaitMs);
    QCOMPARE(serverOrderState(orderId), QStringLiteral("abandoned"));

    // The waiting has ended: no more polling, and the dialog says what happened and what to do.
    QVERIFY(!dialog->watcher()->isWatching());
    QCOMPARE(dialog->watcher()->currentIntervalMs(), 0);
    QCOMPARE(dialog->step(), Step::Payment);
    const QString said = find<QLabel>(dialog, QStringLiteral("paymentOutcome"))->text();
    QVERIFY2(said.contains(QStringLiteral("abandoned")) &&
                 said.contains(QStringLiteral("24 hours")) &&
                 said.contains(QStringLiteral("start a new purchase")),
             qPrintable(said));
    QVERIFY(find<QLabel>(dialog, QStringLiteral("paymentOutcome"))->isVisible());
    QVERIFY(find<QLabel>(dialog, QStringLiteral("fulfillmentStep"))
                ->text()
                .contains(QStringLiteral("Abandoned")));
    // Nothing offers to pay it any more.
    for (const char *gone : {"pay", "payLater", "abandon", "paymentMethods"})
        QVERIFY2(!find<QWidget>(dialog, QString::fromLatin1(gone))->isVisible(), gone);
    auto *startOver = find<QPushButton>(dialog, QStringLiteral("startNewPurchase"));
    QVERIFY(startOver->isVisible());
    QVERIFY(startOver->isDefault());
    QVERIFY(find<QPushButton>(dialog, QStringLiteral("paymentClose"))->isVisible());
    // Its checkout page takes no payment either.
    QVERIFY(answerCheckout(checkout, QStringLiteral("approve")) >= 400);

    // A new purchase: the catalogue again with the same choice, and a new draft.
    click(dialog, QStringLiteral("startNewPurchase"));
    QTRY_COMPARE_WITH_TIMEOUT(dialog->step(), Step::Catalogue, kWaitMs);
    QVERIFY(dialog->order().id.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), kWaitMs);
    QCOMPARE(dialog->catalogueStep()->checkedIds().size(), 1);
    QCOMPARE(find<QLabel>(dialog, QStringLiteral("catalogueTotal"))->text(),
             QStringLiteral("Total: $15.00"));
    click(dialog, QStringLiteral("purchase"));
    QTRY_COMPARE_WITH_TIMEOUT(dialog->step(), Step::Shipping, kWaitMs);
    const QString fresh = dialog->order().id;
    QVERIFY(!fresh.isEmpty() && fresh != orderId);
    QCOMPARE(serverOrderState(fresh), QStringLiteral("draft"));
    dialog->reject();
    QTRY_VERIFY(!page()->dialog());
    QTRY_COMPARE_WITH_TIMEOUT(serverOrderState(fresh), QStringLiteral("abandoned"), kWaitMs);
    QCOMPARE(serverOrderState(orderId), QStringLiteral("abandoned"));
}

void TestFulfillmentFlow::paymentByKeyboardWithBackAndNoBrowser() {
    ui::FulfillmentDialog *dialog = openDialog();
    QVERIFY(dialog);
    QApplication::setActiveWindow(dialog);
    toPaymentStep(dialog, QStringLiteral("CCENT Certificate"));
    const QString orderId = dialog->order().id;

    // The keyboard starts on the payment methods, not on "Abandon order".
    QTRY_VERIFY(qobject_cast<QRadioButton *>(QApplication::focusWidget()));
    QVERIFY(find<QWidget>(dialog, QStringLiteral("paymentMethods"))
                ->isAncestorOf(QApplication::focusWidget()));

    // Back to shipping and on again, same draft (Alt+B is Back's mnemonic).
    auto *back = find<QPushButton>(dialog, QStringLiteral("paymentBack"));
    QVERIFY(back->isVisible());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_B, Qt::AltModifier);
    QTRY_COMPARE_WITH_TIMEOUT(dialog->step(), Step::Shipping, kWaitMs);
    QCOMPARE(dialog->order().id, orderId);
    click(dialog, QStringLiteral("confirmShipping"));
    QTRY_COMPARE_WITH_TIMEOUT(dialog->step(), Step::Payment, kWaitMs);
    QCOMPARE(dialog->order().id, orderId);

    // A method chosen with Space, Enter pays; no browser takes the checkout page.
    m_browserOpens = false;
    QTRY_VERIFY(qobject_cast<QRadioButton *>(QApplication::focusWidget()));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    QTRY_VERIFY(find<QPushButton>(dialog, QStringLiteral("pay"))->isEnabled());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(dialog->step(), Step::Waiting, kWaitMs);
    m_browserOpens = true;
    QTRY_COMPARE(find<QLabel>(dialog, QStringLiteral("waitingTitle"))->text(),
                 QStringLiteral("The web browser did not open"));
    // The address is offered to copy instead of waiting for a payment that cannot start.
    auto *copy = find<QPushButton>(dialog, QStringLiteral("copyCheckoutAddress"));
    QVERIFY(copy->isVisible());
    QTest::mouseClick(copy, Qt::LeftButton);
    QCOMPARE(QUrl(QGuiApplication::clipboard()->text()), m_opened.last());
    QVERIFY(find<QLabel>(dialog, QStringLiteral("checkoutAddress"))
                ->text()
                .contains(m_opened.last().toDisplayString()));

    // Trying again with a browser that opens goes back to waiting as usual.
    click(dialog, QStringLiteral("reopenCheckout"));
    QTRY_COMPARE(find<QLabel>(dialog, QStringLiteral("waitingTitle"))->text(),
                 QStringLiteral("Waiting for payment in your browser…"));
    QVERIFY(!copy->isVisible());

    ui::MessageBox::setNextAnswer(QMessageBox::Yes);
    click(dialog, QStringLiteral("waitingAbandon"));
    QTRY_VERIFY_WITH_TIMEOUT(!page()->dialog(), kWaitMs);
}

void TestFulfillmentFlow::offlinePurchaseNeedsTheServer() {
    m_server.stop();
    m_controller->refresh();
    QTRY_COMPARE_WITH_TIMEOUT(m_controller->syncState(),
                              client::AccountController::SyncState::Offline, kWaitMs);
    // The history still shows what was synced.
    QVERIFY(!m_controller->data().orders.isEmpty());
    QTest::mouseClick(find<QPushButton>(page(), QStringLiteral("claimFulfillment")),
                      Qt::LeftButton);
    QVERIFY(!page()->dialog());
    auto *message = find<QLabel>(page(), QStringLiteral("certificatesMessage"));
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().contains(QStringLiteral("needs the server")),
             qPrintable(message->text()));
    // The reason reads as its own sentence: no "(… (Connection refused).)." nesting.
    QVERIFY2(message->text().contains(m_controller->offlineReason()), qPrintable(message->text()));
    QVERIFY2(!message->text().contains(QStringLiteral(".).")) &&
                 !message->text().contains(QStringLiteral(").)")),
             qPrintable(message->text()));
}

QTEST_MAIN(TestFulfillmentFlow)
#include "TestFulfillmentFlow.moc"
