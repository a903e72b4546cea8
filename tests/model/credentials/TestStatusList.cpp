#include "credentials/Encoding.h"
#include "credentials/StatusList.h"

#define ZLIB_CONST
#include <zlib.h>

#include <QProcess>
#include <QTest>

#include <algorithm>
#include <array>

using namespace certtrack::credentials;
using Code = CredentialError::Code;

namespace {

// The example BitstringStatusListCredential of the spec (§2.2): its encodedList inflates to
// 16,384 zero bytes, a list of 131,072 bits none of which is set.
const QByteArray kSpecExample =
    "uH4sIAAAAAAAAA-3BMQEAAADCoPVPbQwfoAAAAAAAAAAAAAAAAAAAAIC3AYbSVKsAQAAA";

// GZIP of `count` bytes of `fill`, streamed through a small buffer so a large count costs no
// memory: how the tests make lists our class would not hold (empty, over the cap, a bomb).
QByteArray gzipRepeated(qsizetype count, char fill) {
    z_stream stream{};
    if (deflateInit2(&stream, Z_BEST_COMPRESSION, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) !=
        Z_OK)
        return {};
    const QByteArray piece(64 * 1024, fill);
    std::array<Bytef, 64 * 1024> out{};
    QByteArray compressed;
    qsizetype left = count;
    int rc = Z_OK;
    while (rc != Z_STREAM_END) {
        const qsizetype take = std::min(left, piece.size());
        stream.next_in = reinterpret_cast<const Bytef *>(piece.constData());
        stream.avail_in = static_cast<uInt>(take);
        left -= take;
        const int flush = left == 0 ? Z_FINISH : Z_NO_FLUSH;
        do {
            stream.next_out = out.data();
            stream.avail_out = static_cast<uInt>(out.size());
            rc = deflate(&stream, flush);
            compressed.append(reinterpret_cast<const char *>(out.data()),
                              static_cast<qsizetype>(out.size() - stream.avail_out));
        } while (stream.avail_out == 0);
    }
    deflateEnd(&stream);
    return compressed;
}

QByteArray multibase(const QByteArray &bytes) {
    return 'u' + base64UrlEncode(bytes);
}

QList<int> setBits(const BitstringStatusList &list) {
    QList<int> bits;
    for (int i = 0; i < list.size(); ++i) {
        if (list.isSet(i))
            bits.append(i);
    }
    return bits;
}

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run runPython(const QString &script, const QStringList &arguments, const QByteArray &input = {}) {
    QProcess process;
    process.start(QStringLiteral(SYSTEM_PYTHON3),
                  QStringList{QStringLiteral("-c"), script} + arguments);
    process.write(input);
    process.closeWriteChannel();
    Run result;
    if (!process.waitForFinished(60000))
        return result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

} // namespace

class TestStatusList : public QObject {
    Q_OBJECT

private slots:
    void newListIsTheSpecMinimumAndClear() {
        const BitstringStatusList list;
        QCOMPARE(list.size(), kMinStatusListBits);
        QCOMPARE(list.bytes(), QByteArray(kMinStatusListBits / 8, '\0'));
    }

    void sizeIsRoundedUpToWholeBytes() {
        QCOMPARE(BitstringStatusList(1).size(), 8);
        QCOMPARE(BitstringStatusList(9).size(), 16);
        QCOMPARE(BitstringStatusList(16).size(), 16);
    }

    // Index 0 is the most significant bit of the first byte (the spec's "left-most bit").
    void bitOrderIsMostSignificantFirst() {
        BitstringStatusList list(24);
        list.set(0);
        QCOMPARE(list.bytes(), QByteArray::fromHex("800000"));
        list.set(7);
        QCOMPARE(list.bytes(), QByteArray::fromHex("810000"));
        list.set(8);
        list.set(23);
        QCOMPARE(list.bytes(), QByteArray::fromHex("818001"));
        list.set(0, false);
        QCOMPARE(list.bytes(), QByteArray::fromHex("018001"));
        QVERIFY(!list.isSet(0));
        QVERIFY(list.isSet(7));
    }

    void roundTrip() {
        BitstringStatusList list;
        const int last = list.size() - 1;
        for (const int index : {0, 7, 8, last})
            list.set(index);
        const QByteArray encoded = list.encode();
        QVERIFY(encoded.startsWith('u'));
        QVERIFY(!encoded.contains('='));
        // 16 KiB of almost only zeros compresses to a few dozen bytes.
        QVERIFY2(encoded.size() < 200, encoded.constData());

        const auto decoded = BitstringStatusList::decode(encoded);
        QVERIFY2(decoded.ok(), qPrintable(decoded.error().message));
        QCOMPARE(decoded.value().size(), list.size());
        QCOMPARE(setBits(decoded.value()), (QList<int>{0, 7, 8, last}));
        QCOMPARE(decoded.value().bytes(), list.bytes());
    }

    void encodingIsDeterministic() {
        BitstringStatusList list;
        list.set(4242);
        QCOMPARE(list.encode(), list.encode());
        BitstringStatusList same;
        same.set(4242);
        QCOMPARE(same.encode(), list.encode());
    }

    void theSpecExampleIsAnEmptyMinimumList() {
        const auto decoded = BitstringStatusList::decode(kSpecExample);
        QVERIFY2(decoded.ok(), qPrintable(decoded.error().message));
        QCOMPARE(decoded.value().size(), 131072);
        QCOMPARE(decoded.value().bytes(), QByteArray(16384, '\0'));
        QCOMPARE(decoded.value().status(131071), std::optional<bool>(false));
    }

    void statusIsNothingOutsideTheList() {
        BitstringStatusList list(16);
        list.set(15);
        QVERIFY(!list.status(-1).has_value());
        QVERIFY(!list.status(16).has_value());
        QVERIFY(!list.status(1 << 30).has_value());
        QCOMPARE(list.status(0), std::optional<bool>(false));
        QCOMPARE(list.status(15), std::optional<bool>(true));
    }

    // A list up to the cap is read; shorter lists than the spec's minimum are read too (the
    // verifier applies the minimum it needs).
    void listsAtTheLimitsAreRead() {
        const auto atCap =
            BitstringStatusList::decode(multibase(gzipRepeated(kMaxStatusListBytes, '\x01')));
        QVERIFY2(atCap.ok(), qPrintable(atCap.error().message));
        QCOMPARE(atCap.value().size(), kMaxStatusListBits);
        QVERIFY(atCap.value().isSet(kMaxStatusListBits - 1));
        QVERIFY(!atCap.value().isSet(kMaxStatusListBits - 2));

        const auto oneByte = BitstringStatusList::decode(multibase(gzipRepeated(1, '\x80')));
        QVERIFY2(oneByte.ok(), qPrintable(oneByte.error().message));
        QCOMPARE(oneByte.value().size(), 8);
        QVERIFY(oneByte.value().isSet(0));
    }

    void refusals_data() {
        QTest::addColumn<QByteArray>("encodedList");
        QTest::addColumn<Code>("code");
        QTest::addColumn<QString>("message");

        const QByteArray good = BitstringStatusList().encode();
        const QByteArray gzip = *base64UrlDecode(good.mid(1));

        QTest::newRow("no multibase prefix")
            << good.mid(1) << Code::InvalidEncoding << QStringLiteral("does not start with 'u'");
        QTest::newRow("base58btc prefix") << QByteArray('z' + good.mid(1)) << Code::InvalidEncoding
                                          << QStringLiteral("does not start with 'u'");
        QTest::newRow("empty text")
            << QByteArray() << Code::InvalidEncoding << QStringLiteral("does not start with 'u'");
        QTest::newRow("padding") << QByteArray(good + "==") << Code::InvalidEncoding
                                 << QStringLiteral("not valid base64url");
        QTest::newRow("standard alphabet")
            << QByteArray(QByteArray("u") + gzip.toBase64(QByteArray::OmitTrailingEquals))
            << Code::InvalidEncoding << QStringLiteral("not valid base64url");
        QTest::newRow("whitespace")
            << QByteArray(good.left(10) + ' ' + good.mid(10)) << Code::InvalidEncoding
            << QStringLiteral("not valid base64url");
        QTest::newRow("nothing after the prefix")
            << QByteArray("u") << Code::MalformedStatusList << QStringLiteral("not GZIP data");
        QTest::newRow("plain bytes") << multibase(QByteArray(32, '\0')) << Code::MalformedStatusList
                                     << QStringLiteral("not GZIP data");
        // zlib format (RFC 1950) is what qCompress writes after its own 4-byte length.
        QTest::newRow("zlib, not gzip")
            << multibase(qCompress(QByteArray(16384, '\0')).mid(4)) << Code::MalformedStatusList
            << QStringLiteral("not GZIP data");

        QByteArray badMethod = gzip;
        badMethod[2] = 7; // compression method other than deflate
        QTest::newRow("gzip header with another method")
            << multibase(badMethod) << Code::MalformedStatusList << QStringLiteral("corrupt");
        QByteArray badCrc = gzip;
        badCrc[badCrc.size() - 8] = static_cast<char>(badCrc.at(badCrc.size() - 8) ^ 0x01);
        QTest::newRow("wrong CRC-32")
            << multibase(badCrc) << Code::MalformedStatusList << QStringLiteral("corrupt");
        QByteArray badLength = gzip;
        badLength[badLength.size() - 4] = 1;
        QTest::newRow("wrong length")
            << multibase(badLength) << Code::MalformedStatusList << QStringLiteral("corrupt");
        QByteArray badData = gzip;
        badData[10] = static_cast<char>(0xff); // a reserved deflate block type
        QTest::newRow("bad deflate data")
            << multibase(badData) << Code::MalformedStatusList << QStringLiteral("corrupt");
        QTest::newRow("truncated")
            << multibase(gzip.left(gzip.size() - 3)) << Code::MalformedStatusList
            << QStringLiteral("stops before its end");
        QTest::newRow("truncated inside the data")
            << multibase(gzipRepeated(16384, '\x5a').left(14)) << Code::MalformedStatusList
            << QStringLiteral("stops before its end");
        QTest::newRow("only the magic number")
            << multibase(QByteArray::fromHex("1f8b")) << Code::MalformedStatusList
            << QStringLiteral("stops before its end");
        QTest::newRow("trailing garbage") << multibase(gzip + "x") << Code::MalformedStatusList
                                          << QStringLiteral("1 bytes after its GZIP data");
        QTest::newRow("a second gzip member") << multibase(gzip + gzip) << Code::MalformedStatusList
                                              << QStringLiteral("after its GZIP data");
        QTest::newRow("empty list") << multibase(gzipRepeated(0, '\0')) << Code::MalformedStatusList
                                    << QStringLiteral("status list is empty");

        QTest::newRow("one byte over the cap")
            << multibase(gzipRepeated(kMaxStatusListBytes + 1, '\0')) << Code::StatusListTooLarge
            << QStringLiteral("larger than the 16 MiB");
        // 256 MiB of zeros in about 256 KiB: refused once 16 MiB have come out, not inflated whole.
        QTest::newRow("gzip bomb")
            << multibase(gzipRepeated(qsizetype{256} * 1024 * 1024, '\0'))
            << Code::StatusListTooLarge << QStringLiteral("larger than the 16 MiB");
        QTest::newRow("text too long to hold a list")
            << QByteArray("u" + QByteArray(kMaxStatusListBytes * 4 / 3 + 64 * 1024, 'A'))
            << Code::StatusListTooLarge << QStringLiteral("larger than the 16 MiB");
    }
    void refusals() {
        QFETCH(QByteArray, encodedList);
        QFETCH(Code, code);
        QFETCH(QString, message);
        const auto decoded = BitstringStatusList::decode(encodedList);
        QVERIFY(!decoded.ok());
        QVERIFY2(decoded.error().message.contains(message), qPrintable(decoded.error().message));
        QCOMPARE(decoded.error().code, code);
    }

    // Debian's Python, with nothing but its standard library, reads our encodedList the way the
    // spec describes it and finds the bits we set.
    void pythonReadsOurList() {
        BitstringStatusList list;
        const QList<int> indices{0, 7, 8, 1000, 65537, list.size() - 1};
        for (const int index : indices)
            list.set(index);
        const QString script = QStringLiteral(
            "import base64, gzip, sys\n"
            "text = sys.stdin.read().strip()\n"
            "assert text[0] == 'u', 'multibase prefix'\n"
            "body = text[1:]\n"
            "data = gzip.decompress(base64.urlsafe_b64decode(body + '=' * (-len(body) % 4)))\n"
            "bits = [i for i in range(len(data) * 8) if data[i // 8] & (0x80 >> (i % 8))]\n"
            "print(len(data) * 8)\n"
            "print(','.join(str(i) for i in bits))\n");
        const Run run = runPython(script, {}, list.encode());
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QList<QByteArray> lines = run.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines.at(0).toInt(), list.size());
        QStringList expected;
        for (const int index : indices)
            expected.append(QString::number(index));
        QCOMPARE(QString::fromLatin1(lines.at(1)), expected.join(QLatin1Char(',')));
    }

    // And we read a list Python's gzip module wrote (its header carries a time stamp ours does
    // not).
    void weReadPythonsList() {
        const QString script = QStringLiteral(
            "import base64, gzip, sys\n"
            "size = int(sys.argv[1])\n"
            "data = bytearray(size // 8)\n"
            "for i in map(int, sys.argv[2:]):\n"
            "    data[i // 8] |= 0x80 >> (i % 8)\n"
            "body = base64.urlsafe_b64encode(gzip.compress(bytes(data))).decode().rstrip('=')\n"
            "print('u' + body)\n");
        const QList<int> indices{1, 6, 9, 4096, 131070};
        QStringList arguments{QString::number(kMinStatusListBits)};
        for (const int index : indices)
            arguments.append(QString::number(index));
        const Run run = runPython(script, arguments);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const auto decoded = BitstringStatusList::decode(run.out.trimmed());
        QVERIFY2(decoded.ok(), qPrintable(decoded.error().message));
        QCOMPARE(decoded.value().size(), kMinStatusListBits);
        QCOMPARE(setBits(decoded.value()), indices);
    }
};

QTEST_GUILESS_MAIN(TestStatusList)
#include "TestStatusList.moc"
