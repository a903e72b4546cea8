#pragma once

#include "itemmodels/TableModel.h"

#include "domain/ExternalCredential.h"
#include "verification/CredentialVerifier.h"

#include <QList>
#include <QPointer>

namespace certtrack::itemmodels {

// Credentials from other issuers kept on the account, each with the verdict of checking it again
// whenever the list is set (at each sync): "Checking…" until its verifier answers. What the
// verdict shows of the credential (achievement, issuer, issue date) comes from the credential.
// IdRole is the kept credential's id, for ExternalCredentialService::remove.
class ExternalCredentialsModel : public TableModel {
    Q_OBJECT
public:
    enum Column { Achievement, Issuer, Issued, Outcome, Added, ColumnCount };

    explicit ExternalCredentialsModel(QObject *parent = nullptr);
    ~ExternalCredentialsModel() override;

    // Replaces the rows and verifies each one with options (the account's issuer snapshot, the
    // CA file, offline when the account is).
    void setCredentials(const QList<domain::ExternalCredential> &credentials,
                        const verification::CredentialVerifier::Options &options);
    // The verdict of a row; CannotCheck with no reason while it is still being checked.
    verification::Verdict verdict(int row) const { return m_verdicts.value(row); }
    bool isChecking(int row) const;
    int checkingCount() const;

protected:
    int rows() const override { return int(m_credentials.size()); }
    int columns() const override { return ColumnCount; }
    QString headerText(int column) const override;
    QString displayText(int row, int column) const override;
    QVariant sortValue(int row, int column) const override;
    QString toolTip(int row, int column) const override;
    QVariant extraData(int row, int column, int role) const override;

private:
    void stopChecking();

    QList<domain::ExternalCredential> m_credentials;
    QList<verification::Verdict> m_verdicts;
    QList<QPointer<verification::CredentialVerifier>> m_verifiers;
};

} // namespace certtrack::itemmodels
