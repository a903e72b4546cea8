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

// XML 1.0 (fifth edition) NameStartChar and NameChar, without ':' (a namespace prefix is an
// NCName).
bool isNameStart(char32_t c) {
    return (c >= U'A' && c <= U'Z') || c == U'_' || (c >= U'a' && c <= U'z') ||
           (c >= 0xC0 && c <= 0xD6) || (c >= 0xD8 && c <= 0xF6) || (c >= 0xF8 && c <= 0x2FF) ||
           (c >= 0x370 && c <= 0x37D) || (c >= 0x37F && c <= 0x1FFF) ||
           (c >= 0x200C && c <= 0x200D) || (c >= 0x2070 && c <= 0x218F) ||
           (c >= 0x2C00 && c <= 0x2FEF) || (c >= 0x3001 && c <= 0xD7FF) ||
           (c >= 0xF900 && c <= 0xFDCF) || (c >= 0xFDF0 && c <= 0xFFFD) ||
           (c >= 0x10000 && c <= 0xEFFFF);
}

bool isNameChar(char32_t c) {
    return isNameStart(c) || c == U'-' || c == U'.' || (c >= U'0' && c <= U'9') || c == 0xB7 ||
           (c >= 0x300 && c <= 0x36F) || (c >= 0x203F && c <= 0x2040);
}

bool isNcName(QStringView name) {
    const QList<uint> chars = name.toUcs4();
    if (chars.isEmpty() || !isNameStart(chars.first()))
        return false;
    return std::all_of(chars.cbegin() + 1, chars.cend(),
                       [](uint c) { return isNameChar(char32_t(c)); });
}

// QXmlStreamReader lets through names XML forbids: any text as the prefix of a namespace
// declaration (xmlns:o~="…", even a NUL) and control characters in attribute names. A baked SVG
// would carry them on, and elements named with such a prefix no reader takes back. A document
// whose element, attribute or prefix names are not XML names is refused.
std::optional<CredentialError> badName(const QXmlStreamReader &reader) {
    const auto valid = [](QStringView prefix, QStringView name) {
        return (prefix.isEmpty() || isNcName(prefix)) && isNcName(name);
    };
    bool ok = valid(reader.prefix(), reader.name());
    for (const QXmlStreamAttribute &attribute : reader.attributes())
        ok = ok && valid(attribute.prefix(), attribute.name());
    for (const QXmlStreamNamespaceDeclaration &declaration : reader.namespaceDeclarations())
        ok = ok && (declaration.prefix().isEmpty() || isNcName(declaration.prefix()));
    if (ok)
        return std::nullopt;
    return credentialError(Code::MalformedSvg,
                           QStringLiteral("the SVG is not well-formed XML: a name of an element, "
                                          "attribute or namespace prefix is not an XML name "
                                          "(line %1)")
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
        if (const auto refusal = badName(reader))
            return *refusal;
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
        if (token == QXmlStreamReader::StartElement) {
            if (const auto refusal = badName(reader))
                return *refusal;
        }
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
                // The root now binds "openbadges" to the credential's namespace. Below it, the
                // same binding again is dropped as redundant; another one would leave the writer
                // two meanings for one prefix (found by fuzz_svg_baking: a baked SVG whose
                // copied elements read back as a second credential), so it is refused.
                const QString ns = namespaceOf(credential.version);
                for (const QXmlStreamNamespaceDeclaration &declaration :
                     reader.namespaceDeclarations()) {
                    if (declaration.prefix() == kPrefix && declaration.namespaceUri() != ns) {
                        return credentialError(
                            Code::MalformedSvg,
                            QStringLiteral("the SVG binds the prefix %1 to another namespace "
                                           "below its root; baking needs it for the credential")
                                .arg(kPrefix));
                    }
                }
                copyStartElement(reader, writer, kPrefix);
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
