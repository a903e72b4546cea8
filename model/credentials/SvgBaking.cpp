#include "credentials/BadgeBaking.h"

#include <QStringDecoder>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

#include <algorithm>
#include <optional>

namespace certtrack::credentials {

using Code = CredentialError::Code;

namespace {

const QString kNamespaceV2 = QStringLiteral("http://openbadges.org");
const QString kNamespaceV3 = QStringLiteral("https://purl.imsglobal.org/ob/v3p0");
const QString kPrefix = QStringLiteral("openbadges");
const QString kVerify = QStringLiteral("verify");

QString elementName(OpenBadgesVersion version) {
    return version == OpenBadgesVersion::V2 ? QStringLiteral("assertion")
                                            : QStringLiteral("credential");
}

QString namespaceOf(OpenBadgesVersion version) {
    return version == OpenBadgesVersion::V2 ? kNamespaceV2 : kNamespaceV3;
}

// The version whose credential element the reader stands on, if it stands on one.
std::optional<OpenBadgesVersion> credentialElement(const QXmlStreamReader &reader) {
    for (const OpenBadgesVersion version : {OpenBadgesVersion::V2, OpenBadgesVersion::V3}) {
        if (reader.namespaceUri() == namespaceOf(version) && reader.name() == elementName(version))
            return version;
    }
    return std::nullopt;
}

CredentialError forbiddenDtd() {
    return credentialError(
        Code::ForbiddenDtd,
        QStringLiteral("the SVG has a DOCTYPE; SVGs with a document type are "
                       "refused so that no entity is ever declared or resolved"));
}

CredentialError malformed(const QXmlStreamReader &reader) {
    return credentialError(Code::MalformedSvg,
                           QStringLiteral("the SVG is not well-formed XML: %1 (line %2)")
                               .arg(reader.errorString())
                               .arg(reader.lineNumber()));
}

CredentialError notSvg() {
    return credentialError(Code::MalformedSvg,
                           QStringLiteral("the document's root element is not <svg>"));
}

CredentialError tooLarge(const char *what, qsizetype limit) {
    return credentialError(Code::CredentialTooLarge,
                           QStringLiteral("the %1 is larger than the %2 MiB limit")
                               .arg(QLatin1String(what))
                               .arg(limit / (1024 * 1024)));
}

// XML 1.0 allows no control character in a name (an element's, an attribute's or a namespace
// prefix), yet QXmlStreamReader lets them through there; a document with one is refused rather
// than read, or copied into a baked SVG that no reader takes back.
bool hasControlInName(const QXmlStreamReader &reader) {
    const auto controls = [](QStringView name) {
        return std::any_of(name.begin(), name.end(),
                           [](QChar c) { return c.unicode() < 0x20 || c.unicode() == 0x7f; });
    };
    if (controls(reader.qualifiedName()))
        return true;
    for (const QXmlStreamAttribute &attribute : reader.attributes()) {
        if (controls(attribute.qualifiedName()))
            return true;
    }
    for (const QXmlStreamNamespaceDeclaration &declaration : reader.namespaceDeclarations()) {
        if (controls(declaration.prefix()))
            return true;
    }
    return false;
}

CredentialError controlInName(const QXmlStreamReader &reader) {
    return credentialError(Code::MalformedSvg,
                           QStringLiteral("the SVG is not well-formed XML: a name holds a control "
                                          "character (line %1)")
                               .arg(reader.lineNumber()));
}

bool isUtf8(const QByteArray &bytes) {
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString decoded = decoder.decode(bytes);
    return !decoder.hasError() && !decoded.contains(QChar(0));
}

Status checkCredential(const BakedCredential &credential) {
    const bool hasVerify = !credential.verify.isEmpty();
    const bool hasText = !credential.text.isEmpty();
    if (credential.version == OpenBadgesVersion::V2 && !hasVerify)
        return credentialError(Code::InvalidCredentialText,
                               QStringLiteral("an Open Badges 2.0 SVG needs verify: the hosted "
                                              "assertion's URL or the signed assertion"));
    if (credential.version == OpenBadgesVersion::V3 && hasVerify == hasText)
        return credentialError(Code::InvalidCredentialText,
                               QStringLiteral("an Open Badges 3.0 SVG carries either a VC-JWT in "
                                              "verify or the credential JSON as text, not both "
                                              "and not neither"));
    if (credential.text.size() > kMaxBakedCredentialBytes ||
        credential.verify.size() > kMaxBakedCredentialBytes)
        return tooLarge("credential", kMaxBakedCredentialBytes);
    if (!isUtf8(credential.text))
        return credentialError(Code::InvalidCredentialText,
                               QStringLiteral("the credential is not UTF-8 text"));
    return {};
}

// Writes a start element the reader stands on, declaring its namespaces first so the writer
// uses the document's own prefixes. dropPrefix leaves out one prefix's declaration.
void copyStartElement(const QXmlStreamReader &reader, QXmlStreamWriter &writer,
                      const QString &dropPrefix = {}) {
    for (const QXmlStreamNamespaceDeclaration &declaration : reader.namespaceDeclarations()) {
        if (!dropPrefix.isEmpty() && declaration.prefix() == dropPrefix)
            continue;
        if (declaration.prefix().isEmpty())
            writer.writeDefaultNamespace(declaration.namespaceUri().toString());
        else
            writer.writeNamespace(declaration.namespaceUri().toString(),
                                  declaration.prefix().toString());
    }
    writer.writeStartElement(reader.namespaceUri().toString(), reader.name().toString());
    writer.writeAttributes(reader.attributes());
}

} // namespace

Result<BakedCredential> extractSvg(const QByteArray &svg) {
    if (svg.size() > kMaxSvgBytes)
        return tooLarge("SVG", kMaxSvgBytes);
    QXmlStreamReader reader(svg);
    bool sawRoot = false;
    std::optional<BakedCredential> found;
    while (!reader.atEnd()) {
        const QXmlStreamReader::TokenType token = reader.readNext();
        if (token == QXmlStreamReader::DTD || token == QXmlStreamReader::EntityReference)
            return forbiddenDtd();
        if (token != QXmlStreamReader::StartElement)
            continue;
        if (hasControlInName(reader))
            return controlInName(reader);
        if (!sawRoot) {
            sawRoot = true;
            if (reader.name() != QLatin1String("svg"))
                return notSvg();
        }
        const auto version = credentialElement(reader);
        if (!version)
            continue;
        if (found)
            return credentialError(Code::AmbiguousCredential,
                                   QStringLiteral("the SVG carries more than one Open Badges "
                                                  "credential"));
        BakedCredential credential;
        credential.version = *version;
        credential.verify = reader.attributes().value(kVerify).toString();
        const QString text =
            reader.readElementText(QXmlStreamReader::ErrorOnUnexpectedElement).trimmed();
        if (reader.hasError())
            break;
        credential.text = text.toUtf8();
        if (credential.text.size() > kMaxBakedCredentialBytes ||
            credential.verify.size() > kMaxBakedCredentialBytes)
            return tooLarge("SVG's credential", kMaxBakedCredentialBytes);
        found = credential;
    }
    if (reader.hasError())
        return malformed(reader);
    if (!sawRoot)
        return credentialError(Code::MalformedSvg, QStringLiteral("the SVG has no root element"));
    if (!found)
        return credentialError(Code::NoCredential,
                               QStringLiteral("the SVG carries no Open Badges credential"));
    return *found;
}

Result<QByteArray> bakeSvg(const QByteArray &svg, const BakedCredential &credential) {
    const Status valid = checkCredential(credential);
    if (!valid)
        return valid.error();
    if (svg.size() > kMaxSvgBytes)
        return tooLarge("SVG", kMaxSvgBytes);
    QXmlStreamReader reader(svg);
    QByteArray output;
    QXmlStreamWriter writer(&output);
    bool sawRoot = false;
    int skippedDepth = 0; // > 0 while inside an earlier credential element being replaced
    while (!reader.atEnd()) {
        const QXmlStreamReader::TokenType token = reader.readNext();
        if (token == QXmlStreamReader::DTD || token == QXmlStreamReader::EntityReference)
            return forbiddenDtd();
        if (token == QXmlStreamReader::StartElement && hasControlInName(reader))
            return controlInName(reader);
        if (skippedDepth > 0) {
            if (token == QXmlStreamReader::StartElement)
                ++skippedDepth;
            else if (token == QXmlStreamReader::EndElement)
                --skippedDepth;
            continue;
        }
        switch (token) {
        case QXmlStreamReader::StartElement:
            if (!sawRoot) {
                sawRoot = true;
                if (reader.name() != QLatin1String("svg"))
                    return notSvg();
                copyStartElement(reader, writer, kPrefix);
                const QString ns = namespaceOf(credential.version);
                writer.writeNamespace(ns, kPrefix);
                writer.writeStartElement(ns, elementName(credential.version));
                if (!credential.verify.isEmpty())
                    writer.writeAttribute(kVerify, credential.verify);
                if (!credential.text.isEmpty())
                    writer.writeCDATA(QString::fromUtf8(credential.text));
                writer.writeEndElement();
            } else if (credentialElement(reader)) {
                skippedDepth = 1;
            } else {
                copyStartElement(reader, writer);
            }
            break;
        case QXmlStreamReader::EndElement:
            writer.writeEndElement();
            break;
        case QXmlStreamReader::StartDocument:
        case QXmlStreamReader::EndDocument:
        case QXmlStreamReader::Characters:
        case QXmlStreamReader::Comment:
        case QXmlStreamReader::ProcessingInstruction:
            writer.writeCurrentToken(reader);
            break;
        default:
            break;
        }
    }
    if (reader.hasError())
        return malformed(reader);
    if (!sawRoot)
        return credentialError(Code::MalformedSvg, QStringLiteral("the SVG has no root element"));
    return output;
}

} // namespace certtrack::credentials
