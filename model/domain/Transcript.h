#pragma once

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace certtrack::domain {

class JsonReader;

// A transcript disclosed to third parties through a public link.
struct Transcript {
    enum class Disclosure { ActiveCertifications, AllNewCertificates, Selected };
    enum class State { Active, Expired, Deactivated };

    QString id; // 16 characters from an unambiguous alphabet, e.g. 15KDEQ4K1BV1133H
    QString displayName;
    QString description;
    QString remarks;
    bool showName = true;
    bool showAddress = false;
    bool showEmail = false;
    QDate expires;
    Disclosure disclosure = Disclosure::ActiveCertifications;
    QStringList certificationIds; // Selected only
    qint64 views = 0;
    std::optional<QDateTime> lastViewed;
    State state = State::Active;
    QString url;

    // "Name, Address" — the display options that are on.
    QString displayOptionsText() const;
    static Transcript fromJson(JsonReader &reader);
    QJsonObject toJson() const;
};

// What a transcript shows a third party: GET /transcripts/{id} with Accept: application/json, and
// the owner's preview. A name or email the display options leave out is absent, not empty.
struct PublicTranscript {
    struct Entry {
        QString track;
        QString name; // "CCNA Routing and Switching (CCNA)"
        QDate date;   // the date the certification became active

        static Entry fromJson(JsonReader &reader);
        QJsonObject toJson() const;
    };

    QString id;
    QString name;                // empty: not shown
    QStringList addressLines;    // empty: not shown (an empty array on the wire)
    QString email;               // empty: not shown
    QString statement;           // "The following information has been provided to you by ..."
    QList<Entry> certifications; // grouped by track, tracks in programme order
    QDate expires;
    QDateTime retrievedAt;

    static PublicTranscript fromJson(JsonReader &reader);
    QJsonObject toJson() const;
};

// The message the server sends for POST /api/v1/me/transcripts/{id}/share, and shows before.
struct TranscriptEmail {
    QString to; // empty in a preview
    QString subject;
    QString body;

    static TranscriptEmail fromJson(JsonReader &reader);
    QJsonObject toJson() const;
};

QString toString(Transcript::Disclosure disclosure);
std::optional<Transcript::Disclosure> transcriptDisclosureFromString(const QString &text);
QString toString(Transcript::State state);

} // namespace certtrack::domain
