#include "server/external/SqlExternalCredentialStore.h"

#include "server/core/Database.h"
#include "server/core/SqlValues.h"

#include <QSqlQuery>

namespace certtrack::server {

using namespace sql;

QList<domain::ExternalCredential>
SqlExternalCredentialStore::externalCredentials(qint64 candidateId) {
    QSqlQuery query = m_db.run(QStringLiteral("SELECT id, credential, added_at FROM "
                                              "external_credentials WHERE candidate_id = ? "
                                              "ORDER BY added_at, id"),
                               {candidateId});
    QList<domain::ExternalCredential> result;
    while (query.next()) {
        domain::ExternalCredential credential;
        credential.id = query.value(0).toString();
        credential.credential = query.value(1).toString();
        credential.addedAt = toInstant(query.value(2));
        result.append(credential);
    }
    return result;
}

void SqlExternalCredentialStore::insertExternalCredential(
    qint64 candidateId, const domain::ExternalCredential &credential) {
    m_db.run(QStringLiteral("INSERT INTO external_credentials (id, candidate_id, credential, "
                            "added_at) VALUES (?, ?, ?, ?)"),
             {credential.id, candidateId, credential.credential, instantValue(credential.addedAt)});
}

bool SqlExternalCredentialStore::removeExternalCredential(qint64 candidateId, const QString &id) {
    QSqlQuery query = m_db.run(
        QStringLiteral("DELETE FROM external_credentials WHERE candidate_id = ? AND id = ?"),
        {candidateId, id});
    return query.numRowsAffected() > 0;
}

} // namespace certtrack::server
