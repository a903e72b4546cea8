#include "server/app/ServerStores.h"

namespace certtrack::server {

std::unique_ptr<ServerStores> ServerStores::openSqlite(const QString &path, QString *error) {
    std::unique_ptr<Database> database = Database::openSqlite(path, error);
    if (!database)
        return nullptr;
    return std::make_unique<ServerStores>(std::move(database));
}

std::unique_ptr<ServerStores> ServerStores::open(const QString &location, QString *error) {
    const std::optional<DatabaseLocation> where = DatabaseLocation::parse(location, error);
    if (!where)
        return nullptr;
    std::unique_ptr<Database> database = Database::open(*where, error);
    if (!database)
        return nullptr;
    return std::make_unique<ServerStores>(std::move(database));
}

ServerStores::ServerStores(std::unique_ptr<Database> database)
    : db(std::move(database))
    , import(*db)
    , tokens(*db)
    , candidate(*db)
    , personalInfo(*db)
    , certifications(*db)
    , logos(*db)
    , transcripts(*db)
    , orders(*db)
    , verification(*db)
    , badges(*db)
    , accountMapping(*db)
    , externalCredentials(*db)
    , rateEvents(db->dialect() == Dialect::Postgres
                     ? std::unique_ptr<RateEvents>(std::make_unique<SqlRateEvents>(*db))
                     : std::make_unique<MemoryRateEvents>()) {}

} // namespace certtrack::server
