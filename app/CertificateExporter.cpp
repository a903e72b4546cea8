#include "CertificateExporter.h"

#include "certificate/CertificateContent.h"
#include "certificate/CertificatePdf.h"
#include "domain/CertificateEligibility.h"

#include <QDir>
#include <QtConcurrent/QtConcurrentMap>

namespace certtrack::app {

CertificateExporter::CertificateExporter(domain::AccountData account,
                                         client::ServerEndpoint endpoint, QDate today,
                                         QLocale locale)
    : m_account(std::move(account))
    , m_endpoint(std::move(endpoint))
    , m_today(today)
    , m_locale(std::move(locale)) {}

const domain::Certification *CertificateExporter::find(const QString &certification) const {
    for (const domain::CertificationDetail &detail : m_account.certifications) {
        if (detail.summary.id == certification ||
            detail.summary.acronym.compare(certification, Qt::CaseInsensitive) == 0)
            return &detail.summary;
    }
    return nullptr;
}

bool CertificateExporter::write(const domain::Certification &certification, const QString &path,
                                Result *result) const {
    const certificate::CertificateContent content =
        certificate::CertificateContent::from(m_account.profile, certification, m_endpoint.baseUrl);
    QString error;
    if (!certificate::CertificatePdf::write(content, path, m_locale, &error)) {
        result->outcome = Outcome::WriteFailed;
        result->messages.append(error);
        return false;
    }
    result->writtenFiles.append(path);
    return true;
}

CertificateExporter::Result CertificateExporter::exportOne(const QString &certification,
                                                           const QString &outputFile) const {
    Result result;
    const domain::Certification *found = find(certification);
    if (!found) {
        QStringList held;
        for (const domain::CertificationDetail &detail : m_account.certifications)
            held.append(detail.summary.acronym);
        result.outcome = Outcome::NotFound;
        result.messages.append(
            held.isEmpty() ? tr("%1 holds no certifications.").arg(m_account.profile.loginId)
                           : tr("%1 holds no certification \"%2\" (it holds: %3).")
                                 .arg(m_account.profile.loginId, certification,
                                      held.join(QStringLiteral(", "))));
        return result;
    }
    const auto eligibility = domain::CertificateEligibility::evaluate(*found, m_today);
    if (!eligibility.isEligible()) {
        result.outcome = Outcome::NotEligible;
        result.messages.append(
            tr("No PDF certificate for %1: %2.").arg(found->displayName(), eligibility.reason()));
        return result;
    }
    write(*found, outputFile, &result);
    return result;
}

CertificateExporter::Result CertificateExporter::exportAll(const QString &outputDirectory) const {
    Result result;
    const QDir directory(outputDirectory);
    if (!QDir().mkpath(directory.absolutePath())) {
        result.outcome = Outcome::WriteFailed;
        result.messages.append(tr("Cannot create the folder %1.").arg(outputDirectory));
        return result;
    }
    struct Job {
        certificate::CertificateContent content;
        QString path;
    };
    QList<Job> jobs;
    for (const domain::CertificationDetail &detail : m_account.certifications) {
        const domain::Certification &certification = detail.summary;
        const auto eligibility = domain::CertificateEligibility::evaluate(certification, m_today);
        if (!eligibility.isEligible()) {
            result.messages.append(
                tr("Skipped %1: %2.").arg(certification.displayName(), eligibility.reason()));
            continue;
        }
        certificate::CertificateContent content = certificate::CertificateContent::from(
            m_account.profile, certification, m_endpoint.baseUrl);
        const QString path = directory.filePath(content.suggestedFileName());
        jobs.append({std::move(content), path});
    }
    // A batch of hundreds is CPU-bound and each page is independent: render them on every
    // core. Painting onto a PDF writer from worker threads is supported, fonts included.
    const QLocale locale = m_locale;
    const QStringList errors =
        QtConcurrent::blockingMapped<QStringList>(jobs, [locale](const Job &job) {
            QString error;
            return certificate::CertificatePdf::write(job.content, job.path, locale, &error)
                       ? QString()
                       : (error.isEmpty() ? tr("Could not write %1.").arg(job.path) : error);
        });
    for (qsizetype i = 0; i < jobs.size(); ++i) {
        if (errors.at(i).isEmpty()) {
            result.writtenFiles.append(jobs.at(i).path);
        } else {
            result.outcome = Outcome::WriteFailed;
            result.messages.append(errors.at(i));
        }
    }
    if (result.outcome == Outcome::WriteFailed)
        return result;
    if (result.writtenFiles.isEmpty()) {
        result.outcome = Outcome::NotEligible;
        result.messages.append(
            tr("%1 has no certification with a PDF certificate.").arg(m_account.profile.loginId));
    }
    return result;
}

} // namespace certtrack::app
