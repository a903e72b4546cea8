#include "client/CredentialStore.h"

#include "client/Logging.h"

#include <QPointer>
#include <QTimer>
#include <qt6keychain/keychain.h>

namespace certtrack::client {

namespace {

QString describe(const QKeychain::Job *job) {
    const QString detail = job->errorString();
    switch (job->error()) {
    case QKeychain::NoBackendAvailable:
        return CredentialStore::tr("No keychain is available (%1). On Linux, a Secret Service "
                                   "such as GNOME Keyring or KWallet must be running.")
            .arg(detail);
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return CredentialStore::tr("The keychain refused access (%1).").arg(detail);
    default:
#ifdef Q_OS_LINUX
        return CredentialStore::tr("The keychain failed (%1). Is a Secret Service such as GNOME "
                                   "Keyring or KWallet running?")
            .arg(detail);
#else
        return CredentialStore::tr("The keychain failed (%1).").arg(detail);
#endif
    }
}

} // namespace

CredentialStore::CredentialStore(bool enabled, QObject *parent)
    : QObject(parent)
    , m_enabled(enabled) {}

QString CredentialStore::keyFor(const ServerEndpoint &endpoint, const QString &loginId) {
    return loginId + QLatin1Char('@') + endpoint.key();
}

void CredentialStore::readRefreshToken(const QString &key, QObject *context,
                                       ReadCallback callback) {
    if (!m_enabled) {
        QTimer::singleShot(0, context, [callback] { callback(ReadResult{}); });
        return;
    }
    // No parent: a keychain job must never be deleted while it runs (the Secret Service backend
    // calls back into it), so it deletes itself when done, even after this store is gone.
    auto *job = new QKeychain::ReadPasswordJob(QString::fromLatin1(kService));
    job->setAutoDelete(true);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, context, [callback, key](QKeychain::Job *done) {
        auto *read = static_cast<QKeychain::ReadPasswordJob *>(done);
        ReadResult result;
        if (done->error() == QKeychain::NoError) {
            result.found = true;
            result.secret = read->textData();
        } else if (done->error() != QKeychain::EntryNotFound) {
            result.error = describe(done);
            qCWarning(lcKeychain) << "reading" << key << "failed:" << result.error;
        }
        callback(result);
    });
    job->start();
}

void CredentialStore::writeRefreshToken(const QString &key, const QString &token, QObject *context,
                                        DoneCallback callback) {
    if (!m_enabled) {
        QTimer::singleShot(0, context, [callback] { callback(QString()); });
        return;
    }
    auto *job = new QKeychain::WritePasswordJob(QString::fromLatin1(kService));
    job->setAutoDelete(true);
    job->setKey(key);
    job->setTextData(token);
    connect(job, &QKeychain::Job::finished, context, [callback, key](QKeychain::Job *done) {
        QString error;
        if (done->error() != QKeychain::NoError) {
            error = describe(done);
            qCWarning(lcKeychain) << "writing" << key << "failed:" << error;
        }
        callback(error);
    });
    job->start();
}

void CredentialStore::removeRefreshToken(const QString &key, QObject *context,
                                         DoneCallback callback) {
    if (!m_enabled) {
        QTimer::singleShot(0, context, [callback] { callback(QString()); });
        return;
    }
    auto *job = new QKeychain::DeletePasswordJob(QString::fromLatin1(kService));
    job->setAutoDelete(true);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, context, [callback, key](QKeychain::Job *done) {
        QString error;
        if (done->error() != QKeychain::NoError && done->error() != QKeychain::EntryNotFound) {
            error = describe(done);
            qCWarning(lcKeychain) << "removing" << key << "failed:" << error;
        }
        callback(error);
    });
    job->start();
}

} // namespace certtrack::client
