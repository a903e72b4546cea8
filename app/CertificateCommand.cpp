#include "CertificateCommand.h"

#include "CertificateExporter.h"
#include "client/AppSettings.h"

#include <QCommandLineParser>
#include <QGuiApplication>

#include <cstdio>

namespace certtrack::app {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("CertificateCommand", text);
}

void printError(const QString &message) {
    AccountCommand::printError(QStringLiteral("certificate"), message);
}

int parse(const QStringList &arguments, CertificateCommand::Options *options) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Saves PDF certificates of a candidate's certifications without opening a window.\n"
           "From the local copy of a remembered account, or after signing in with "
           "--server and --password-stdin.\n"
           "Exit status: 0 written, 2 wrong usage, 3 no local copy of the account, 4 unknown or "
           "ineligible certification, 5 sign-in or sync failed, 6 the file could not be written, 7 "
           "written, but the local copy could not be updated (a full disk)."));
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                  tr("Show this help."));
    const AccountCommand::SourceOptions source;
    const QCommandLineOption certification(QStringLiteral("certification"),
                                           tr("The certification, by acronym or id."),
                                           QStringLiteral("ACRONYM|ID"));
    const QCommandLineOption all(QStringLiteral("all"), tr("Every eligible certification."));
    const QCommandLineOption output(QStringLiteral("output"), tr("The PDF file to write."),
                                    QStringLiteral("FILE.pdf"));
    const QCommandLineOption outputDir(QStringLiteral("output-dir"),
                                       tr("Where --all writes ACRONYM-CODE.pdf files."),
                                       QStringLiteral("DIR"));
    parser.addOption(help);
    source.addTo(&parser);
    parser.addOptions({certification, all, output, outputDir});

    if (!parser.parse(arguments)) {
        printError(parser.errorText());
        return CertificateCommand::UsageError;
    }
    if (parser.isSet(help)) {
        std::fprintf(stdout, "%s", parser.helpText().toLocal8Bit().constData());
        return -1;
    }
    auto usage = [](const QString &message) {
        printError(message + QLatin1Char(' ') + tr("(see certtrack certificate --help)"));
        return CertificateCommand::UsageError;
    };
    if (!parser.positionalArguments().isEmpty())
        return usage(tr("unexpected argument %1.").arg(parser.positionalArguments().constFirst()));
    if (const int read = source.read(parser, QStringLiteral("certificate"), &options->source);
        read != CertificateCommand::Success)
        return read;
    options->all = parser.isSet(all);
    options->certification = parser.value(certification).trimmed();
    if (options->all == !options->certification.isEmpty())
        return usage(tr("give either --certification or --all."));
    options->outputFile = parser.value(output);
    options->outputDirectory = parser.value(outputDir);
    if (!options->all && options->outputFile.isEmpty())
        return usage(tr("--certification needs --output FILE.pdf."));
    if (options->all && options->outputDirectory.isEmpty())
        return usage(tr("--all needs --output-dir DIR."));
    return CertificateCommand::Success;
}

} // namespace

int CertificateCommand::run(int argc, char *argv[]) {
    prepareHeadless();
    QGuiApplication application(argc, argv);
    QGuiApplication::setOrganizationName(client::AppSettings::organizationName());
    QGuiApplication::setApplicationName(client::AppSettings::applicationName());

    QStringList arguments = QCoreApplication::arguments();
    arguments.removeAt(1); // "certificate"
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
            printError(QStringLiteral("certificate"), tr("no password on standard input."));
            return UsageError;
        }
    }
    const bool online = options.source.passwordFromStdin;
    CertificateCommand command(std::move(options), std::move(password));
    return execute(&command, online);
}

CertificateCommand::CertificateCommand(Options options, QString password, QObject *parent)
    : AccountCommand(QStringLiteral("certificate"), options.source, std::move(password), parent)
    , m_options(std::move(options)) {}

int CertificateCommand::exportAccount(const domain::AccountData &account,
                                      const client::ServerEndpoint &endpoint) {
    const CertificateExporter exporter(account, endpoint);
    const CertificateExporter::Result result =
        m_options.all ? exporter.exportAll(m_options.outputDirectory)
                      : exporter.exportOne(m_options.certification, m_options.outputFile);
    for (const QString &message : result.messages)
        printError(message);
    for (const QString &file : result.writtenFiles)
        printLine(file);
    switch (result.outcome) {
    case CertificateExporter::Outcome::Written:
        return Success;
    case CertificateExporter::Outcome::NotFound:
    case CertificateExporter::Outcome::NotEligible:
        return NoCertificate;
    case CertificateExporter::Outcome::WriteFailed:
        break;
    }
    return WriteFailed;
}

} // namespace certtrack::app
