// The Transcripts tab against a real certtrackd: a transcript is created through the form (its
// field errors shown inline first), previewed, shared by email through the share dialog (the
// message lands in the server's outbox), its link copied and offered to the social networks,
// and finally deactivated after a confirmation.
#include "AppTestSupport.h"
#include "TestServer.h"

#include "client/AccountController.h"
#include "itemmodels/ItemRoles.h"
#include "ui/ExternalLinks.h"
#include "ui/MainWindow.h"
#include "ui/MessageBox.h"
#include "ui/transcripts/TranscriptFormDialog.h"
#include "ui/transcripts/TranscriptPreviewDialog.h"
#include "ui/transcripts/TranscriptShareDialog.h"
#include "ui/transcripts/TranscriptsPage.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDateEdit>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>
#include <QTreeView>
#include <QUrlQuery>

using namespace certtrack;

namespace {

const QString kDescription = QStringLiteral("Application at Acme Networks");

} // namespace

class TestTranscriptsUi : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void createShowsFieldErrorsThenTheNewId();
    void previewShowsThePublicPage();
    void shareByEmailReachesTheOutbox();
    void copyLinkAndSocialNetworks();
    void deactivateAsksFirst();

private:
    template <typename T> T *find(QObject *root, const char *name) {
        T *widget = root->findChild<T *>(QString::fromLatin1(name));
        if (!widget)
            qWarning("no widget named %s", name);
        return widget;
    }
    ui::TranscriptsPage *page() const {
        return static_cast<ui::TranscriptsPage *>(m_window->page(ui::MainWindow::TranscriptsTab));
    }
    QTreeView *view() const {
        return page()->findChild<QTreeView *>(QStringLiteral("transcriptsView"));
    }
    // Selects the list row of the transcript with this description; false when there is none.
    bool selectRow(const QString &description);
    // The visible dialog of this type the page opened (closed ones may wait for deletion).
    template <typename T> T *waitForDialog() {
        T *dialog = nullptr;
        const bool appeared = QTest::qWaitFor(
            [&dialog, this] {
                for (T *candidate : page()->findChildren<T *>()) {
                    if (candidate->isVisible())
                        dialog = candidate;
                }
                return dialog != nullptr;
            },
            10000);
        return appeared ? dialog : nullptr;
    }

    test::TestServer m_server;
    std::unique_ptr<client::AccountController> m_controller;
    std::unique_ptr<ui::MainWindow> m_window;
    QString m_id;
    QList<QUrl> m_opened;
};

void TestTranscriptsUi::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(m_server.start(), qPrintable(m_server.error()));
    client::AccountController::Options options;
    options.useKeychain = false;
    m_controller = std::make_unique<client::AccountController>(options);
    m_window = std::make_unique<ui::MainWindow>(m_controller.get());
    m_controller->signIn(client::ServerEndpoint{m_server.baseUrl(), m_server.caFile()},
                         QStringLiteral("CSCO10000000"), QStringLiteral("certtrack-demo"), false);
    QTRY_VERIFY_WITH_TIMEOUT(
        m_controller->isSignedIn() && !m_controller->data().transcripts.isEmpty(), 20000);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->tabs()->setCurrentIndex(ui::MainWindow::TranscriptsTab);
    ui::ExternalLinks::setHandlerForTests([this](const QUrl &url) {
        m_opened.append(url);
        return true;
    });
}

void TestTranscriptsUi::cleanupTestCase() {
    ui::ExternalLinks::setHandlerForTests({});
    m_window.reset();
    m_controller.reset();
}

bool TestTranscriptsUi::selectRow(const QString &description) {
    QAbstractItemModel *model = view()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        if (index.data().toString() == description) {
            view()->setCurrentIndex(index);
            return true;
        }
    }
    return false;
}

void TestTranscriptsUi::createShowsFieldErrorsThenTheNewId() {
    auto *create = find<QPushButton>(page(), "createTranscript");
    QTRY_VERIFY(create->isEnabled());
    QTest::mouseClick(create, Qt::LeftButton);
    auto *dialog = waitForDialog<ui::TranscriptFormDialog>();
    QVERIFY(dialog);

    // The display name starts as the candidate's name; no description yet: the server says so.
    QCOMPARE(find<QLineEdit>(dialog, "displayName")->text(), QStringLiteral("John Doe"));
    find<QRadioButton>(dialog, "disclosureSelected")->setChecked(true);
    auto *save = find<QPushButton>(dialog, "saveTranscript");
    QTest::mouseClick(save, Qt::LeftButton);
    auto *descriptionError = find<QLabel>(dialog, "descriptionError");
    auto *certificationsError = find<QLabel>(dialog, "certificationIdsError");
    QTRY_VERIFY_WITH_TIMEOUT(descriptionError->isVisible(), 10000);
    QVERIFY(descriptionError->text().contains(QStringLiteral("required")));
    QVERIFY(certificationsError->isVisible());
    QVERIFY(certificationsError->text().contains(QStringLiteral("at least one")));
    QVERIFY(find<QLabel>(dialog, "transcriptId")->text().contains(QStringLiteral("Assigned")));

    // Fill it in: a description, the email shown, only the CCNA disclosed.
    QTest::keyClicks(find<QLineEdit>(dialog, "description"), kDescription);
    QTest::keyClicks(find<QLineEdit>(dialog, "remarks"), QStringLiteral("Sent with my CV"));
    find<QCheckBox>(dialog, "showEmail")->setChecked(true);
    auto *table = find<QTableWidget>(dialog, "transcriptCertifications");
    QVERIFY(table->isEnabled());
    QCOMPARE(table->horizontalHeaderItem(0)->text(), QStringLiteral("Certification Name"));
    QCOMPARE(table->horizontalHeaderItem(1)->text(), QStringLiteral("Date"));
    bool ticked = false;
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 0)->text() == QStringLiteral("CCNA Routing and Switching (CCNA)")) {
            table->item(row, 0)->setCheckState(Qt::Checked);
            ticked = true;
        }
        QVERIFY(!table->item(row, 0)->text().contains(QStringLiteral("CCIE"))); // expired
    }
    QVERIFY(ticked);
    QTest::mouseClick(save, Qt::LeftButton);

    auto *id = find<QLabel>(dialog, "transcriptId");
    const QRegularExpression idPattern(QStringLiteral("^[0-9A-HJKMNP-TV-Z]{16}$"));
    QTRY_VERIFY_WITH_TIMEOUT(idPattern.match(id->text()).hasMatch(), 10000);
    m_id = id->text();
    QVERIFY(!descriptionError->isVisible());
    QVERIFY(find<QLabel>(dialog, "transcriptFormStatus")->text().contains(m_id));
    QCOMPARE(dialog->transcript().certificationIds,
             QStringList{QStringLiteral("crt-10000000-ccna")});
    dialog->reject();

    // The list revalidates and shows it.
    QTRY_VERIFY_WITH_TIMEOUT(selectRow(kDescription), 10000);
    QTRY_VERIFY(find<QPushButton>(page(), "shareTranscript")->isEnabled());
}

void TestTranscriptsUi::previewShowsThePublicPage() {
    QVERIFY(selectRow(kDescription));
    QTest::mouseClick(find<QPushButton>(page(), "previewTranscript"), Qt::LeftButton);
    auto *dialog = waitForDialog<ui::TranscriptPreviewDialog>();
    QVERIFY(dialog);
    const QString text = find<QTextBrowser>(dialog, "transcriptPreview")->toPlainText();
    QVERIFY(text.contains(QStringLiteral("provided to you by John Doe")));
    QVERIFY(text.contains(QStringLiteral("CCNA Routing and Switching (CCNA)")));
    QVERIFY(text.contains(QStringLiteral("CSCO10000000@gmail.com")));
    QVERIFY(!text.contains(QStringLiteral("CCENT")));

    // Laid out as the page looks in a browser: the name is a heading block of its own (not run
    // into the banner or the address), and the certifications are a full-width table whose
    // dates sit in their own column.
    QTextDocument *document = find<QTextBrowser>(dialog, "transcriptPreview")->document();
    bool nameHeading = false;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        if (block.text() == QLatin1String("John Doe") && block.blockFormat().headingLevel() == 1)
            nameHeading = true;
    }
    QVERIFY2(nameHeading, "the holder's name is not a heading of its own");
    QTextTable *certifications = nullptr;
    for (QTextFrame *frame : document->rootFrame()->childFrames()) {
        auto *table = qobject_cast<QTextTable *>(frame);
        if (table && table->columns() == 2 &&
            table->cellAt(0, 0).firstCursorPosition().block().text() ==
                QLatin1String("CERTIFICATION NAME"))
            certifications = table;
    }
    QVERIFY2(certifications, "no two-column certification table");
    QCOMPARE(certifications->format().width().type(), QTextLength::PercentageLength);
    QCOMPARE(certifications->format().width().rawValue(), 100.0);
    bool dateInItsColumn = false;
    for (int row = 1; row < certifications->rows(); ++row) {
        if (certifications->cellAt(row, 0).firstCursorPosition().block().text() ==
            QLatin1String("CCNA Routing and Switching (CCNA)")) {
            dateInItsColumn =
                QRegularExpression(QStringLiteral("^\\d{4}-[A-Z][a-z]{2}-\\d{2}$"))
                    .match(certifications->cellAt(row, 1).firstCursorPosition().block().text())
                    .hasMatch();
        }
    }
    QVERIFY2(dateInItsColumn, "the CCNA row has no date in the second column");
    dialog->reject();
}

void TestTranscriptsUi::shareByEmailReachesTheOutbox() {
    QVERIFY(selectRow(kDescription));
    QTest::mouseClick(find<QPushButton>(page(), "shareTranscript"), Qt::LeftButton);
    auto *dialog = waitForDialog<ui::TranscriptShareDialog>();
    QVERIFY(dialog);
    QCOMPARE(dialog->windowTitle(), QStringLiteral("Email this Transcript"));

    // A bad address is caught before anything is sent.
    auto *to = find<QLineEdit>(dialog, "shareTo");
    QTest::keyClicks(to, QStringLiteral("hr-at-example"));
    QTest::mouseClick(find<QPushButton>(dialog, "shareSend"), Qt::LeftButton);
    QVERIFY(find<QLabel>(dialog, "shareToError")->isVisible());
    to->clear();
    QTest::keyClicks(to, QStringLiteral("hr@acme.example"));

    QTest::mouseClick(find<QPushButton>(dialog, "sharePreviewEmail"), Qt::LeftButton);
    auto *message = find<QPlainTextEdit>(dialog, "shareMessage");
    QTRY_VERIFY_WITH_TIMEOUT(message->toPlainText().contains(
                                 QStringLiteral("Subject: CertTrack - Transcript for John Doe")),
                             10000);
    QVERIFY(message->toPlainText().contains(QStringLiteral("/transcripts/") + m_id));

    const QDir outbox(m_server.outboxDir());
    const int before = int(outbox.entryList({QStringLiteral("*.eml")}, QDir::Files).size());
    QTest::mouseClick(find<QPushButton>(dialog, "shareSend"), Qt::LeftButton);
    auto *status = find<QLabel>(dialog, "shareStatus");
    QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("Sent to hr@acme.example")),
                             10000);
    const QStringList files = outbox.entryList({QStringLiteral("*.eml")}, QDir::Files, QDir::Time);
    QCOMPARE(files.size(), before + 1);
    QFile eml(outbox.filePath(files.first()));
    QVERIFY(eml.open(QIODevice::ReadOnly));
    const QString mail = QString::fromUtf8(eml.readAll());
    QVERIFY(mail.contains(QStringLiteral("To: hr@acme.example")));
    QVERIFY(mail.contains(QStringLiteral("Subject: CertTrack - Transcript for John Doe")));
    QVERIFY(mail.contains(m_server.baseUrl().toString() + QStringLiteral("/transcripts/") + m_id));
    QVERIFY(mail.contains(QStringLiteral("This transcript currently expires on ")));
    dialog->reject();
}

void TestTranscriptsUi::copyLinkAndSocialNetworks() {
    QVERIFY(selectRow(kDescription));
    QTest::mouseClick(find<QPushButton>(page(), "shareTranscript"), Qt::LeftButton);
    auto *dialog = waitForDialog<ui::TranscriptShareDialog>();
    QVERIFY(dialog);
    const QString link = m_server.baseUrl().toString() + QStringLiteral("/transcripts/") + m_id;
    QCOMPARE(find<QLineEdit>(dialog, "shareLink")->text(), link);
    QTest::mouseClick(find<QPushButton>(dialog, "shareCopyLink"), Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text(), link);

    m_opened.clear();
    QTest::mouseClick(find<QPushButton>(dialog, "shareFacebook"), Qt::LeftButton);
    QTest::mouseClick(find<QPushButton>(dialog, "shareX"), Qt::LeftButton);
    QTest::mouseClick(find<QPushButton>(dialog, "shareLinkedIn"), Qt::LeftButton);
    QCOMPARE(m_opened.size(), 3);
    QCOMPARE(m_opened.at(0).host(), QStringLiteral("www.facebook.com"));
    QCOMPARE(QUrlQuery(m_opened.at(0)).queryItemValue(QStringLiteral("u"), QUrl::FullyDecoded),
             link);
    QCOMPARE(m_opened.at(1).host(), QStringLiteral("x.com"));
    QCOMPARE(QUrlQuery(m_opened.at(1)).queryItemValue(QStringLiteral("url"), QUrl::FullyDecoded),
             link);
    QCOMPARE(m_opened.at(2).host(), QStringLiteral("www.linkedin.com"));
    QCOMPARE(QUrlQuery(m_opened.at(2)).queryItemValue(QStringLiteral("url"), QUrl::FullyDecoded),
             link);
    dialog->reject();
}

void TestTranscriptsUi::deactivateAsksFirst() {
    QVERIFY(selectRow(kDescription));
    auto *deactivate = find<QPushButton>(page(), "deactivateTranscript");
    // "Cancel" leaves it alone.
    ui::MessageBox::setNextAnswer(QMessageBox::Cancel);
    QTest::mouseClick(deactivate, Qt::LeftButton);
    QVERIFY(ui::MessageBox::lastText().contains(kDescription));
    QTest::qWait(200);
    QVERIFY(find<QPushButton>(page(), "shareTranscript")->isEnabled());

    ui::MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(deactivate, Qt::LeftButton);
    const auto expiresText = [this] {
        QAbstractItemModel *model = view()->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, 0).data().toString() == kDescription)
                return model->index(row, 1).data().toString();
        }
        return QString();
    };
    QTRY_VERIFY_WITH_TIMEOUT(expiresText().contains(QStringLiteral("Deactivated")), 10000);
    QVERIFY(selectRow(kDescription));
    QVERIFY(!find<QPushButton>(page(), "shareTranscript")->isEnabled());
    QVERIFY(!deactivate->isEnabled());
}

QTEST_MAIN(TestTranscriptsUi)
#include "TestTranscriptsUi.moc"
