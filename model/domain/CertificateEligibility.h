#pragma once

#include "domain/Certification.h"

#include <QDate>
#include <QString>

namespace certtrack::domain {

// Whether a PDF certificate may be made for a certification on a given day. The guide's rule:
// "PDFs are only available for qualifying certifications that are active and not expired".
// Judged from the dates, not only from the status the server sent, so a cached certification
// that has expired since the last sync is refused offline too.
class CertificateEligibility {
public:
    enum class Verdict {
        Eligible,
        Revoked,      // withdrawn by the programme
        NotYetActive, // its active date is still ahead
        Expired,      // valid through its expiry date, expired from the day after
        Inactive,     // not in force for a reason the server gave no date for
        NotOffered,   // the programme offers no PDF for this certification
        NoVerificationCode,
    };

    static CertificateEligibility evaluate(const Certification &certification, const QDate &today);

    Verdict verdict() const { return m_verdict; }
    bool isEligible() const { return m_verdict == Verdict::Eligible; }
    // The date the verdict is about (expiry, activation or revocation); null when none.
    QDate date() const { return m_date; }
    // Why not, for a person: "Expired on 2028-Dec-08"; empty when eligible.
    QString reason() const;

private:
    CertificateEligibility(Verdict verdict, const QDate &date)
        : m_verdict(verdict)
        , m_date(date) {}

    Verdict m_verdict;
    QDate m_date;
};

} // namespace certtrack::domain
