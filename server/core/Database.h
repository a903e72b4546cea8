#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

#include <memory>
#include <stdexcept>
#include <type_traits>

class QSqlQuery;

namespace certtrack::server {

// A storage fault the request cannot recover from (the database is gone, a query is wrong).
class StorageError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// The one connection every feature's SQL store works through: plain SQL with bound values, and
// transactions. Opening it brings the schema up to date (core/Migrations.h). One Database per
// thread; faults throw StorageError.
class Database {
public:
    // Opens (creating if needed) an SQLite file in WAL mode and migrates it.
    static std::unique_ptr<Database> openSqlite(const QString &path, QString *error);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Prepares, binds `values` in order and executes; a null QString binds as '' (SQL NULL only
    // where a QVariant() is passed).
    QSqlQuery run(const QString &sql, const QVariantList &values = {});

    // Runs `work` in one transaction: committed when it returns, rolled back when it throws.
    template <typename Work> auto transaction(Work &&work) -> decltype(work()) {
        begin();
        try {
            if constexpr (std::is_void_v<decltype(work())>) {
                work();
                commit();
            } else {
                auto result = work();
                commit();
                return result;
            }
        } catch (...) {
            rollback();
            throw;
        }
    }
    void begin();
    void commit();
    void rollback();

    int schemaVersion();

private:
    Database(QSqlDatabase database, QString connectionName);
    void migrate();

    QSqlDatabase m_db;
    QString m_connectionName;
};

} // namespace certtrack::server
