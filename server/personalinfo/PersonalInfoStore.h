#pragma once

#include "domain/Candidate.h"
#include "domain/Programme.h"

#include <QDate>
#include <QHash>
#include <QString>

#include <optional>

namespace certtrack::server {

// Personal Info: the programme's questions with the candidate's answers, attributes and
// identifiers, and the writes of the settings and attribute editors. Faults throw StorageError.
class PersonalInfoStore {
public:
    virtual ~PersonalInfoStore() = default;

    virtual domain::Settings settings(qint64 candidateId) = 0;
    virtual domain::Attributes attributes(qint64 candidateId) = 0;
    virtual domain::Identifiers identifiers(qint64 candidateId) = 0;
    // The programme's name and its wording for the Identification page and the certifications.
    virtual domain::Programme programme() = 0;

    // Answers by question id, a missing answer cleared; both the answers and the confirmation
    // date change in one transaction.
    virtual void saveSettings(qint64 candidateId,
                              const QHash<QString, std::optional<bool>> &answers,
                              const QDate &confirmedOn) = 0;
    // Sets one attribute's value; an empty value removes it.
    virtual void setAttribute(qint64 candidateId, const QString &attributeId,
                              const QString &value) = 0;
};

} // namespace certtrack::server
