// Every domain codec's fromJson over one input: the first byte picks the codec, the rest is the
// document. A document that decodes must write back (toJson) into one that decodes again, since
// the client's cache stores what it read that way.

#include "domain/Badge.h"
#include "domain/Candidate.h"
#include "domain/CertificateVerification.h"
#include "domain/Certification.h"
#include "domain/ExternalCredential.h"
#include "domain/Fulfillment.h"
#include "domain/Json.h"
#include "domain/Money.h"
#include "domain/Order.h"
#include "domain/Problem.h"
#include "domain/Programme.h"
#include "domain/RecertificationPlan.h"
#include "domain/TestingHistory.h"
#include "domain/Transcript.h"

#include <QJsonDocument>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace certtrack::domain;

namespace {

template <typename T> void roundTrip(const QByteArray &body) {
    QString error;
    const std::optional<T> value = decodeDocument<T>(body, &error);
    if (!value)
        return;
    const QByteArray written = QJsonDocument(value->toJson()).toJson(QJsonDocument::Compact);
    const std::optional<T> again = decodeDocument<T>(written, &error);
    if (!again) {
        std::fprintf(stderr, "decoded, written back as %s, then refused: %s\n", written.constData(),
                     qPrintable(error));
        std::abort();
    }
}

void problem(const QByteArray &body) {
    const Problem read = Problem::fromBody(422, body);
    (void)read.message();
    (void)Problem::fromBody(read.status, read.toBody()).message();
}

using Codec = void (*)(const QByteArray &);

// Append only: the corpus names its codec by this index.
const Codec kCodecs[] = {
    roundTrip<Profile>,
    roundTrip<Settings>,
    roundTrip<Attributes>,
    roundTrip<Identifiers>,
    roundTrip<Address>,
    roundTrip<Programme>,
    roundTrip<Page<Exam>>,
    roundTrip<Page<Agreement>>,
    roundTrip<Page<CeActivity>>,
    roundTrip<Page<Transaction>>,
    roundTrip<Page<Certification>>,
    roundTrip<CertificationDetail>,
    roundTrip<Logos>,
    roundTrip<RecertificationPlan>,
    roundTrip<CertificateVerification>,
    roundTrip<Page<FulfillmentItem>>,
    roundTrip<FulfillmentCatalogue>,
    roundTrip<ShippingDetails>,
    roundTrip<Order>,
    roundTrip<Page<Order>>,
    roundTrip<Transcript>,
    roundTrip<Page<Transcript>>,
    roundTrip<PublicTranscript>,
    roundTrip<TranscriptEmail>,
    roundTrip<Badge>,
    roundTrip<Page<Badge>>,
    roundTrip<ExternalCredential>,
    roundTrip<Page<ExternalCredential>>,
    roundTrip<Money>,
    problem,
};
constexpr std::size_t kCodecCount = sizeof(kCodecs) / sizeof(kCodecs[0]);

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size) {
    if (size < 1)
        return 0;
    const QByteArray body(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    kCodecs[data[0] % kCodecCount](body);
    return 0;
}
