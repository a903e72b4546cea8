// Each flow of the guide walked from its first screen to its end with the keyboard alone, against
// a real certtrackd: sign-in and first-time mapping, the job title, a transcript created and
// shared by email, the free kit claimed through to the confirmation, the logos and the PDF
// certificate saved to files. Only key events move the flows on (Tab, Return, Space, arrows,
// Alt+mnemonics); the test reads state only to check where the keys went.
#include "AppTestSupport.h"
#include "TestHttp.h"
#include "TestServer.h"

#include "client/AccountController.h"
#include "itemmodels/CatalogueModel.h"
#include "itemmodels/ItemRoles.h"
#include "ui/AccountMappingDialog.h"
#include "ui/MainWindow.h"
#include "ui/SignInDialog.h"
#include "ui/Theme.h"
#include "ui/certificate/CertificateDialog.h"
#include "ui/certifications/LogosDialog.h"
#include "ui/fulfillment/FulfillmentDialog.h"
#include "ui/transcripts/TranscriptFormDialog.h"
#include "ui/transcripts/TranscriptShareDialog.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileDialog>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>

#include <functional>

using namespace certtrack;

namespace {

constexpr int kWaitMs = 20000;
const QString kLogin = QStringLiteral("CSCO10000000");
const QString kPassword = QStringLiteral("certtrack-demo");
const QString kDescription = QStringLiteral("Walked by keyboard");

// Where a key goes: the widget with focus, else the active window.
QWidget *keyTarget() {
    if (QWidget *focus = QApplication::focusWidget())
        return focus;
    return QApplication::activeWindow();
}

void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier) {
    QWidget *target = keyTarget();
    if (!target) {
        qWarning("no widget to send the key to");
        return;
    }
    QTest::keyClick(target, Qt::Key(key), modifiers);
}

void type(const QString &text) {
    if (QWidget *target = keyTarget())
        QTest::keyClicks(target, text);
}

QString focusName() {
    QWidget *focus = QApplication::focusWidget();
    return focus ? QString::fromLatin1(focus->metaObject()->className()) + QLatin1Char(' ') +
                       focus->objectName()
                 : QStringLiteral("(nothing)");
}

// Presses `key` until `reached` holds, at most maxPresses times; the path taken is kept for the
// failure message.
bool pressUntil(const std::function<bool()> &reached, int key, int maxPresses, QString *path,
                Qt::KeyboardModifiers modifiers = Qt::NoModifier) {
    QStringList went{focusName()};
    for (int i = 0; i < maxPresses && !reached(); ++i) {
        press(key, modifiers);
        QApplication::processEvents();
        went << focusName();
    }
    if (path)
        *path = went.join(QStringLiteral(" → "));
    return reached();
}

// Tab until the widget named `name` has focus.
bool tabTo(const QString &name, QString *path, int maxPresses = 40) {
    return pressUntil(
        [&name] {
            QWidget *focus = QApplication::focusWidget();
            return focus && focus->objectName() == name;
        },
        Qt::Key_Tab, maxPresses, path);
}

// The window becomes the active one, as a window manager makes a newly shown window.
bool activate(QWidget *window) {
    if (QTest::qWaitFor([window] { return QApplication::activeWindow() == window; }, 2000))
        return true;
    window->activateWindow();
    return QTest::qWaitFor([window] { return QApplication::activeWindow() == window; }, 5000);
}

// Answers the next modal window of type T by keys once it shows (its nested event loop runs
// while the test waits for the outcome).
template <typename T> void whenModalShows(QObject *context, const std::function<void(T *)> &keys) {
    auto *timer = new QTimer(context);
    timer->setInterval(50);
    QElapsedTimer waited;
    waited.start();
    QObject::connect(timer, &QTimer::timeout, context, [timer, keys, waited] {
        auto *modal = qobject_cast<T *>(QApplication::activeModalWidget());
        if (waited.hasExpired(kWaitMs)) { // never shown: the test's own wait reports it
            timer->stop();
            timer->deleteLater();
            qWarning("no %s showed", T::staticMetaObject.className());
            return;
        }
        if (!modal || !modal->isVisible())
            return;
        timer->stop();
        timer->deleteLater();
        modal->activateWindow();
        if (!QTest::qWaitFor([modal] { return QApplication::activeWindow() == modal; }, 2000))
            qWarning("the modal window did not become active");
        keys(modal);
    });
    timer->start();
}

// Moves the current row of the focused view with Down (and back with Up) until `wanted` holds.
bool arrowTo(QAbstractItemView *view, const std::function<bool(const QModelIndex &)> &wanted) {
    const auto found = [view, &wanted] { return wanted(view->currentIndex()); };
    if (found())
        return true;
    const int rows = 2 * (view->model() ? view->model()->rowCount() : 0) + 20;
    if (pressUntil(found, Qt::Key_Down, rows, nullptr))
        return true;
    return pressUntil(found, Qt::Key_Up, 2 * rows, nullptr);
}

} // namespace

class TestKeyboardWalks : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void firstTimeSignInByKeyboard();
    void signInByKeyboard();
    void jobTitleByKeyboard();
    void transcriptCreatedAndSharedByKeyboard();
    void freeKitClaimedByKeyboard();
    void logosByKeyboard();
    void pdfCertificateByKeyboard();
    void cleanup();

private:
    template <typename T> T *find(QObject *root, const QString &name) {
        T *widget = root ? root->findChild<T *>(name) : nullptr;
        if (!widget)
            qWarning("no widget named %s", qPrintable(name));
        return widget;
    }
    // The visible dialog of type T under the main window.
    template <typename T> T *waitForDialog() {
        T *dialog = nullptr;
        const bool shown = QTest::qWaitFor(
            [&dialog, this] {
                for (T *candidate : m_window->findChildren<T *>()) {
                    if (candidate->isVisible())
                        dialog = candidate;
                }
                return dialog != nullptr;
            },
            kWaitMs);
        return shown ? dialog : nullptr;
    }
    QJsonObject serverResource(const QString &path);

    test::TestServer m_server;
    std::unique_ptr<test::TestHttp> m_http;
    std::unique_ptr<client::AccountController> m_controller;
    std::unique_ptr<ui::SignInDialog> m_signIn;
    std::unique_ptr<ui::MainWindow> m_window;
    QTemporaryDir m_files;
};

void TestKeyboardWalks::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    ui::Theme::apply(*qApp);
    QVERIFY2(m_server.start(), qPrintable(m_server.error()));
    m_http = std::make_unique<test::TestHttp>(m_server.caFile());
    client::AccountController::Options options;
    options.useKeychain = false;
    m_controller = std::make_unique<client::AccountController>(options);
    m_signIn = std::make_unique<ui::SignInDialog>(m_controller.get());
    m_signIn->setEndpoint(client::ServerEndpoint{m_server.baseUrl(), m_server.caFile()});
    m_signIn->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_signIn.get()));
    QVERIFY(activate(m_signIn.get()));
    QVERIFY(m_files.isValid());
}

void TestKeyboardWalks::cleanupTestCase() {
    m_window.reset();
    m_signIn.reset();
    m_controller.reset();
}

// A flow that failed half-way leaves no dialog over the next one.
void TestKeyboardWalks::cleanup() {
    if (!m_window)
        return;
    for (auto *dialog : m_window->findChildren<QDialog *>())
        if (dialog->isVisible())
            dialog->reject();
    QApplication::processEvents();
}

QJsonObject TestKeyboardWalks::serverResource(const QString &path) {
    const QString token = m_http->passwordToken(m_server.baseUrl(), kLogin, kPassword);
    const test::HttpResult result =
        m_http->get(m_server.apiUrl(path), {{"Authorization", "Bearer " + token.toLatin1()}});
    return result.json().object();
}

void TestKeyboardWalks::firstTimeSignInByKeyboard() {
    // Alt+F is "First time signing in?"; the mapping dialog opens over the sign-in dialog.
    press(Qt::Key_F, Qt::AltModifier);
    ui::AccountMappingDialog *dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((dialog = m_signIn->findChild<ui::AccountMappingDialog *>()) &&
                                 dialog->isVisible(),
                             kWaitMs);
    QVERIFY(activate(dialog));
    QString path;
    QVERIFY2(tabTo(QStringLiteral("mappingEmailEdit"), &path), qPrintable(path));
    const QString email = QStringLiteral("new.candidate@example.com");
    type(email);
    press(Qt::Key_Return);
    auto *notice = find<QLabel>(dialog, QStringLiteral("mappingSentNotice"));
    QVERIFY(notice);
    QTRY_VERIFY2_WITH_TIMEOUT(
        notice->isVisible(),
        qPrintable(path + QStringLiteral(" / now ") + focusName() + QStringLiteral(" / text ") +
                   find<QLineEdit>(dialog, QStringLiteral("mappingEmailEdit"))->text()),
        kWaitMs);
    QVERIFY(find<QLabel>(dialog, QStringLiteral("mappingSentTo"))->text().contains(email));
    QCOMPARE(m_server.mailsTo(email).size(), 1);

    // Escape closes it and the keyboard is back in the sign-in dialog.
    press(Qt::Key_Escape);
    QTRY_VERIFY(!m_signIn->findChild<ui::AccountMappingDialog *>());
    QVERIFY(m_signIn->isVisible());
}

void TestKeyboardWalks::signInByKeyboard() {
    QVERIFY(activate(m_signIn.get()));
    // Alt+L is the login ID's label.
    press(Qt::Key_L, Qt::AltModifier);
    QTRY_COMPARE(focusName(), QStringLiteral("QLineEdit loginIdEdit"));
    type(kLogin);
    press(Qt::Key_Tab);
    QCOMPARE(focusName(), QStringLiteral("QLineEdit passwordEdit"));
    type(kPassword);
    QSignalSpy signedIn(m_controller.get(), &client::AccountController::signedIn);
    press(Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(signedIn.size(), 1, kWaitMs);
    QCOMPARE(m_controller->loginId(), kLogin);
    QVERIFY(test::waitForSync(m_controller.get()));

    m_signIn->hide();
    m_window = std::make_unique<ui::MainWindow>(m_controller.get());
    m_window->resize(1200, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(activate(m_window.get()));
}

void TestKeyboardWalks::jobTitleByKeyboard() {
    QVERIFY(m_window);
    press(Qt::Key_P, Qt::AltModifier); // Personal Info
    QTRY_COMPARE(m_window->tabs()->currentIndex(), int(ui::MainWindow::PersonalInfoTab));
    press(Qt::Key_B, Qt::AltModifier); // Attributes
    auto *jobTitle = find<QLineEdit>(m_window.get(), QStringLiteral("attribute_jobTitle"));
    QVERIFY(jobTitle);
    QTRY_VERIFY(jobTitle->isVisible());
    QString path;
    QVERIFY2(tabTo(QStringLiteral("attribute_jobTitle"), &path), qPrintable(path));
    press(Qt::Key_A, Qt::ControlModifier);
    type(QStringLiteral("Keyboard Jester"));
    press(Qt::Key_Return);
    const auto serverJobTitle = [this] {
        for (const QJsonValue &a : serverResource(QStringLiteral("me/attributes"))
                                       .value(QLatin1String("items"))
                                       .toArray()) {
            if (a.toObject().value(QLatin1String("id")).toString() == QLatin1String("jobTitle"))
                return a.toObject().value(QLatin1String("value")).toString();
        }
        return QString();
    };
    QTRY_COMPARE_WITH_TIMEOUT(serverJobTitle(), QStringLiteral("Keyboard Jester"), kWaitMs);
}

void TestKeyboardWalks::transcriptCreatedAndSharedByKeyboard() {
    QVERIFY(m_window);
    QVERIFY(activate(m_window.get()));
    press(Qt::Key_R, Qt::AltModifier); // Transcripts
    QTRY_COMPARE(m_window->tabs()->currentIndex(), int(ui::MainWindow::TranscriptsTab));
    auto *create = find<QPushButton>(m_window.get(), QStringLiteral("createTranscript"));
    QVERIFY(create);
    QTRY_VERIFY_WITH_TIMEOUT(create->isEnabled(), kWaitMs);
    press(Qt::Key_N, Qt::AltModifier); // Create new transcript
    auto *form = waitForDialog<ui::TranscriptFormDialog>();
    QVERIFY(form);
    QVERIFY(activate(form));

    QString path;
    QVERIFY2(tabTo(QStringLiteral("description"), &path), qPrintable(path));
    type(kDescription);
    // Only the certifications chosen below: the disclosure's radio buttons move with the arrows.
    QVERIFY2(pressUntil(
                 [] {
                     QWidget *focus = QApplication::focusWidget();
                     return focus && focus->objectName().startsWith(QLatin1String("disclosure"));
                 },
                 Qt::Key_Tab, 20, &path),
             qPrintable(path));
    auto *selected = find<QRadioButton>(form, QStringLiteral("disclosureSelected"));
    QVERIFY(selected);
    QVERIFY2(pressUntil([selected] { return selected->isChecked(); }, Qt::Key_Down, 4, &path),
             qPrintable(path));

    // CCNA ticked with Space in the certifications table.
    QVERIFY2(tabTo(QStringLiteral("transcriptCertifications"), &path), qPrintable(path));
    auto *table = find<QTableWidget>(form, QStringLiteral("transcriptCertifications"));
    const QString ccna = QStringLiteral("CCNA Routing and Switching (CCNA)");
    QVERIFY(arrowTo(table, [table, &ccna](const QModelIndex &index) {
        return index.isValid() && table->item(index.row(), 0)->text() == ccna;
    }));
    QVERIFY2(table->currentIndex().column() == 0 ||
                 pressUntil([table] { return table->currentIndex().column() == 0; }, Qt::Key_Left,
                            3, &path),
             qPrintable(path));
    press(Qt::Key_Space);
    QCOMPARE(table->item(table->currentRow(), 0)->checkState(), Qt::Checked);

    // Return saves; the server assigns the ID.
    press(Qt::Key_Return);
    auto *id = find<QLabel>(form, QStringLiteral("transcriptId"));
    const QRegularExpression idPattern(QStringLiteral("^[0-9A-HJKMNP-TV-Z]{16}$"));
    const auto errors = [form] {
        QStringList shown;
        for (auto *label : form->findChildren<QLabel *>())
            if (label->isVisible() && label->objectName().endsWith(QLatin1String("Error")))
                shown << label->objectName() + QStringLiteral(": ") + label->text();
        return shown.join(QStringLiteral("; "));
    };
    QTRY_VERIFY2_WITH_TIMEOUT(idPattern.match(id->text()).hasMatch(), qPrintable(errors()),
                              kWaitMs);
    const QString transcriptId = id->text();
    QCOMPARE(form->transcript().certificationIds, QStringList{QStringLiteral("crt-10000000-ccna")});
    press(Qt::Key_Escape);
    // Closed dialogs delete themselves: watch through a guard, not the raw pointer.
    const QPointer<QWidget> closed1(form);
    QTRY_VERIFY(!closed1 || !closed1->isVisible());
    QVERIFY(activate(m_window.get()));

    // The new transcript chosen in the list with the arrows, then Alt+S shares it.
    auto *view = find<QTreeView>(m_window.get(), QStringLiteral("transcriptsView"));
    QVERIFY(view);
    QTRY_VERIFY_WITH_TIMEOUT(
        [view] {
            for (int row = 0; row < view->model()->rowCount(); ++row)
                if (view->model()->index(row, 0).data().toString() == kDescription)
                    return true;
            return false;
        }(),
        kWaitMs);
    QVERIFY2(tabTo(QStringLiteral("transcriptsView"), &path), qPrintable(path));
    QVERIFY(arrowTo(view, [](const QModelIndex &index) {
        return index.siblingAtColumn(0).data().toString() == kDescription;
    }));
    auto *share = find<QPushButton>(m_window.get(), QStringLiteral("shareTranscript"));
    QTRY_VERIFY(share->isEnabled());
    press(Qt::Key_S, Qt::AltModifier);
    auto *dialog = waitForDialog<ui::TranscriptShareDialog>();
    QVERIFY(dialog);
    QVERIFY(activate(dialog));
    QVERIFY2(tabTo(QStringLiteral("shareTo"), &path), qPrintable(path));
    const QString to = QStringLiteral("walks@acme.example");
    type(to);
    press(Qt::Key_Return);
    auto *status = find<QLabel>(dialog, QStringLiteral("shareStatus"));
    QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("Sent to ") + to), kWaitMs);
    const QStringList mails = m_server.mailsTo(to);
    QCOMPARE(mails.size(), 1);
    QVERIFY(mails.first().contains(QStringLiteral("/transcripts/") + transcriptId));
    press(Qt::Key_Escape);
    // Closed dialogs delete themselves: watch through a guard, not the raw pointer.
    const QPointer<QWidget> closed2(dialog);
    QTRY_VERIFY(!closed2 || !closed2->isVisible());
}

void TestKeyboardWalks::freeKitClaimedByKeyboard() {
    QVERIFY(m_window);
    QVERIFY(activate(m_window.get()));
    press(Qt::Key_L, Qt::AltModifier); // Certificates & Plaques
    QTRY_COMPARE(m_window->tabs()->currentIndex(), int(ui::MainWindow::CertificatesTab));
    auto *claim = find<QPushButton>(m_window.get(), QStringLiteral("claimFulfillment"));
    QVERIFY(claim);
    QTRY_VERIFY_WITH_TIMEOUT(claim->isEnabled(), kWaitMs);
    press(Qt::Key_U, Qt::AltModifier); // Claim & Purchase Fulfillment
    auto *dialog = waitForDialog<ui::FulfillmentDialog>();
    QVERIFY(dialog);
    QVERIFY(activate(dialog));
    auto *progress = find<QWidget>(dialog, QStringLiteral("fulfillmentProgress"));
    QTRY_VERIFY_WITH_TIMEOUT(!progress->isVisible(), kWaitMs);
    QCOMPARE(dialog->step(), ui::FulfillmentDialog::Step::Catalogue);

    QString path;
    QVERIFY2(tabTo(QStringLiteral("catalogueView"), &path), qPrintable(path));
    auto *view = find<QTreeView>(dialog, QStringLiteral("catalogueView"));
    const auto isKit = [](const QModelIndex &index) {
        return index.isValid() &&
               index.siblingAtColumn(itemmodels::CatalogueModel::Name).data().toString() ==
                   QLatin1String("ENCOR Certificate");
    };
    QVERIFY(arrowTo(view, isKit));
    press(Qt::Key_Space);
    QTRY_COMPARE(view->currentIndex()
                     .siblingAtColumn(itemmodels::CatalogueModel::Name)
                     .data(Qt::CheckStateRole)
                     .toInt(),
                 int(Qt::Checked));
    QCOMPARE(find<QLabel>(dialog, QStringLiteral("catalogueTotal"))->text(),
             QStringLiteral("Total: $0.00"));
    press(Qt::Key_P, Qt::AltModifier); // Purchase
    QTRY_COMPARE_WITH_TIMEOUT(dialog->step(), ui::FulfillmentDialog::Step::Shipping, kWaitMs);
    // The shipping form comes filled from the profile; Return confirms it.
    QTRY_VERIFY(dialog->isAncestorOf(QApplication::focusWidget()));
    press(Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(dialog->step(), ui::FulfillmentDialog::Step::Confirmation, kWaitMs);
    auto *lines = find<QTreeView>(dialog, QStringLiteral("confirmationLines"));
    QCOMPARE(lines->model()->rowCount(), 1);
    QCOMPARE(lines->model()->index(0, 0).data().toString(), QStringLiteral("ENCOR Certificate"));
    const QString orderId = dialog->order().id;
    QVERIFY(!orderId.isEmpty());
    bool onServer = false;
    for (const QJsonValue &order :
         serverResource(QStringLiteral("me/orders")).value(QLatin1String("items")).toArray())
        onServer |= order.toObject().value(QLatin1String("id")).toString() == orderId;
    QVERIFY(onServer);
    press(Qt::Key_C, Qt::AltModifier); // Close
    // Closed dialogs delete themselves: watch through a guard, not the raw pointer.
    const QPointer<QWidget> closed3(dialog);
    QTRY_VERIFY(!closed3 || !closed3->isVisible());
}

void TestKeyboardWalks::logosByKeyboard() {
    QVERIFY(m_window);
    QVERIFY(activate(m_window.get()));
    press(Qt::Key_F, Qt::AltModifier); // Certifications
    QTRY_COMPARE(m_window->tabs()->currentIndex(), int(ui::MainWindow::CertificationsTab));
    press(Qt::Key_W, Qt::AltModifier); // Download Logos
    auto *dialog = waitForDialog<ui::LogosDialog>();
    QVERIFY(dialog);
    QVERIFY(activate(dialog));
    QSignalSpy finished(dialog, &ui::LogosDialog::downloadFinished);

    // Return downloads; the guidelines are asked first (Return accepts them), then the folder is
    // typed into the folder chooser.
    const QString folder = m_files.filePath(QStringLiteral("logos"));
    QVERIFY(QDir().mkpath(folder));
    QString asked;
    whenModalShows<QMessageBox>(this, [this, folder, &asked](QMessageBox *box) {
        asked = box->text();
        whenModalShows<QFileDialog>(this, [folder](QFileDialog *) {
            press(Qt::Key_A, Qt::ControlModifier);
            type(folder);
            press(Qt::Key_Return);
        });
        press(Qt::Key_Return);
    });
    press(Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kWaitMs);
    QVERIFY2(finished.constFirst().at(0).toBool(),
             qPrintable(find<QLabel>(dialog, QStringLiteral("logosError"))->text()));
    QVERIFY2(asked.contains(m_controller->data().logos.guidelinesText), qPrintable(asked));
    QCOMPARE(QDir(folder).entryList(QDir::Files).size(), 6);
    QTRY_VERIFY_WITH_TIMEOUT(m_controller->data().logos.guidelinesAccepted, kWaitMs);
    // Back from the chooser (offscreen there is no window manager to reactivate it).
    QVERIFY(activate(dialog));
    press(Qt::Key_Escape);
    // Closed dialogs delete themselves: watch through a guard, not the raw pointer.
    const QPointer<QWidget> closed4(dialog);
    QTRY_VERIFY(!closed4 || !closed4->isVisible());
}

void TestKeyboardWalks::pdfCertificateByKeyboard() {
    QVERIFY(m_window);
    QVERIFY(activate(m_window.get()));
    press(Qt::Key_F, Qt::AltModifier); // Certifications
    QTRY_COMPARE(m_window->tabs()->currentIndex(), int(ui::MainWindow::CertificationsTab));
    QString path;
    QVERIFY2(tabTo(QStringLiteral("certificationsView"), &path), qPrintable(path));
    auto *view = find<QTreeView>(m_window.get(), QStringLiteral("certificationsView"));
    QVERIFY(arrowTo(view, [](const QModelIndex &index) {
        return index.siblingAtColumn(0).data(itemmodels::IdRole).toString() ==
               QLatin1String("crt-10000000-ccna");
    }));
    auto *pdf = find<QPushButton>(m_window.get(), QStringLiteral("pdfCertificateButton"));
    QTRY_VERIFY(pdf->isEnabled());
    press(Qt::Key_I, Qt::AltModifier); // PDF Certificate
    auto *dialog = waitForDialog<ui::CertificateDialog>();
    QVERIFY(dialog);
    QVERIFY(activate(dialog));

    const QString file = m_files.filePath(QStringLiteral("ccna.pdf"));
    whenModalShows<QFileDialog>(this, [file](QFileDialog *) {
        press(Qt::Key_A, Qt::ControlModifier);
        type(file);
        press(Qt::Key_Return);
    });
    press(Qt::Key_Return); // Save as PDF is the default
    auto *status = find<QLabel>(dialog, QStringLiteral("certificateStatus"));
    QTRY_VERIFY_WITH_TIMEOUT(status->text().startsWith(QLatin1String("Saved to")), kWaitMs);
    QFile saved(file);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QVERIFY(saved.read(5) == "%PDF-");
    // Back from the chooser (offscreen there is no window manager to reactivate it).
    QVERIFY(activate(dialog));
    press(Qt::Key_Escape);
    // Closed dialogs delete themselves: watch through a guard, not the raw pointer.
    const QPointer<QWidget> closed5(dialog);
    QTRY_VERIFY(!closed5 || !closed5->isVisible());
}

QTEST_MAIN(TestKeyboardWalks)
#include "TestKeyboardWalks.moc"
