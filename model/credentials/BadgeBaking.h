#pragma once

#include "credentials/CredentialError.h"

#include <QByteArray>
#include <QString>

namespace certtrack::credentials {

// Baking: carrying an Open Badges credential inside the badge image, as the Open Badges 2.0
// Baking Specification and Open Badges 3.0 §5.3 define it.
//
// PNG: one uncompressed iTXt chunk, keyword "openbadges" (2.0: the assertion JSON, a signed
// assertion or its URL) or "openbadgecredential" (3.0: the VC-JWT compact JWS, or the credential
// JSON). Baking replaces any Open Badges chunk already there and copies every other chunk byte for
// byte, so the pixels are untouched. Extraction refuses two credentials rather than pick one.
//
// SVG: an element as the first child of the root <svg>, in its own namespace:
//   2.0  xmlns:openbadges="http://openbadges.org"
//        <openbadges:assertion verify="URL or signed assertion">[CDATA assertion JSON]
//   3.0  xmlns:openbadges="https://purl.imsglobal.org/ob/v3p0"
//        <openbadges:credential verify="VC-JWT"/>   or   <openbadges:credential>[CDATA JSON]
// Reading refuses any DOCTYPE, so no entity (internal or external) is ever declared or resolved.
//
// Both readers are meant for files from anywhere (downloads, uploads); every size is capped.

enum class OpenBadgesVersion { V2, V3 };

// The largest credential baked or extracted: a VC-JWT with an embedded image stays well below.
inline constexpr qsizetype kMaxBakedCredentialBytes = 1024 * 1024;
// libpng's cap for any one ancillary chunk (png_set_chunk_malloc_max): a credential plus room for
// the iTXt keyword and tags. An image with a larger text, ICC or EXIF chunk is refused.
inline constexpr qsizetype kMaxPngChunkBytes = kMaxBakedCredentialBytes + 4096;
// Largest PNG width or height read (png_set_user_limits); rows are read one at a time.
inline constexpr int kMaxPngDimension = 16384;
// Largest SVG document read.
inline constexpr qsizetype kMaxSvgBytes = 8 * 1024 * 1024;

struct BakedCredential {
    OpenBadgesVersion version = OpenBadgesVersion::V3;
    // PNG: the iTXt text. SVG: the element's text (the CDATA JSON), trimmed; empty when the
    // credential travels in verify alone.
    QByteArray text;
    // SVG only: the verify attribute (2.0: the hosted URL or signed assertion; 3.0: the VC-JWT);
    // empty when absent.
    QString verify;
};

// "openbadges" for 2.0, "openbadgecredential" for 3.0.
QString pngKeyword(OpenBadgesVersion version);

// png with the credential text baked in. The text must be non-empty UTF-8 without NUL bytes and
// at most kMaxBakedCredentialBytes.
Result<QByteArray> bakePng(const QByteArray &png, OpenBadgesVersion version,
                           const QByteArray &text);

// The one credential a PNG carries. Errors: NotAnImage, TruncatedImage, CorruptImage,
// NoCredential, AmbiguousCredential, CredentialTooLarge.
Result<BakedCredential> extractPng(const QByteArray &png);

// svg with the credential baked in, replacing any Open Badges element already there. 2.0 needs
// verify; 3.0 takes exactly one of verify (VC-JWT) and text (JSON). The document is re-written
// through Qt's XML writer: the same elements, attributes and text, the same meaning.
Result<QByteArray> bakeSvg(const QByteArray &svg, const BakedCredential &credential);

// The one credential an SVG carries. Errors: ForbiddenDtd, MalformedSvg, NoCredential,
// AmbiguousCredential, CredentialTooLarge.
Result<BakedCredential> extractSvg(const QByteArray &svg);

} // namespace certtrack::credentials
