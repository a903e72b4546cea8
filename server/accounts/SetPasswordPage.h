#pragma once

#include <QByteArray>
#include <QString>

namespace certtrack::server {

// The public set-password pages behind the link in a mapping or forgotten-password email: plain
// HTML with inline CSS and no script, every text escaped. The form posts back to the same path.
class SetPasswordPage {
public:
    enum class Outcome { Mapped, Reset };

    // The form, with the password rules and, after a refused attempt, why it was refused.
    static QByteArray form(const QString &token, const QString &loginId, const QString &error = {});
    static QByteArray done(Outcome outcome, const QString &loginId);
    static QByteArray used();
    static QByteArray expired();
    static QByteArray unknown();
};

} // namespace certtrack::server
