// The keychain for real: a refresh token written, read, overwritten and deleted through
// CredentialStore against gnome-keyring's Secret Service (run inside tests/tools/with-keyring.sh),
// a disabled store that never writes, and a missing Secret Service reported as an error.

#include "client/CredentialStore.h"

#include <QTest>

#include <optional>

using certtrack::client::CredentialStore;
using certtrack::client::ServerEndpoint;

namespace {

const char *kExpectNoKeychain = "CERTTRACK_TEST_EXPECT_NO_KEYCHAIN";

} // namespace

class TestCredentialStore : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void roundTrip();
    void keysSeparateAccounts();
    void disabledStoreNeverWrites();
    void missingSecretServiceIsAnError();

private:
    CredentialStore::ReadResult read(CredentialStore &store, const QString &key);
    QString write(CredentialStore &store, const QString &key, const QString &secret);
    QString remove(CredentialStore &store, const QString &key);
    bool m_noKeychain = false;
};

void TestCredentialStore::initTestCase() {
    m_noKeychain = qEnvironmentVariableIsSet(kExpectNoKeychain);
}

CredentialStore::ReadResult TestCredentialStore::read(CredentialStore &store, const QString &key) {
    std::optional<CredentialStore::ReadResult> result;
    store.readRefreshToken(key, this, [&](const CredentialStore::ReadResult &r) { result = r; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 20000))
        qFatal("the keychain did not answer a read");
    return *result;
}

QString TestCredentialStore::write(CredentialStore &store, const QString &key,
                                   const QString &secret) {
    std::optional<QString> error;
    store.writeRefreshToken(key, secret, this, [&](const QString &e) { error = e; });
    if (!QTest::qWaitFor([&] { return error.has_value(); }, 20000))
        qFatal("the keychain did not answer a write");
    return *error;
}

QString TestCredentialStore::remove(CredentialStore &store, const QString &key) {
    std::optional<QString> error;
    store.removeRefreshToken(key, this, [&](const QString &e) { error = e; });
    if (!QTest::qWaitFor([&] { return error.has_value(); }, 20000))
        qFatal("the keychain did not answer a delete");
    return *error;
}

void TestCredentialStore::roundTrip() {
    if (m_noKeychain)
        QSKIP("runs inside with-keyring.sh");
    CredentialStore store(true);
    const ServerEndpoint endpoint{QUrl(QStringLiteral("https://127.0.0.1:8443")), QString()};
    const QString key = CredentialStore::keyFor(endpoint, QStringLiteral("CSCO10000000"));

    QVERIFY(!read(store, key).found);

    const QString first = QStringLiteral("first-refresh-token+/=&?ü");
    QCOMPARE(write(store, key, first), QString());
    CredentialStore::ReadResult result = read(store, key);
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QVERIFY(result.found);
    QCOMPARE(result.secret, first);

    // Rotation overwrites in place.
    const QString second = QStringLiteral("second-refresh-token");
    QCOMPARE(write(store, key, second), QString());
    result = read(store, key);
    QVERIFY(result.found);
    QCOMPARE(result.secret, second);

    // Another store object (the next start of the app) finds the same entry.
    CredentialStore later(true);
    QCOMPARE(read(later, key).secret, second);

    QCOMPARE(remove(store, key), QString());
    result = read(store, key);
    QVERIFY(!result.found);
    QVERIFY2(result.error.isEmpty(), "a missing entry is not a failure");
    QCOMPARE(remove(store, key), QString()); // deleting twice is fine
}

void TestCredentialStore::keysSeparateAccounts() {
    if (m_noKeychain)
        QSKIP("runs inside with-keyring.sh");
    const ServerEndpoint here{QUrl(QStringLiteral("https://127.0.0.1:8443")), QString()};
    const ServerEndpoint there{QUrl(QStringLiteral("https://certtrack.example.org")), QString()};
    const QString a = CredentialStore::keyFor(here, QStringLiteral("CSCO10000000"));
    const QString b = CredentialStore::keyFor(here, QStringLiteral("CSCO10000001"));
    const QString c = CredentialStore::keyFor(there, QStringLiteral("CSCO10000000"));
    QVERIFY(a != b && a != c && b != c);
    QCOMPARE(CredentialStore::keyFor(
                 {QUrl(QStringLiteral("https://CERTTRACK.example.org:443/")), QString()},
                 QStringLiteral("CSCO10000000")),
             c);

    CredentialStore store(true);
    QCOMPARE(write(store, a, QStringLiteral("token-a")), QString());
    QCOMPARE(write(store, b, QStringLiteral("token-b")), QString());
    QCOMPARE(read(store, a).secret, QStringLiteral("token-a"));
    QCOMPARE(read(store, b).secret, QStringLiteral("token-b"));
    QVERIFY(!read(store, c).found);
    QCOMPARE(remove(store, a), QString());
    QCOMPARE(read(store, b).secret, QStringLiteral("token-b"));
    QCOMPARE(remove(store, b), QString());
}

void TestCredentialStore::disabledStoreNeverWrites() {
    if (m_noKeychain)
        QSKIP("runs inside with-keyring.sh");
    const QString key = CredentialStore::keyFor(
        {QUrl(QStringLiteral("https://127.0.0.1:9443")), QString()}, QStringLiteral("demo"));
    CredentialStore disabled(false);
    QVERIFY(!disabled.isEnabled());
    QCOMPARE(write(disabled, key, QStringLiteral("must-not-be-stored")), QString());
    QVERIFY(!read(disabled, key).found);

    CredentialStore real(true);
    const CredentialStore::ReadResult result = read(real, key);
    QVERIFY2(!result.found, "a disabled store wrote to the keychain");
    QVERIFY(result.error.isEmpty());
}

void TestCredentialStore::missingSecretServiceIsAnError() {
    if (!m_noKeychain)
        QSKIP("registered separately, with no D-Bus session to talk to");
    CredentialStore store(true);
    const QString key = CredentialStore::keyFor(
        {QUrl(QStringLiteral("https://127.0.0.1:8443")), QString()}, QStringLiteral("someone"));
    const CredentialStore::ReadResult result = read(store, key);
    QVERIFY(!result.found);
    QVERIFY2(!result.error.isEmpty(), "no keychain must be reported, not taken as 'no entry'");
    const QString error = write(store, key, QStringLiteral("token"));
    QVERIFY2(!error.isEmpty(), "a write without a keychain must fail visibly");
    qInfo() << "reported as:" << error;
}

QTEST_GUILESS_MAIN(TestCredentialStore)
#include "TestCredentialStore.moc"
