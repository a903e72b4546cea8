#pragma once

#include <Qt>

namespace certtrack::itemmodels {

// Roles every CertTrack item model answers besides Qt's own. Display text is for people; the
// sort role carries the raw value (QDate, qint64, QString) so dates sort as dates.
enum ItemRole {
    SortRole = Qt::UserRole + 1,
    IdRole,         // the domain id of the row's object, when it has one
    StateRole,      // RequirementProgress::State as int (requirement trees)
    ImageRole,      // QImage (badges)
    IssuerRole,     // QString (badges)
    DatesTextRole,  // QString "Issued …\nExpires …" (badges)
    IsGroupRole,    // bool: a grouping row (track) rather than an object
    FixedOrderRole, // int: the row keeps this position among its siblings in any sort
    OrderIdRole,    // QString: the kit order a fulfillment row belongs to
    LinksRole,      // QVariantList of {key, label} maps: the cell's text as links (Downloads)
};

} // namespace certtrack::itemmodels
