#pragma once

#include "server/core/Clock.h"
#include "server/transcripts/TranscriptStore.h"

namespace certtrack::server {

// Decides what a transcript shows at this moment, from its record and the owner's data now:
// - Active certifications: every certification of the owner in force today;
// - All New Certificates: the ones chosen at creation plus every one earned since;
// - Selected: exactly the chosen ones.
// In every case only certifications in force today are shown (a transcript validates current
// achievements), and only the fields the display options allow.
class TranscriptDisclosure {
public:
    TranscriptDisclosure(TranscriptStore &store, const Clock &clock);

    domain::PublicTranscript content(const TranscriptRecord &record);
    // Whether the certification is in force today: not revoked, active, not expired.
    bool inForce(const HeldCertification &held) const;
    // The public state by the server clock: Expired once the "expires after" day has passed.
    domain::Transcript::State state(const domain::Transcript &transcript) const;

private:
    TranscriptStore &m_store;
    const Clock &m_clock;
};

} // namespace certtrack::server
