#include "server/accounts/PasswordPolicy.h"

namespace certtrack::server {

namespace {

// Lower case, upper case, digits, anything else.
int characterClasses(const QString &password) {
    bool lower = false, upper = false, digit = false, other = false;
    for (const QChar c : password) {
        if (c.isLower())
            lower = true;
        else if (c.isUpper())
            upper = true;
        else if (c.isDigit())
            digit = true;
        else
            other = true;
    }
    return int(lower) + int(upper) + int(digit) + int(other);
}

} // namespace

QStringList PasswordPolicy::rules() {
    return {
        QStringLiteral("At least %1 characters (at most %2).").arg(kMinLength).arg(kMaxLength),
        QStringLiteral("Not your login ID or your email address."),
        QStringLiteral("Not all of one kind: mix at least two of lower case, upper case, digits "
                       "and other characters."),
    };
}

QString PasswordPolicy::refusal(const QString &password, const QString &loginId,
                                const QString &email) {
    if (password.size() < kMinLength)
        return QStringLiteral("The password needs at least %1 characters.").arg(kMinLength);
    if (password.size() > kMaxLength)
        return QStringLiteral("The password may have at most %1 characters.").arg(kMaxLength);
    const auto same = [&password](const QString &other) {
        return !other.isEmpty() && password.compare(other, Qt::CaseInsensitive) == 0;
    };
    if (same(loginId) || same(email))
        return QStringLiteral("The password must not be your login ID or your email address.");
    if (characterClasses(password) < 2)
        return QStringLiteral("The password is all of one kind of character: mix at least two "
                              "of lower case, upper case, digits and other characters.");
    return {};
}

} // namespace certtrack::server
