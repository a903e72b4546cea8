#include "itemmodels/ExternalCredentialsModel.h"

#include "itemmodels/DisplayFormat.h"
#include "itemmodels/ItemRoles.h"

namespace certtrack::itemmodels {

using verification::CredentialVerifier;

ExternalCredentialsModel::ExternalCredentialsModel(QObject *parent)
    : TableModel(parent) {}

ExternalCredentialsModel::~ExternalCredentialsModel() {
    stopChecking();
}

void ExternalCredentialsModel::stopChecking() {
    for (const QPointer<CredentialVerifier> &verifier : std::as_const(m_verifiers))
        delete verifier.data();
    m_verifiers.clear();
}

void ExternalCredentialsModel::setCredentials(const QList<domain::ExternalCredential> &credentials,
                                              const CredentialVerifier::Options &options) {
    stopChecking();
    beginResetModel();
    m_credentials = credentials;
    m_verdicts = QList<verification::Verdict>(credentials.size());
    endResetModel();
    for (int row = 0; row < credentials.size(); ++row) {
        auto *verifier = new CredentialVerifier(options, this);
        m_verifiers.append(verifier);
        connect(verifier, &CredentialVerifier::finished, this,
                [this, row, verifier](const verification::Verdict &verdict) {
                    m_verdicts[row] = verdict;
                    m_verifiers[row] = nullptr;
                    verifier->deleteLater();
                    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
                });
        verifier->verify(credentials.at(row).credential.toUtf8());
    }
}

bool ExternalCredentialsModel::isChecking(int row) const {
    return row >= 0 && row < m_verifiers.size() && !m_verifiers.at(row).isNull();
}

int ExternalCredentialsModel::checkingCount() const {
    int count = 0;
    for (int row = 0; row < m_verifiers.size(); ++row)
        count += isChecking(row) ? 1 : 0;
    return count;
}

QString ExternalCredentialsModel::headerText(int column) const {
    switch (column) {
    case Achievement:
        return tr("Achievement");
    case Issuer:
        return tr("Issuer");
    case Issued:
        return tr("Issued");
    case Outcome:
        return tr("Verdict");
    case Added:
        return tr("Kept since");
    }
    return {};
}

QString ExternalCredentialsModel::displayText(int row, int column) const {
    const verification::Verdict &verdict = m_verdicts.at(row);
    switch (column) {
    case Achievement:
        return isChecking(row) ? QString() : DisplayFormat::textOrNa(verdict.achievement);
    case Issuer:
        return isChecking(row)
                   ? QString()
                   : DisplayFormat::textOrNa(verdict.issuerName.isEmpty() ? verdict.issuerId
                                                                          : verdict.issuerName);
    case Issued:
        return DisplayFormat::date(verdict.issued.date());
    case Outcome:
        return isChecking(row) ? tr("Checking…")
                               : verification::Verdict::outcomeText(verdict.outcome);
    case Added:
        return DisplayFormat::instant(m_credentials.at(row).addedAt);
    }
    return {};
}

QVariant ExternalCredentialsModel::sortValue(int row, int column) const {
    switch (column) {
    case Issued:
        return m_verdicts.at(row).issued;
    case Added:
        return m_credentials.at(row).addedAt;
    default:
        break;
    }
    return displayText(row, column);
}

QString ExternalCredentialsModel::toolTip(int row, int column) const {
    Q_UNUSED(column)
    if (isChecking(row))
        return tr("Checking…");
    return m_verdicts.at(row).describe().join(QLatin1Char('\n'));
}

QVariant ExternalCredentialsModel::extraData(int row, int column, int role) const {
    if (role == IdRole)
        return m_credentials.at(row).id;
    return TableModel::extraData(row, column, role);
}

} // namespace certtrack::itemmodels
