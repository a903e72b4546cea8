#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrl>

namespace certtrack::domain {

class JsonReader;

// GET /api/v1/programme: who runs the certification programme, and the programme's own wording
// for the places the portal shows it (the Identification page's heading, a note above the
// certifications, the links of the portal's header). Programme data, not the client's: another
// programme sends its own.
struct ProgrammeLink {
    QString title; // "Support/FAQs"
    QString url;   // as sent; see openableUrl()

    // The address a client may open: an absolute https URL with a host, or an empty QUrl for
    // anything else (file:, javascript:, a relative path), which a client must not follow.
    QUrl openableUrl() const;

    static ProgrammeLink fromJson(JsonReader &reader);
    QJsonObject toJson() const;
};

struct Programme {
    QString name;                 // "Cisco Systems, Inc."
    QString identifiersHeading;   // "Cisco Identifiers"; empty: the client's generic heading
    QString certificationsNotice; // shown above Active Certifications; empty: none
    // The portal header's links beside the user guide ("Certification Online", "Support/FAQs"),
    // in the programme's order; absent in older caches and from servers without them.
    QList<ProgrammeLink> links;

    static Programme fromJson(JsonReader &reader);
    QJsonObject toJson() const;
};

} // namespace certtrack::domain
