// The Digital Badges tab against a real certtrackd, as Amira (CSCO10000001): her waiting CCNP
// badge is accepted and turns public, made private and public again, changed behind the app's
// back (412: reloaded and said), downloaded in every form online and again from the cache with
// the server stopped (the same credential inside), and shared to every network with exact
// addresses; the keyboard alone opens the context menu and the detail dialog.
#include "AppTestSupport.h"
#include "TestHttp.h"
#include "TestServer.h"

#include "client/AccountController.h"
#include "credentials/BadgeBaking.h"
#include "itemmodels/ItemRoles.h"
#include "ui/BadgesPage.h"
#include "ui/ExternalLinks.h"
#include "ui/FileDialog.h"
#include "ui/MainWindow.h"
#include "ui/MessageBox.h"
#include "ui/badges/BadgeDetailDialog.h"
#include "ui/verification/VerifyCredentialDialog.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDropEvent>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QMimeData>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace certtrack;

namespace {

const QString kAmira = QStringLiteral("CSCO10000001");
const QString kPassword = QStringLiteral("certtrack-demo");
const QString kWaiting = QStringLiteral("bdg-10000001-ccnp");
const QString kPrivate = QStringLiteral("bdg-10000001-ccna");

QMap<QString, QString> queryOf(const QUrl &url) {
    QMap<QString, QString> items;
    for (const auto &[key, value] : QUrlQuery(url).queryItems(QUrl::FullyDecoded))
        items.insert(key, value);
    return items;
}

} // namespace

class TestBadgesUi : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void keyboardOpensTheMenuAndTheBadge();
    void acceptingAWaitingBadgeMakesItPublic();
    void makePrivateAndPublicAgain();
    void changedElsewhereIsReloadedAndSaid();
    void sharingAPrivateBadgeOffersToMakeItPublic();
    void everyShareAddressIsExact();
    void verifyActionAndDropOpenTheDialog();
    void downloadsCarryTheCredentialOnline();
    void downloadsCarryTheSameCredentialOffline();

private:
    ui::BadgesPage *page() const {
        return static_cast<ui::BadgesPage *>(m_window->page(ui::MainWindow::BadgesTab));
    }
    std::optional<domain::Badge> badge(const QString &id) const {
        for (const domain::Badge &b : m_controller->data().badges) {
            if (b.id == id)
                return b;
        }
        return std::nullopt;
    }
    bool select(const QString &id);
    // Opens the badge with Enter on its card; the dialog shown, or null.
    ui::BadgeDetailDialog *open(const QString &id);
    void closeDetail();
    QAction *action(QObject *root, const char *name) {
        auto *found = root->findChild<QAction *>(QString::fromLatin1(name));
        if (!found)
            qWarning("no action named %s", name);
        return found;
    }
    QString message(ui::BadgeDetailDialog *dialog) {
        return dialog->findChild<QLabel *>(QStringLiteral("badgeDetailMessage"))->text();
    }
    // The app and the server agree and nothing is running.
    bool settled() {
        return m_controller->syncState() == client::AccountController::SyncState::Idle;
    }
    // Downloads file through the dialog into the temp folder; its bytes once saved.
    QByteArray download(ui::BadgeDetailDialog *dialog, const char *actionName,
                        const QString &fileName);
    // Every file of the accepted badge: the credential inside is the server's, and the message
    // says when it was made from the cache (the server stopped).
    void downloadEveryFile(const QString &prefix);
    test::HttpResult api(const QByteArray &verb, const QString &path,
                         QList<QPair<QByteArray, QByteArray>> headers = {},
                         const QByteArray &body = {}) {
        headers.append({"Authorization", "Bearer " + m_token.toLatin1()});
        return m_http->request(verb, m_server.apiUrl(path), headers, body);
    }

    test::TestServer m_server;
    std::unique_ptr<test::TestHttp> m_http;
    QString m_token;
    std::unique_ptr<client::AccountController> m_controller;
    std::unique_ptr<ui::MainWindow> m_window;
    QTemporaryDir m_files;
    QList<QUrl> m_opened;
    QByteArray m_onlineJwt;
};

void TestBadgesUi::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(m_server.start(), qPrintable(m_server.error()));
    m_http = std::make_unique<test::TestHttp>(m_server.caFile());
    m_token = m_http->passwordToken(m_server.baseUrl(), kAmira, kPassword);
    QVERIFY(!m_token.isEmpty());
    client::AccountController::Options options;
    options.useKeychain = false;
    m_controller = std::make_unique<client::AccountController>(options);
    m_window = std::make_unique<ui::MainWindow>(m_controller.get());
    m_controller->signIn(client::ServerEndpoint{m_server.baseUrl(), m_server.caFile()}, kAmira,
                         kPassword, false);
    QVERIFY(test::waitForSync(m_controller.get()));
    QVERIFY(badge(kWaiting));
    // Every badge came with what baking it offline needs.
    QCOMPARE(m_controller->data().badgeCopies.size(), m_controller->data().badges.size());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->tabs()->setCurrentIndex(ui::MainWindow::BadgesTab);
    ui::ExternalLinks::setHandlerForTests([this](const QUrl &url) {
        m_opened.append(url);
        return true;
    });
}

void TestBadgesUi::cleanupTestCase() {
    ui::ExternalLinks::setHandlerForTests({});
    m_window.reset();
    m_controller.reset();
}

bool TestBadgesUi::select(const QString &id) {
    QListView *view = page()->view();
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        const QModelIndex index = view->model()->index(row, 0);
        if (index.data(itemmodels::IdRole).toString() == id) {
            view->setCurrentIndex(index);
            return true;
        }
    }
    return false;
}

ui::BadgeDetailDialog *TestBadgesUi::open(const QString &id) {
    if (!select(id))
        return nullptr;
    page()->view()->setFocus();
    QTest::keyClick(page()->view(), Qt::Key_Return);
    if (!QTest::qWaitFor(
            [this] { return page()->detailDialog() && page()->detailDialog()->isVisible(); }, 5000))
        return nullptr;
    return page()->detailDialog();
}

void TestBadgesUi::closeDetail() {
    if (ui::BadgeDetailDialog *dialog = page()->detailDialog())
        QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(!page()->detailDialog());
}

void TestBadgesUi::keyboardOpensTheMenuAndTheBadge() {
    QVERIFY(select(kPrivate));
    QListView *view = page()->view();
    view->setFocus();
    QTest::keyClick(view, Qt::Key_F10, Qt::ShiftModifier);
    QMenu *menu = nullptr;
    QTRY_VERIFY((menu = page()->findChild<QMenu *>(QStringLiteral("badgeContextMenu"))) &&
                menu->isVisible());
    // Every action is there: open, visibility, downloads and shares.
    QVERIFY(action(menu, "openBadgeAction"));
    QVERIFY(action(menu, "toggleBadgeVisibility"));
    QVERIFY(action(menu, "downloadBadgePng"));
    QVERIFY(action(menu, "downloadBadgeAssertion"));
    QVERIFY(action(menu, "shareBadgeLinkedInProfile"));
    QTest::keyClick(menu, Qt::Key_O); // &Open
    QTRY_VERIFY(page()->detailDialog() && page()->detailDialog()->isVisible());
    QCOMPARE(page()->detailDialog()->badgeId(), kPrivate);
    // The achievement's criteria, as the server states them for Amira's CCNA.
    auto *criteria =
        page()->detailDialog()->findChild<QLabel *>(QStringLiteral("badgeDetailCriteria"));
    QVERIFY(criteria);
    QCOMPARE(criteria->text(), QStringLiteral("Passed exam 200-301 CCNA."));
    closeDetail();

    // The Menu key opens it too.
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Menu);
    QTRY_VERIFY((menu = page()->findChild<QMenu *>(QStringLiteral("badgeContextMenu"))) &&
                menu->isVisible());
    QTest::keyClick(menu, Qt::Key_Escape);
    QTRY_VERIFY(!page()->findChild<QMenu *>(QStringLiteral("badgeContextMenu")));
}

void TestBadgesUi::acceptingAWaitingBadgeMakesItPublic() {
    QCOMPARE(m_http
                 ->get(m_server.baseUrl().resolved(QUrl(QStringLiteral("/badges/") + kWaiting)),
                       {{"Accept", "application/ld+json"}})
                 .status,
             404);
    ui::BadgeDetailDialog *dialog = open(kWaiting);
    QVERIFY(dialog);
    auto *accept = dialog->findChild<QPushButton *>(QStringLiteral("badgeDetailAccept"));
    QVERIFY(accept->isVisible());
    QVERIFY(accept->isDefault());
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("badgeDetailVisibility"))
                ->text()
                .contains(QStringLiteral("Accepting makes it public")));
    // Enter does the main button.
    QTest::keyClick(dialog, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(badge(kWaiting)->accepted && badge(kWaiting)->isPublic && settled(),
                             10000);
    QVERIFY(message(dialog).contains(QStringLiteral("public now")));
    QVERIFY(!accept->isVisible());
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("badgeDetailVisibility"))
                ->text()
                .startsWith(QStringLiteral("Public")));
    // Its page is public now.
    QCOMPARE(
        m_http->get(QUrl(badge(kWaiting)->publicUrl), {{"Accept", "application/ld+json"}}).status,
        200);
    closeDetail();
}

void TestBadgesUi::makePrivateAndPublicAgain() {
    ui::BadgeDetailDialog *dialog = open(kWaiting);
    QVERIFY(dialog);
    auto *toggle = dialog->findChild<QPushButton *>(QStringLiteral("badgeDetailVisibilityButton"));
    QCOMPARE(toggle->text(), QStringLiteral("Make p&rivate"));
    QTest::mouseClick(toggle, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!badge(kWaiting)->isPublic && settled(), 10000);
    QTRY_COMPARE(toggle->text(), QStringLiteral("Make p&ublic"));
    QCOMPARE(
        m_http->get(QUrl(badge(kWaiting)->publicUrl), {{"Accept", "application/ld+json"}}).status,
        404);
    QTest::mouseClick(toggle, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(badge(kWaiting)->isPublic && settled(), 10000);
    QTRY_COMPARE(toggle->text(), QStringLiteral("Make p&rivate"));
    QVERIFY(!message(dialog).isEmpty());
    closeDetail();
}

void TestBadgesUi::changedElsewhereIsReloadedAndSaid() {
    ui::BadgeDetailDialog *dialog = open(kWaiting);
    QVERIFY(dialog);
    // Made private elsewhere: the app still believes it public.
    const QString path = QStringLiteral("me/badges/") + kWaiting;
    const QByteArray tag = api("GET", path).header("ETag");
    QCOMPARE(api("PATCH", path,
                 {{"Content-Type", "application/merge-patch+json"}, {"If-Match", tag}},
                 "{\"public\":false}")
                 .status,
             200);
    QVERIFY(badge(kWaiting)->isPublic);
    auto *toggle = dialog->findChild<QPushButton *>(QStringLiteral("badgeDetailVisibilityButton"));
    QTest::mouseClick(toggle, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(message(dialog).contains(QStringLiteral("changed elsewhere")), 10000);
    // Reloaded: the dialog shows it as it now is, nothing overwritten.
    QTRY_VERIFY_WITH_TIMEOUT(!badge(kWaiting)->isPublic && settled(), 10000);
    QTRY_COMPARE(toggle->text(), QStringLiteral("Make p&ublic"));
    QVERIFY(toggle->isEnabled());
    closeDetail();
}

void TestBadgesUi::sharingAPrivateBadgeOffersToMakeItPublic() {
    ui::BadgeDetailDialog *dialog = open(kWaiting);
    QVERIFY(dialog);
    QVERIFY(!badge(kWaiting)->isPublic);
    // Declined: nothing shared, nothing changed.
    ui::MessageBox::setNextAnswer(QMessageBox::No);
    action(dialog, "shareBadgeCopyLink")->trigger();
    QVERIFY(ui::MessageBox::lastText().contains(QStringLiteral("private")));
    QVERIFY(message(dialog).contains(QStringLiteral("Not shared")));
    QVERIFY(!badge(kWaiting)->isPublic);
    // Accepted: made public, then the link is copied.
    QApplication::clipboard()->clear();
    ui::MessageBox::setNextAnswer(QMessageBox::Yes);
    action(dialog, "shareBadgeCopyLink")->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(badge(kWaiting)->isPublic && settled(), 10000);
    QTRY_COMPARE(QApplication::clipboard()->text(), badge(kWaiting)->publicUrl);
    QVERIFY(badge(kWaiting)->publicUrl.endsWith(QStringLiteral("/badges/") + kWaiting));
    closeDetail();
}

void TestBadgesUi::everyShareAddressIsExact() {
    ui::BadgeDetailDialog *dialog = open(kWaiting);
    QVERIFY(dialog);
    const domain::Badge b = *badge(kWaiting);
    QVERIFY(b.isPublic);
    const QString link = b.publicUrl;
    m_opened.clear();
    for (const char *name : {"shareBadgeLinkedInProfile", "shareBadgeLinkedInPost", "shareBadgeX",
                             "shareBadgeFacebook", "shareBadgeEmail"})
        action(dialog, name)->trigger();
    QCOMPARE(m_opened.size(), 5);

    const QUrl profile = m_opened.at(0);
    QCOMPARE(profile.adjusted(QUrl::RemoveQuery),
             QUrl(QStringLiteral("https://www.linkedin.com/profile/add")));
    QMap<QString, QString> expected{
        {QStringLiteral("startTask"), QStringLiteral("CERTIFICATION_NAME")},
        {QStringLiteral("name"), b.name},
        {QStringLiteral("organizationName"), b.issuer},
        {QStringLiteral("issueYear"), QString::number(b.issuedOn.year())},
        {QStringLiteral("issueMonth"), QString::number(b.issuedOn.month())},
        {QStringLiteral("certUrl"), link},
        {QStringLiteral("certId"), kWaiting}};
    if (b.expires) {
        expected.insert(QStringLiteral("expirationYear"), QString::number(b.expires->year()));
        expected.insert(QStringLiteral("expirationMonth"), QString::number(b.expires->month()));
    }
    QCOMPARE(queryOf(profile), expected);

    QCOMPARE(m_opened.at(1).adjusted(QUrl::RemoveQuery),
             QUrl(QStringLiteral("https://www.linkedin.com/sharing/share-offsite/")));
    QCOMPARE(queryOf(m_opened.at(1)), (QMap<QString, QString>{{QStringLiteral("url"), link}}));

    QCOMPARE(m_opened.at(2).adjusted(QUrl::RemoveQuery),
             QUrl(QStringLiteral("https://x.com/intent/tweet")));
    QCOMPARE(queryOf(m_opened.at(2)),
             (QMap<QString, QString>{
                 {QStringLiteral("url"), link},
                 {QStringLiteral("text"),
                  QStringLiteral("My %1 badge, issued by %2").arg(b.name, b.issuer)}}));

    QCOMPARE(m_opened.at(3).adjusted(QUrl::RemoveQuery),
             QUrl(QStringLiteral("https://www.facebook.com/sharer/sharer.php")));
    QCOMPARE(queryOf(m_opened.at(3)), (QMap<QString, QString>{{QStringLiteral("u"), link}}));

    QCOMPARE(m_opened.at(4).scheme(), QStringLiteral("mailto"));
    const QMap<QString, QString> mail = queryOf(m_opened.at(4));
    QCOMPARE(mail.value(QStringLiteral("subject")), QStringLiteral("My %1 badge").arg(b.name));
    QVERIFY(mail.value(QStringLiteral("body")).endsWith(QLatin1Char('\n') + link));
    QCOMPARE(mail.size(), 2);
    closeDetail();
}

QByteArray TestBadgesUi::download(ui::BadgeDetailDialog *dialog, const char *actionName,
                                  const QString &fileName) {
    const QString path = m_files.filePath(fileName);
    QFile::remove(path);
    ui::FileDialog::setNextFileName(path);
    action(dialog, actionName)->trigger();
    if (!QTest::qWaitFor([&] { return message(dialog).startsWith(QStringLiteral("Saved to")); },
                         10000)) {
        qWarning() << "not saved:" << message(dialog);
        return {};
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

void TestBadgesUi::downloadEveryFile(const QString &prefix) {
    ui::BadgeDetailDialog *dialog = open(kWaiting);
    QVERIFY(dialog);

    const auto inPng = credentials::extractPng(
        download(dialog, "downloadBadgePng", prefix + QStringLiteral(".png")));
    QVERIFY(inPng);
    QCOMPARE(inPng.value().version, credentials::OpenBadgesVersion::V3);
    QCOMPARE(inPng.value().text, m_onlineJwt);
    QCOMPARE(message(dialog).contains(QStringLiteral("copy kept at the last sync")),
             !m_server.isRunning());

    const auto inSvg = credentials::extractSvg(
        download(dialog, "downloadBadgeSvg", prefix + QStringLiteral(".svg")));
    QVERIFY(inSvg);
    QCOMPARE(inSvg.value().verify.toLatin1(), m_onlineJwt);

    QCOMPARE(download(dialog, "downloadBadgeCredential", prefix + QStringLiteral(".jwt")),
             m_onlineJwt);
    const QJsonObject assertion =
        QJsonDocument::fromJson(
            download(dialog, "downloadBadgeAssertion", prefix + QStringLiteral(".json")))
            .object();
    QCOMPARE(assertion.value(QLatin1String("type")).toString(), QStringLiteral("Assertion"));
    QCOMPARE(assertion.value(QLatin1String("id")).toString(), badge(kWaiting)->assertionUrl);
    closeDetail();
}

void TestBadgesUi::downloadsCarryTheCredentialOnline() {
    m_onlineJwt = api("GET", QStringLiteral("me/badges/%1/credential").arg(kWaiting)).body;
    QVERIFY(m_onlineJwt.startsWith("ey"));
    downloadEveryFile(QStringLiteral("online"));
}

void TestBadgesUi::downloadsCarryTheSameCredentialOffline() {
    QVERIFY(!m_onlineJwt.isEmpty());
    m_server.stop();
    downloadEveryFile(QStringLiteral("offline"));
}

// The toolbar's Verify a Credential… opens the dialog, and a baked badge dropped on the tab is
// checked in it: ours, offline against the keys and revocation list of the last sync.
void TestBadgesUi::verifyActionAndDropOpenTheDialog() {
    auto *action = page()->findChild<QAction *>(QStringLiteral("verifyCredential"));
    QVERIFY(action);
    auto *button = page()->findChild<QPushButton *>(QStringLiteral("verifyCredentialButton"));
    QVERIFY(button);
    QVERIFY(button->isVisible());
    QVERIFY(!button->accessibleName().isEmpty());
    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_VERIFY(page()->findChild<ui::VerifyCredentialDialog *>());
    auto *dialog = page()->findChild<ui::VerifyCredentialDialog *>();
    QVERIFY(dialog->isVisible());
    QVERIFY(!dialog->hasVerdict());
    dialog->close();
    QTRY_VERIFY(!page()->findChild<ui::VerifyCredentialDialog *>());

    const test::HttpResult png =
        m_http->get(m_server.apiUrl(QStringLiteral("me/badges/bdg-10000001-encor/baked.png")),
                    {{"Authorization", "Bearer " + m_token.toLatin1()}});
    QCOMPARE(png.status, 200);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("encor.png"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(png.body);
    file.close();
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(path)});
    const QPoint centre = page()->rect().center();
    QDragEnterEvent enter(centre, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(page(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(centre, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(page(), &drop);
    QTRY_VERIFY(page()->findChild<ui::VerifyCredentialDialog *>());
    dialog = page()->findChild<ui::VerifyCredentialDialog *>();
    QTRY_VERIFY(dialog->hasVerdict());
    QVERIFY2(dialog->verdict().isValid(), qPrintable(dialog->outcomeText()));
    dialog->close();
    QTRY_VERIFY(!page()->findChild<ui::VerifyCredentialDialog *>());

    // Two files at once are not a credential: the drag is refused.
    QMimeData two;
    two.setUrls({QUrl::fromLocalFile(path), QUrl::fromLocalFile(path)});
    QDragEnterEvent refused(centre, Qt::CopyAction, &two, Qt::LeftButton, Qt::NoModifier);
    refused.ignore();
    QCoreApplication::sendEvent(page(), &refused);
    QVERIFY(!refused.isAccepted());
}

QTEST_MAIN(TestBadgesUi)
#include "TestBadgesUi.moc"
