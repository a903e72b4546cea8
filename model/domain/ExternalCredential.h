#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace certtrack::domain {

class JsonReader;

// A credential from another issuer that a candidate keeps on the account, as the text it came
// in (a VC-JWT, or credential or assertion JSON). The server only stores it; the client judges
// it again at each sync.
struct ExternalCredential {
    QString id; // "ext-" and 32 hex digits
    QString credential;
    QDateTime addedAt;

    static ExternalCredential fromJson(JsonReader &reader);
    QJsonObject toJson() const;
};

} // namespace certtrack::domain
