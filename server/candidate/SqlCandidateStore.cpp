// The candidate's profile and testing history in SQL.
#include "server/candidate/SqlCandidateStore.h"

#include "server/core/Database.h"
#include "server/core/Rows.h"
#include "server/core/SqlValues.h"

#include <QSqlQuery>

namespace certtrack::server {

using namespace sql;

PageOf<domain::CeActivity> SqlCandidateStore::ceActivities(qint64 candidateId,
                                                           const PageRequest &page) {
    return readPage<domain::CeActivity>(
        m_db,
        QStringLiteral("SELECT id, name, active_on, expires_on, review_on, points, updated_on, "
                       "provider_name, source, import_source, external_id, active_on, id FROM "
                       "ce_activities WHERE candidate_id = ?"),
        {candidateId}, QStringLiteral("active_on"), QStringLiteral("id"), page,
        [](const QSqlQuery &query) {
            domain::CeActivity a;
            a.id = query.value(0).toString();
            a.name = query.value(1).toString();
            a.activeDate = toDate(query.value(2));
            a.expires = toOptionalDate(query.value(3));
            a.review = toOptionalDate(query.value(4));
            a.points = query.value(5).toLongLong();
            a.updated = toDate(query.value(6));
            a.providerName = query.value(7).toString();
            a.source = query.value(8).toString();
            a.importSource = query.value(9).toString();
            a.externalId = query.value(10).toString();
            return a;
        });
}

PageOf<domain::Transaction> SqlCandidateStore::transactions(qint64 candidateId,
                                                            const PageRequest &page) {
    return readPage<domain::Transaction>(
        m_db,
        QStringLiteral("SELECT id, occurred_at, description, amount_minor, currency, "
                       "payment_method, status, order_id, occurred_at, id FROM transactions "
                       "WHERE candidate_id = ?"),
        {candidateId}, QStringLiteral("occurred_at"), QStringLiteral("id"), page,
        [](const QSqlQuery &query) {
            domain::Transaction t;
            t.id = query.value(0).toString();
            t.at = toInstant(query.value(1));
            t.description = query.value(2).toString();
            t.amount.minorUnits = query.value(3).toLongLong();
            t.amount.currency = query.value(4).toString();
            t.paymentMethod = query.value(5).toString();
            t.status = query.value(6).toString();
            t.orderId = query.value(7).toString();
            return t;
        });
}

domain::Profile SqlCandidateStore::profile(qint64 candidateId) {
    return rows::profile(m_db, candidateId);
}

PageOf<domain::Exam> SqlCandidateStore::exams(qint64 candidateId, const PageRequest &page) {
    return rows::exams(m_db, candidateId, page);
}

QList<domain::Agreement> SqlCandidateStore::agreements(qint64 candidateId) {
    return rows::agreements(m_db, candidateId);
}

} // namespace certtrack::server
