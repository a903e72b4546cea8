#include "server/app/Generator.h"

#include "server/app/DemoSeed.h"
#include "server/app/ServerStores.h"
#include "server/core/Database.h"

#include <QSqlQuery>
#include <QStringList>

namespace certtrack::server {

namespace {

constexpr qint64 kHeavyCertifications = 50;
constexpr qint64 kHeavyExams = 2000;
constexpr qint64 kHeavyActivities = 20000;
constexpr qint64 kHeavyTranscripts = 200;
constexpr qint64 kHeavyTransactions = 100;
const QString kHeavyLogin = QStringLiteral("HEAVY0000001");

qint64 scalar(Database &db, const QString &sql, const QVariantList &values = {}) {
    QSqlQuery query = db.run(sql, values);
    return query.next() ? query.value(0).toLongLong() : 0;
}

// A day `days` (an SQL expression) after 2000-01-01, as "YYYY-MM-DD", in the database's dialect.
QString day(Dialect dialect, const QString &days) {
    return dialect == Dialect::Postgres
               ? QStringLiteral("to_char(DATE '2000-01-01' + CAST((%1) AS INTEGER), "
                                "'YYYY-MM-DD')")
                     .arg(days)
               : QStringLiteral("date('2000-01-01', '+' || (%1) || ' days')").arg(days);
}

// "WITH RECURSIVE k(k) AS (1..count)": the counting query each table's rows come from.
QString counting(qint64 count) {
    return QStringLiteral("WITH RECURSIVE k(k) AS (SELECT 1 UNION ALL SELECT k + 1 FROM k WHERE "
                          "k < %1) ")
        .arg(count);
}

} // namespace

bool Generator::run(ServerStores &stores, const Clock &clock, const PasswordHasher &hasher,
                    qint64 candidates, QString *error) {
    rows.clear();
    Database &db = *stores.db;
    const Dialect dialect = db.dialect();
    if (!stores.import.hasCandidates())
        DemoSeed::apply(stores, clock, hasher);
    if (scalar(db, QStringLiteral("SELECT count(*) FROM candidates WHERE login_id = ?"),
               {kHeavyLogin}) > 0) {
        *error = QStringLiteral("this database has generated candidates already; generate into "
                                "a new one.");
        return false;
    }
    QSqlQuery hashQuery = db.run(
        QStringLiteral("SELECT password_hash FROM candidates WHERE login_id = 'CSCO10000000'"));
    if (!hashQuery.next()) {
        *error = QStringLiteral("the demo candidate CSCO10000000 is missing; generate into a new "
                                "database.");
        return false;
    }
    const QString hash = hashQuery.value(0).toString();
    QStringList definitions;
    QSqlQuery definitionQuery =
        db.run(QStringLiteral("SELECT id FROM certification_definitions ORDER BY position"));
    while (definitionQuery.next())
        definitions.append(definitionQuery.value(0).toString());
    if (definitions.isEmpty()) {
        *error = QStringLiteral("the programme has no certifications to hand out.");
        return false;
    }
    // The definition of a candidate's k-th certification, spread over the programme.
    QString definitionOf = QStringLiteral("CASE (c.id + k.k) % %1").arg(definitions.size());
    for (qsizetype i = 0; i < definitions.size(); ++i)
        definitionOf += QStringLiteral(" WHEN %1 THEN '%2'").arg(i).arg(definitions.at(i));
    definitionOf += QStringLiteral(" END");

    const qint64 base = scalar(db, QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM candidates"));
    const qint64 heavy = base + candidates + 1;
    // Each table: rows for every generated candidate (up to `most` each, as `perCandidate` says)
    // and `heavyCount` for the heavy one.
    const auto fill = [&](const QString &table, const QString &columns, qint64 most,
                          const QString &perCandidate, qint64 heavyCount, const QString &select) {
        const QString countRows = QStringLiteral("SELECT count(*) FROM ") + table;
        const qint64 before = scalar(db, countRows);
        db.run(QStringLiteral("INSERT INTO ") + table + QStringLiteral(" (") + columns +
               QStringLiteral(") ") + counting(std::max(most, heavyCount)) +
               QStringLiteral("SELECT ") + select +
               QStringLiteral(" FROM candidates c JOIN k ON (c.id > %1 AND c.id < %2 AND k.k <= ")
                   .arg(base)
                   .arg(heavy) +
               perCandidate +
               QStringLiteral(") OR (c.id = %1 AND k.k <= %2)").arg(heavy).arg(heavyCount));
        rows.append({table, scalar(db, countRows) - before});
    };

    db.transaction([&] {
        db.run(QStringLiteral("INSERT INTO candidates (id, login_id, password_hash, first_name, "
                              "last_name, email, city, country) WITH RECURSIVE n(i) AS (SELECT 1 "
                              "UNION ALL SELECT i + 1 FROM n WHERE i < %1) SELECT %2 + i, CASE "
                              "WHEN i = %1 THEN '%3' ELSE 'GEN' || (%2 + i) END, ?, ")
                       .arg(candidates + 1)
                       .arg(base)
                       .arg(kHeavyLogin) +
                   QStringLiteral("CASE i % 6 WHEN 0 THEN 'Ana' WHEN 1 THEN 'Kenji' WHEN 2 THEN "
                                  "'Fatima' WHEN 3 THEN 'Lukas' WHEN 4 THEN 'Priya' ELSE 'Tom' "
                                  "END, CASE i % 5 WHEN 0 THEN 'Silva' WHEN 1 THEN 'Tanaka' WHEN "
                                  "2 THEN 'Haddad' WHEN 3 THEN 'Novak' ELSE 'Iyer' END, 'gen' || "
                                  "i || '@example.org', 'City', 'US' FROM n"),
               {hash});
        if (dialect == Dialect::Postgres) {
            // Ids were given: the identity goes on after them.
            db.run(QStringLiteral("SELECT setval(pg_get_serial_sequence('candidates', 'id'), "
                                  "MAX(id)) FROM candidates"));
        }
        rows.append({QStringLiteral("candidates"), candidates + 1});
        fill(QStringLiteral("candidate_certifications"),
             QStringLiteral("id, candidate_id, definition_id, started_on, active_on, expires_on"),
             3, QStringLiteral("c.id % 4"), kHeavyCertifications,
             QStringLiteral("'gcrt-' || c.id || '-' || k.k, c.id, %1, %2, %2, %3")
                 .arg(definitionOf, day(dialect, QStringLiteral("(c.id * 7 + k.k * 389) % 9000")),
                      day(dialect, QStringLiteral("(c.id * 7 + k.k * 389) % 9000 + 1095"))));
        fill(QStringLiteral("exams"),
             QStringLiteral("candidate_id, code, name, registration_number, grade, taken_on, "
                            "expires_on"),
             7, QStringLiteral("1 + c.id % 7"), kHeavyExams,
             QStringLiteral("c.id, '200-301', 'Cisco Certified Network Associate', 'GEN' || "
                            "c.id || '-' || k.k, CASE WHEN (c.id + k.k) % 5 = 0 THEN 'fail' ELSE "
                            "'pass' END, %1, NULL")
                 .arg(day(dialect, QStringLiteral("(c.id * 13 + k.k * 17) % 9300"))));
        fill(QStringLiteral("ce_activities"),
             QStringLiteral("id, candidate_id, name, active_on, points, updated_on, "
                            "provider_name, source"),
             11, QStringLiteral("c.id % 12"), kHeavyActivities,
             QStringLiteral("'gce-' || c.id || '-' || k.k, c.id, 'Webinar ' || k.k, %1, "
                            "1 + k.k % 8, %1, 'Cisco Learning Network', 'Self-reported'")
                 .arg(day(dialect, QStringLiteral("(c.id * 11 + k.k * 3) % 9300"))));
        fill(QStringLiteral("transactions"),
             QStringLiteral("id, candidate_id, occurred_at, description, amount_minor, currency, "
                            "payment_method, status"),
             2, QStringLiteral("c.id % 3"), kHeavyTransactions,
             QStringLiteral("'gtx-' || c.id || '-' || k.k, c.id, 1000000000000 + ((c.id * 7919 "
                            "+ k.k * 104729) % 700000000) * 1000, 'Exam voucher', 30000, 'USD', "
                            "'Credit card', 'Complete'"));
        fill(QStringLiteral("transcripts"),
             QStringLiteral("id, candidate_id, display_name, description, show_name, "
                            "show_address, show_email, expires_on, disclosure, created_at"),
             1, QStringLiteral("CASE WHEN c.id % 3 = 0 THEN 1 ELSE 0 END"), kHeavyTranscripts,
             QStringLiteral("'gtr-' || c.id || '-' || k.k, c.id, 'Transcript ' || k.k, 'For an "
                            "employer', 1, 0, 0, '2027-06-30', 'activeCertifications', "
                            "1700000000000"));
    });
    return true;
}

} // namespace certtrack::server
