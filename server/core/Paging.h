#pragma once

#include "server/core/Database.h"

#include <QList>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QString>
#include <QVariantList>

#include <optional>

namespace certtrack::server {

// Where a page of a collection starts: its first item's sort value and id, as the database wrote
// them (keyset paging: each page is one index range read, however deep into the collection it
// lies).
struct PageKey {
    QString sort;
    QString id;
    bool operator==(const PageKey &other) const { return sort == other.sort && id == other.id; }
};

struct PageRequest {
    // The most items a page holds; also the default.
    static constexpr int kMaxLimit = 1000;

    int limit = kMaxLimit;
    std::optional<PageKey> from; // nullopt: the first page
};

template <typename T> struct PageOf {
    QList<T> items;
    std::optional<PageKey> next; // where the next page starts; nullopt on the last page
};

// One page of `select` ordered by `sortColumn` descending, then `idColumn` ascending (the order
// every paged collection is listed in, newest first). `select` is "SELECT ..., sortColumn,
// idColumn FROM ... WHERE ..." taking `values`: its last two columns are the key, read back as
// text, and `read` makes an item of each row.
//
// Pages are counted from the oldest item: every page holds `limit` items but the first, which
// holds what is left over (1 to limit). A new item is nearly always the newest, so it changes the
// first page alone: the others keep their first item, hence their cursor (the key of the item
// a page starts at), their items and their ETag, and a client holding them need not ask again.
// Only when the first page is full does the next new item start a page of its own, and the
// pages move along by one cursor.
template <typename T, typename Read>
PageOf<T> readPage(Database &db, QString select, QVariantList values, const QString &sortColumn,
                   const QString &idColumn, const PageRequest &page, Read read) {
    qint64 take = page.limit;
    if (page.from) {
        select += QStringLiteral(" AND (%1 < ? OR (%1 = ? AND %2 >= ?))").arg(sortColumn, idColumn);
        values << page.from->sort << page.from->sort << page.from->id;
    } else {
        QSqlQuery count =
            db.run(QStringLiteral("SELECT count(*) FROM (%1) AS paged").arg(select), values);
        const qint64 total = count.next() ? count.value(0).toLongLong() : 0;
        if (total % page.limit != 0)
            take = total % page.limit;
    }
    // One row more than the page holds: the next page's first, when there is one.
    select +=
        QStringLiteral(" ORDER BY %1 DESC, %2 LIMIT %3").arg(sortColumn, idColumn).arg(take + 1);
    QSqlQuery query = db.run(select, values);
    const int keyColumn = query.record().count() - 2;
    PageOf<T> result;
    while (query.next()) {
        if (result.items.size() == take) {
            result.next =
                PageKey{query.value(keyColumn).toString(), query.value(keyColumn + 1).toString()};
            break;
        }
        result.items.append(read(query));
    }
    return result;
}

} // namespace certtrack::server
