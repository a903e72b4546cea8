#pragma once

#include "client/ServerEndpoint.h"
#include "domain/AccountData.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>

namespace certtrack::records {

// A candidate's whole record to take away, made from one account's data alone (a sync or the
// cache, so it works offline): every eligible PDF certificate, every badge that is a credential
// baked into its PNG, a page for every transcript, every table as CSV, the renewal plan as
// iCalendar, and an index.html linking them all. Written as a folder or as one zip file.
class RecordArchive {
    Q_DECLARE_TR_FUNCTIONS(RecordArchive)
public:
    struct Entry {
        QString path; // relative, '/'-separated: "certificates/CCNA-V7L4P3MC.pdf"
        QByteArray data;
    };

    struct Contents {
        QList<Entry> entries;
        QStringList messages; // what was left out and why ("Skipped CCIE: Expired on …")
    };

    RecordArchive(domain::AccountData account, client::ServerEndpoint endpoint, QList<int> leadDays,
                  QDate today = QDate::currentDate(), QLocale locale = QLocale());

    // Everything, in memory: a whole record is a few megabytes.
    Contents build() const;

    // target ending in ".zip" (any case): one zip file, written atomically; anything else: a
    // folder, created when missing. The written files (the zip, or each file of the folder) go
    // to *written; false with *error when something could not be written.
    static bool write(const QList<Entry> &entries, const QString &target, QStringList *written,
                      QString *error);
    static bool isZipTarget(const QString &target);

private:
    void addCertificates(Contents *contents) const;
    void addBadges(Contents *contents) const;
    void addTranscripts(Contents *contents) const;
    void addTables(Contents *contents) const;
    void addCalendar(Contents *contents) const;
    QByteArray indexPage(const QList<Entry> &entries) const;
    QByteArray transcriptPage(const domain::Transcript &transcript) const;

    domain::AccountData m_account;
    client::ServerEndpoint m_endpoint;
    QList<int> m_leadDays;
    QDate m_today;
    QLocale m_locale;
};

} // namespace certtrack::records
