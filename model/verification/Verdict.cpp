#include "verification/Verdict.h"

#include <QCoreApplication>

namespace certtrack::verification {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("Verdict", text);
}

QString instant(const QDateTime &at) {
    return at.toUTC().toString(Qt::ISODate);
}

} // namespace

QString Verdict::outcomeText(Outcome outcome) {
    switch (outcome) {
    case Outcome::Valid:
        return tr("Valid");
    case Outcome::NotValid:
        return tr("Not valid");
    case Outcome::Expired:
        return tr("Expired");
    case Outcome::Revoked:
        return tr("Revoked");
    case Outcome::CannotCheck:
        break;
    }
    return tr("Cannot be checked");
}

QStringList Verdict::describe() const {
    QStringList lines;
    lines.append(reason.isEmpty() ? outcomeText(outcome)
                                  : outcomeText(outcome) + QStringLiteral(": ") + reason);
    if (!holder.isEmpty())
        lines.append(
            holderIsHashed
                ? tr("Holder: %1 (a hashed email address: the person is not named)").arg(holder)
                : tr("Holder: %1").arg(holder));
    if (!achievement.isEmpty())
        lines.append(tr("Achievement: %1").arg(achievement));
    if (!issuerName.isEmpty() || !issuerId.isEmpty())
        lines.append(issuerName.isEmpty() ? tr("Issuer: %1").arg(issuerId)
                                          : tr("Issuer: %1 (%2)").arg(issuerName, issuerId));
    if (issued.isValid())
        lines.append(tr("Issued: %1").arg(instant(issued)));
    if (expires.isValid())
        lines.append(tr("Expires: %1").arg(instant(expires)));
    if (!revocationReason.isEmpty())
        lines.append(tr("Reason for revocation: %1").arg(revocationReason));
    if (checkedOffline && keysFetchedAt.isValid())
        lines.append(
            tr("Checked offline against the issuer's keys fetched %1").arg(instant(keysFetchedAt)));
    if (checkedOffline && statusListFetchedAt.isValid())
        lines.append(tr("and its revocation list fetched %1").arg(instant(statusListFetchedAt)));
    lines += notes;
    return lines;
}

} // namespace certtrack::verification
