#pragma once

#include "client/ServerEndpoint.h"
#include "domain/AccountData.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace certtrack::client {

// What the client last fetched for one account: each resource's raw JSON body with its ETag and
// fetch time, and the instant of the last complete sync. A remembered account's cache is an
// SQLite file only its owner can read (0600); every other account's lives in memory and leaves
// nothing on disk. A sync replaces everything in one transaction, so a failed or interrupted
// sync leaves the previous data whole.
class LocalCache {
public:
    struct Entry {
        QString path; // relative to /api/v1/, e.g. "me/exams"
        QByteArray body;
        QByteArray etag;
        QDateTime fetchedAt;
    };

    LocalCache();
    ~LocalCache();
    LocalCache(const LocalCache &) = delete;
    LocalCache &operator=(const LocalCache &) = delete;

    // <AppDataLocation>/accounts/<sha256 of endpoint key and login id>.sqlite
    static QString filePathFor(const ServerEndpoint &endpoint, const QString &loginId);
    // Deletes a cache file with its -wal and -shm companions; true when none remains.
    static bool removeFile(const QString &filePath);

    // Opens (creating with mode 0600) the file. A file that is not a database or is damaged is
    // reported in *warning, deleted and replaced by an empty one; any other failure (a full or
    // read-only disk) leaves the file as it is and answers false with *error.
    bool openFile(const QString &filePath, QString *error, QString *warning = nullptr);
    bool openInMemory(QString *error);
    void close();
    bool isOpen() const;
    bool isOnDisk() const { return !m_filePath.isEmpty(); }
    QString filePath() const { return m_filePath; }

    QHash<QString, Entry> entries() const;
    QDateTime lastSynced() const;
    // The cached account, decoded; nullopt with *error when the cache is empty (error left
    // empty) or its content cannot be decoded (error says why).
    std::optional<domain::AccountData> load(QString *error) const;

    // One sync's worth of resources replaces everything, atomically.
    bool replaceAll(const QList<Entry> &entries, const QDateTime &syncedAt, QString *error);
    // The same in steps: nothing is visible (or kept after a crash) before commitReplace().
    bool beginReplace(QString *error);
    bool putEntry(const Entry &entry, QString *error);
    bool commitReplace(const QDateTime &syncedAt, QString *error);
    void rollbackReplace();
    // Forgets every entry (a cache whose content no longer decodes).
    bool clear(QString *error);

    // Closes and deletes the file (or drops the in-memory database).
    bool remove();

private:
    bool openConnection(const QString &databaseName, QString *error);
    bool createSchema(QString *error);
    QString lastError() const;

    QString m_connectionName;
    QString m_filePath;
    bool m_inTransaction = false;
};

} // namespace certtrack::client
