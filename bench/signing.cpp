// Signing throughput on one core: full RS256 header sets as the delivery engine asks for them
// (RequestSigner::headers: claims JSON, two SHA-256, EVP_DigestSign, base64url) and the bare
// RSA-2048 signature, for comparison with `openssl speed rsa2048`. See bench/signing.sh.
//
// Rates are per second of this thread's CPU time, as `openssl speed` counts them (it reports per
// second of user time unless given -elapsed): on a shared, loaded machine wall-clock rates would
// measure the neighbours.
//
//   signing [SECONDS]   prints "headers/s N", "rsa_sign/s N" and "headers_wall/s N"
#include "cputime.h"
#include "security/requestsigner.h"
#include "security/signingkey.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <cstdio>
#include <cstdlib>

using namespace hookline;

namespace {

struct Rate
{
    double perCpuSecond;
    double perWallSecond;
};

template<typename Fn> Rate measure(double seconds, Fn fn)
{
    QElapsedTimer wall;
    wall.start();
    const qint64 cpuStart = bench::threadCpuNs();
    qint64 n = 0;
    const qint64 budget = qint64(seconds * 1e9);
    while (bench::threadCpuNs() - cpuStart < budget) {
        for (int i = 0; i < 16; ++i)
            fn(n + i);
        n += 16;
    }
    return {double(n) * 1e9 / double(bench::threadCpuNs() - cpuStart),
            double(n) * 1e9 / double(wall.nsecsElapsed())};
}

} // namespace

int main(int argc, char **argv)
{
    const double seconds = argc > 1 ? std::atof(argv[1]) : 3.0;
    const SigningKey key = SigningKey::generate(2048);
    if (key.isNull())
        return 1;
    const RequestSigner signer(std::make_shared<const JwtSigner>(key));

    OutgoingRequest r;
    r.url = QUrl(QStringLiteral("https://hooks.example.com/kyc/events"));
    r.body = QByteArray(1024, 'x'); // a typical 1 KiB envelope
    r.webhookId = QStringLiteral("wh_01JDX6Z8Q4M3Y2W1V0T9S8R7P6");
    r.eventId = QStringLiteral("evt_01JDX6Z8Q4M3Y2W1V0T9S8R7P6");
    r.eventType = QStringLiteral("identity_document.approved");
    r.idempotencyKey = QStringLiteral("dlv_01JDX6Z8Q4M3Y2W1V0T9S8R7P6");
    r.timestamp = 1764092814;

    volatile qsizetype sink = 0;
    const Rate headers = measure(seconds, [&](qint64 i) {
        r.attempt = int(i & 0xff);
        sink = sink + signer.headers(r).size();
    });
    const QByteArray input(300, 'a'); // about the size of header.claims
    const Rate raw = measure(seconds, [&](qint64) { sink = sink + key.signSha256(input).size(); });
    std::printf("headers/s %.1f\nrsa_sign/s %.1f\nheaders_wall/s %.1f\n", headers.perCpuSecond,
                raw.perCpuSecond, headers.perWallSecond);
    return sink > 0 ? 0 : 1;
}
