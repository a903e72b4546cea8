#pragma once

#include "credentials/CredentialError.h"

#include <QByteArray>

#include <optional>

namespace certtrack::credentials {

// A W3C Bitstring Status List v1.0 (https://www.w3.org/TR/vc-bitstring-status-list/): one bit per
// credential, the bit of a credential's statusListIndex set when its status applies (revoked, for
// the revocation lists certtrackd publishes). certtrackd sets bits and publishes encode() as the
// encodedList of its BitstringStatusListCredential; the client decodes a list it has fetched or
// cached and reads one bit, offline.
//
// Bit order is the spec's: index 0 is the left-most (most significant) bit of the first byte and
// index size() - 1 the right-most (least significant) bit of the last byte.
//
// encodedList is multibase base64url: the prefix 'u', then base64url without padding of a GZIP
// (RFC 1952) stream of the bitstring's bytes. decode() is meant for lists from anywhere: it is
// strict, and its output is capped while it inflates, so no input makes it allocate more than
// kMaxStatusListBytes for the bits.
//
// decode() accepts a list shorter than kMinStatusListBits, as the spec lets an ecosystem set a
// lower bound: a verifier that follows the spec's default checks size() >= kMinStatusListBits
// itself (STATUS_LIST_LENGTH_ERROR) and reads a credential's bit with status(), which answers
// nothing for an index outside the list (RANGE_ERROR).

// The spec's minimum length: 131,072 entries, 16 KiB uncompressed, so one list hides each
// credential among many (herd privacy).
inline constexpr int kMinStatusListBits = 131072;
// The largest uncompressed list decode() accepts, and the largest this class holds: 16 MiB, 128
// times the minimum.
inline constexpr qsizetype kMaxStatusListBytes = 16 * 1024 * 1024;
inline constexpr int kMaxStatusListBits = static_cast<int>(kMaxStatusListBytes * 8);

class BitstringStatusList {
public:
    // A list of bitCount bits, all clear. bitCount must be in [1, kMaxStatusListBits] (asserted
    // in debug builds, clamped into it otherwise); it is rounded up to whole bytes, as the list
    // travels as bytes (size() says how many bits there are).
    explicit BitstringStatusList(int bitCount = kMinStatusListBits);

    // The number of bits: always a multiple of 8.
    int size() const;

    // The bit at index, which must be in [0, size()) (asserted in debug builds only): the caller
    // checks the range, or uses status().
    bool isSet(int index) const;
    // Sets or clears the bit at index, which must be in [0, size()) (likewise).
    void set(int index, bool value = true);

    // The bit at index, or nothing when index is outside [0, size()): for an index that comes from
    // a credential.
    std::optional<bool> status(int index) const;

    // The spec's encodedList: 'u' + base64url, without padding, of the GZIP-compressed bits. The
    // GZIP header carries no file name and a zero time, so the same bits always encode the same.
    // zlib failing here can only mean it is out of memory: that ends the program, as running out
    // of memory does anywhere in Qt.
    QByteArray encode() const;

    // Reads an encodedList. Refuses, with InvalidEncoding: a missing 'u' prefix and text that is
    // not strict base64url (see base64UrlDecode); with MalformedStatusList: data that is not GZIP,
    // a GZIP stream that is corrupt, fails its CRC or length check or stops before its end,
    // anything after the one GZIP member, and an empty list; with StatusListTooLarge: a list that
    // inflates to more than kMaxStatusListBytes (stopped when the limit is reached, before
    // anything past it is allocated) and encoded text too long to hold one.
    static Result<BitstringStatusList> decode(const QByteArray &encodedList);

    // The uncompressed bitstring, first byte first.
    const QByteArray &bytes() const { return m_bytes; }

private:
    struct FromBytes {};
    BitstringStatusList(FromBytes, QByteArray bytes);

    QByteArray m_bytes;
};

} // namespace certtrack::credentials
