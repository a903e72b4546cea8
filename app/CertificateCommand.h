#pragma once

#include "client/LocalCache.h"
#include "client/ServerEndpoint.h"

#include <QObject>
#include <QPointer>
#include <QString>

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

// `certtrack certificate`: PDF certificates without a window, for training centres and scripts.
// From the on-disk cache of a remembered account, or, with --password-stdin, after a sign-in
// of its own (a separate token family) and a sync. Runs under QGuiApplication on the offscreen
// platform unless another one is asked for.
class CertificateCommand : public QObject {
    Q_OBJECT
public:
    enum ExitCode {
        Success = 0,
        UsageError = 2,
        NoCachedData = 3,
        NoCertificate = 4, // unknown or ineligible certification
        SignInFailed = 5,  // sign-in or sync
        WriteFailed = 6,
    };

    struct Options {
        QString loginId;
        QString certification; // acronym or id; empty with all
        bool all = false;
        QString outputFile;
        QString outputDirectory;
        QUrl serverUrl; // empty: whichever server the login is remembered on
        QString caFile;
        bool passwordFromStdin = false;
        bool remember = false;
    };

    // Called by main() before any application object exists; argv[1] is "certificate".
    static int run(int argc, char *argv[]);

    CertificateCommand(Options options, QString password, QObject *parent = nullptr);
    ~CertificateCommand() override;

    // From the cache: synchronous, no event loop needed.
    int exportFromCache();
    // Sign in, sync, export; finished(exitCode) when everything (token revocation or keychain
    // write included) is done.
    void startOnline();

signals:
    void finished(int exitCode);

private:
    int exportAccount(const domain::AccountData &account, const client::ServerEndpoint &endpoint);
    void onSignedIn();
    void onSynced(const domain::AccountData &data);
    void finishOnline(int exitCode);

    Options m_options;
    QString m_password;
    client::ServerEndpoint m_endpoint;
    client::LocalCache m_cache;
    QPointer<client::ApiClient> m_api;
    QPointer<client::Session> m_session;
    QPointer<client::SyncService> m_sync;
    QPointer<client::CredentialStore> m_credentials;
    bool m_finished = false;
};

} // namespace certtrack::app
