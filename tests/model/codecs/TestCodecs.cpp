// Every wire type rejects what is not its shape — a missing required field, a value of the wrong
// type, a truncated or oversized document — with an error naming the field, and survives
// toJson → fromJson unchanged.

#include "DemoAccount.h"
#include "domain/AccountData.h"
#include "domain/Json.h"

#include <QJsonDocument>
#include <QTest>

#include <functional>

using namespace certtrack::domain;

namespace {

// A JSON location as JsonReader reports it: "address.city", "items[0].date".
struct Location {
    QStringList keys; // "items", "[0]", "date"
    QString text() const {
        QString out;
        for (const QString &key : keys) {
            if (!out.isEmpty() && !key.startsWith(QLatin1Char('[')))
                out += QLatin1Char('.');
            out += key;
        }
        return out;
    }
};

void collectLeaves(const QJsonValue &value, Location here, QList<Location> *out) {
    if (!here.keys.isEmpty())
        out->append(here);
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            Location child = here;
            child.keys.append(it.key());
            collectLeaves(it.value(), child, out);
        }
    } else if (value.isArray() && !value.toArray().isEmpty() &&
               value.toArray().first().isObject()) {
        Location child = here;
        child.keys.append(QStringLiteral("[0]"));
        collectLeaves(value.toArray().first(), child, out);
    }
}

// Applies change to the value at keys (nullopt removes it).
QJsonValue mutate(const QJsonValue &value, QStringList keys,
                  const std::function<std::optional<QJsonValue>(const QJsonValue &)> &change) {
    const QString key = keys.takeFirst();
    if (key == QLatin1String("[0]")) {
        QJsonArray array = value.toArray();
        if (keys.isEmpty())
            array.replace(0, change(array.first()).value_or(QJsonValue()));
        else
            array.replace(0, mutate(array.first(), keys, change));
        return array;
    }
    QJsonObject object = value.toObject();
    if (keys.isEmpty()) {
        const std::optional<QJsonValue> changed = change(object.value(key));
        if (changed)
            object.insert(key, *changed);
        else
            object.remove(key);
    } else {
        object.insert(key, mutate(object.value(key), keys, change));
    }
    return object;
}

QJsonValue wrongTypeFor(const QJsonValue &value) {
    if (value.isString() || value.isNull())
        return 12345;
    return QStringLiteral("not the right type");
}

// Decodes body as T and reports (ok, error).
template <typename T> QString decodeError(const QByteArray &body) {
    QString error;
    const std::optional<T> value = decodeDocument<T>(body, &error);
    if (value && !error.isEmpty())
        return QStringLiteral("decoded yet reported: ") + error;
    return value ? QString() : (error.isEmpty() ? QStringLiteral("failed silently") : error);
}

QByteArray compact(const QJsonObject &object) {
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

class TestCodecs : public QObject {
    Q_OBJECT

private:
    template <typename T>
    void checkType(const char *typeName, const T &sample, const QStringList &requiredFields);

private slots:
    void profile();
    void settings();
    void attributes();
    void identifiers();
    void exam();
    void agreement();
    void ceActivity();
    void transaction();
    void certification();
    void certificationDetail();
    void requirementRule();
    void logos();
    void fulfillment();
    void transcript();
    void badge();
    void programme();
    void programmeLinksOpenOnlyHttps();
    void pages();
    void rejectsNonObjectsAndGarbage();
    void rejectsBadScalars();
};

template <typename T>
void TestCodecs::checkType(const char *typeName, const T &sample,
                           const QStringList &requiredFields) {
    const QString type = QString::fromLatin1(typeName);
    const QJsonObject json = sample.toJson();
    const QByteArray body = compact(json);

    // Round trip: decoding what toJson wrote gives the same JSON back.
    QString error;
    const std::optional<T> decoded = decodeDocument<T>(body, &error);
    QVERIFY2(decoded, qPrintable(type + QStringLiteral(": ") + error));
    QCOMPARE(decoded->toJson(), json);

    QList<Location> leaves;
    collectLeaves(json, Location{}, &leaves);
    QVERIFY2(!leaves.isEmpty(), qPrintable(type));

    // Every field given a value of the wrong type is refused, naming that field.
    for (const Location &leaf : std::as_const(leaves)) {
        const QJsonValue changed =
            mutate(json, leaf.keys, [](const QJsonValue &v) { return wrongTypeFor(v); });
        const QString message = decodeError<T>(compact(changed.toObject()));
        QVERIFY2(!message.isEmpty(),
                 qPrintable(type + QStringLiteral(": accepted a wrong type at ") + leaf.text()));
        QVERIFY2(message.contains(leaf.text()),
                 qPrintable(type + QStringLiteral(": error for ") + leaf.text() +
                            QStringLiteral(" does not name it: ") + message));
    }

    // A missing field is either optional (accepted) or refused with its name.
    QStringList refusedWhenMissing;
    for (const Location &leaf : std::as_const(leaves)) {
        const QJsonValue changed =
            mutate(json, leaf.keys, [](const QJsonValue &) { return std::optional<QJsonValue>(); });
        const QString message = decodeError<T>(compact(changed.toObject()));
        if (message.isEmpty())
            continue;
        refusedWhenMissing.append(leaf.text());
        QVERIFY2(message.contains(leaf.text()),
                 qPrintable(type + QStringLiteral(": error for missing ") + leaf.text() +
                            QStringLiteral(" does not name it: ") + message));
    }
    for (const QString &field : requiredFields)
        QVERIFY2(refusedWhenMissing.contains(field),
                 qPrintable(type + QStringLiteral(": accepted a document without ") + field));

    // Truncated anywhere, the document is refused as malformed.
    for (const qsizetype cut : {qsizetype(1), body.size() / 3, body.size() / 2, body.size() - 1}) {
        const QString message = decodeError<T>(body.left(cut));
        QVERIFY2(message.contains(QLatin1String("malformed JSON")),
                 qPrintable(type + QStringLiteral(" truncated at %1: ").arg(cut) + message));
    }

    // Ten megabytes are refused before parsing, however valid they might be.
    QByteArray huge = body;
    huge.chop(1);
    huge += ",\"padding\":\"" + QByteArray(10 * 1024 * 1024, 'x') + "\"}";
    const QString message = decodeError<T>(huge);
    QVERIFY2(message.contains(QLatin1String("too large")),
             qPrintable(type + QLatin1String(": ") + message));
}

void TestCodecs::profile() {
    const AccountData data = certtrack::test::demoAccountData();
    Profile profile = data.profile;
    profile.address.line1 = QStringLiteral("1 Main St");
    profile.address.city = QStringLiteral("San Jose");
    profile.address.country = QStringLiteral("US");
    checkType("Profile", profile,
              {QStringLiteral("loginId"), QStringLiteral("firstName"), QStringLiteral("lastName"),
               QStringLiteral("address"), QStringLiteral("email")});
}

void TestCodecs::settings() {
    Settings settings = certtrack::test::demoAccountData().settings;
    settings.confirmedOn = QDate(2020, 2, 1);
    checkType("Settings", settings,
              {QStringLiteral("questions"), QStringLiteral("questions[0].id"),
               QStringLiteral("questions[0].text")});
}

void TestCodecs::attributes() {
    checkType("Attributes", certtrack::test::demoAccountData().attributes,
              {QStringLiteral("items"), QStringLiteral("items[0].label")});
}

void TestCodecs::identifiers() {
    checkType("Identifiers", certtrack::test::demoAccountData().identifiers,
              {QStringLiteral("items"), QStringLiteral("items[0].value")});
}

void TestCodecs::exam() {
    checkType("Exam", certtrack::test::demoAccountData().exams.first(),
              {QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("registrationNumber"),
               QStringLiteral("grade"), QStringLiteral("date")});
}

void TestCodecs::agreement() {
    checkType("Agreement", certtrack::test::demoAccountData().agreements.first(),
              {QStringLiteral("name"), QStringLiteral("version"), QStringLiteral("activeDate")});
}

void TestCodecs::ceActivity() {
    checkType("CeActivity", certtrack::test::demoAccountData().ceActivities.first(),
              {QStringLiteral("name"), QStringLiteral("points"), QStringLiteral("activeDate")});
}

void TestCodecs::transaction() {
    checkType("Transaction", certtrack::test::demoAccountData().transactions.first(),
              {QStringLiteral("at"), QStringLiteral("amount"), QStringLiteral("amount.amount"),
               QStringLiteral("amount.currency")});
}

void TestCodecs::certification() {
    checkType("Certification", certtrack::test::demoAccountData().certifications.last().summary,
              {QStringLiteral("id"), QStringLiteral("track"), QStringLiteral("name"),
               QStringLiteral("active")});
}

void TestCodecs::certificationDetail() {
    const AccountData data = certtrack::test::demoAccountData();
    CertificationDetail detail = data.certifications.last();
    QVERIFY(detail.progress.has_value());
    checkType("CertificationDetail", detail,
              {QStringLiteral("id"), QStringLiteral("ceCredits"), QStringLiteral("history"),
               QStringLiteral("progress.number"), QStringLiteral("progress.children")});
}

void TestCodecs::requirementRule() {
    RequirementRule exam;
    exam.kind = RequirementRule::Kind::Exam;
    exam.title = QStringLiteral("Pass 200-125");
    exam.reference = QStringLiteral("200-125");
    RequirementRule credits;
    credits.kind = RequirementRule::Kind::CeCredits;
    credits.title = QStringLiteral("Earn 30 credits");
    credits.count = 30;
    RequirementRule root;
    root.kind = RequirementRule::Kind::AnyOf;
    root.title = QStringLiteral("Recertify");
    root.count = 1;
    root.children = {exam, credits};
    checkType("RequirementRule", root, {QStringLiteral("kind"), QStringLiteral("children")});

    // A kind the client does not know is an error, not a silent default.
    QJsonObject unknown = root.toJson();
    unknown.insert(QStringLiteral("kind"), QStringLiteral("someOtherKind"));
    QVERIFY(!decodeError<RequirementRule>(compact(unknown)).isEmpty());
}

void TestCodecs::logos() {
    Logos logos;
    logos.guidelinesAccepted = true;
    logos.guidelinesText = QStringLiteral("Use the logos as the guidelines say.");
    Logo logo;
    logo.id = QStringLiteral("ccna-logo");
    logo.name = QStringLiteral("CCNA");
    logo.certificationId = QStringLiteral("ccna");
    logo.formats = {QStringLiteral("eps"), QStringLiteral("png")};
    logos.items = {logo};
    checkType("Logos", logos,
              {QStringLiteral("items"), QStringLiteral("items[0].id"),
               QStringLiteral("items[0].formats")});
}

void TestCodecs::fulfillment() {
    checkType("FulfillmentItem", certtrack::test::demoAccountData().fulfillment.first(),
              {QStringLiteral("id"), QStringLiteral("name")});
}

void TestCodecs::transcript() {
    checkType("Transcript", certtrack::test::demoAccountData().transcripts.first(),
              {QStringLiteral("id"), QStringLiteral("expires"), QStringLiteral("views")});
}

void TestCodecs::badge() {
    checkType("Badge", certtrack::test::demoAccountData().badges.first(),
              {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("issuedOn")});
}

void TestCodecs::programme() {
    Programme programme;
    programme.name = QStringLiteral("Cisco Systems, Inc.");
    programme.identifiersHeading = QStringLiteral("Cisco Identifiers");
    programme.links = {
        {QStringLiteral("Certification Online"), QStringLiteral("https://www.example.com/")},
        {QStringLiteral("Support/FAQs"), QStringLiteral("https://www.example.com/support")}};
    checkType(
        "Programme", programme,
        {QStringLiteral("name"), QStringLiteral("links[0].title"), QStringLiteral("links[0].url")});
    // A cache written before the links existed still reads, with none.
    QString error;
    const auto old = decodeDocument<Programme>(R"({"name":"Cisco Systems, Inc."})", &error);
    QVERIFY2(old, qPrintable(error));
    QVERIFY(old->links.isEmpty());
}

void TestCodecs::programmeLinksOpenOnlyHttps() {
    // What a hostile or careless server may send as a link: the client opens none of these.
    for (const char *refused :
         {"javascript:alert(1)", "file:///etc/passwd", "http://www.example.com/", "/support",
          "https://", "https:relative", "ftp://example.com/", "", "data:text/html,x",
          "https://exa mple.com/"}) {
        const ProgrammeLink link{QStringLiteral("Support"), QString::fromLatin1(refused)};
        QVERIFY2(link.openableUrl().isEmpty(), refused);
    }
    const ProgrammeLink good{QStringLiteral("Support/FAQs"),
                             QStringLiteral("https://www.example.com/support?topic=faq#top")};
    QCOMPARE(good.openableUrl(),
             QUrl(QStringLiteral("https://www.example.com/support?topic=faq#top")));
}

void TestCodecs::pages() {
    const AccountData data = certtrack::test::demoAccountData();
    Page<Exam> exams;
    exams.items = data.exams;
    exams.nextCursor = QStringLiteral("next-page");
    checkType("Page<Exam>", exams, {QStringLiteral("items"), QStringLiteral("items[0].date")});

    // The third item broken: the error points at it.
    QJsonObject json = exams.toJson();
    QJsonArray items = json.value(QStringLiteral("items")).toArray();
    QJsonObject third = items.at(2).toObject();
    third.insert(QStringLiteral("date"), QStringLiteral("2020-13-45"));
    items.replace(2, third);
    json.insert(QStringLiteral("items"), items);
    const QString message = decodeError<Page<Exam>>(compact(json));
    QVERIFY2(message.contains(QLatin1String("items[2].date")), qPrintable(message));
}

void TestCodecs::rejectsNonObjectsAndGarbage() {
    for (const QByteArray &body : {QByteArray(), QByteArray("null"), QByteArray("[]"),
                                   QByteArray("\"text\""), QByteArray("42"), QByteArray("{"),
                                   QByteArray("{\"loginId\":}"), QByteArray("\xff\xfe{}")}) {
        const QString message = decodeError<Profile>(body);
        QVERIFY2(!message.isEmpty(), body.constData());
    }
    QVERIFY(decodeError<Profile>("[1,2]").contains(QLatin1String("expected a JSON object")));
}

void TestCodecs::rejectsBadScalars() {
    QJsonObject exam = certtrack::test::demoAccountData().exams.first().toJson();
    const auto refused = [&](const char *key, const QJsonValue &value) {
        QJsonObject copy = exam;
        copy.insert(QString::fromLatin1(key), value);
        return decodeError<Exam>(compact(copy));
    };
    QVERIFY(refused("date", QStringLiteral("2020-2-1")).contains(QLatin1String("date")));
    QVERIFY(refused("date", QStringLiteral("2020-02-30")).contains(QLatin1String("date")));
    QVERIFY(refused("grade", QStringLiteral("maybe")).contains(QLatin1String("grade")));
    QVERIFY(refused("date", QJsonValue()).contains(QLatin1String("date")));

    QJsonObject ce = certtrack::test::demoAccountData().ceActivities.first().toJson();
    ce.insert(QStringLiteral("points"), 1.5);
    QVERIFY(decodeError<CeActivity>(compact(ce)).contains(QLatin1String("points")));
    ce.insert(QStringLiteral("points"), 1e300);
    QVERIFY(decodeError<CeActivity>(compact(ce)).contains(QLatin1String("points")));

    QJsonObject transaction = certtrack::test::demoAccountData().transactions.first().toJson();
    transaction.insert(QStringLiteral("at"), QStringLiteral("2020-02-01T10:00:00"));
    QVERIFY2(decodeError<Transaction>(compact(transaction)).contains(QLatin1String("at")),
             "an instant without an offset is ambiguous");
}

QTEST_GUILESS_MAIN(TestCodecs)
#include "TestCodecs.moc"
