#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

namespace certtrack::app {

// What `certtrack verify` was asked to do.
struct VerifyOptions {
    QString file;
    QString loginId; // empty: no account, so no cached keys of ours
    QUrl serverUrl;  // picks among servers the login is remembered on
    QString caFile;  // a further CA to trust when fetching
    bool offline = false;
};

struct VerifyOptionsParse {
    enum class Outcome { Run, Help, Error };

    Outcome outcome = Outcome::Error;
    VerifyOptions options;
    QString message; // the help text or the error
};

// Parses `certtrack verify FILE [--login LOGIN] [--server URL --ca-file PEM] [--offline]`
// (arguments[0] is the program, "verify" already removed). Needs no application object.
VerifyOptionsParse parseVerifyOptions(const QStringList &arguments);

} // namespace certtrack::app
