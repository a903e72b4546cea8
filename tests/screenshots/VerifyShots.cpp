#include "ScreenshotTaker.h"

#include "Script.h"
#include "client/AccountController.h"
#include "credentials/Jws.h"
#include "credentials/SigningKey.h"
#include "ui/MainWindow.h"
#include "ui/verification/VerifyCredentialDialog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTabWidget>

namespace certtrack::screenshots {

namespace {

// The VC-JWT the client kept of a badge at sync; empty when it has none.
QByteArray cachedCredential(const client::AccountController *controller, const QString &badge) {
    return controller->data().badgeCopies.value(badge).credentialJwt;
}

QByteArray fromBase64Url(const QByteArray &text) {
    return QByteArray::fromBase64(text,
                                  QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

// jwt with one character of its payload changed, picked so that the payload still reads as a
// JSON object: only the signature can then tell the change, as with a credential edited by hand.
QByteArray tampered(const QByteArray &jwt) {
    const QList<QByteArray> parts = jwt.split('.');
    if (parts.size() != 3)
        return {};
    static const QByteArray alphabet =
        QByteArrayLiteral("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_");
    // From the middle on, well away from the last character's padding bits.
    for (qsizetype at = parts[1].size() / 2; at < parts[1].size() - 4; ++at) {
        for (const char replacement : alphabet) {
            if (replacement == parts[1][at])
                continue;
            QByteArray payload = parts[1];
            payload[at] = replacement;
            if (QJsonDocument::fromJson(fromBase64Url(payload)).isObject())
                return parts[0] + '.' + payload + '.' + parts[2];
        }
    }
    return {};
}

// A credential of an issuer on a domain that never resolves (.invalid, RFC 2606): its key can
// be fetched neither from the last sync nor over the network.
QByteArray unreachableIssuerCredential() {
    const credentials::Result<credentials::SigningKey> key =
        credentials::SigningKey::generate(credentials::KeyType::EcP256);
    if (!key)
        return {};
    const QString issuer = QStringLiteral("https://issuer.invalid/issuer");
    const QJsonObject payload{
        {QStringLiteral("@context"),
         QJsonArray{QStringLiteral("https://www.w3.org/ns/credentials/v2"),
                    QStringLiteral("https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json")}},
        {QStringLiteral("id"), QStringLiteral("urn:uuid:3f0b8c2e-0000-4000-8000-000000000001")},
        {QStringLiteral("type"),
         QJsonArray{QStringLiteral("VerifiableCredential"), QStringLiteral("OpenBadgeCredential")}},
        {QStringLiteral("name"), QStringLiteral("Network Fundamentals")},
        {QStringLiteral("issuer"),
         QJsonObject{{QStringLiteral("id"), issuer},
                     {QStringLiteral("type"), QStringLiteral("Profile")},
                     {QStringLiteral("name"), QStringLiteral("Example Training Institute")}}},
        {QStringLiteral("validFrom"), QStringLiteral("2024-01-01T00:00:00Z")},
        {QStringLiteral("credentialSubject"),
         QJsonObject{
             {QStringLiteral("id"), QStringLiteral("mailto:john.doe@example.com")},
             {QStringLiteral("achievement"),
              QJsonObject{{QStringLiteral("name"), QStringLiteral("Network Fundamentals")}}}}},
        {QStringLiteral("iss"), issuer},
        {QStringLiteral("nbf"), qint64(1704067200)}};
    const QJsonObject header{
        {QStringLiteral("typ"), QStringLiteral("JWT")},
        {QStringLiteral("kid"), QStringLiteral("https://issuer.invalid/keys/1")}};
    const credentials::Result<QByteArray> jws = credentials::signJws(
        header, QJsonDocument(payload).toJson(QJsonDocument::Compact), key.value());
    return jws ? jws.value() : QByteArray();
}

} // namespace

void ScreenshotTaker::verifyShot(const QString &name, const QString &fileName,
                                 std::function<QByteArray()> credential,
                                 verification::Verdict::Outcome expected) {
    m_script->add(
        QStringLiteral("verify the credential of %1").arg(name),
        [this, name, fileName, credential] {
            const QByteArray bytes = credential();
            if (bytes.isEmpty())
                return m_script->fail(QStringLiteral("no credential to verify for %1").arg(name));
            m_window->tabs()->setCurrentIndex(ui::MainWindow::BadgesTab);
            // As the tab opens it, with one width for every picture: wide enough that the
            // outcome line stays on one line, set before the verdict so its height follows.
            m_verify = ui::openVerifyDialog(m_window, m_controller);
            m_verify->setMinimumWidth(560);
            m_verify->verifyBytes(bytes, fileName);
        },
        [this] { return !m_verify || m_verify->hasVerdict(); });
    m_script->add(QStringLiteral("check the verdict of %1").arg(name), [this, name, expected] {
        if (!m_verify)
            return m_script->fail(QStringLiteral("the verify dialog of %1 is gone").arg(name));
        if (m_verify->verdict().outcome != expected)
            return m_script->fail(
                QStringLiteral("%1: the verdict is \"%2\": %3")
                    .arg(name, m_verify->outcomeText(), m_verify->verdict().reason));
        // The verdict and its details make the dialog taller than when it opened, and a check
        // over the network leaves it as tall as its progress made it: the height its text needs.
        m_verify->adjustSize();
        const int height = m_verify->heightForWidth(m_verify->width());
        if (height > 0)
            m_verify->resize(m_verify->width(), height);
    });
    shot(name, [this] { return static_cast<QWidget *>(m_verify.data()); });
    m_script->add(QStringLiteral("close the verify dialog of %1").arg(name), [this] {
        if (m_verify)
            m_verify->close();
    });
}

void ScreenshotTaker::addVerification() {
    using Outcome = verification::Verdict::Outcome;
    const QString ccna = QStringLiteral("bdg-10000000-ccna");
    verifyShot(
        QStringLiteral("verify-valid"), QStringLiteral("ccna.jwt"),
        [this, ccna] { return cachedCredential(m_controller, ccna); }, Outcome::Valid);
    verifyShot(
        QStringLiteral("verify-expired"), QStringLiteral("ccie.jwt"),
        [this] { return cachedCredential(m_controller, QStringLiteral("bdg-10000000-ccie")); },
        Outcome::Expired);
    verifyShot(
        QStringLiteral("verify-not-valid"), QStringLiteral("ccna-edited.jwt"),
        [this, ccna] { return tampered(cachedCredential(m_controller, ccna)); }, Outcome::NotValid);
    verifyShot(
        QStringLiteral("verify-cannot-check"), QStringLiteral("network-fundamentals.jwt"),
        [] { return unreachableIssuerCredential(); }, Outcome::CannotCheck);
}

} // namespace certtrack::screenshots
