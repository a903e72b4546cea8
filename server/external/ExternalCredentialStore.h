#pragma once

#include "domain/ExternalCredential.h"

#include <QList>
#include <QString>

namespace certtrack::server {

// Credentials from other issuers that candidates keep on their account: stored as given, each
// scoped to its candidate. Faults throw StorageError.
class ExternalCredentialStore {
public:
    virtual ~ExternalCredentialStore() = default;

    // The candidate's, oldest first.
    virtual QList<domain::ExternalCredential> externalCredentials(qint64 candidateId) = 0;
    virtual void insertExternalCredential(qint64 candidateId,
                                          const domain::ExternalCredential &credential) = 0;
    // False when the candidate has no credential with this id.
    virtual bool removeExternalCredential(qint64 candidateId, const QString &id) = 0;
};

} // namespace certtrack::server
