// WebhookVerifier (`hooklinectl verify`, the console's Verify dialog, the local test receiver):
// received headers and bodies, JWT (X-Webhook-Signature) and Standard Webhooks alike. The option
// byte picks the mode:
//   0: raw    header lines, NUL, body: both verifiers on whatever arrives.
//   1: JWT    claims JSON, NUL, header lines, NUL, body: the harness signs the claims with a fixed
//             test key, so the checks after the signature (exp, iat, nbf, aud, hashes) are reached
//             with any claim values (exp: 1e300 …).
//   2: Std    webhook-id line, webhook-timestamp line, body: signed with a fixed secret.
// Built with UBSan, so an out-of-range float-to-integer conversion aborts.
#include "fuzzsupport.h"
#include "security/jwtsigner.h"
#include "security/standardwebhookssigner.h"
#include "security/webhookverifier.h"
#include "support/testkeys.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace hookline;
using hookline::fuzz::FuzzInput;
using Failure = WebhookVerifier::Failure;

namespace {

const QString kSecret = QStringLiteral("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");

WebhookVerifier::Options options()
{
    WebhookVerifier::Options o;
    o.now = QDateTime::fromSecsSinceEpoch(1796000000, Qt::UTC);
    return o;
}

const SigningKey &key()
{
    static const SigningKey k = SigningKey::fromPem(test::kFixedKeyPem);
    return k;
}

QJsonObject jwks()
{
    return {{QStringLiteral("keys"), QJsonArray{key().publicJwk()}}};
}

void raw(FuzzInput &in)
{
    const HttpHeaders headers = WebhookVerifier::parseHeaderLines(in.until('\0'));
    const QByteArrayView body = in.rest();
    const auto jwt = WebhookVerifier::verifyJwt(jwks(), headers, body, options());
    FUZZ_CHECK(!WebhookVerifier::code(jwt.failure).isEmpty());
    const auto standard = WebhookVerifier::verifyStandard({kSecret}, headers, body, options());
    FUZZ_CHECK(!WebhookVerifier::code(standard.failure).isEmpty());
}

void signedJwt(FuzzInput &in)
{
    const QJsonObject claims = QJsonDocument::fromJson(in.until('\0').toByteArray()).object();
    HttpHeaders headers = WebhookVerifier::parseHeaderLines(in.until('\0'));
    const QByteArrayView body = in.rest();
    static const JwtSigner signer(key());
    const QByteArray token = signer.sign(claims);
    FUZZ_CHECK(!token.isEmpty());
    headers.prepend({"X-Webhook-Signature", token});
    const auto r = WebhookVerifier::verifyJwt(jwks(), headers, body, options());
    // Our own key and kid signed it: only the claims can fail.
    FUZZ_CHECK(r.failure != Failure::BadSignature && r.failure != Failure::UnknownKid &&
               r.failure != Failure::UnsupportedAlgorithm && r.failure != Failure::InvalidJwks &&
               r.failure != Failure::MissingSignature);
    FUZZ_CHECK(r.kid == key().kid());
    if (r.ok())
        FUZZ_CHECK(r.claims == QJsonDocument::fromJson(QJsonDocument(claims).toJson()).object());
}

void signedStandard(FuzzInput &in)
{
    const QByteArray id = in.until('\n').toByteArray().trimmed();
    const QByteArray timestampText = in.until('\n').toByteArray().trimmed();
    const QByteArrayView body = in.rest();
    bool numeric = false;
    const qint64 timestamp = timestampText.toLongLong(&numeric);
    const StandardWebhooksSigner signer({kSecret});
    const HttpHeaders headers{{"webhook-id", id},
                              {"webhook-timestamp", timestampText},
                              {"webhook-signature", signer.signature(id, timestamp, body)}};
    const auto r = WebhookVerifier::verifyStandard({kSecret}, headers, body, options());
    const qint64 now = options().now.toSecsSinceEpoch();
    if (numeric && timestamp >= now - options().toleranceSeconds &&
        timestamp <= now + options().toleranceSeconds)
        FUZZ_CHECK(r.ok());
    else
        FUZZ_CHECK(!r.ok() && r.failure != Failure::BadSignature);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzInput in(data, size);
    switch (in.byte() % 3) {
    case 0:
        raw(in);
        break;
    case 1:
        signedJwt(in);
        break;
    case 2:
        signedStandard(in);
        break;
    }
    return 0;
}
