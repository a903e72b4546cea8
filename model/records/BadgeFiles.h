#pragma once

#include "client/BadgeService.h"
#include "domain/Badge.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace certtrack::records::BadgeFiles {

// A badge's downloads as files: their names and save-dialog filters, and the same files made on
// this machine when the server cannot be reached, from what the last sync kept
// (domain::BadgeCredentialCopy) and the badge's artwork, baked as certtrackd bakes them (Open
// Badges 3.0; the PNG rasterised 600 px high). A revoked badge is not baked, as on the server.

// "CCNA Routing and Switching badge.png": the badge's name made safe for any file system.
QString suggestedFileName(const domain::Badge &badge, client::BadgeFile file);
QString filter(client::BadgeFile file);

// The file made offline; nullopt with *error (fit to show a person) when it cannot be.
std::optional<QByteArray> makeOffline(const domain::Badge &badge,
                                      const std::optional<domain::BadgeCredentialCopy> &copy,
                                      client::BadgeFile file, QString *error);

} // namespace certtrack::records::BadgeFiles
