#include "server/accounts/SetPasswordPage.h"

#include "server/accounts/PasswordPolicy.h"

namespace certtrack::server {

namespace {

QString esc(const QString &text) {
    return text.toHtmlEscaped();
}

const char kStyle[] = R"(
*{box-sizing:border-box}
body{margin:0;background:#f1f3f6;color:#1b2f52;font:16px/1.5 "DejaVu Sans","Noto Sans",Arial,sans-serif}
header{background:#1b2f52;color:#fff;padding:14px 24px;font-size:20px;font-weight:600}
main{max-width:560px;margin:32px auto;background:#fff;border:1px solid #cfd6e0;border-radius:6px;padding:28px 36px}
h1{font-size:22px;margin:0 0 16px}
label{display:block;font-weight:600;margin:16px 0 4px}
input[type=password]{width:100%;padding:8px 10px;font-size:16px;border:1px solid #9aa7b8;border-radius:4px}
button{margin-top:20px;padding:9px 22px;font-size:16px;background:#1b62b5;color:#fff;border:0;border-radius:4px;cursor:pointer}
.rules{background:#f5f7fa;border-left:4px solid #1b62b5;padding:8px 16px 8px 32px;margin:12px 0}
.error{background:#f8e1e1;color:#8a1c1c;border:1px solid #dd9c9c;padding:10px 14px;border-radius:4px}
.done{background:#e4f2e7;color:#1d5e2f;border:1px solid #9cc9a8;padding:10px 14px;border-radius:4px}
.login{font-family:"DejaVu Sans Mono",monospace;font-size:20px;font-weight:600;letter-spacing:1px}
)";

QByteArray document(const QString &title, const QString &body) {
    QString html;
    html += QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">");
    html += QStringLiteral("<meta name=\"viewport\" content=\"width=device-width, "
                           "initial-scale=1\"><meta name=\"robots\" content=\"noindex\">");
    html += QStringLiteral("<title>") + esc(title) + QStringLiteral("</title><style>") +
            QString::fromLatin1(kStyle) + QStringLiteral("</style></head><body>");
    html += QStringLiteral("<header>CertTrack</header><main>");
    html += QStringLiteral("<h1>") + esc(title) + QStringLiteral("</h1>");
    html += body;
    html += QStringLiteral("</main></body></html>\n");
    return html.toUtf8();
}

QString paragraph(const QString &text) {
    return QStringLiteral("<p>") + esc(text) + QStringLiteral("</p>");
}

const QString kNewLink = QStringLiteral(
    "Ask for a new link in CertTrack: \"First time signing in?\" if your account is not mapped "
    "yet, \"Forgot password?\" if it is.");

} // namespace

QByteArray SetPasswordPage::form(const QString &token, const QString &loginId,
                                 const QString &error) {
    QString body;
    if (!error.isEmpty()) {
        body += QStringLiteral("<p class=\"error\" id=\"error\" role=\"alert\">") + esc(error) +
                QStringLiteral("</p>");
    }
    body += paragraph(QStringLiteral("Choose the password you will sign in with. Your login ID "
                                     "is %1.")
                          .arg(loginId));
    body += QStringLiteral("<ul class=\"rules\" id=\"rules\">");
    for (const QString &rule : PasswordPolicy::rules())
        body += QStringLiteral("<li>") + esc(rule) + QStringLiteral("</li>");
    body += QStringLiteral("</ul>");
    body += QStringLiteral("<form method=\"post\" action=\"/account/set-password\">"
                           "<input type=\"hidden\" name=\"token\" value=\"%1\">"
                           "<label for=\"password\">New password</label>"
                           "<input type=\"password\" id=\"password\" name=\"password\" "
                           "autocomplete=\"new-password\" required minlength=\"%2\" "
                           "maxlength=\"%3\">"
                           "<label for=\"confirm\">Repeat the new password</label>"
                           "<input type=\"password\" id=\"confirm\" name=\"confirm\" "
                           "autocomplete=\"new-password\" required>"
                           "<button type=\"submit\" id=\"submit\">Set password</button></form>")
                .arg(esc(token))
                .arg(PasswordPolicy::kMinLength)
                .arg(PasswordPolicy::kMaxLength);
    return document(QStringLiteral("Set your password"), body);
}

QByteArray SetPasswordPage::done(Outcome outcome, const QString &loginId) {
    const QString title = outcome == Outcome::Mapped ? QStringLiteral("Account mapping is complete")
                                                     : QStringLiteral("Your password is set");
    QString body = QStringLiteral("<p class=\"done\" id=\"done\" role=\"status\">") + esc(title) +
                   QStringLiteral(".</p>");
    body += QStringLiteral("<p>Your login ID is <span class=\"login\" id=\"login-id\">") +
            esc(loginId) + QStringLiteral("</span></p>");
    body += paragraph(QStringLiteral("Sign in to CertTrack with this login ID and your new "
                                     "password. This link cannot be used again."));
    if (outcome == Outcome::Reset) {
        body += paragraph(QStringLiteral("Every device that was signed in with the old password "
                                         "has been signed out."));
    }
    return document(title, body);
}

QByteArray SetPasswordPage::used() {
    return document(QStringLiteral("This link was used already"),
                    paragraph(QStringLiteral("Each link sets a password once. If that was you, "
                                             "sign in with your login ID and that password.")) +
                        paragraph(kNewLink));
}

QByteArray SetPasswordPage::expired() {
    return document(QStringLiteral("This link has expired"),
                    paragraph(QStringLiteral("A set-password link works for 24 hours after it "
                                             "was sent.")) +
                        paragraph(kNewLink));
}

QByteArray SetPasswordPage::unknown() {
    return document(QStringLiteral("This link is not valid"),
                    paragraph(QStringLiteral("Check that the whole link from the email was "
                                             "opened; some mail programs break long links.")) +
                        paragraph(kNewLink));
}

} // namespace certtrack::server
