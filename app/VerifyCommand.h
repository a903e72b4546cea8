#pragma once

#include "verification/CredentialVerifier.h"

#include <QStringList>

namespace certtrack::app {

struct VerifyOptions;

// `certtrack verify FILE`: checks a credential without a window and says so in plain words on
// standard output. With --login, the remembered account's cache gives its server's keys and
// revocation list, so that server's credentials are checked offline. Runs under a
// QCoreApplication: no display is ever needed.
class VerifyCommand {
public:
    enum ExitCode { Valid = 0, NotValid = 1, UsageError = 2, CannotCheck = 3 };

    // Called by main() before any application object exists; argv[1] is "verify".
    static int run(int argc, char *argv[]);

    // The exit code of a verdict: Expired and Revoked are not valid.
    static int exitCodeFor(verification::Verdict::Outcome outcome);
    // The verifier's options for these command-line options: the remembered account's snapshot
    // and CA file. Returns false with error when --login names no local copy.
    static bool verifierOptions(const VerifyOptions &options,
                                verification::CredentialVerifier::Options *verifier,
                                QString *error);
};

} // namespace certtrack::app
