// Digital badges in SQL.
#include "server/badges/SqlBadgeStore.h"

#include "server/core/Database.h"
#include "server/core/Rows.h"
#include "server/core/SqlValues.h"

#include <QSqlQuery>

namespace certtrack::server {

using namespace sql;

QList<domain::Badge> SqlBadgeStore::badges(qint64 candidateId) {
    QList<domain::Badge> result;
    QSqlQuery query =
        m_db.run(QStringLiteral("SELECT id, certification_id, name, issuer, description, "
                                "issued_on, expires_on, image_svg FROM badges WHERE "
                                "candidate_id = ? ORDER BY issued_on DESC, id"),
                 {candidateId});
    while (query.next()) {
        domain::Badge b;
        b.id = query.value(0).toString();
        b.certificationId = query.value(1).toString();
        b.name = query.value(2).toString();
        b.issuer = query.value(3).toString();
        b.description = query.value(4).toString();
        b.issuedOn = toDate(query.value(5));
        b.expires = toOptionalDate(query.value(6));
        b.imageSvg = query.value(7).toString();
        result.append(b);
    }
    return result;
}

} // namespace certtrack::server
