#include "server/transcripts/TranscriptDisclosure.h"

#include <QLocale>
#include <QSet>

namespace certtrack::server {

TranscriptDisclosure::TranscriptDisclosure(TranscriptStore &store, const Clock &clock)
    : m_store(store)
    , m_clock(clock) {}

bool TranscriptDisclosure::inForce(const HeldCertification &held) const {
    return !held.revokedAt &&
           domain::Certification::statusFor(held.active, held.expires, m_clock.today()) ==
               domain::Certification::Status::Active;
}

domain::Transcript::State TranscriptDisclosure::state(const domain::Transcript &transcript) const {
    if (transcript.state == domain::Transcript::State::Deactivated)
        return transcript.state;
    return transcript.expires < m_clock.today() ? domain::Transcript::State::Expired
                                                : domain::Transcript::State::Active;
}

domain::PublicTranscript TranscriptDisclosure::content(const TranscriptRecord &record) {
    const domain::Transcript &t = record.transcript;
    const domain::Profile profile = m_store.profile(record.candidateId);

    domain::PublicTranscript page;
    page.id = t.id;
    page.expires = t.expires;
    page.retrievedAt = m_clock.now();
    if (t.showName)
        page.name = t.displayName;
    if (t.showAddress) {
        page.addressLines = profile.address.lines();
        // The country is stored as its ISO code; a reader wants its name.
        const QString country = profile.address.country;
        const QLocale::Territory territory = QLocale::codeToTerritory(country);
        if (!page.addressLines.isEmpty() && page.addressLines.last() == country &&
            territory != QLocale::AnyTerritory)
            page.addressLines.last() = QLocale::territoryToString(territory);
    }
    if (t.showEmail)
        page.email = profile.email;
    page.statement = t.showName ? QStringLiteral("The following information has been provided "
                                                 "to you by %1 as a validation of current exam "
                                                 "and certification achievements.")
                                      .arg(t.displayName)
                                : QStringLiteral("The following information has been provided "
                                                 "to you by the holder of this transcript as a "
                                                 "validation of current exam and certification "
                                                 "achievements.");

    const QSet<QString> chosen(t.certificationIds.cbegin(), t.certificationIds.cend());
    const QSet<QString> known(record.certificationsAtCreation.cbegin(),
                              record.certificationsAtCreation.cend());
    const auto disclosed = [&](const HeldCertification &held) {
        switch (t.disclosure) {
        case domain::Transcript::Disclosure::ActiveCertifications:
            return true;
        case domain::Transcript::Disclosure::AllNewCertificates:
            return chosen.contains(held.id) || !known.contains(held.id);
        case domain::Transcript::Disclosure::Selected:
            break;
        }
        return chosen.contains(held.id);
    };

    // Grouped by track, tracks in the order the owner's certifications come from storage.
    QStringList tracks;
    QHash<QString, QList<domain::PublicTranscript::Entry>> byTrack;
    for (const HeldCertification &held : m_store.certifications(record.candidateId)) {
        if (!inForce(held) || !disclosed(held))
            continue;
        const std::optional<CertificationDefinition> def = m_store.definition(held.definitionId);
        if (!def)
            continue;
        domain::Certification named;
        named.name = def->name;
        named.acronym = def->acronym;
        domain::PublicTranscript::Entry entry;
        entry.track = def->track;
        entry.name = named.displayName();
        entry.date = held.active;
        if (!byTrack.contains(entry.track))
            tracks.append(entry.track);
        byTrack[entry.track].append(entry);
    }
    for (const QString &track : tracks)
        page.certifications.append(byTrack.value(track));
    return page;
}

} // namespace certtrack::server
