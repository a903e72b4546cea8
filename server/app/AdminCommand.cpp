#include "server/app/AdminCommand.h"

#include "domain/CertificateVerification.h"
#include "domain/Json.h"
#include "server/app/DatabaseCopy.h"
#include "server/app/Generator.h"
#include "server/app/ServerOptions.h"
#include "server/app/ServerStores.h"
#include "server/badges/BadgeCredentials.h"
#include "server/badges/IssuerKeys.h"
#include "server/core/Clock.h"
#include "server/core/PasswordHasher.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLockFile>
#include <QRandomGenerator>
#include <QTimeZone>

#include <cstdio>

namespace certtrack::server {

namespace {

enum ExitCode { Done = 0, StorageFailure = 1, Usage = 2, NotFound = 3, Refused = 4 };

void out(const QString &line) {
    std::fprintf(stdout, "%s\n", line.toUtf8().constData());
}

int fail(int code, const QString &message) {
    std::fprintf(stderr, "certtrackd admin: %s\n", message.toUtf8().constData());
    return code;
}

// Eight characters a person can read back without mixing up 0/O or 1/I.
QString newVerificationCode() {
    static const char kAlphabet[] = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    QString code;
    for (int i = 0; i < 8; ++i)
        code += QLatin1Char(kAlphabet[QRandomGenerator::system()->bounded(32)]);
    return code;
}

QString newId(const char *prefix) {
    QByteArray random(8, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(random.data()), 2);
    return QString::fromLatin1(prefix) + QString::fromLatin1(random.toHex());
}

struct Context {
    ServerStores &stores;
    QDate on;
    QDateTime at;
};

const char kUsage[] = "usage: certtrackd admin --database PATH|URL COMMAND\n"
                      "  certification grant LOGIN DEFINITION_ID [--on YYYY-MM-DD]\n"
                      "  certification revoke LOGIN CERTIFICATION_ID|ACRONYM [--on YYYY-MM-DD]\n"
                      "  certification list LOGIN\n"
                      "  ce-credits add LOGIN POINTS [--on YYYY-MM-DD]\n"
                      "  fulfillment list [--login LOGIN]\n"
                      "  fulfillment advance ORDER_ID [--on YYYY-MM-DD]\n"
                      "  badges reissue --public-url https://HOST[:PORT] [--issuer-key PEM]\n"
                      "  migrate --to postgresql://USER@HOST[:PORT]/NAME\n"
                      "  generate --candidates N\n";

int grant(Context &c, qint64 candidateId, const QString &login, const QString &definitionId) {
    const std::optional<CertificationDefinition> def =
        c.stores.certifications.definition(definitionId);
    if (!def)
        return fail(
            NotFound,
            QStringLiteral("there is no certification definition \"%1\".").arg(definitionId));
    HeldCertification held;
    held.id = newId("crt-");
    held.definitionId = def->id;
    held.active = c.on;
    held.expires = c.on.addMonths(def->durationMonths);
    do {
        held.verificationCode = newVerificationCode();
    } while (c.stores.verification.certificationByVerificationCode(held.verificationCode));
    held.history = {domain::HistoryEntry{c.on, QStringLiteral("Manually granted certification")}};
    c.stores.certifications.grantCertification(candidateId, held);
    out(QStringLiteral("granted %1 (%2) to %3: id %4, verification code %5, active %6, "
                       "expires %7")
            .arg(def->name, def->acronym, login, held.id, held.verificationCode,
                 domain::formatDate(held.active), domain::formatDate(*held.expires)));
    return Done;
}

std::optional<HeldCertification> findHeld(Context &c, qint64 candidateId, const QString &which) {
    const QList<HeldCertification> held = c.stores.certifications.certifications(candidateId);
    for (const HeldCertification &h : held) {
        if (h.id == which)
            return h;
    }
    // By acronym: the one most recently made active that is not revoked yet.
    std::optional<HeldCertification> best;
    for (const HeldCertification &h : held) {
        const std::optional<CertificationDefinition> def =
            c.stores.certifications.definition(h.definitionId);
        if (!def || def->acronym.compare(which, Qt::CaseInsensitive) != 0)
            continue;
        if (!best || (best->revokedAt && !h.revokedAt) || h.active > best->active)
            best = h;
    }
    return best;
}

int revoke(Context &c, qint64 candidateId, const QString &login, const QString &which) {
    const std::optional<HeldCertification> held = findHeld(c, candidateId, which);
    if (!held)
        return fail(NotFound,
                    QStringLiteral("%1 holds no certification \"%2\".").arg(login, which));
    c.stores.certifications.revokeCertification(candidateId, held->id, c.at);
    // Its badges go with it: their credentials' status and their assertions say so from now on.
    const int badges = c.stores.badges.revokeBadgesOfCertification(
        held->id, c.at, QStringLiteral("The certification was revoked"));
    const std::optional<HeldCertification> now =
        c.stores.certifications.certification(candidateId, held->id);
    out(QStringLiteral("revoked %1 of %2 (verification code %3) on %4")
            .arg(
                held->id, login, held->verificationCode,
                domain::formatDate(now && now->revokedAt ? now->revokedAt->toUTC().date() : c.on)));
    if (badges > 0)
        out(QStringLiteral("revoked %1 badge(s) of it").arg(badges));
    return Done;
}

int list(Context &c, qint64 candidateId) {
    for (const HeldCertification &h : c.stores.certifications.certifications(candidateId)) {
        const std::optional<CertificationDefinition> def =
            c.stores.certifications.definition(h.definitionId);
        const std::optional<QDate> revokedOn =
            h.revokedAt ? std::optional<QDate>(h.revokedAt->toUTC().date()) : std::nullopt;
        out(QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6")
                .arg(h.id, def ? def->acronym : h.definitionId,
                     h.verificationCode.isEmpty() ? QStringLiteral("-") : h.verificationCode,
                     domain::formatDate(h.active),
                     h.expires ? domain::formatDate(*h.expires) : QStringLiteral("never"),
                     domain::toString(domain::CertificateVerification::statusFor(
                         h.active, h.expires, revokedOn, c.on))));
    }
    return Done;
}

int addCredits(Context &c, qint64 candidateId, const QString &login, const QString &pointsText) {
    bool ok = false;
    const qint64 points = pointsText.toLongLong(&ok);
    if (!ok || points <= 0 || points > 1000)
        return fail(Usage, QStringLiteral("POINTS must be a whole number from 1 to 1000, not "
                                          "\"%1\".")
                               .arg(pointsText));
    // Credits count toward every certification in force that day which is kept by CE credits.
    QStringList creditedIds;
    QStringList creditedNames;
    QString label;
    for (const HeldCertification &h : c.stores.certifications.certifications(candidateId)) {
        const std::optional<CertificationDefinition> def =
            c.stores.certifications.definition(h.definitionId);
        const bool inForce = !h.revokedAt && h.active <= c.on && (!h.expires || c.on <= *h.expires);
        if (!def || !inForce || def->ceCreditsLabel.isEmpty())
            continue;
        creditedIds.append(h.id);
        creditedNames.append(def->acronym);
        if (label.isEmpty())
            label = def->ceCreditsLabel;
    }
    domain::CeActivity activity;
    activity.id = newId("cea-");
    activity.name = label.isEmpty() ? QStringLiteral("CE Credits") : label;
    activity.activeDate = c.on;
    activity.expires = c.on.addYears(3);
    activity.points = points;
    activity.updated = c.on;
    activity.providerName = QStringLiteral("Manual entry");
    activity.source = QStringLiteral("certtrackd admin");
    c.stores.certifications.addCeActivity(candidateId, activity, creditedIds);
    out(QStringLiteral("added %1 CE credits for %2 on %3 (activity %4), toward: %5")
            .arg(points)
            .arg(login, domain::formatDate(c.on), activity.id,
                 creditedNames.isEmpty() ? QStringLiteral("no certification in force")
                                         : creditedNames.join(QStringLiteral(", "))));
    return Done;
}

QString orderLine(Context &c, const StoredOrder &stored) {
    const std::optional<MappingCandidate> owner =
        c.stores.accountMapping.candidateById(stored.candidateId);
    QStringList names;
    for (const domain::Order::Line &line : stored.order.lines)
        names.append(line.name);
    if (stored.order.tracking)
        names.append(QStringLiteral("Tracking"));
    return QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6")
        .arg(stored.order.id, owner ? owner->loginId : QStringLiteral("-"),
             domain::toString(stored.order.state), stored.order.total.display(),
             domain::formatInstant(stored.order.createdAt), names.join(QStringLiteral(", ")));
}

int listOrders(Context &c, const QString &login) {
    QList<StoredOrder> orders;
    if (login.isEmpty()) {
        orders = c.stores.orders.allOrders();
    } else {
        const std::optional<CandidateAccount> account = c.stores.tokens.accountByLogin(login);
        if (!account)
            return fail(NotFound, QStringLiteral("there is no candidate %1.").arg(login));
        orders = c.stores.orders.orders(account->id);
    }
    for (const StoredOrder &stored : std::as_const(orders))
        out(orderLine(c, stored));
    return Done;
}

// One step of a paid order through the fulfilment house: paid -> queued -> sent -> complete.
int advanceOrder(Context &c, const QString &orderId) {
    using State = domain::Order::State;
    const std::optional<StoredOrder> stored = c.stores.orders.orderById(orderId);
    if (!stored)
        return fail(NotFound, QStringLiteral("there is no order %1.").arg(orderId));
    const State from = stored->order.state;
    std::optional<State> to;
    if (from == State::Paid)
        to = State::Queued;
    else if (from == State::Queued)
        to = State::Sent;
    else if (from == State::Sent)
        to = State::Complete;
    if (!to) {
        return fail(Refused, QStringLiteral("order %1 is %2: only paid, queued and sent orders "
                                            "move on (paid -> queued -> sent -> complete).")
                                 .arg(orderId, domain::toString(from)));
    }
    const OrderTransition t = OrderTransition::step(*stored, *to, c.at);
    if (c.stores.orders.moveOrder(t) != OrderStore::TransitionResult::Moved) {
        return fail(
            Refused,
            QStringLiteral("order %1 changed meanwhile; run the command again.").arg(orderId));
    }
    out(QStringLiteral("order %1: %2 -> %3 on %4")
            .arg(orderId, domain::toString(from), domain::toString(*to), domain::formatDate(c.on)));
    return Done;
}

// Signs every issued badge anew under a new origin (the old one no longer answers), keeping each
// badge's credential id and status index. Holders download their badges again.
int reissueBadges(ServerStores &stores, const QString &origin, const QString &keyFile) {
    const ServerOptionsParse parsed =
        parseServerOptions({QStringLiteral("--self-signed"), QStringLiteral("unused"),
                            QStringLiteral("--public-url"), origin});
    if (origin.isEmpty() || parsed.outcome != ServerOptionsParse::Outcome::Run)
        return fail(Usage, origin.isEmpty() ? QStringLiteral("badges reissue needs --public-url.")
                                            : parsed.message);
    const Clock clock;
    QString error;
    std::optional<IssuerKeys> keys = IssuerKeys::open(stores.badges, keyFile, clock.now(), &error);
    if (!keys)
        return fail(StorageFailure, error);
    BadgeCredentials credentials(stores.badges, *keys, clock, parsed.options.publicUrl);
    out(QStringLiteral("reissued %1 badge(s) under %2")
            .arg(credentials.reissueAll())
            .arg(parsed.options.publicUrl));
    return Done;
}

// Copies the SQLite database into an empty PostgreSQL one and says what went across.
int migrateTo(const DatabaseLocation &from, const QString &target) {
    QString error;
    const std::optional<DatabaseLocation> to = DatabaseLocation::parse(target, &error);
    if (!to)
        return fail(Usage, error);
    if (from.dialect != Dialect::Sqlite || to->dialect != Dialect::Postgres)
        return fail(Usage, QStringLiteral("migrate copies an SQLite database (--database PATH) "
                                          "into PostgreSQL (--to postgresql://...)."));
    // The source must not be written meanwhile: a certtrackd serving it holds the lock beside it.
    QLockFile serving(from.path + QStringLiteral("-certtrackd.lock"));
    serving.setStaleLockTime(0);
    if (!serving.tryLock(0) && serving.error() == QLockFile::LockFailedError)
        return fail(Refused, QStringLiteral("a certtrackd serves %1; stop it before migrating, so "
                                            "that nothing is written during the copy.")
                                 .arg(from.path));
    const std::unique_ptr<Database> source = Database::open(from, &error);
    if (!source)
        return fail(StorageFailure, error);
    const std::unique_ptr<Database> destination = Database::open(*to, &error);
    if (!destination)
        return fail(StorageFailure, error);
    DatabaseCopy copy;
    if (!copy.run(*source, *destination, &error))
        return fail(Refused, error);
    qint64 rows = 0;
    for (const auto &[table, count] : std::as_const(copy.tables)) {
        out(QStringLiteral("%1 %2").arg(table, -28).arg(count));
        rows += count;
    }
    out(QStringLiteral("copied %1 rows of %2 tables into %3; start certtrackd with --database %3")
            .arg(rows)
            .arg(copy.tables.size())
            .arg(to->display()));
    return Done;
}

} // namespace

int runAdminCommand(const QStringList &arguments) {
    QCommandLineParser parser;
    const QCommandLineOption database(QStringLiteral("database"),
                                      QStringLiteral("The certtrackd database: an SQLite file or a "
                                                     "postgresql:// URL."),
                                      QStringLiteral("PATH"));
    const QCommandLineOption on(QStringLiteral("on"),
                                QStringLiteral("The day it happens (default: today, UTC)."),
                                QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                  QStringLiteral("Show this help."));
    const QCommandLineOption loginOption(QStringLiteral("login"),
                                         QStringLiteral("Only this candidate's orders."),
                                         QStringLiteral("LOGIN"));
    const QCommandLineOption publicUrl(QStringLiteral("public-url"),
                                       QStringLiteral("The new origin of badge credentials."),
                                       QStringLiteral("URL"));
    const QCommandLineOption issuerKey(QStringLiteral("issuer-key"),
                                       QStringLiteral("PEM key to sign with (default: the one "
                                                      "kept in the database)."),
                                       QStringLiteral("PATH"));
    const QCommandLineOption toOption(QStringLiteral("to"),
                                      QStringLiteral("The PostgreSQL database to migrate into."),
                                      QStringLiteral("URL"));
    const QCommandLineOption candidatesOption(QStringLiteral("candidates"),
                                              QStringLiteral("How many candidates to generate."),
                                              QStringLiteral("N"));
    parser.addOptions(
        {database, on, help, loginOption, publicUrl, issuerKey, toOption, candidatesOption});
    if (!parser.parse(arguments))
        return fail(Usage, parser.errorText() + QLatin1Char('\n') + QString::fromLatin1(kUsage));
    if (parser.isSet(help)) {
        std::fputs(kUsage, stdout);
        return Done;
    }
    const QStringList words = parser.positionalArguments();
    const bool fulfillment = words.size() >= 2 && words.at(0) == QLatin1String("fulfillment") &&
                             ((words.at(1) == QLatin1String("list") && words.size() == 2) ||
                              (words.at(1) == QLatin1String("advance") && words.size() == 3));
    const bool reissue = words == QStringList{QStringLiteral("badges"), QStringLiteral("reissue")};
    const bool migrate = words == QStringList{QStringLiteral("migrate")};
    const bool generate = words == QStringList{QStringLiteral("generate")};
    if (!parser.isSet(database) ||
        (words.size() < 3 && !fulfillment && !reissue && !migrate && !generate))
        return fail(Usage, QString::fromLatin1(kUsage));
    if (generate) {
        bool isNumber = false;
        const qint64 count = parser.value(candidatesOption).toLongLong(&isNumber);
        if (!isNumber || count < 0 || count > 10'000'000)
            return fail(Usage,
                        QStringLiteral("generate needs --candidates N, from 0 to 10000000."));
        QString error;
        const std::unique_ptr<ServerStores> stores =
            ServerStores::open(parser.value(database), &error);
        if (!stores)
            return fail(StorageFailure, error);
        const Clock clock;
        const PasswordHasher hasher;
        Generator generator;
        QElapsedTimer timer;
        timer.start();
        try {
            if (!generator.run(*stores, clock, hasher, count, &error))
                return fail(Refused, error);
        } catch (const StorageError &failure) {
            return fail(StorageFailure, QString::fromStdString(failure.what()));
        }
        for (const auto &[table, added] : std::as_const(generator.rows))
            out(QStringLiteral("%1 %2").arg(table, -26).arg(added));
        out(QStringLiteral("generated in %1 s").arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1));
        return Done;
    }
    if (migrate) {
        if (!parser.isSet(toOption))
            return fail(Usage, QStringLiteral("migrate needs --to postgresql://..."));
        QString error;
        const std::optional<DatabaseLocation> from =
            DatabaseLocation::parse(parser.value(database), &error);
        if (!from)
            return fail(Usage, error);
        if (from->dialect == Dialect::Sqlite && !QFileInfo::exists(from->path))
            return fail(NotFound, QStringLiteral("there is no database at %1.").arg(from->path));
        try {
            return migrateTo(*from, parser.value(toOption));
        } catch (const StorageError &failure) {
            return fail(StorageFailure, QString::fromStdString(failure.what()));
        }
    }

    QDate day = QDateTime::currentDateTimeUtc().date();
    QDateTime at = QDateTime::currentDateTimeUtc();
    if (parser.isSet(on)) {
        day = domain::parseDate(parser.value(on));
        if (!day.isValid())
            return fail(Usage, QStringLiteral("--on needs a date as YYYY-MM-DD, not \"%1\".")
                                   .arg(parser.value(on)));
        at = QDateTime(day, QTime(0, 0), QTimeZone::utc());
    }

    const QString group = words.at(0);
    const QString verb = words.at(1);
    const QString login = words.value(2);
    const bool known =
        fulfillment || reissue ||
        (group == QLatin1String("certification") &&
         ((verb == QLatin1String("grant") && words.size() == 4) ||
          (verb == QLatin1String("revoke") && words.size() == 4) ||
          (verb == QLatin1String("list") && words.size() == 3))) ||
        (group == QLatin1String("ce-credits") && verb == QLatin1String("add") && words.size() == 4);
    if (!known)
        return fail(Usage, QStringLiteral("unknown command \"%1\".\n%2")
                               .arg(words.join(QLatin1Char(' ')), QString::fromLatin1(kUsage)));

    QString error;
    const std::optional<DatabaseLocation> where =
        DatabaseLocation::parse(parser.value(database), &error);
    if (!where)
        return fail(Usage, error);
    if (where->dialect == Dialect::Sqlite && !QFileInfo::exists(where->path))
        return fail(NotFound, QStringLiteral("there is no database at %1.").arg(where->path));
    const std::unique_ptr<ServerStores> stores = ServerStores::open(parser.value(database), &error);
    if (!stores)
        return fail(StorageFailure, error);
    try {
        if (reissue)
            return reissueBadges(*stores, parser.value(publicUrl), parser.value(issuerKey));
        if (fulfillment) {
            Context c{*stores, day, at};
            return verb == QLatin1String("list") ? listOrders(c, parser.value(loginOption))
                                                 : advanceOrder(c, words.at(2));
        }
        const std::optional<CandidateAccount> account = stores->tokens.accountByLogin(login);
        if (!account)
            return fail(NotFound, QStringLiteral("there is no candidate %1.").arg(login));
        Context c{*stores, day, at};
        if (group == QLatin1String("ce-credits"))
            return addCredits(c, account->id, login, words.at(3));
        if (verb == QLatin1String("grant"))
            return grant(c, account->id, login, words.at(3));
        if (verb == QLatin1String("revoke"))
            return revoke(c, account->id, login, words.at(3));
        return list(c, account->id);
    } catch (const StorageError &failure) {
        return fail(StorageFailure, QString::fromStdString(failure.what()));
    }
}

} // namespace certtrack::server
