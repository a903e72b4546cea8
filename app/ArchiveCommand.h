#pragma once

#include "AccountCommand.h"

#include <QList>
#include <QString>

namespace certtrack::app {

// `certtrack archive`: a candidate's whole record (records::RecordArchive) written to a folder or
// one zip file without a window, from a remembered account's cache or after a sign-in of its own
// (AccountCommand). The exit codes are `certtrack certificate`'s.
class ArchiveCommand : public AccountCommand {
    Q_OBJECT
public:
    struct Options {
        Source source;
        QString output; // a folder, or a file ending in .zip
        QList<int> leadDays;
    };

    // Called by main() before any application object exists; argv[1] is "archive".
    static int run(int argc, char *argv[]);

    ArchiveCommand(Options options, QString password, QObject *parent = nullptr);

protected:
    int exportAccount(const domain::AccountData &account,
                      const client::ServerEndpoint &endpoint) override;

private:
    Options m_options;
};

} // namespace certtrack::app
