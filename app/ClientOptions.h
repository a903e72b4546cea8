#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

namespace certtrack::app {

// What the command line (over the administrator's settings) asked the client to do.
struct LaunchOptions {
    bool demo = false;
    QUrl server;
    QString caFile;
    // A shared machine (--kiosk or the administrator's setting): nobody is remembered, nothing
    // of a person is written to disk.
    bool kiosk = false;
    // Kiosk: minutes without input before the warning and then sign-out.
    int kioskIdleMinutes = 10;
};

struct ClientOptionsParse {
    enum class Outcome { Run, Help, Version, Error };

    Outcome outcome = Outcome::Error;
    LaunchOptions options;
    QString message; // the help text, the version line or the error
};

// Parses certtrack's command line (arguments[0] is the program) on top of defaults, the
// machine's settings. Needs no application object, so --help and --version answer without a
// display. Never exits: the caller prints the message and decides the exit code.
ClientOptionsParse parseClientOptions(const QStringList &arguments,
                                      const LaunchOptions &defaults = {});

} // namespace certtrack::app
