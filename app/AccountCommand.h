#pragma once

#include "client/LocalCache.h"
#include "client/ServerEndpoint.h"

#include <QCommandLineOption>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

class QCommandLineParser;

namespace certtrack::client {
class ApiClient;
class CredentialStore;
class Session;
class SyncService;
} // namespace certtrack::client

namespace certtrack::domain {
struct AccountData;
}

namespace certtrack::app {

// What the headless commands that write a candidate's files (`certtrack certificate`,
// `certtrack archive`) share: where the account's data comes from. From the on-disk cache of a
// remembered account, or, with --password-stdin, after a sign-in of its own (a separate token
// family) and a sync, kept on disk only with --remember. A subclass writes its files from the
// data in exportAccount and answers with its exit code; the codes of the data's source are
// common to both commands.
class AccountCommand : public QObject {
    Q_OBJECT
public:
    enum ExitCode {
        Success = 0,
        UsageError = 2,
        NoCachedData = 3,
        SignInFailed = 5, // sign-in or sync
        WriteFailed = 6,
        NotStored = 7, // the files are written, but the local copy could not be updated
    };

    struct Source {
        QString loginId;
        QUrl serverUrl; // empty: whichever server the login is remembered on
        QString caFile;
        bool passwordFromStdin = false;
        bool remember = false;
    };

    // The options every such command takes: --login, --server, --ca-file, --password-stdin,
    // --remember.
    struct SourceOptions {
        QCommandLineOption login;
        QCommandLineOption server;
        QCommandLineOption caFile;
        QCommandLineOption passwordStdin;
        QCommandLineOption remember;
        SourceOptions();
        void addTo(QCommandLineParser *parser) const;
        // Success, or UsageError after printing why (commandName names the command's --help).
        int read(const QCommandLineParser &parser, const QString &commandName,
                 Source *source) const;
    };

    AccountCommand(QString commandName, Source source, QString password, QObject *parent = nullptr);
    ~AccountCommand() override;

    // From the cache: synchronous, no event loop needed.
    int exportFromCache();
    // Sign in, sync, export; finished(exitCode) when everything (token revocation or keychain
    // write included) is done.
    void startOnline();

    // Common to the commands' run(): stderr in the command's words, "certtrack NAME: message".
    static void printError(const QString &commandName, const QString &message);
    static void printLine(const QString &line);
    // The password is the first line of standard input, so it never shows in a process list.
    static QString readPassword();
    // Headless on the offscreen platform and quiet logging unless told otherwise.
    static void prepareHeadless();
    // Runs command from the cache, or online until it finishes; the process's exit code.
    static int execute(AccountCommand *command, bool online);

signals:
    void finished(int exitCode);

protected:
    virtual int exportAccount(const domain::AccountData &account,
                              const client::ServerEndpoint &endpoint) = 0;
    void printError(const QString &message) const { printError(m_commandName, message); }

private:
    void onSignedIn();
    void onSynced(const domain::AccountData &data);
    void finishOnline(int exitCode);

    QString m_commandName;
    Source m_source;
    QString m_password;
    client::ServerEndpoint m_endpoint;
    client::LocalCache m_cache;
    QPointer<client::ApiClient> m_api;
    QPointer<client::Session> m_session;
    QPointer<client::SyncService> m_sync;
    QPointer<client::CredentialStore> m_credentials;
    bool m_finished = false;
    bool m_notStored = false;
};

} // namespace certtrack::app
