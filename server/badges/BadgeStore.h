#pragma once

#include "domain/Badge.h"

#include <QList>

namespace certtrack::server {

// The candidate's digital badges. Faults throw StorageError.
class BadgeStore {
public:
    virtual ~BadgeStore() = default;

    // Newest first; url left empty (made from the public address).
    virtual QList<domain::Badge> badges(qint64 candidateId) = 0;
};

} // namespace certtrack::server
