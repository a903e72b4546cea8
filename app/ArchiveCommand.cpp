#include "ArchiveCommand.h"

#include "client/AppSettings.h"
#include "records/RecordArchive.h"
#include "records/RenewalCalendar.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QGuiApplication>

#include <cstdio>

namespace certtrack::app {

namespace {

const QString kCommand = QStringLiteral("archive");

QString tr(const char *text) {
    return QCoreApplication::translate("ArchiveCommand", text);
}

void printError(const QString &message) {
    AccountCommand::printError(kCommand, message);
}

int parse(const QStringList &arguments, ArchiveCommand::Options *options) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Writes a candidate's whole record without opening a window: every PDF certificate, "
           "the badges baked as PNG images, the transcripts, every table as CSV, the renewal "
           "plan as iCalendar and an index.html page.\n"
           "From the local copy of a remembered account, or after signing in with "
           "--server and --password-stdin.\n"
           "Exit status: 0 written, 2 wrong usage, 3 no local copy of the account, 5 sign-in or "
           "sync failed, 6 the archive could not be written, 7 written, but the local copy could "
           "not be updated (a full disk)."));
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                  tr("Show this help."));
    const AccountCommand::SourceOptions source;
    const QCommandLineOption output(
        QStringLiteral("output"),
        tr("A folder to write the record into, or a FILE.zip to write it as one zip file."),
        QStringLiteral("DIR|FILE.zip"));
    parser.addOption(help);
    source.addTo(&parser);
    parser.addOption(output);

    if (!parser.parse(arguments)) {
        printError(parser.errorText());
        return AccountCommand::UsageError;
    }
    if (parser.isSet(help)) {
        std::fprintf(stdout, "%s", parser.helpText().toLocal8Bit().constData());
        return -1;
    }
    auto usage = [](const QString &message) {
        printError(message + QLatin1Char(' ') + tr("(see certtrack archive --help)"));
        return AccountCommand::UsageError;
    };
    if (!parser.positionalArguments().isEmpty())
        return usage(tr("unexpected argument %1.").arg(parser.positionalArguments().constFirst()));
    if (const int read = source.read(parser, kCommand, &options->source);
        read != AccountCommand::Success)
        return read;
    options->output = parser.value(output);
    if (options->output.isEmpty())
        return usage(tr("--output DIR|FILE.zip is required."));
    const QFileInfo target(options->output);
    if (!records::RecordArchive::isZipTarget(options->output) && target.exists() && !target.isDir())
        return usage(
            tr("%1 is a file: give a folder, or a name ending in .zip.").arg(options->output));
    options->leadDays = client::AppSettings().reminderLeadDays();
    return AccountCommand::Success;
}

} // namespace

int ArchiveCommand::run(int argc, char *argv[]) {
    prepareHeadless();
    QGuiApplication application(argc, argv);
    QGuiApplication::setOrganizationName(client::AppSettings::organizationName());
    QGuiApplication::setApplicationName(client::AppSettings::applicationName());

    QStringList arguments = QCoreApplication::arguments();
    arguments.removeAt(1); // "archive"
    Options options;
    const int parsed = parse(arguments, &options);
    if (parsed < 0)
        return Success; // --help
    if (parsed != Success)
        return parsed;

    QString password;
    if (options.source.passwordFromStdin) {
        password = readPassword();
        if (password.isEmpty()) {
            printError(kCommand, tr("no password on standard input."));
            return UsageError;
        }
    }
    const bool online = options.source.passwordFromStdin;
    ArchiveCommand command(std::move(options), std::move(password));
    return execute(&command, online);
}

ArchiveCommand::ArchiveCommand(Options options, QString password, QObject *parent)
    : AccountCommand(kCommand, options.source, std::move(password), parent)
    , m_options(std::move(options)) {}

int ArchiveCommand::exportAccount(const domain::AccountData &account,
                                  const client::ServerEndpoint &endpoint) {
    const records::RecordArchive archive(account, endpoint, m_options.leadDays);
    const records::RecordArchive::Contents contents = archive.build();
    for (const QString &message : contents.messages)
        printError(message);
    QStringList written;
    QString error;
    const bool ok =
        records::RecordArchive::write(contents.entries, m_options.output, &written, &error);
    for (const QString &file : std::as_const(written))
        printLine(file);
    if (!ok) {
        printError(error);
        return WriteFailed;
    }
    return Success;
}

} // namespace certtrack::app
