#include "server/app/ServerOptions.h"

#include "server/core/Database.h"
#include "server/http/RequestReader.h"

#include <QFile>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QUrl>

namespace certtrack::server {

namespace {

// Below ten seconds a client could not renew a token before it lapses; above a day a stolen
// access token would live too long.
constexpr qint64 kMinAccessTokenLifetime = 10;
constexpr qint64 kMaxAccessTokenLifetime = 24 * 3600;

// Bounds that keep a typo from becoming a hazard: a body limit in gigabytes would let one
// request take the server's memory, and a timeout of days would let idle connections pile up.
constexpr qint64 kMaxWorkers = 256;
constexpr qint64 kMaxBodyLimit = 64 * 1024 * 1024;
constexpr qint64 kMaxTimeout = 3600;

std::optional<qint64> boundedNumber(const QString &text, qint64 low, qint64 high) {
    bool isNumber = false;
    const qint64 number = text.toLongLong(&isNumber);
    if (!isNumber || number < low || number > high)
        return std::nullopt;
    return number;
}

const char kHelp[] =
    "Usage: certtrackd [options]\n"
    "\n"
    "The CertTrack reference backend: a REST/JSON API over HTTPS.\n"
    "\n"
    "Options:\n"
    "  --config FILE          read settings from FILE, one \"name = value\" a line, named as\n"
    "                         the options below (listen, public-url, database, tls-cert,\n"
    "                         tls-key, outbox, issuer-key, workers, max-body,\n"
    "                         header-timeout, idle-timeout, trusted-proxy); options given\n"
    "                         here win\n"
    "  --listen HOST:PORT     address to listen on (default 127.0.0.1:8443; port 0 picks a "
    "free port)\n"
    "  --database PATH|URL    SQLite database file (created and migrated when needed), or\n"
    "                         postgresql://USER@HOST[:PORT]/NAME[?sslmode=...] (an existing\n"
    "                         UTF8 database, migrated when needed; PGPASSWORD or ~/.pgpass\n"
    "                         give the password)\n"
    "  --seed demo            fill an empty database with the demo candidates\n"
    "  --tls-cert PATH        PEM certificate chain of the server\n"
    "  --tls-key PATH         PEM private key of the server\n"
    "  --self-signed DIR      make (or reuse) a private CA DIR/ca.pem and a certificate for\n"
    "                         localhost and 127.0.0.1 signed by it\n"
    "  --outbox DIR           write outgoing mail as .eml files into DIR\n"
    "  --now INSTANT          start the server clock at this RFC 3339 instant\n"
    "  --public-url URL       https://HOST[:PORT] the public pages and badge credentials name\n"
    "                         (default: the listening address)\n"
    "  --issuer-key PATH      PEM private key badges are signed with (default: one made at\n"
    "                         first start and kept in the database)\n"
    "  --access-token-lifetime SECONDS\n"
    "                         lifetime of access tokens (default 900; for tests: 10-86400)\n"
    "  --workers N            threads that run TLS and HTTP (default: one per core)\n"
    "  --max-body BYTES       largest request body taken; larger ones are refused with 413\n"
    "                         before they are read (default 65536)\n"
    "  --header-timeout SECONDS\n"
    "                         time a client has to send a request's headers (default 10)\n"
    "  --idle-timeout SECONDS time a connection may wait between requests (default 60)\n"
    "  --trusted-proxy ADDRESS[/PREFIX][,...]\n"
    "                         reverse proxies (such as nginx) whose X-Forwarded-For gives\n"
    "                         the client's address for per-address limits; from any other\n"
    "                         peer the header is ignored\n"
    "  --help                 show this help\n"
    "  --version              show the version\n"
    "\n"
    "Once it serves, certtrackd prints one line: certtrackd listening on https://HOST:PORT\n";

ServerOptionsParse failure(const QString &message) {
    ServerOptionsParse result;
    result.outcome = ServerOptionsParse::Outcome::Error;
    result.message = message;
    return result;
}

bool parseListen(const QString &text, ServerOptions *options, QString *error) {
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0) {
        *error = QStringLiteral("--listen wants HOST:PORT, got \"%1\"").arg(text);
        return false;
    }
    QString host = text.left(colon);
    const QString portText = text.mid(colon + 1);
    bool portOk = false;
    const uint port = portText.toUInt(&portOk);
    if (!portOk || port > 65535) {
        *error = QStringLiteral("--listen: \"%1\" is not a port number (0-65535)").arg(portText);
        return false;
    }
    QString addressText = host;
    if (addressText.startsWith(QLatin1Char('[')) && addressText.endsWith(QLatin1Char(']')))
        addressText = addressText.mid(1, addressText.size() - 2);
    QHostAddress address;
    if (addressText == QLatin1String("localhost"))
        address = QHostAddress(QHostAddress::LocalHost);
    else if (!address.setAddress(addressText)) {
        *error = QStringLiteral("--listen: \"%1\" is not an IP address or localhost").arg(host);
        return false;
    }
    options->listenHost = host;
    options->listenAddress = address;
    options->port = quint16(port);
    return true;
}

// The settings a configuration file may hold: where and how to serve, not the test-only ones.
const QStringList &configurableNames() {
    static const QStringList names{QStringLiteral("listen"),       QStringLiteral("public-url"),
                                   QStringLiteral("database"),     QStringLiteral("tls-cert"),
                                   QStringLiteral("tls-key"),      QStringLiteral("outbox"),
                                   QStringLiteral("issuer-key"),   QStringLiteral("workers"),
                                   QStringLiteral("max-body"),     QStringLiteral("header-timeout"),
                                   QStringLiteral("idle-timeout"), QStringLiteral("trusted-proxy")};
    return names;
}

QString optionName(const QString &argument) {
    const qsizetype eq = argument.indexOf(QLatin1Char('='));
    return eq < 0 ? argument : argument.left(eq);
}

// Turns FILE's "name = value" lines into "--name=value" arguments; blank lines and lines
// starting with # are skipped. An empty value leaves the setting at its default, so a packaged
// file can list every setting with the optional ones blank.
bool readConfigFile(const QString &path, QStringList *arguments, QString *error) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        *error = QStringLiteral("--config: cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    QStringList seen;
    int lineNumber = 0;
    while (!file.atEnd()) {
        ++lineNumber;
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        const QString where = QStringLiteral("%1:%2").arg(path).arg(lineNumber);
        if (eq < 0) {
            *error = QStringLiteral("%1: expected \"name = value\", got \"%2\"").arg(where, line);
            return false;
        }
        const QString name = line.left(eq).trimmed();
        const QString value = line.mid(eq + 1).trimmed();
        if (!configurableNames().contains(name)) {
            *error = QStringLiteral("%1: unknown setting \"%2\" (known: %3)")
                         .arg(where, name, configurableNames().join(QStringLiteral(", ")));
            return false;
        }
        if (seen.contains(name)) {
            *error = QStringLiteral("%1: %2 given twice").arg(where, name);
            return false;
        }
        seen.append(name);
        if (!value.isEmpty())
            arguments->append(QStringLiteral("--%1=%2").arg(name, value));
    }
    return true;
}

// The command line with --config FILE replaced by FILE's settings, put first and left out where
// the command line names the same option.
bool expandConfig(const QStringList &arguments, QStringList *expanded, QString *error) {
    QStringList commandLine;
    QString configPath;
    bool configGiven = false;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (optionName(argument) != QLatin1String("--config")) {
            commandLine.append(argument);
            continue;
        }
        if (configGiven) {
            *error = QStringLiteral("--config given twice");
            return false;
        }
        configGiven = true;
        if (argument.contains(QLatin1Char('=')))
            configPath = argument.mid(argument.indexOf(QLatin1Char('=')) + 1);
        else if (i + 1 < arguments.size())
            configPath = arguments.at(++i);
        if (configPath.isEmpty()) {
            *error = QStringLiteral("--config needs a file");
            return false;
        }
    }
    if (!configGiven) {
        *expanded = arguments;
        return true;
    }
    QStringList fromFile;
    if (!readConfigFile(configPath, &fromFile, error))
        return false;
    QStringList namesOnCommandLine;
    for (const QString &argument : commandLine)
        namesOnCommandLine.append(optionName(argument));
    expanded->clear();
    for (const QString &setting : fromFile) {
        if (!namesOnCommandLine.contains(optionName(setting)))
            expanded->append(setting);
    }
    expanded->append(commandLine);
    return true;
}

} // namespace

std::optional<QDateTime> parseRfc3339(const QString &text) {
    static const QRegularExpression shape(QStringLiteral(
        "^\\d{4}-\\d{2}-\\d{2}[Tt ]\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?([Zz]|[+-]\\d{2}:\\d{2})$"));
    if (!shape.match(text).hasMatch())
        return std::nullopt;
    QString normalised = text;
    normalised[10] = QLatin1Char('T');
    if (normalised.endsWith(QLatin1Char('z')))
        normalised[normalised.size() - 1] = QLatin1Char('Z');
    const QDateTime parsed = QDateTime::fromString(normalised, Qt::ISODateWithMs);
    if (!parsed.isValid())
        return std::nullopt;
    return parsed.toUTC();
}

ServerOptionsParse parseServerOptions(const QStringList &commandLine) {
    QStringList arguments;
    QString configError;
    if (!expandConfig(commandLine, &arguments, &configError))
        return failure(configError);
    ServerOptionsParse result;
    ServerOptions &options = result.options;
    const QStringList valued{QStringLiteral("--listen"),
                             QStringLiteral("--database"),
                             QStringLiteral("--seed"),
                             QStringLiteral("--tls-cert"),
                             QStringLiteral("--tls-key"),
                             QStringLiteral("--self-signed"),
                             QStringLiteral("--outbox"),
                             QStringLiteral("--now"),
                             QStringLiteral("--public-url"),
                             QStringLiteral("--issuer-key"),
                             QStringLiteral("--access-token-lifetime"),
                             QStringLiteral("--workers"),
                             QStringLiteral("--max-body"),
                             QStringLiteral("--header-timeout"),
                             QStringLiteral("--idle-timeout"),
                             QStringLiteral("--trusted-proxy")};
    QStringList seen;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        QString name = arguments.at(i);
        QString value;
        bool hasInlineValue = false;
        if (name.startsWith(QLatin1String("--")) && name.contains(QLatin1Char('='))) {
            const qsizetype eq = name.indexOf(QLatin1Char('='));
            value = name.mid(eq + 1);
            name = name.left(eq);
            hasInlineValue = true;
        }
        if (name == QLatin1String("--help") || name == QLatin1String("-h")) {
            result.outcome = ServerOptionsParse::Outcome::Help;
            result.message = QString::fromLatin1(kHelp);
            return result;
        }
        if (name == QLatin1String("--version")) {
            result.outcome = ServerOptionsParse::Outcome::Version;
            result.message =
                QStringLiteral("certtrackd %1\n").arg(QLatin1String(CERTTRACK_VERSION));
            return result;
        }
        if (!valued.contains(name)) {
            return failure(name.startsWith(QLatin1Char('-'))
                               ? QStringLiteral("unknown option %1").arg(name)
                               : QStringLiteral("unexpected argument \"%1\"").arg(name));
        }
        if (!hasInlineValue) {
            if (i + 1 >= arguments.size())
                return failure(QStringLiteral("%1 needs a value").arg(name));
            value = arguments.at(++i);
        }
        if (seen.contains(name))
            return failure(QStringLiteral("%1 given twice").arg(name));
        seen.append(name);
        if (value.isEmpty())
            return failure(QStringLiteral("%1 needs a non-empty value").arg(name));

        QString error;
        if (name == QLatin1String("--listen")) {
            if (!parseListen(value, &options, &error))
                return failure(error);
        } else if (name == QLatin1String("--database")) {
            if (!DatabaseLocation::parse(value, &error))
                return failure(error);
            options.databasePath = value;
        } else if (name == QLatin1String("--seed")) {
            if (value != QLatin1String("demo"))
                return failure(
                    QStringLiteral("--seed: unknown seed \"%1\" (the one seed is \"demo\")")
                        .arg(value));
            options.seed = value;
        } else if (name == QLatin1String("--tls-cert")) {
            options.tlsCertificatePath = value;
        } else if (name == QLatin1String("--tls-key")) {
            options.tlsKeyPath = value;
        } else if (name == QLatin1String("--self-signed")) {
            options.selfSignedDir = value;
        } else if (name == QLatin1String("--outbox")) {
            options.outboxDir = value;
        } else if (name == QLatin1String("--now")) {
            options.now = parseRfc3339(value);
            if (!options.now)
                return failure(QStringLiteral("--now: \"%1\" is not an RFC 3339 instant such as "
                                              "2026-11-02T09:00:00Z")
                                   .arg(value));
        } else if (name == QLatin1String("--public-url")) {
            const QUrl url(value, QUrl::StrictMode);
            if (!url.isValid() || url.scheme() != QLatin1String("https") || url.host().isEmpty() ||
                !url.userInfo().isEmpty() ||
                (!url.path().isEmpty() && url.path() != QLatin1String("/")) || url.hasQuery() ||
                url.hasFragment())
                return failure(QStringLiteral("--public-url wants https://HOST[:PORT], got \"%1\"")
                                   .arg(value));
            options.publicUrl = url.adjusted(QUrl::StripTrailingSlash).toString();
        } else if (name == QLatin1String("--issuer-key")) {
            options.issuerKeyPath = value;
        } else if (name == QLatin1String("--access-token-lifetime")) {
            bool isNumber = false;
            const qint64 seconds = value.toLongLong(&isNumber);
            if (!isNumber || seconds < kMinAccessTokenLifetime || seconds > kMaxAccessTokenLifetime)
                return failure(QStringLiteral("--access-token-lifetime: \"%1\" is not a number "
                                              "of seconds from %2 to %3")
                                   .arg(value)
                                   .arg(kMinAccessTokenLifetime)
                                   .arg(kMaxAccessTokenLifetime));
            options.accessTokenLifetimeSeconds = seconds;
        } else if (name == QLatin1String("--workers")) {
            const std::optional<qint64> count = boundedNumber(value, 1, kMaxWorkers);
            if (!count)
                return failure(QStringLiteral("--workers: \"%1\" is not a number from 1 to %2")
                                   .arg(value)
                                   .arg(kMaxWorkers));
            options.workers = int(*count);
        } else if (name == QLatin1String("--max-body")) {
            const std::optional<qint64> bytes = boundedNumber(value, 1, kMaxBodyLimit);
            if (!bytes)
                return failure(
                    QStringLiteral("--max-body: \"%1\" is not a number of bytes from 1 to %2")
                        .arg(value)
                        .arg(kMaxBodyLimit));
            options.maxBodyBytes = *bytes;
        } else if (name == QLatin1String("--header-timeout") ||
                   name == QLatin1String("--idle-timeout")) {
            const std::optional<qint64> seconds = boundedNumber(value, 1, kMaxTimeout);
            if (!seconds)
                return failure(QStringLiteral("%1: \"%2\" is not a number of seconds from 1 to %3")
                                   .arg(name, value)
                                   .arg(kMaxTimeout));
            (name == QLatin1String("--header-timeout") ? options.headerTimeoutSeconds
                                                       : options.idleTimeoutSeconds) = *seconds;
        } else if (name == QLatin1String("--trusted-proxy")) {
            const std::optional<TrustedProxies> proxies = parseTrustedProxies(value);
            if (!proxies)
                return failure(QStringLiteral("--trusted-proxy: \"%1\" is not a list of IP "
                                              "addresses or subnets (ADDRESS[/PREFIX],...)")
                                   .arg(value));
            options.trustedProxies = *proxies;
        }
    }

    const bool certGiven = !options.tlsCertificatePath.isEmpty();
    const bool keyGiven = !options.tlsKeyPath.isEmpty();
    const bool selfSigned = !options.selfSignedDir.isEmpty();
    if (certGiven != keyGiven)
        return failure(QStringLiteral("--tls-cert and --tls-key go together"));
    if (selfSigned && certGiven)
        return failure(
            QStringLiteral("give either --tls-cert/--tls-key or --self-signed, not both"));
    if (!selfSigned && !certGiven)
        return failure(QStringLiteral("certtrackd serves HTTPS only: give --tls-cert and "
                                      "--tls-key, or --self-signed DIR"));
    if (options.databasePath.isEmpty()) {
        options.databasePath = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                               QStringLiteral("/certtrackd.sqlite");
    }
    result.outcome = ServerOptionsParse::Outcome::Run;
    return result;
}

} // namespace certtrack::server
