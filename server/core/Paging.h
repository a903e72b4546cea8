#pragma once

#include "server/core/Database.h"

#include <QList>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QString>
#include <QVariantList>

#include <optional>

namespace certtrack::server {

// Where a page of a collection ends: the last item's sort value and id, as the database wrote
// them. The next page starts after it (keyset paging): a row inserted or removed elsewhere in the
// collection moves no page boundary but its own, and each page is one index range read, however
// deep into the collection it lies.
struct PageKey {
    QString sort;
    QString id;
    bool operator==(const PageKey &other) const { return sort == other.sort && id == other.id; }
};

struct PageRequest {
    // The most items a page holds; also the default.
    static constexpr int kMaxLimit = 1000;

    int limit = kMaxLimit;
    std::optional<PageKey> after; // nullopt: the first page
};

template <typename T> struct PageOf {
    QList<T> items;
    std::optional<PageKey> next; // nullopt on the last page
};

// One page of `select` ordered by `sortColumn` descending, then `idColumn` ascending (the order
// every paged collection is listed in). `select` is "SELECT ..., sortColumn, idColumn FROM ...
// WHERE ..." taking `values`: its last two columns are the key, read back as text, and `read`
// makes an item of each row. One row more than the limit is asked for, to know whether a next
// page exists.
template <typename T, typename Read>
PageOf<T> readPage(Database &db, QString select, QVariantList values, const QString &sortColumn,
                   const QString &idColumn, const PageRequest &page, Read read) {
    if (page.after) {
        select += QStringLiteral(" AND (%1 < ? OR (%1 = ? AND %2 > ?))").arg(sortColumn, idColumn);
        values << page.after->sort << page.after->sort << page.after->id;
    }
    select += QStringLiteral(" ORDER BY %1 DESC, %2 LIMIT %3")
                  .arg(sortColumn, idColumn)
                  .arg(page.limit + 1);
    QSqlQuery query = db.run(select, values);
    const int keyColumn = query.record().count() - 2;
    PageOf<T> result;
    PageKey last;
    while (query.next()) {
        if (result.items.size() == page.limit) {
            result.next = last;
            break;
        }
        result.items.append(read(query));
        last = PageKey{query.value(keyColumn).toString(), query.value(keyColumn + 1).toString()};
    }
    return result;
}

} // namespace certtrack::server
