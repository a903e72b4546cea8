#pragma once

#include "client/AccountResources.h"
#include "client/LocalCache.h"
#include "domain/AccountData.h"
#include "domain/Json.h"

#include <QJsonDocument>

namespace certtrack::test {

// How certifications come: every detail in one collection, as today, or as caches written before
// that hold them (the summaries, then a detail each).
enum class CertificationLayout { OneCollection, DetailEach };

// The resources of an account as the server would send them, ready for the cache.
inline QList<client::LocalCache::Entry>
accountBodies(const domain::AccountData &data, const QDateTime &fetchedAt,
              CertificationLayout layout = CertificationLayout::OneCollection) {
    using namespace certtrack::domain;
    QList<client::LocalCache::Entry> entries;
    const auto add = [&](const QString &path, const QJsonObject &json) {
        const QByteArray body = QJsonDocument(json).toJson(QJsonDocument::Compact);
        entries.append({path, body, "\"" + QByteArray::number(qHash(body), 16) + "\"", fetchedAt});
    };
    const auto page = [](const auto &list) {
        Page<std::decay_t<decltype(list.first())>> p;
        p.items = list;
        return p.toJson();
    };
    add(QStringLiteral("me"), data.profile.toJson());
    add(QStringLiteral("me/settings"), data.settings.toJson());
    add(QStringLiteral("me/attributes"), data.attributes.toJson());
    add(QStringLiteral("me/identifiers"), data.identifiers.toJson());
    add(QStringLiteral("me/exams"), page(data.exams));
    add(QStringLiteral("me/agreements"), page(data.agreements));
    add(QStringLiteral("me/ce-activities"), page(data.ceActivities));
    add(QStringLiteral("me/transactions"), page(data.transactions));
    if (layout == CertificationLayout::OneCollection) {
        add(QStringLiteral("me/certification-details"), page(data.certifications));
    } else {
        QList<Certification> summaries;
        for (const CertificationDetail &detail : data.certifications) {
            summaries.append(detail.summary);
            add(client::AccountResources::certificationPath(detail.summary.id), detail.toJson());
        }
        add(QStringLiteral("me/certifications"), page(summaries));
    }
    add(QStringLiteral("me/logos"), data.logos.toJson());
    add(QStringLiteral("me/fulfillment"), page(data.fulfillment));
    add(QStringLiteral("me/transcripts"), page(data.transcripts));
    add(QStringLiteral("me/badges"), page(data.badges));
    add(QStringLiteral("me/fulfillment/catalogue"), data.catalogue.toJson());
    add(QStringLiteral("me/orders"), page(data.orders));
    return entries;
}

} // namespace certtrack::test
