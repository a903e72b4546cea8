#pragma once

#include "domain/AccountData.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

namespace certtrack::client {

// The resources one account is made of and how their bodies become an AccountData. Paths are
// relative to /api/v1/; each badge's copies and the further pages of a collection
// ("me/exams?cursor=…") are found in the bodies that name them.
namespace AccountResources {

// The resources every sync revalidates, in no particular order.
QStringList topLevelPaths();
// The server's list of the account's resources with their ETags (GET /api/v1/me/sync): what a
// sync asks for first, so that it asks for nothing else when nothing changed.
QString syncManifestPath();
// The account's server as an issuer of credentials: its JWK Set and its revocation list (a signed
// VC-JWT), kept so its credentials can be verified offline. Absolute paths (outside /api/v1/).
QString issuerKeysPath();
QString issuerStatusListPath();
// Resources a sync does without when the server refuses them (an older server has no issuer
// keys, no external credentials, no copies of a badge): the copy cached before, if any, is kept.
bool isOptional(const QString &path);
// One certification's detail, as caches written before "me/certification-details" hold them.
QString certificationPath(const QString &certificationId);
// One badge ("me/badges/{id}": its ETag is a write's If-Match) and what baking it offline needs:
// its 3.0 credential and its 2.0 assertion.
QString badgePath(const QString &badgeId);
QString badgeCredentialPath(const QString &badgeId);
QString badgeAssertionPath(const QString &badgeId);
// The resources that body (of path) points to: each badge with its credential and assertion,
// the next page.
// Returns false with error when the body cannot be read for that.
bool followUps(const QString &path, const QByteArray &body, QStringList *paths, QString *error);
// What of a body (of path) may rest in the cache: an order's checkout URL opens its payment page
// for whoever reads it, so order collections are stored without them (null). Other bodies are
// returned as they are.
QByteArray forStorage(const QString &path, const QByteArray &body);
// Decodes a complete set of bodies; error names the resource and the field at fault.
std::optional<domain::AccountData> decode(const QHash<QString, QByteArray> &bodies, QString *error);

} // namespace AccountResources

} // namespace certtrack::client
