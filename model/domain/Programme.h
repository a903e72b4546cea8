#pragma once

#include <QJsonObject>
#include <QString>

namespace certtrack::domain {

class JsonReader;

// GET /api/v1/programme: who runs the certification programme, and the programme's own wording
// for the places the portal shows it (the Identification page's heading, a note above the
// certifications). Programme data, not the client's: another programme sends its own.
struct Programme {
    QString name;                 // "Cisco Systems, Inc."
    QString identifiersHeading;   // "Cisco Identifiers"; empty: the client's generic heading
    QString certificationsNotice; // shown above Active Certifications; empty: none

    static Programme fromJson(JsonReader &reader);
    QJsonObject toJson() const;
};

} // namespace certtrack::domain
