#pragma once

#include "domain/Badge.h"
#include "server/badges/BadgeStore.h"

#include <QByteArray>
#include <QDateTime>

namespace certtrack::server {

// The public HTML of badges: plain pages without JavaScript or anything loaded from elsewhere
// (the artwork is inline SVG), for an employer who opens a shared link.
namespace BadgePage {
// One badge: image, holder, issuer, criteria, dates, and its status as checked at `checkedAt`.
QByteArray badge(const domain::Badge &badge, const BadgeAchievement &achievement,
                 const QString &holder, const IssuerProfile &issuer, const QDateTime &checkedAt,
                 const QString &revocationReason);
// The issuer's profile.
QByteArray issuer(const IssuerProfile &issuer, const QString &keysUrl);
} // namespace BadgePage

} // namespace certtrack::server
