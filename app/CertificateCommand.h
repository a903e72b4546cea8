#pragma once

#include "AccountCommand.h"

#include <QString>

namespace certtrack::app {

// `certtrack certificate`: PDF certificates without a window, for training centres and scripts,
// from a remembered account's cache or after a sign-in of its own (AccountCommand). Runs under
// QGuiApplication on the offscreen platform unless another one is asked for.
class CertificateCommand : public AccountCommand {
    Q_OBJECT
public:
    // AccountCommand's codes, and one of its own.
    static constexpr int NoCertificate = 4; // unknown or ineligible certification

    struct Options {
        Source source;
        QString certification; // acronym or id; empty with all
        bool all = false;
        QString outputFile;
        QString outputDirectory;
    };

    // Called by main() before any application object exists; argv[1] is "certificate".
    static int run(int argc, char *argv[]);

    CertificateCommand(Options options, QString password, QObject *parent = nullptr);

protected:
    int exportAccount(const domain::AccountData &account,
                      const client::ServerEndpoint &endpoint) override;

private:
    Options m_options;
};

} // namespace certtrack::app
