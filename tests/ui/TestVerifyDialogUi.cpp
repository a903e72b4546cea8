// VerifyCredentialDialog driven as a person would, against a real certtrackd: the account's own
// credential (good, tampered, expired, revoked after a sync), a file chosen through the FileDialog
// hook, another issuer's credential fetched from a fake HTTPS issuer on the same test CA, keeping
// it on the account, ExternalCredentialsModel's verdict at sync, and removing it again.
#include "AppTestSupport.h"
#include "FakeTlsServer.h"
#include "TestHttp.h"
#include "TestServer.h"
#include "client/ExternalCredentialService.h"
#include "credentials/Jws.h"
#include "credentials/SigningKey.h"
#include "itemmodels/ExternalCredentialsModel.h"
#include "itemmodels/ItemRoles.h"
#include "ui/FileDialog.h"
#include "ui/verification/VerifyCredentialDialog.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace certtrack;
using verification::Verdict;

namespace {

const QString kJohn = QStringLiteral("CSCO10000000");
const QString kPassword = QStringLiteral("certtrack-demo");

} // namespace

class TestVerifyDialogUi : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void everyWidgetIsNamed();
    void ourCredentialIsValid();
    void aChosenBakedImage();
    void tamperedIsNotValid();
    void expiredBadge();
    void foreignCredentialCanBeKeptAndRemoved();
    void revokedAfterTheNextSync();

private:
    QByteArray download(const QString &path) {
        test::TestHttp http(m_server.caFile());
        const QString token = http.passwordToken(m_server.baseUrl(), kJohn, kPassword);
        const test::HttpResult result =
            http.get(m_server.apiUrl(path), {{"Authorization", "Bearer " + token.toUtf8()}});
        if (result.status != 200)
            qFatal("cannot download %s", qPrintable(path));
        return result.body;
    }
    Verdict check(const QByteArray &bytes) {
        ui::VerifyCredentialDialog *dialog =
            ui::openVerifyDialog(&m_window, m_controller.get(), bytes, QStringLiteral("file"));
        if (!QTest::qWaitFor([&] { return dialog->hasVerdict(); }, test::kAppWaitMs))
            qFatal("no verdict");
        const Verdict verdict = dialog->verdict();
        dialog->close();
        return verdict;
    }

    test::TestServer m_server;
    QWidget m_window;
    std::unique_ptr<client::AccountController> m_controller;
    QTemporaryDir m_files;
    QByteArray m_ccna;
};

void TestVerifyDialogUi::initTestCase() {
    QVERIFY2(m_server.start(), qPrintable(m_server.error()));
    m_controller = std::make_unique<client::AccountController>(
        client::AccountController::Options{/*useKeychain=*/false});
    m_controller->signIn({m_server.baseUrl(), m_server.caFile()}, kJohn, kPassword, false);
    QVERIFY(test::waitForSync(m_controller.get()));
    QVERIFY(m_controller->issuerSnapshot().hasKeys());
    m_ccna = download(QStringLiteral("me/badges/bdg-10000000-ccna/credential"));
}

void TestVerifyDialogUi::cleanupTestCase() {
    m_controller.reset();
}

void TestVerifyDialogUi::everyWidgetIsNamed() {
    ui::VerifyCredentialDialog dialog(m_controller.get(), &m_window);
    dialog.show();
    QVERIFY(!dialog.objectName().isEmpty());
    for (QWidget *widget : dialog.findChildren<QWidget *>()) {
        if (!qobject_cast<QPushButton *>(widget) && !qobject_cast<QLabel *>(widget) &&
            !qobject_cast<QProgressBar *>(widget))
            continue;
        QVERIFY2(!widget->objectName().isEmpty(), widget->metaObject()->className());
        QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(widget->objectName()));
    }
    // Keyboard: the chooser is the default button and reachable by its mnemonic.
    auto *choose = test::child<QPushButton>(&dialog, "verifyChooseButton");
    QVERIFY(choose && choose->isDefault());
    QVERIFY(choose->text().contains(QLatin1Char('&')));
}

void TestVerifyDialogUi::ourCredentialIsValid() {
    ui::VerifyCredentialDialog *dialog =
        ui::openVerifyDialog(&m_window, m_controller.get(), m_ccna, QStringLiteral("ccna.jwt"));
    QVERIFY(dialog->isChecking());
    QTRY_VERIFY_WITH_TIMEOUT(dialog->hasVerdict(), test::kAppWaitMs);
    QCOMPARE(dialog->verdict().outcome, Verdict::Outcome::Valid);
    QVERIFY(dialog->verdict().issuedByOurServer);
    QVERIFY(dialog->outcomeText().startsWith(QStringLiteral("Valid")));
    QVERIFY2(dialog->detailsText().contains(QStringLiteral("hashed")),
             qPrintable(dialog->detailsText()));
    QVERIFY(dialog->detailsText().contains(QStringLiteral("fetched")));
    // Ours is never "kept": it is on the account already.
    QVERIFY(!test::child<QPushButton>(dialog, "verifyKeepButton")->isVisible());
    QVERIFY(!test::child<QProgressBar>(dialog, "verifyProgress")->isVisible());
    dialog->close();
}

void TestVerifyDialogUi::aChosenBakedImage() {
    QVERIFY(m_files.isValid());
    const QString path = m_files.filePath(QStringLiteral("ccna.png"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(download(QStringLiteral("me/badges/bdg-10000000-ccna/baked.png")));
    file.close();
    ui::VerifyCredentialDialog *dialog = ui::openVerifyDialog(&m_window, m_controller.get());
    ui::FileDialog::setNextFileName(path);
    QTest::mouseClick(test::child<QPushButton>(dialog, "verifyChooseButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->hasVerdict(), test::kAppWaitMs);
    QCOMPARE(dialog->verdict().outcome, Verdict::Outcome::Valid);
    QCOMPARE(dialog->verdict().form, Verdict::Form::BakedPng);
    QVERIFY(dialog->outcomeText().contains(QStringLiteral("ccna.png")));
    dialog->close();
}

void TestVerifyDialogUi::tamperedIsNotValid() {
    QByteArray tampered = m_ccna;
    const qsizetype dot = tampered.indexOf('.');
    tampered[dot + 10] = tampered[dot + 10] == 'A' ? 'B' : 'A';
    const Verdict verdict = check(tampered);
    QCOMPARE(verdict.outcome, Verdict::Outcome::NotValid);
    QCOMPARE(check("{ not json").outcome, Verdict::Outcome::NotValid);
}

void TestVerifyDialogUi::expiredBadge() {
    const Verdict verdict =
        check(download(QStringLiteral("me/badges/bdg-10000000-ccie/credential")));
    QCOMPARE(verdict.outcome, Verdict::Outcome::Expired);
}

void TestVerifyDialogUi::foreignCredentialCanBeKeptAndRemoved() {
    // Another issuer on the test CA: a fake HTTPS server publishing one ES256 key.
    const credentials::SigningKey key =
        credentials::SigningKey::generate(credentials::KeyType::EcP256).value();
    QHash<QByteArray, QByteArray> files;
    const QString tls = m_server.dataDir() + QStringLiteral("/tls/");
    test::FakeTlsServer issuer(
        tls + QStringLiteral("server.pem"), tls + QStringLiteral("server-key.pem"),
        [&files](const test::FakeTlsServer::Request &request, QSslSocket *socket) {
            socket->write(test::FakeTlsServer::response(files.contains(request.path) ? 200 : 404,
                                                        files.value(request.path, "{}")));
        });
    QVERIFY(issuer.listen());
    const QString origin = QStringLiteral("https://127.0.0.1:%1").arg(issuer.port());
    credentials::JwkMetadata metadata;
    metadata.kid = origin + QStringLiteral("/key");
    files.insert("/key", QJsonDocument(key.publicKey().toJwk(metadata)).toJson());
    const QJsonObject payload{
        {QStringLiteral("type"),
         QJsonArray{QStringLiteral("VerifiableCredential"), QStringLiteral("OpenBadgeCredential")}},
        {QStringLiteral("issuer"),
         QJsonObject{{QStringLiteral("id"), QString(origin + QStringLiteral("/issuer"))},
                     {QStringLiteral("name"), QStringLiteral("Another Academy")}}},
        {QStringLiteral("validFrom"), QStringLiteral("2024-01-01T00:00:00Z")},
        {QStringLiteral("credentialSubject"),
         QJsonObject{{QStringLiteral("achievement"),
                      QJsonObject{{QStringLiteral("name"), QStringLiteral("Cable Wrangler")}}}}}};
    const QByteArray jwt =
        credentials::signJws(QJsonObject{{QStringLiteral("kid"), metadata.kid}},
                             QJsonDocument(payload).toJson(QJsonDocument::Compact), key)
            .value();

    ui::VerifyCredentialDialog *dialog =
        ui::openVerifyDialog(&m_window, m_controller.get(), jwt, QStringLiteral("other.jwt"));
    QTRY_VERIFY_WITH_TIMEOUT(dialog->hasVerdict(), test::kAppWaitMs);
    QCOMPARE(dialog->verdict().outcome, Verdict::Outcome::Valid);
    QVERIFY(!dialog->verdict().issuedByOurServer);
    QVERIFY(dialog->detailsText().contains(QStringLiteral("Another Academy")));
    auto *keep = test::child<QPushButton>(dialog, "verifyKeepButton");
    QVERIFY(keep->isVisible() && keep->isEnabled());
    QSignalSpy kept(dialog, &ui::VerifyCredentialDialog::keepFinished);
    QTest::mouseClick(keep, Qt::LeftButton);
    QVERIFY(kept.wait(test::kAppWaitMs));
    QCOMPARE(kept.first().first().toBool(), true);
    QVERIFY(!keep->isEnabled());
    dialog->close();
    QTRY_COMPARE_WITH_TIMEOUT(m_controller->data().externalCredentials.size(), 1, test::kAppWaitMs);
    QCOMPARE(m_controller->data().externalCredentials.first().credential, QString::fromLatin1(jwt));

    // The tab's list: each kept credential checked again.
    itemmodels::ExternalCredentialsModel model;
    QAbstractItemModelTester tester(&model);
    verification::CredentialVerifier::Options options;
    options.ours = m_controller->issuerSnapshot();
    options.caFile = m_controller->endpoint().caFile;
    model.setCredentials(m_controller->data().externalCredentials, options);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, itemmodels::ExternalCredentialsModel::Outcome).data().toString(),
             QStringLiteral("Checking…"));
    QTRY_COMPARE_WITH_TIMEOUT(model.checkingCount(), 0, test::kAppWaitMs);
    QCOMPARE(model.index(0, itemmodels::ExternalCredentialsModel::Outcome).data().toString(),
             QStringLiteral("Valid"));
    QCOMPARE(model.index(0, itemmodels::ExternalCredentialsModel::Achievement).data().toString(),
             QStringLiteral("Cable Wrangler"));

    // Remove, through the service the tab uses.
    client::ExternalCredentialService service(m_controller.get());
    std::optional<client::ExternalCredentialService::Reply> removed;
    service.remove(model.index(0, 0).data(itemmodels::IdRole).toString(), this,
                   [&](const client::ExternalCredentialService::Reply &reply) { removed = reply; });
    QTRY_VERIFY_WITH_TIMEOUT(removed.has_value(), test::kAppWaitMs);
    QVERIFY(!removed->error);
    QTRY_COMPARE_WITH_TIMEOUT(m_controller->data().externalCredentials.size(), 0, test::kAppWaitMs);
}

void TestVerifyDialogUi::revokedAfterTheNextSync() {
    m_server.stop();
    QProcess admin;
    admin.start(test::TestServer::executable(),
                {QStringLiteral("admin"), QStringLiteral("--database"), m_server.databasePath(),
                 QStringLiteral("certification"), QStringLiteral("revoke"), kJohn,
                 QStringLiteral("crt-10000000-ccna")});
    QVERIFY(admin.waitForFinished(30000));
    QCOMPARE(admin.exitCode(), 0);
    QVERIFY2(m_server.restart(test::TestServer::defaultNow()), qPrintable(m_server.error()));
    QSignalSpy finished(m_controller.get(), &client::AccountController::syncFinished);
    m_controller->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty() && finished.last().first().toBool(),
                             test::kAppWaitMs);
    QCOMPARE(check(m_ccna).outcome, Verdict::Outcome::Revoked);
}

QTEST_MAIN(TestVerifyDialogUi)
#include "TestVerifyDialogUi.moc"
