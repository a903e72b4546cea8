#include "PdfTools.h"
#include "certificate/CertificateContent.h"
#include "certificate/CertificateOrnament.h"
#include "certificate/CertificatePdf.h"
#include "certificate/CertificateRenderer.h"
#include "certificate/QrCode.h"

#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QTemporaryDir>
#include <QTest>
#include <QtMath>

using namespace certtrack;
using certtrack::test::pdfText;
using certtrack::test::runTool;

namespace {

certificate::CertificateContent johnDoeCcna() {
    domain::Profile profile;
    profile.loginId = QStringLiteral("CSCO10000000");
    profile.firstName = QStringLiteral("John");
    profile.lastName = QStringLiteral("Doe");
    domain::Certification ccna;
    ccna.id = QStringLiteral("crt-10000000-ccna");
    ccna.track = QStringLiteral("General Certifications - Associate");
    ccna.name = QStringLiteral("CCNA Routing and Switching");
    ccna.acronym = QStringLiteral("CCNA");
    ccna.active = QDate(2025, 12, 8);
    ccna.expires = QDate(2028, 12, 8);
    ccna.pdfCertificateAvailable = true;
    ccna.verificationCode = QStringLiteral("V7L4P3MC");
    return certificate::CertificateContent::from(profile, ccna,
                                                 QUrl(QStringLiteral("https://127.0.0.1:8443")));
}

certificate::CertificateContent withName(const QString &first, const QString &last) {
    domain::Profile profile;
    profile.firstName = first;
    profile.lastName = last;
    certificate::CertificateContent content = johnDoeCcna();
    content.holderName = certificate::CertificateContent::holderNameOf(profile);
    return content;
}

// pdffonts lists each font with "emb sub uni object ID" last: every row must say emb "yes".
bool everyFontEmbedded(const QString &pdf) {
    const QStringList rows =
        runTool(QStringLiteral("pdffonts"), {pdf}).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (rows.size() <= 2) {
        qWarning("no fonts in %s", qPrintable(pdf));
        return false;
    }
    for (const QString &row : rows.mid(2)) {
        const QStringList columns = row.simplified().split(QLatin1Char(' '));
        if (columns.size() < 6 || columns.at(columns.size() - 5) != QLatin1String("yes")) {
            qWarning("font not embedded: %s", qPrintable(row));
            return false;
        }
    }
    return true;
}

} // namespace

class TestCertificatePdf : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QVERIFY2(m_dir.isValid(), qPrintable(m_dir.errorString()));
        // To look at the certificates this test makes, keep them.
        if (!qEnvironmentVariableIsEmpty("CERTTRACK_KEEP_TEST_FILES")) {
            m_dir.setAutoRemove(false);
            qInfo("certificates kept in %s", qPrintable(m_dir.path()));
        }
    }

    void contentFromCachedData() {
        const certificate::CertificateContent content = johnDoeCcna();
        QCOMPARE(content.holderName, QStringLiteral("John Doe"));
        QCOMPARE(content.verificationUrl.toString(),
                 QStringLiteral("https://127.0.0.1:8443/verify/V7L4P3MC"));
        QCOMPARE(content.achieved, QDate(2025, 12, 8));
        QCOMPARE(content.validThrough, std::optional<QDate>(QDate(2028, 12, 8)));
        QCOMPARE(content.suggestedFileName(), QStringLiteral("CCNA-V7L4P3MC.pdf"));
        // A base URL with a path or user info still gives the public page at the root.
        QCOMPARE(certificate::CertificateContent::verificationUrlFor(
                     QUrl(QStringLiteral("https://user@example.org:9443/api/v1/?x=1")),
                     QStringLiteral("ABC"))
                     .toString(),
                 QStringLiteral("https://example.org:9443/verify/ABC"));
    }

    void namesInCjkScriptsPutTheFamilyNameFirst() {
        QCOMPARE(withName(QStringLiteral("静"), QStringLiteral("陈")).holderName,
                 QStringLiteral("陈静"));
        QCOMPARE(withName(QStringLiteral("John"), QStringLiteral("Doe")).holderName,
                 QStringLiteral("John Doe"));
        QCOMPARE(withName(QStringLiteral("أميرة"), QStringLiteral("حداد")).holderName,
                 QStringLiteral("أميرة حداد"));
    }

    void paperFollowsTheLocale() {
        using R = certificate::CertificateRenderer;
        QCOMPARE(R::paperFor(QLocale(QLocale::English, QLocale::UnitedStates)), QPageSize::Letter);
        QCOMPARE(R::paperFor(QLocale(QLocale::French, QLocale::Canada)), QPageSize::Letter);
        QCOMPARE(R::paperFor(QLocale(QLocale::Spanish, QLocale::Mexico)), QPageSize::Letter);
        QCOMPARE(R::paperFor(QLocale(QLocale::English, QLocale::UnitedKingdom)), QPageSize::A4);
        QCOMPARE(R::paperFor(QLocale(QLocale::German, QLocale::Germany)), QPageSize::A4);
        QCOMPARE(R::paperFor(QLocale(QLocale::Chinese, QLocale::China)), QPageSize::A4);
        QCOMPARE(R::paperFor(QLocale::c()), QPageSize::A4);
        QCOMPARE(R::pageLayoutFor(QLocale::c()).orientation(), QPageLayout::Landscape);
    }

    void qrCodeModules() {
        const certificate::QrCode code =
            certificate::QrCode::encode("https://127.0.0.1:8443/verify/V7L4P3MC");
        QVERIFY(code.isValid());
        QVERIFY(code.size() >= 21);
        // Finder patterns: the three corners are dark, their centres too.
        QVERIFY(code.module(0, 0));
        QVERIFY(code.module(code.size() - 1, 0));
        QVERIFY(code.module(0, code.size() - 1));
        QVERIFY(code.module(3, 3));
        QVERIFY(!code.module(1, 1));
        // The runs cover every dark module once and no light one, inside the quiet zone.
        const QList<QRect> runs = code.runs();
        QCOMPARE(code.sideInModules(), code.size() + 2 * certificate::QrCode::kQuietZone);
        QImage covered(code.sideInModules(), code.sideInModules(), QImage::Format_Grayscale8);
        covered.fill(0);
        for (const QRect &run : runs) {
            QCOMPARE(run.height(), 1);
            for (int x = run.left(); x <= run.right(); ++x) {
                QCOMPARE(covered.pixelColor(x, run.top()).value(), 0);
                covered.setPixelColor(x, run.top(), Qt::white);
            }
        }
        int dark = 0;
        for (int y = 0; y < code.sideInModules(); ++y) {
            for (int x = 0; x < code.sideInModules(); ++x) {
                const int qx = x - certificate::QrCode::kQuietZone;
                const int qy = y - certificate::QrCode::kQuietZone;
                const bool inside = qx >= 0 && qy >= 0 && qx < code.size() && qy < code.size();
                const bool isDark = inside && code.module(qx, qy);
                dark += isDark;
                QCOMPARE(covered.pixelColor(x, y).value() != 0, isDark);
            }
        }
        QVERIFY(runs.size() < dark);
        // Far more than any QR code can hold.
        QVERIFY(!certificate::QrCode::encode(QByteArray(8000, 'x')).isValid());
        QVERIFY(certificate::QrCode::encode(QByteArray(8000, 'x')).runs().isEmpty());
    }

    void ornamentIsWholeUnitsAroundItsCentre() {
        using O = certificate::CertificateOrnament;
        constexpr qreal unit = O::kUnitsPerLayoutUnit;
        auto wholeUnits = [](const QPainterPath &path) {
            for (int i = 0; i < path.elementCount(); ++i) {
                const QPainterPath::Element e = path.elementAt(i);
                if (e.x != qRound(e.x) || e.y != qRound(e.y))
                    return false;
            }
            return path.elementCount() > 0;
        };
        // The watermark's spirograph reaches 480 - 140 + 220 tenths of a mm from its centre.
        const QRectF watermark = O::watermarkRosette().boundingRect();
        QVERIFY(wholeUnits(O::watermarkRosette()));
        QVERIFY2(qAbs(watermark.width() - 2 * 560 * unit) < 20,
                 qPrintable(QString::number(watermark.width())));
        QVERIFY(qAbs(watermark.center().x()) < 10 && qAbs(watermark.center().y()) < 10);
        QVERIFY(wholeUnits(O::cornerRosette()));
        QVERIFY(O::cornerRosette().boundingRect().width() <= 2 * 53 * unit + 2);

        // A strand of the band: one wave around the side's middle line, from a wavelength
        // before the side's start to one after its end (2786 holds 25 waves of 111.44).
        const QPainterPath strand = O::guillocheStrand(2786, 34.2);
        QVERIFY(wholeUnits(strand));
        int moves = 0;
        for (int i = 0; i < strand.elementCount(); ++i)
            moves += strand.elementAt(i).isMoveTo();
        QCOMPARE(moves, 1);
        const qreal wavelength = 2786.0 / 25 * unit;
        const QRectF bounds = strand.boundingRect();
        QVERIFY(qAbs(bounds.left() + wavelength) <= 1);
        QVERIFY(qAbs(bounds.right() - (2786 * unit + wavelength)) <= 1);
        QVERIFY2(bounds.top() >= -34.2 * unit * 1.35 && bounds.bottom() <= 34.2 * unit * 1.35,
                 qPrintable(QStringLiteral("%1 %2").arg(bounds.top()).arg(bounds.bottom())));
        QVERIFY(bounds.height() > 2 * 34.2 * unit * 0.9);
        // It crosses its middle line at every half wavelength, the first one at 0.
        QCOMPARE(strand.elementAt(0).y, 0.0);
        QVERIFY(qAbs(strand.pointAtPercent(0.5).y()) < 2);
        // Built once per length: the second call is the same shared path.
        QCOMPARE(O::guillocheStrand(2786, 34.2), strand);
    }

    void braidedRingStaysOnItsBand() {
        // Three strands of r(θ) = 100 ± 10: ink only between radii 90 and 110 (give or take the
        // pen and the antialiasing), and all the way round.
        QImage image(300, 300, QImage::Format_ARGB32);
        image.fill(Qt::white);
        {
            QPainter painter(&image);
            painter.setRenderHint(QPainter::Antialiasing);
            certificate::CertificateOrnament::strokeBraidedRing(&painter, QPointF(150, 150), 100,
                                                                10, 8, 3, Qt::black, 1.5);
        }
        int inkedSectors = 0;
        for (int sector = 0; sector < 72; ++sector) {
            const qreal angle = 2 * M_PI * sector / 72;
            bool inked = false;
            for (int r = 0; r < 148; ++r) {
                const QPoint p(qRound(150 + r * qCos(angle)), qRound(150 + r * qSin(angle)));
                if (qGray(image.pixel(p)) > 128)
                    continue;
                QVERIFY2(r >= 87 && r <= 113,
                         qPrintable(QStringLiteral("ink at radius %1").arg(r)));
                inked = true;
            }
            inkedSectors += inked;
        }
        QCOMPARE(inkedSectors, 72);
    }

    void pdfReadsBack() {
        const QString pdf = m_dir.filePath(QStringLiteral("ccna.pdf"));
        QString error;
        QVERIFY2(certificate::CertificatePdf::write(johnDoeCcna(), pdf, QLocale::c(), &error),
                 qPrintable(error));
        const QString text = pdfText(pdf);
        for (const QString &expected :
             {QStringLiteral("John Doe"), QStringLiteral("CCNA Routing and Switching"),
              QStringLiteral("(CCNA)"), QStringLiteral("V7L4P3MC"),
              QStringLiteral("December 8, 2025"), QStringLiteral("December 8, 2028"),
              QStringLiteral("https://127.0.0.1:8443/verify/V7L4P3MC")}) {
            QVERIFY2(text.contains(expected),
                     qPrintable(expected + QStringLiteral(" in:\n") + text));
        }
    }

    void pdfMetadataAndFonts() {
        const QString pdf = m_dir.filePath(QStringLiteral("metadata.pdf"));
        QString error;
        QVERIFY2(certificate::CertificatePdf::write(johnDoeCcna(), pdf, QLocale::c(), &error),
                 qPrintable(error));
        bool ok = false;
        const QString info = runTool(QStringLiteral("pdfinfo"), {pdf}, &ok);
        QVERIFY2(ok, qPrintable(info));
        QVERIFY2(info.contains(QStringLiteral(
                     "Title:           CCNA Routing and Switching (CCNA) - John Doe")),
                 qPrintable(info));
        QVERIFY2(info.contains(QStringLiteral("Creator:         CertTrack")), qPrintable(info));
        QVERIFY2(info.contains(QStringLiteral("Pages:           1")), qPrintable(info));
        // A4 landscape: 297 x 210 mm.
        QVERIFY2(info.contains(QStringLiteral("842 x 595 pts (A4)")), qPrintable(info));

        const QString xmp = runTool(QStringLiteral("pdfinfo"), {QStringLiteral("-meta"), pdf});
        QVERIFY2(xmp.contains(QStringLiteral("<dc:creator><rdf:Seq><rdf:li>127.0.0.1</rdf:li>")),
                 qPrintable(xmp));
        QVERIFY2(xmp.contains(QStringLiteral("<rdf:li xml:lang=\"x-default\">CCNA Routing and "
                                             "Switching (CCNA) - John Doe</rdf:li>")),
                 qPrintable(xmp));

        QVERIFY(everyFontEmbedded(pdf));
    }

    void letterPaperForUnitedStates() {
        const QString pdf = m_dir.filePath(QStringLiteral("letter.pdf"));
        QString error;
        QVERIFY2(certificate::CertificatePdf::write(
                     johnDoeCcna(), pdf, QLocale(QLocale::English, QLocale::UnitedStates), &error),
                 qPrintable(error));
        const QString info = runTool(QStringLiteral("pdfinfo"), {pdf});
        QVERIFY2(info.contains(QStringLiteral("792 x 612 pts (letter)")), qPrintable(info));
        QVERIFY(pdfText(pdf).contains(QStringLiteral("V7L4P3MC")));
    }

    void qrCodeScansToTheVerificationUrl() {
        const QString pdf = m_dir.filePath(QStringLiteral("qr.pdf"));
        QString error;
        QVERIFY2(certificate::CertificatePdf::write(johnDoeCcna(), pdf, QLocale::c(), &error),
                 qPrintable(error));
        const QString prefix = m_dir.filePath(QStringLiteral("qr"));
        bool ok = false;
        runTool(QStringLiteral("pdftoppm"),
                {QStringLiteral("-r"), QStringLiteral("150"), QStringLiteral("-png"),
                 QStringLiteral("-singlefile"), pdf, prefix},
                &ok);
        QVERIFY(ok);
        const QImage page(prefix + QStringLiteral(".png"));
        QVERIFY(!page.isNull());
        // 297 mm at 150 dpi.
        QVERIFY2(qAbs(page.width() - 1754) <= 1, qPrintable(QString::number(page.width())));
        QVERIFY(page.width() > page.height());
        const QString scanned = runTool(QStringLiteral("zbarimg"),
                                        {QStringLiteral("--quiet"), QStringLiteral("--raw"),
                                         prefix + QStringLiteral(".png")},
                                        &ok)
                                    .trimmed();
        QVERIFY2(ok, "zbarimg found no code");
        QCOMPARE(scanned, QStringLiteral("https://127.0.0.1:8443/verify/V7L4P3MC"));
    }

    void namesInEveryScript_data() {
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("last");
        QTest::addColumn<QString>("printed");
        QTest::newRow("latin with accents")
            << QStringLiteral("Zoë") << QStringLiteral("Øster-Åberg")
            << QStringLiteral("Zoë Øster-Åberg");
        QTest::newRow("chinese") << QStringLiteral("静") << QStringLiteral("陈")
                                 << QStringLiteral("陈静");
        QTest::newRow("japanese") << QStringLiteral("さくら") << QStringLiteral("山田")
                                  << QStringLiteral("山田さくら");
        QTest::newRow("arabic") << QStringLiteral("أميرة") << QStringLiteral("حداد")
                                << QStringLiteral("أميرة حداد");
    }

    void namesInEveryScript() {
        QFETCH(QString, first);
        QFETCH(QString, last);
        QFETCH(QString, printed);
        QString tag = QString::fromLatin1(QTest::currentDataTag());
        tag.replace(QLatin1Char(' '), QLatin1Char('-'));
        const QString pdf = m_dir.filePath(QStringLiteral("name-%1.pdf").arg(tag));
        QString error;
        QVERIFY2(
            certificate::CertificatePdf::write(withName(first, last), pdf, QLocale::c(), &error),
            qPrintable(error));
        const QString text = pdfText(pdf);
        QVERIFY2(text.contains(printed), qPrintable(text));
        // Glyphs, not boxes: every font in the file is embedded.
        QVERIFY(everyFontEmbedded(pdf));
    }

    void previewAndPdfAreTheSameDrawing() {
        // The renderer paints on any device: a raster page at the PDF's proportions shows the
        // frame's navy rule near the edge and ivory paper in the corner.
        QImage image(1485, 1050, QImage::Format_RGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        painter.scale(image.width() / 2970.0, image.height() / 2100.0);
        certificate::CertificateRenderer(johnDoeCcna()).paint(&painter, QSizeF(297, 210));
        painter.end();
        QCOMPARE(image.pixelColor(5, 5), QColor(0xfc, 0xf9, 0xf1));
        const QColor rule = image.pixelColor(image.width() / 2, 35);
        QVERIFY2(rule.blue() > rule.red() + 20, qPrintable(rule.name()));
    }

    void unwritablePathFails() {
        QString error;
        QVERIFY(!certificate::CertificatePdf::write(
            johnDoeCcna(), QStringLiteral("/nonexistent-dir/x/ccna.pdf"), QLocale::c(), &error));
        QVERIFY2(error.contains(QStringLiteral("/nonexistent-dir/x/ccna.pdf")), qPrintable(error));
    }

private:
    QTemporaryDir m_dir;
};

int main(int argc, char *argv[]) {
    QGuiApplication application(argc, argv);
    TestCertificatePdf test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "TestCertificatePdf.moc"
