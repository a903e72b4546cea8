// The "PDF Certificate…" action of the Certifications tab and its dialog: eligibility shown on
// the button, Save as PDF through the file-dialog hook, printing to a PDF printer, print preview.
#include "PdfTools.h"
#include "ui/FileDialog.h"
#include "ui/MessageBox.h"
#include "ui/certificate/CertificateDialog.h"
#include "ui/certifications/CertificationsPage.h"

#include <QApplication>
#include <QLabel>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace certtrack;
using certtrack::test::pdfText;

namespace {

domain::CertificationDetail certification(const QString &id, const QString &acronym,
                                          const QDate &active, const QDate &expires, bool pdf) {
    domain::CertificationDetail d;
    d.summary.id = id;
    d.summary.track = QStringLiteral("General Certifications - Associate");
    d.summary.name = acronym + QStringLiteral(" Certification");
    d.summary.acronym = acronym;
    d.summary.active = active;
    d.summary.expires = expires;
    d.summary.status = domain::Certification::statusFor(active, expires, QDate::currentDate());
    d.summary.pdfCertificateAvailable = pdf;
    d.summary.verificationCode = acronym.left(4).toUpper() + QStringLiteral("2345");
    return d;
}

domain::AccountData account() {
    domain::AccountData a;
    a.profile.loginId = QStringLiteral("CSCO10000000");
    a.profile.firstName = QStringLiteral("John");
    a.profile.lastName = QStringLiteral("Doe");
    const QDate today = QDate::currentDate();
    a.certifications = {certification(QStringLiteral("crt-ok"), QStringLiteral("CCNA"),
                                      today.addYears(-1), today.addYears(2), true),
                        certification(QStringLiteral("crt-expired"), QStringLiteral("CCIE"),
                                      today.addYears(-5), today.addDays(-1), false),
                        certification(QStringLiteral("crt-nopdf"), QStringLiteral("ENCOR"),
                                      today.addYears(-1), today.addYears(2), false)};
    return a;
}

certificate::CertificateContent content() {
    const domain::AccountData a = account();
    return certificate::CertificateContent::from(a.profile, a.certifications.constFirst().summary,
                                                 QUrl(QStringLiteral("https://127.0.0.1:8443")));
}

} // namespace

class TestCertificateDialog : public QObject {
    Q_OBJECT

private slots:
    void buttonFollowsEligibility() {
        ui::CertificationsPage page(nullptr);
        page.setAccountData(account());
        QPushButton *button = page.findChild<QPushButton *>(QStringLiteral("pdfCertificateButton"));
        QLabel *reason = page.findChild<QLabel *>(QStringLiteral("pdfCertificateReason"));
        QVERIFY(button && reason);

        QVERIFY(page.selectCertification(QStringLiteral("crt-ok")));
        QVERIFY(button->isEnabled());
        QVERIFY(reason->text().isEmpty());
        QSignalSpy requested(&page, &ui::CertificationsPage::pdfCertificateRequested);
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(requested.size(), 1);
        QCOMPARE(requested.at(0).at(0).toString(), QStringLiteral("crt-ok"));

        QVERIFY(page.selectCertification(QStringLiteral("crt-expired")));
        QVERIFY(!button->isEnabled());
        QVERIFY2(reason->text().startsWith(QStringLiteral("Expired on ")),
                 qPrintable(reason->text()));
        QCOMPARE(button->toolTip(), reason->text());

        QVERIFY(page.selectCertification(QStringLiteral("crt-nopdf")));
        QVERIFY(!button->isEnabled());
        QCOMPARE(reason->text(),
                 QStringLiteral("No PDF certificate is offered for this certification"));
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(requested.size(), 1); // a disabled button asks for nothing
    }

    void saveAsPdf() {
        ui::CertificateDialog dialog(content());
        const QString path = m_dir.filePath(QStringLiteral("saved"));
        ui::FileDialog::setNextFileName(path);
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("savePdfButton")),
                          Qt::LeftButton);
        // No suffix given: .pdf is added.
        const QString written = path + QStringLiteral(".pdf");
        QVERIFY(QFileInfo::exists(written));
        QVERIFY2(dialog.statusText().contains(QStringLiteral("Saved to")),
                 qPrintable(dialog.statusText()));
        const QString text = pdfText(written);
        QVERIFY2(text.contains(QStringLiteral("John Doe")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("CCNA2345")));
    }

    void cancelledSaveWritesNothing() {
        ui::CertificateDialog dialog(content());
        ui::FileDialog::setNextFileName(QString());
        dialog.saveAsPdf();
        QVERIFY(dialog.statusText().isEmpty());
    }

    void unwritableFileIsReported() {
        ui::CertificateDialog dialog(content());
        ui::FileDialog::setNextFileName(QStringLiteral("/nonexistent-folder/c.pdf"));
        ui::MessageBox::setNextAnswer(QMessageBox::Ok);
        dialog.saveAsPdf();
        QVERIFY2(ui::MessageBox::lastText().contains(QStringLiteral("/nonexistent-folder/c.pdf")),
                 qPrintable(ui::MessageBox::lastText()));
        QVERIFY(dialog.statusText().contains(QStringLiteral("Cannot write")));
    }

    void printsTheSamePicture() {
        ui::CertificateDialog dialog(content(), nullptr,
                                     QLocale(QLocale::English, QLocale::UnitedStates));
        QPrinter *printer = dialog.printer();
        QCOMPARE(printer->pageLayout().orientation(), QPageLayout::Landscape);
        QCOMPARE(printer->pageLayout().pageSize().id(), QPageSize::Letter);
        const QString path = m_dir.filePath(QStringLiteral("printed.pdf"));
        printer->setOutputFormat(QPrinter::PdfFormat);
        printer->setOutputFileName(path);
        QVERIFY(dialog.printTo(printer));
        const QString text = pdfText(path);
        QVERIFY2(text.contains(QStringLiteral("John Doe")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("https://127.0.0.1:8443/verify/CCNA2345")));
    }

    void withheldVerificationIsToldBeforePrintingOrSaving() {
        ui::CertificateDialog dialog(content());
        auto *notice = dialog.findChild<QLabel *>(QStringLiteral("verificationWithheldNotice"));
        QVERIFY(notice);
        QVERIFY(notice->isHidden());
        dialog.setVerificationWithheld(QStringLiteral("Verification of Certification"));
        QVERIFY(!notice->isHidden());
        // Why, and where to change it, in the programme's own words for the question.
        QVERIFY2(notice->text().contains(QStringLiteral("will not verify")),
                 qPrintable(notice->text()));
        QVERIFY(notice->text().contains(QStringLiteral("\"Verification of Certification\"")));
        QVERIFY(notice->text().contains(QStringLiteral("Personal Info, Settings")));

        // Saving asks first; "No" writes nothing.
        const QString path = m_dir.filePath(QStringLiteral("withheld.pdf"));
        ui::MessageBox::setNextAnswer(QMessageBox::No);
        ui::FileDialog::setNextFileName(path);
        dialog.saveAsPdf();
        QVERIFY(ui::MessageBox::lastText().contains(QStringLiteral("will not verify")));
        QVERIFY(ui::MessageBox::lastText().contains(QStringLiteral("Personal Info, Settings")));
        QVERIFY(!QFileInfo::exists(path));
        // "Yes" saves it anyway.
        ui::MessageBox::setNextAnswer(QMessageBox::Yes);
        ui::FileDialog::setNextFileName(path);
        dialog.saveAsPdf();
        QVERIFY(QFileInfo::exists(path));

        // Printing asks too: "No" opens no print dialog.
        ui::MessageBox::setNextAnswer(QMessageBox::No);
        dialog.showPrintDialog();
        QVERIFY(ui::MessageBox::lastText().contains(QStringLiteral("Print it anyway?")));
        QVERIFY(!dialog.findChild<QDialog *>(QStringLiteral("certificatePrintDialog")));
    }

    void printPreviewOpensWithoutBlocking() {
        ui::CertificateDialog dialog(content());
        dialog.show();
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("previewButton")),
                          Qt::LeftButton);
        QPrintPreviewDialog *preview = nullptr;
        QTRY_VERIFY((preview = dialog.findChild<QPrintPreviewDialog *>(
                         QStringLiteral("certificatePrintPreview"))) &&
                    preview->isVisible());
        preview->close();
        QTRY_VERIFY(
            !dialog.findChild<QPrintPreviewDialog *>(QStringLiteral("certificatePrintPreview")));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestCertificateDialog)
#include "TestCertificateDialog.moc"
