#include "client/AppSettings.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>

#include <algorithm>

namespace certtrack::client {

namespace {

const QString kAccounts = QStringLiteral("rememberedAccounts");
const QString kServerUrl = QStringLiteral("serverUrl");
const QString kCaFile = QStringLiteral("caFile");
const QString kLoginId = QStringLiteral("loginId");
// Written by versions that kept the person's name here; removed at the next write.
const QString kDisplayName = QStringLiteral("displayName");

constexpr QFile::Permissions kOwnerOnly = QFile::ReadOwner | QFile::WriteOwner;

// The settings file holds who signs in where: readable by its owner alone. Created 0600 before
// QSettings first writes it (QSettings keeps the mode of a file it replaces), and set again
// after, for files written before.
void ownerOnly(const QString &fileName, bool beforeWriting) {
    if (fileName.isEmpty())
        return;
    if (beforeWriting) {
        if (QFileInfo::exists(fileName))
            return;
        QDir().mkpath(QFileInfo(fileName).absolutePath());
        QFile file(fileName);
        if (file.open(QIODevice::WriteOnly | QIODevice::NewOnly, kOwnerOnly))
            file.close();
        return;
    }
    if (QFileInfo::exists(fileName))
        QFile::setPermissions(fileName, kOwnerOnly);
}

void writeAll(const QList<RememberedAccount> &accounts) {
    QSettings settings(QSettings::NativeFormat, QSettings::UserScope,
                       AppSettings::organizationName(), AppSettings::applicationName());
    ownerOnly(settings.fileName(), true);
    settings.remove(kAccounts);
    settings.beginWriteArray(kAccounts, int(accounts.size()));
    for (int i = 0; i < accounts.size(); ++i) {
        settings.setArrayIndex(i);
        const RememberedAccount &account = accounts.at(i);
        settings.setValue(kServerUrl, account.endpoint.baseUrl.toString());
        settings.setValue(kCaFile, account.endpoint.caFile);
        // The login id finds the keychain entry and the cache; the name is in the cache (0600,
        // removed on sign-out) and need not be here too.
        settings.setValue(kLoginId, account.loginId);
    }
    settings.endArray();
    settings.sync();
    ownerOnly(settings.fileName(), false);
}

QSettings systemSettings() {
    return QSettings(QSettings::NativeFormat, QSettings::SystemScope,
                     AppSettings::organizationName(), AppSettings::applicationName());
}

bool sameAccount(const RememberedAccount &account, const ServerEndpoint &endpoint,
                 const QString &loginId) {
    return account.endpoint.key() == endpoint.key() && account.loginId == loginId;
}

} // namespace

QList<RememberedAccount> AppSettings::rememberedAccounts() const {
    QSettings settings(QSettings::NativeFormat, QSettings::UserScope, organizationName(),
                       applicationName());
    QList<RememberedAccount> accounts;
    bool holdsNames = false;
    const int count = settings.beginReadArray(kAccounts);
    for (int i = 0; i < count; ++i) {
        settings.setArrayIndex(i);
        RememberedAccount account;
        account.endpoint.baseUrl = QUrl(settings.value(kServerUrl).toString());
        account.endpoint.caFile = settings.value(kCaFile).toString();
        account.loginId = settings.value(kLoginId).toString();
        holdsNames = holdsNames || settings.contains(kDisplayName);
        if (account.endpoint.isValid() && !account.loginId.isEmpty())
            accounts.append(account);
    }
    settings.endArray();
    // A file an older version wrote: rewritten without names, owner-only.
    if (holdsNames)
        writeAll(accounts);
    return accounts;
}

void AppSettings::rememberAccount(const RememberedAccount &account) {
    QList<RememberedAccount> accounts = rememberedAccounts();
    bool updated = false;
    for (RememberedAccount &existing : accounts) {
        if (sameAccount(existing, account.endpoint, account.loginId)) {
            existing = account;
            updated = true;
        }
    }
    if (!updated)
        accounts.append(account);
    writeAll(accounts);
}

void AppSettings::forgetAccount(const ServerEndpoint &endpoint, const QString &loginId) {
    QList<RememberedAccount> accounts = rememberedAccounts();
    accounts.erase(std::remove_if(accounts.begin(), accounts.end(),
                                  [&](const RememberedAccount &account) {
                                      return sameAccount(account, endpoint, loginId);
                                  }),
                   accounts.end());
    writeAll(accounts);
    setShownReminders(endpoint, loginId, {});
}

bool AppSettings::kioskForEveryone() {
    return systemSettings().value(QStringLiteral("kiosk")).toBool();
}

int AppSettings::kioskIdleMinutes() {
    return systemSettings().value(QStringLiteral("kioskIdleMinutes")).toInt();
}

void AppSettings::forgetFileDialogHistory() {
    QSettings settings(QSettings::UserScope, QStringLiteral("QtProject"));
    settings.remove(QStringLiteral("FileDialog"));
    settings.sync();
}

QList<int> AppSettings::normalisedLeadDays(const QList<int> &days) {
    QList<int> cleaned;
    for (int day : days) {
        if (day > 0 && day <= 3660 && !cleaned.contains(day))
            cleaned.append(day);
    }
    std::sort(cleaned.begin(), cleaned.end(), std::greater<>());
    return cleaned;
}

QList<int> AppSettings::reminderLeadDays() const {
    const QSettings settings(QSettings::NativeFormat, QSettings::UserScope, organizationName(),
                             applicationName());
    const QVariant stored = settings.value(QStringLiteral("reminders/leadDays"));
    if (!stored.isValid())
        return defaultLeadDays();
    QList<int> days;
    for (const QString &text : stored.toStringList()) {
        bool ok = false;
        const int day = text.toInt(&ok);
        if (ok)
            days.append(day);
    }
    days = normalisedLeadDays(days);
    return days.isEmpty() ? defaultLeadDays() : days;
}

void AppSettings::setReminderLeadDays(const QList<int> &days) {
    QSettings settings(QSettings::NativeFormat, QSettings::UserScope, organizationName(),
                       applicationName());
    QStringList texts;
    for (int day : normalisedLeadDays(days))
        texts.append(QString::number(day));
    settings.setValue(QStringLiteral("reminders/leadDays"), texts);
}

namespace {

QString reminderKeyFor(const ServerEndpoint &endpoint, const QString &loginId) {
    const QByteArray id = (endpoint.key() + QLatin1Char('\n') + loginId).toUtf8();
    return QStringLiteral("reminders/shown/") +
           QString::fromLatin1(QCryptographicHash::hash(id, QCryptographicHash::Sha256).toHex());
}

} // namespace

bool AppSettings::remindersEnabled() const {
    const QSettings settings(QSettings::NativeFormat, QSettings::UserScope, organizationName(),
                             applicationName());
    return settings.value(QStringLiteral("reminders/enabled"), true).toBool();
}

void AppSettings::setRemindersEnabled(bool enabled) {
    QSettings settings(QSettings::NativeFormat, QSettings::UserScope, organizationName(),
                       applicationName());
    settings.setValue(QStringLiteral("reminders/enabled"), enabled);
}

QString AppSettings::language() const {
    const QSettings settings(QSettings::NativeFormat, QSettings::UserScope, organizationName(),
                             applicationName());
    return settings.value(QStringLiteral("ui/language")).toString();
}

void AppSettings::setLanguage(const QString &language) {
    QSettings settings(QSettings::NativeFormat, QSettings::UserScope, organizationName(),
                       applicationName());
    ownerOnly(settings.fileName(), true);
    if (language.isEmpty())
        settings.remove(QStringLiteral("ui/language"));
    else
        settings.setValue(QStringLiteral("ui/language"), language);
}

QString AppSettings::appearance() const {
    const QSettings settings(QSettings::NativeFormat, QSettings::UserScope, organizationName(),
                             applicationName());
    return settings.value(QStringLiteral("ui/appearance")).toString();
}

void AppSettings::setAppearance(const QString &appearance) {
    QSettings settings(QSettings::NativeFormat, QSettings::UserScope, organizationName(),
                       applicationName());
    ownerOnly(settings.fileName(), true);
    if (appearance.isEmpty())
        settings.remove(QStringLiteral("ui/appearance"));
    else
        settings.setValue(QStringLiteral("ui/appearance"), appearance);
}

QStringList AppSettings::shownReminders(const ServerEndpoint &endpoint,
                                        const QString &loginId) const {
    const QSettings settings(QSettings::NativeFormat, QSettings::UserScope, organizationName(),
                             applicationName());
    return settings.value(reminderKeyFor(endpoint, loginId)).toStringList();
}

void AppSettings::setShownReminders(const ServerEndpoint &endpoint, const QString &loginId,
                                    const QStringList &keys) {
    QSettings settings(QSettings::NativeFormat, QSettings::UserScope, organizationName(),
                       applicationName());
    if (keys.isEmpty())
        settings.remove(reminderKeyFor(endpoint, loginId));
    else
        settings.setValue(reminderKeyFor(endpoint, loginId), keys);
}

} // namespace certtrack::client
