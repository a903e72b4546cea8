#include "server/accounts/AccountMappingEndpoints.h"

#include "domain/Json.h"
#include "server/accounts/PasswordPolicy.h"
#include "server/accounts/SetPasswordPage.h"
#include "server/core/Logging.h"
#include "server/http/FormBody.h"
#include "server/http/PublicPage.h"

#include "server/http/HttpProblem.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrlQuery>

namespace certtrack::server {

using publicpage::html;
using publicpage::wantsJson;

namespace {

// The link is a credential; its form may post only back here.
HttpResponse setPasswordGuarded(HttpResponse response) {
    return publicpage::guarded(std::move(response), publicpage::Forms::Self);
}

} // namespace

namespace {

using FieldErrors = QList<domain::Problem::FieldError>;

constexpr qsizetype kMaxEmailLength = 254;
constexpr qsizetype kMaxFieldLength = 100;

// The request's JSON object with only string members, each one of `fields`; throws the refusal
// otherwise.
QJsonObject textFields(const ApiRequest &request, const QStringList &fields) {
    const QJsonObject object = requireJsonObject(request);
    FieldErrors errors;
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!fields.contains(it.key()))
            errors.append({it.key(), QStringLiteral("This field is not known here.")});
        else if (!it.value().isString())
            errors.append({it.key(), QStringLiteral("This field must be text.")});
    }
    if (!errors.isEmpty())
        throw HttpProblem(HttpResponse::validationFailed(errors));
    return object;
}

bool looksLikeEmail(const QString &text) {
    static const QRegularExpression shape(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    return text.size() <= kMaxEmailLength && shape.match(text).hasMatch();
}

void checkEmail(const QString &field, const QString &value, FieldErrors *errors) {
    if (value.isEmpty())
        errors->append({field, QStringLiteral("Enter an email address.")});
    else if (!looksLikeEmail(value))
        errors->append({field, QStringLiteral("This is not an email address.")});
}

HttpResponse alreadyMapped() {
    return HttpResponse::problem(
        409, QStringLiteral("Conflict"),
        QStringLiteral("This account is mapped already. Sign in with your login ID, or use "
                       "\"Forgot password?\" to set a new password."));
}

} // namespace

AccountMappingEndpoints::AccountMappingEndpoints(AccountMappingStore &store, const Clock &clock,
                                                 RateEvents &rateEvents,
                                                 const PasswordHasher &hasher, Mailer *mailer,
                                                 QUrl publicBase)
    : m_store(store)
    , m_clock(clock)
    , m_hasher(hasher)
    , m_mailer(mailer)
    , m_publicBase(std::move(publicBase))
    , m_perKey(clock, rateEvents, QStringLiteral("mapping-key"), kMaxAttemptsPerKey,
               kAttemptWindowSeconds)
    , m_perAddress(clock, rateEvents, QStringLiteral("mapping-address"), kMaxAttemptsPerAddress,
                   kAttemptWindowSeconds) {}

void addRoutes(Router &router, AccountMappingEndpoints *endpoints) {
    AccountMappingEndpoints *m = endpoints;
    router.add({"POST", QStringLiteral("/api/v1/account-mapping/by-email"),
                [m](const ApiRequest &request) { return m->byEmail(request); }});
    router.add({"POST", QStringLiteral("/api/v1/account-mapping/by-score-report"),
                [m](const ApiRequest &request) { return m->byScoreReport(request); }});
    router.add({"POST", QStringLiteral("/api/v1/account-mapping/forgot-password"),
                [m](const ApiRequest &request) { return m->forgotPassword(request); }});
    router.add({"GET", QStringLiteral("/account/set-password"),
                [m](const ApiRequest &request) { return m->setPasswordPage(request); }});
    router.add({"POST", QStringLiteral("/account/set-password"),
                [m](const ApiRequest &request) { return m->setPassword(request); }});
}

std::optional<HttpResponse> AccountMappingEndpoints::throttled(const ApiRequest &request,
                                                               const QString &key) {
    const qint64 wait = std::max(m_perKey.retryAfter(key.toLower()),
                                 m_perAddress.retryAfter(request.remoteAddress.toString()));
    if (wait == 0)
        return std::nullopt;
    qCWarning(lcServer).noquote() << "account mapping throttled for"
                                  << request.remoteAddress.toString();
    HttpResponse response = HttpResponse::problem(
        429, QStringLiteral("Too Many Requests"),
        QStringLiteral("Too many attempts. Try again in %1 seconds.").arg(wait));
    response.setHeader("Retry-After", QByteArray::number(wait));
    return response;
}

void AccountMappingEndpoints::recordAttempt(const ApiRequest &request, const QString &key) {
    m_perKey.record(key.toLower());
    m_perAddress.record(request.remoteAddress.toString());
}

HttpResponse AccountMappingEndpoints::sendLink(const MappingCandidate &candidate, const QString &to,
                                               PasswordLink::Purpose purpose) {
    const QDateTime now = m_clock.now();
    const QString token = PasswordHasher::randomToken();
    PasswordLink link;
    link.hash = PasswordHasher::tokenHash(token);
    link.candidateId = candidate.id;
    link.purpose = purpose;
    link.issuedAt = now;
    link.expiresAt = now.addSecs(kLinkLifetimeSeconds);
    m_store.insertPasswordLink(link);

    QUrl url = m_publicBase;
    url.setPath(QStringLiteral("/account/set-password"));
    url.setQuery(QUrlQuery{{QStringLiteral("token"), token}});
    const QString what =
        purpose == PasswordLink::Purpose::Mapping
            ? QStringLiteral("finish mapping your account and choose your password")
            : QStringLiteral("choose a new password");
    MailMessage mail;
    mail.to = to;
    mail.subject = QStringLiteral("Set your CertTrack password");
    mail.textBody =
        QStringLiteral("Hello,\n\nOpen this link to %1:\n\n%2\n\nThe link works once and expires "
                       "on %3 (24 hours after this email was sent). The page shows your login "
                       "ID.\n\nIf you did not ask for this, ignore this email: nothing changes "
                       "until the link is used.\n")
            .arg(what, url.toString(QUrl::FullyEncoded), domain::formatInstant(link.expiresAt));
    QString error;
    if (!m_mailer->send(mail, &error)) {
        qCWarning(lcServer).noquote() << "set-password mail not sent:" << error;
        return HttpResponse::problem(503, QStringLiteral("Service Unavailable"),
                                     QStringLiteral("The email could not be sent. Try again "
                                                    "later."));
    }
    return HttpResponse::json(
        QJsonObject{{QStringLiteral("expiresAt"), domain::formatInstant(link.expiresAt)}}, 202);
}

HttpResponse AccountMappingEndpoints::byEmail(const ApiRequest &request) {
    const QJsonObject body = textFields(request, {QStringLiteral("email")});
    const QString email = body.value(QLatin1String("email")).toString().trimmed();
    FieldErrors errors;
    checkEmail(QStringLiteral("email"), email, &errors);
    if (!errors.isEmpty())
        return HttpResponse::validationFailed(errors);
    if (auto refused = throttled(request, email))
        return *refused;
    recordAttempt(request, email);
    if (!m_mailer) {
        return HttpResponse::problem(503, QStringLiteral("Service Unavailable"),
                                     QStringLiteral("This server cannot send mail."));
    }

    const QList<MappingCandidate> found = m_store.candidatesByEmail(email);
    if (found.isEmpty()) {
        return HttpResponse::problem(
            404, QStringLiteral("Not Found"),
            QStringLiteral("This email address is not on file. If you cannot use the email "
                           "address you last used to take an exam, map your account using the "
                           "information on your score report instead."));
    }
    if (found.size() > 1) {
        return HttpResponse::problem(
            409, QStringLiteral("Conflict"),
            QStringLiteral("This email address is on more than one record. Open a support case "
                           "to merge your account; then the mapping can be completed."));
    }
    if (found.first().mapped)
        return alreadyMapped();
    return sendLink(found.first(), found.first().email, PasswordLink::Purpose::Mapping);
}

HttpResponse AccountMappingEndpoints::byScoreReport(const ApiRequest &request) {
    const QJsonObject body =
        textFields(request, {QStringLiteral("lastName"), QStringLiteral("registrationNumber"),
                             QStringLiteral("newEmail")});
    const QString lastName = body.value(QLatin1String("lastName")).toString().trimmed();
    const QString registration =
        body.value(QLatin1String("registrationNumber")).toString().trimmed();
    const QString newEmail = body.value(QLatin1String("newEmail")).toString().trimmed();
    FieldErrors errors;
    if (lastName.isEmpty())
        errors.append({QStringLiteral("lastName"), QStringLiteral("Enter your last name.")});
    else if (lastName.size() > kMaxFieldLength)
        errors.append({QStringLiteral("lastName"), QStringLiteral("This is too long.")});
    if (registration.isEmpty()) {
        errors.append({QStringLiteral("registrationNumber"),
                       QStringLiteral("Enter the registration number from your score report.")});
    } else if (registration.size() > kMaxFieldLength) {
        errors.append({QStringLiteral("registrationNumber"), QStringLiteral("This is too long.")});
    }
    checkEmail(QStringLiteral("newEmail"), newEmail, &errors);
    if (!errors.isEmpty())
        return HttpResponse::validationFailed(errors);
    if (auto refused = throttled(request, registration))
        return *refused;
    recordAttempt(request, registration);
    if (!m_mailer) {
        return HttpResponse::problem(503, QStringLiteral("Service Unavailable"),
                                     QStringLiteral("This server cannot send mail."));
    }

    const std::optional<MappingCandidate> found =
        m_store.candidateByScoreReport(lastName, registration);
    if (!found) {
        // One answer for either field being wrong, so the form cannot be used to find out which
        // registration numbers exist.
        return HttpResponse::problem(
            422, QStringLiteral("Unprocessable Content"),
            QStringLiteral("The last name and registration number do not match a score report "
                           "on file. Check both against your score report."));
    }
    if (found->mapped)
        return alreadyMapped();
    m_store.setEmail(found->id, newEmail);
    qCInfo(lcServer).noquote() << "account" << found->loginId
                               << "mapped by score report to a new email";
    return sendLink(*found, newEmail, PasswordLink::Purpose::Mapping);
}

HttpResponse AccountMappingEndpoints::forgotPassword(const ApiRequest &request) {
    const QJsonObject body = textFields(request, {QStringLiteral("loginOrEmail")});
    const QString key = body.value(QLatin1String("loginOrEmail")).toString().trimmed();
    if (key.isEmpty() || key.size() > kMaxEmailLength) {
        return HttpResponse::validationFailed(
            {{QStringLiteral("loginOrEmail"),
              key.isEmpty() ? QStringLiteral("Enter your login ID or email address.")
                            : QStringLiteral("This is too long.")}});
    }
    if (auto refused = throttled(request, key))
        return *refused;
    recordAttempt(request, key);
    if (!m_mailer) {
        return HttpResponse::problem(503, QStringLiteral("Service Unavailable"),
                                     QStringLiteral("This server cannot send mail."));
    }

    std::optional<MappingCandidate> found = m_store.candidateByLogin(key);
    if (!found) {
        const QList<MappingCandidate> byEmail = m_store.candidatesByEmail(key);
        if (byEmail.size() == 1)
            found = byEmail.first();
    }
    // The same answer whether or not an account matched: this form must not tell who has one.
    const HttpResponse sameAnswer = HttpResponse::json(
        QJsonObject{{QStringLiteral("expiresAt"),
                     domain::formatInstant(m_clock.now().addSecs(kLinkLifetimeSeconds))}},
        202);
    if (!found || !found->mapped)
        return sameAnswer;
    const HttpResponse sent = sendLink(*found, found->email, PasswordLink::Purpose::Reset);
    return sent.status == 202 ? sameAnswer : sent;
}

AccountMappingEndpoints::Link AccountMappingEndpoints::validLink(const ApiRequest &request,
                                                                 const QString &token) {
    const bool json = wantsJson(request);
    const auto refuse = [json](int status, const QString &detail, const QByteArray &page) {
        return setPasswordGuarded(
            json ? HttpResponse::problem(
                       status, status == 404 ? QStringLiteral("Not Found") : QStringLiteral("Gone"),
                       detail)
                 : html(page, status));
    };
    Link result;
    std::optional<PasswordLink> link;
    if (!token.isEmpty())
        link = m_store.passwordLinkByHash(PasswordHasher::tokenHash(token));
    if (!link) {
        result.refusal = refuse(404, QStringLiteral("This set-password link is not valid."),
                                SetPasswordPage::unknown());
    } else if (link->usedAt) {
        result.refusal = refuse(410, QStringLiteral("This set-password link was used already."),
                                SetPasswordPage::used());
    } else if (link->expiresAt <= m_clock.now()) {
        result.refusal = refuse(410, QStringLiteral("This set-password link has expired."),
                                SetPasswordPage::expired());
    } else {
        result.link = link;
    }
    return result;
}

HttpResponse AccountMappingEndpoints::setPasswordPage(const ApiRequest &request) {
    const QString token = request.query.queryItemValue(QStringLiteral("token"));
    const Link link = validLink(request, token);
    if (link.refusal)
        return *link.refusal;
    const std::optional<MappingCandidate> candidate = m_store.candidateById(link.link->candidateId);
    if (!candidate)
        return setPasswordGuarded(html(SetPasswordPage::unknown(), 404));
    if (wantsJson(request)) {
        return setPasswordGuarded(HttpResponse::json(QJsonObject{
            {QStringLiteral("loginId"), candidate->loginId},
            {QStringLiteral("expiresAt"), domain::formatInstant(link.link->expiresAt)},
            {QStringLiteral("rules"), QJsonArray::fromStringList(PasswordPolicy::rules())}}));
    }
    return setPasswordGuarded(html(SetPasswordPage::form(token, candidate->loginId), 200));
}

HttpResponse AccountMappingEndpoints::setPassword(const ApiRequest &request) {
    if (request.mediaType() != "application/x-www-form-urlencoded") {
        return setPasswordGuarded(HttpResponse::problem(
            415, QStringLiteral("Unsupported Media Type"),
            QStringLiteral("Send the form as application/x-www-form-urlencoded.")));
    }
    const FormBody form(request.body);
    const QString token = form.value(QStringLiteral("token"));
    const QString password = form.value(QStringLiteral("password"));
    const QString confirm = form.value(QStringLiteral("confirm"));
    const Link link = validLink(request, token);
    if (link.refusal)
        return *link.refusal;
    const std::optional<MappingCandidate> candidate = m_store.candidateById(link.link->candidateId);
    if (!candidate)
        return setPasswordGuarded(html(SetPasswordPage::unknown(), 404));

    QString refusal = PasswordPolicy::refusal(password, candidate->loginId, candidate->email);
    if (refusal.isEmpty() && password != confirm)
        refusal = QStringLiteral("The two passwords differ. Type the same password twice.");
    if (!refusal.isEmpty()) {
        if (wantsJson(request)) {
            return setPasswordGuarded(
                HttpResponse::validationFailed({{QStringLiteral("password"), refusal}}));
        }
        return setPasswordGuarded(
            html(SetPasswordPage::form(token, candidate->loginId, refusal), 422));
    }
    if (!m_store.usePasswordLink(link.link->hash, m_clock.now(), m_hasher.hash(password))) {
        return setPasswordGuarded(
            wantsJson(request) ? HttpResponse::problem(410, QStringLiteral("Gone"),
                                                       QStringLiteral("This set-password link was "
                                                                      "used already."))
                               : html(SetPasswordPage::used(), 410));
    }
    qCInfo(lcServer).noquote() << "password set for" << candidate->loginId;
    if (wantsJson(request)) {
        return setPasswordGuarded(
            HttpResponse::json(QJsonObject{{QStringLiteral("loginId"), candidate->loginId}}));
    }
    return setPasswordGuarded(
        html(SetPasswordPage::done(link.link->purpose == PasswordLink::Purpose::Mapping
                                       ? SetPasswordPage::Outcome::Mapped
                                       : SetPasswordPage::Outcome::Reset,
                                   candidate->loginId),
             200));
}

} // namespace certtrack::server
