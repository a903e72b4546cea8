#include "server/verification/VerificationEndpoint.h"

#include "domain/CertificateVerification.h"
#include "server/core/Logging.h"
#include "server/http/PublicPage.h"
#include "server/verification/VerificationPage.h"
#include "server/verification/VerificationStore.h"

namespace certtrack::server {

using publicpage::guarded;
using publicpage::html;

namespace {

bool isWellFormedCode(const QString &code) {
    if (code.isEmpty() || code.size() > 32)
        return false;
    for (const QChar c : code) {
        if (!(c >= QLatin1Char('A') && c <= QLatin1Char('Z')) &&
            !(c >= QLatin1Char('0') && c <= QLatin1Char('9')))
            return false;
    }
    return true;
}

} // namespace

VerificationEndpoint::VerificationEndpoint(VerificationStore &store, const Clock &clock,
                                           RateEvents &rateEvents)
    : m_store(store)
    , m_clock(clock)
    , m_lookups(clock, rateEvents, QStringLiteral("verification"), kMaxLookups, kWindowSeconds) {}

HttpResponse VerificationEndpoint::verify(const ApiRequest &request) {
    const bool json = publicpage::wantsJson(request);
    const QString client = request.remoteAddress.toString();
    if (const qint64 wait = m_lookups.retryAfter(client); wait > 0) {
        qCWarning(lcServer).noquote() << "verification look-ups throttled for" << client;
        HttpResponse response =
            json ? HttpResponse::problem(429, QStringLiteral("Too Many Requests"),
                                         QStringLiteral("Too many verification look-ups from "
                                                        "this address. Try again in %1 seconds.")
                                             .arg(wait))
                 : html(VerificationPage::tooManyRequests(wait), 429);
        response.setHeader("Retry-After", QByteArray::number(wait));
        return guarded(response);
    }
    m_lookups.record(client);

    const QString code = request.pathParameter(QStringLiteral("code")).trimmed().toUpper();
    std::optional<VerifiedCertification> found;
    if (isWellFormedCode(code))
        found = m_store.certificationByVerificationCode(code);
    if (!found) {
        if (json) {
            return guarded(HttpResponse::problem(
                404, QStringLiteral("Not Found"),
                QStringLiteral("No certificate has this verification code.")));
        }
        return guarded(html(VerificationPage::notFound(code), 404));
    }

    if (!found->disclosureConsented) {
        // "No" means no: not the name, not the certification, not whether it is in force.
        qCInfo(lcServer) << "verification withheld: the holder has not consented";
        if (json) {
            return guarded(HttpResponse::problem(
                403, QStringLiteral("Forbidden"),
                QStringLiteral("The holder of this certificate has not consented to the "
                               "disclosure of their certification status, so it is not shown. "
                               "Ask the holder for proof of their certification.")));
        }
        return guarded(html(VerificationPage::notConsented(code), 403));
    }

    domain::CertificateVerification v;
    v.verificationCode = found->held.verificationCode;
    v.holderName = domain::certificateHolderName(found->holder);
    v.certificationName = found->definition.name;
    v.acronym = found->definition.acronym;
    v.track = found->definition.track;
    v.achieved = found->held.active;
    v.validThrough = found->held.expires;
    if (found->held.revokedAt)
        v.revokedOn = found->held.revokedAt->toUTC().date();
    v.checkedAt = m_clock.now();
    v.status = domain::CertificateVerification::statusFor(v.achieved, v.validThrough, v.revokedOn,
                                                          m_clock.today());
    if (json)
        return guarded(HttpResponse::json(v.toJson()));
    return guarded(html(VerificationPage::verification(v), 200));
}

void addRoutes(Router &router, VerificationEndpoint *endpoint) {
    router.add({"GET", QStringLiteral("/verify/{code}"),
                [verification = endpoint](const ApiRequest &request) {
                    return verification->verify(request);
                }});
}

} // namespace certtrack::server
