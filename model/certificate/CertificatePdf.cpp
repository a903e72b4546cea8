#include "certificate/CertificatePdf.h"

#include "certificate/CertificateRenderer.h"

#include <QPdfWriter>
#include <QSaveFile>

namespace certtrack::certificate {

namespace {

QString xmlEscaped(const QString &text) {
    return text.toHtmlEscaped();
}

} // namespace

QString CertificatePdf::creator() {
    return QStringLiteral("CertTrack");
}

QByteArray CertificatePdf::xmpMetadata(const CertificateContent &content) {
    const QString title = xmlEscaped(content.documentTitle());
    const QString author = xmlEscaped(content.issuer.isEmpty() ? creator() : content.issuer);
    const QString subject =
        xmlEscaped(tr("Certificate %1 for %2").arg(content.verificationCode, content.holderName));
    const QString packet =
        QStringLiteral(
            "<?xpacket begin=\"\xEF\xBB\xBF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
            "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
            " <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
            "  <rdf:Description rdf:about=\"\"\n"
            "    xmlns:dc=\"http://purl.org/dc/elements/1.1/\"\n"
            "    xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\"\n"
            "    xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n"
            "   <dc:format>application/pdf</dc:format>\n"
            "   <dc:title><rdf:Alt><rdf:li "
            "xml:lang=\"x-default\">%1</rdf:li></rdf:Alt></dc:title>\n"
            "   <dc:creator><rdf:Seq><rdf:li>%2</rdf:li></rdf:Seq></dc:creator>\n"
            "   <dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">%3</rdf:li></rdf:Alt>"
            "</dc:description>\n"
            "   <xmp:CreatorTool>%4</xmp:CreatorTool>\n"
            "   <pdf:Producer>%4</pdf:Producer>\n"
            "  </rdf:Description>\n"
            " </rdf:RDF>\n"
            "</x:xmpmeta>\n"
            "<?xpacket end=\"w\"?>")
            .arg(title, author, subject, creator());
    return packet.toUtf8();
}

bool CertificatePdf::write(const CertificateContent &content, QIODevice *device,
                           const QLocale &locale) {
    QPdfWriter writer(device);
    writer.setPageLayout(CertificateRenderer::pageLayoutFor(locale));
    writer.setResolution(600);
    writer.setTitle(content.documentTitle());
    writer.setCreator(creator());
    writer.setDocumentXmpMetadata(xmpMetadata(content));
    return CertificateRenderer(content).render(&writer);
}

bool CertificatePdf::write(const CertificateContent &content, const QString &path,
                           const QLocale &locale, QString *error) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    if (!write(content, &file, locale)) {
        file.cancelWriting();
        if (error)
            *error = tr("Cannot draw the certificate into %1").arg(path);
        return false;
    }
    if (!file.commit()) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace certtrack::certificate
