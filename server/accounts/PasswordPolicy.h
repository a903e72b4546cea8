#pragma once

#include <QString>
#include <QStringList>

namespace certtrack::server {

// What a new password must be, as rules a person reads on the set-password page and as the check
// the server makes. Length does most of the work; the rest stops the obvious guesses.
class PasswordPolicy {
public:
    static constexpr int kMinLength = 10;
    static constexpr int kMaxLength = 128;

    // The rules in words, in the order they are checked.
    static QStringList rules();
    // Why the password is refused, or empty when it is fine.
    static QString refusal(const QString &password, const QString &loginId, const QString &email);
};

} // namespace certtrack::server
