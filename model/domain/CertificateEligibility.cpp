#include "domain/CertificateEligibility.h"

#include <QCoreApplication>
#include <QLocale>

namespace certtrack::domain {

namespace {

// The portal's date style ("2028-Dec-08"), the same in every locale, as the tables show it.
QString portalDate(const QDate &date) {
    return QLocale::c().toString(date, QStringLiteral("yyyy-MMM-dd"));
}

QString tr(const char *text) {
    return QCoreApplication::translate("CertificateEligibility", text);
}

} // namespace

CertificateEligibility CertificateEligibility::evaluate(const Certification &certification,
                                                        const QDate &today) {
    if (certification.revokedOn)
        return {Verdict::Revoked, *certification.revokedOn};
    if (certification.active > today)
        return {Verdict::NotYetActive, certification.active};
    if (certification.expires && *certification.expires < today)
        return {Verdict::Expired, *certification.expires};
    if (certification.status != Certification::Status::Active)
        return {Verdict::Inactive, {}};
    if (!certification.pdfCertificateAvailable)
        return {Verdict::NotOffered, {}};
    if (certification.verificationCode.isEmpty())
        return {Verdict::NoVerificationCode, {}};
    return {Verdict::Eligible, {}};
}

QString CertificateEligibility::reason() const {
    switch (m_verdict) {
    case Verdict::Eligible:
        return {};
    case Verdict::Revoked:
        return tr("Revoked on %1").arg(portalDate(m_date));
    case Verdict::NotYetActive:
        return tr("Not yet active: active from %1").arg(portalDate(m_date));
    case Verdict::Expired:
        return tr("Expired on %1").arg(portalDate(m_date));
    case Verdict::Inactive:
        return tr("This certification is not active");
    case Verdict::NotOffered:
        return tr("No PDF certificate is offered for this certification");
    case Verdict::NoVerificationCode:
        break;
    }
    return tr("This certification has no verification code yet");
}

} // namespace certtrack::domain
