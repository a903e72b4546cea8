#pragma once

#include "client/ServerEndpoint.h"
#include "domain/AccountData.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>
#include <QString>
#include <QStringList>

namespace certtrack::app {

// Writes the PDF certificates of one account's cached data: one chosen certification, or every
// eligible one. Knows nothing of where the data came from (cache or a fresh sync).
class CertificateExporter {
    Q_DECLARE_TR_FUNCTIONS(CertificateExporter)
public:
    enum class Outcome { Written, NotFound, NotEligible, WriteFailed };

    struct Result {
        Outcome outcome = Outcome::Written;
        QStringList writtenFiles;
        QStringList messages; // for stderr: why nothing (or not everything) was written
    };

    CertificateExporter(domain::AccountData account, client::ServerEndpoint endpoint,
                        QDate today = QDate::currentDate(), QLocale locale = QLocale());

    // A certification by acronym (case-insensitive) or id, to outputFile.
    Result exportOne(const QString &certification, const QString &outputFile) const;
    // Every eligible certification into outputDirectory, named ACRONYM-CODE.pdf; the ineligible
    // ones are named in messages. NotEligible when there is none to write.
    Result exportAll(const QString &outputDirectory) const;

private:
    const domain::Certification *find(const QString &certification) const;
    bool write(const domain::Certification &certification, const QString &path,
               Result *result) const;

    domain::AccountData m_account;
    client::ServerEndpoint m_endpoint;
    QDate m_today;
    QLocale m_locale;
};

} // namespace certtrack::app
