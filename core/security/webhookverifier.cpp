#include "security/webhookverifier.h"

#include "security/base64url.h"
#include "security/jwtsigner.h"
#include "security/standardwebhookssigner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <cmath>
#include <memory>
#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/param_build.h>

namespace hookline {

namespace {

using Failure = WebhookVerifier::Failure;
using Result = WebhookVerifier::Result;

Result fail(Failure f, QString detail = {}, QString kid = {})
{
    Result r;
    r.failure = f;
    r.detail = std::move(detail);
    r.kid = std::move(kid);
    return r;
}

std::shared_ptr<EVP_PKEY> publicKeyFromJwk(const QJsonObject &jwk)
{
    const auto n = Base64Url::decode(jwk.value(QStringLiteral("n")).toString().toLatin1());
    const auto e = Base64Url::decode(jwk.value(QStringLiteral("e")).toString().toLatin1());
    if (!n || !e || n->isEmpty() || e->isEmpty())
        return {};
    auto toBn = [](const QByteArray &b) {
        return BN_bin2bn(reinterpret_cast<const unsigned char *>(b.constData()), int(b.size()),
                         nullptr);
    };
    std::unique_ptr<BIGNUM, decltype(&BN_free)> bnN(toBn(*n), BN_free);
    std::unique_ptr<BIGNUM, decltype(&BN_free)> bnE(toBn(*e), BN_free);
    std::unique_ptr<OSSL_PARAM_BLD, decltype(&OSSL_PARAM_BLD_free)> bld(OSSL_PARAM_BLD_new(),
                                                                        OSSL_PARAM_BLD_free);
    if (!bnN || !bnE || !bld ||
        !OSSL_PARAM_BLD_push_BN(bld.get(), OSSL_PKEY_PARAM_RSA_N, bnN.get()) ||
        !OSSL_PARAM_BLD_push_BN(bld.get(), OSSL_PKEY_PARAM_RSA_E, bnE.get()))
        return {};
    std::unique_ptr<OSSL_PARAM, decltype(&OSSL_PARAM_free)> params(
        OSSL_PARAM_BLD_to_param(bld.get()), OSSL_PARAM_free);
    std::unique_ptr<EVP_PKEY_CTX, decltype(&EVP_PKEY_CTX_free)> ctx(
        EVP_PKEY_CTX_new_from_name(nullptr, "RSA", nullptr), EVP_PKEY_CTX_free);
    EVP_PKEY *key = nullptr;
    if (!params || !ctx || EVP_PKEY_fromdata_init(ctx.get()) != 1 ||
        EVP_PKEY_fromdata(ctx.get(), &key, EVP_PKEY_PUBLIC_KEY, params.get()) != 1)
        return {};
    return std::shared_ptr<EVP_PKEY>(key, EVP_PKEY_free);
}

bool verifyRs256(EVP_PKEY *key, QByteArrayView input, const QByteArray &signature)
{
    std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> ctx(EVP_MD_CTX_new(), EVP_MD_CTX_free);
    if (!ctx || EVP_DigestVerifyInit(ctx.get(), nullptr, EVP_sha256(), nullptr, key) != 1)
        return false;
    return EVP_DigestVerify(ctx.get(), reinterpret_cast<const unsigned char *>(signature.data()),
                            size_t(signature.size()),
                            reinterpret_cast<const unsigned char *>(input.data()),
                            size_t(input.size())) == 1;
}

std::optional<QJsonObject> decodeJsonPart(QByteArrayView part)
{
    const auto bytes = Base64Url::decode(part);
    if (!bytes)
        return std::nullopt;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(*bytes, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    return doc.object();
}

bool audienceMatches(const QJsonValue &aud, const QString &expected)
{
    if (aud.isString())
        return aud.toString() == expected;
    if (aud.isArray())
        return aud.toArray().contains(QJsonValue(expected));
    return false;
}

// JSON numbers in claims must be integral seconds. Only the integers a double holds exactly
// (|d| <= 2^53) are taken: converting a larger one (exp: 1e300) to qint64 is undefined behaviour,
// and adding the leeway to one near the qint64 limit would overflow.
std::optional<qint64> intClaim(const QJsonObject &claims, const QString &name)
{
    constexpr double kMaxExact = 9007199254740992.0; // 2^53
    const QJsonValue v = claims.value(name);
    if (!v.isDouble())
        return std::nullopt;
    const double d = v.toDouble();
    if (!(d >= -kMaxExact && d <= kMaxExact) || d != std::trunc(d))
        return std::nullopt;
    return qint64(d);
}

} // namespace

Result WebhookVerifier::verifyJwt(const QJsonObject &jwks, const HttpHeaders &headers,
                                  QByteArrayView body, const Options &options)
{
    const QJsonValue keysValue = jwks.value(QStringLiteral("keys"));
    if (!keysValue.isArray())
        return fail(Failure::InvalidJwks, QStringLiteral("no \"keys\" array"));

    bool present = false;
    const QByteArray token = headerValue(headers, "x-webhook-signature", &present).trimmed();
    if (!present || token.isEmpty())
        return fail(Failure::MissingSignature, QStringLiteral("X-Webhook-Signature"));

    const QList<QByteArray> parts = token.split('.');
    if (parts.size() != 3)
        return fail(Failure::MalformedToken, QStringLiteral("not three dot-separated parts"));
    const std::optional<QJsonObject> header = decodeJsonPart(parts[0]);
    const std::optional<QJsonObject> claims = decodeJsonPart(parts[1]);
    const std::optional<QByteArray> signature = Base64Url::decode(parts[2]);
    if (!header || !claims || !signature)
        return fail(Failure::MalformedToken, QStringLiteral("a part is not base64url JSON"));

    const QString alg = header->value(QStringLiteral("alg")).toString();
    if (alg != QLatin1String("RS256"))
        return fail(Failure::UnsupportedAlgorithm, alg);

    const QString kid = header->value(QStringLiteral("kid")).toString();
    QJsonObject jwk;
    for (const QJsonValue &v : keysValue.toArray()) {
        const QJsonObject k = v.toObject();
        if (k.value(QStringLiteral("kid")).toString() == kid &&
            k.value(QStringLiteral("kty")).toString() == QLatin1String("RSA")) {
            jwk = k;
            break;
        }
    }
    if (kid.isEmpty() || jwk.isEmpty())
        return fail(Failure::UnknownKid, kid, kid);

    const std::shared_ptr<EVP_PKEY> key = publicKeyFromJwk(jwk);
    if (!key)
        return fail(Failure::InvalidJwks, QStringLiteral("key %1 has no usable n/e").arg(kid), kid);
    const qsizetype signedLength = parts[0].size() + 1 + parts[1].size();
    if (!verifyRs256(key.get(), QByteArrayView(token).first(signedLength), *signature))
        return fail(Failure::BadSignature, {}, kid);

    Result r;
    r.kid = kid;
    r.claims = *claims;
    auto failWith = [&r](Failure f, QString detail) {
        r.failure = f;
        r.detail = std::move(detail);
        return r;
    };

    const auto iat = intClaim(*claims, QStringLiteral("iat"));
    const auto exp = intClaim(*claims, QStringLiteral("exp"));
    if (!iat || !exp)
        return failWith(Failure::MalformedToken,
                        QStringLiteral("iat/exp missing or not whole seconds in range"));
    const qint64 now =
        (options.now.isValid() ? options.now : QDateTime::currentDateTimeUtc()).toSecsSinceEpoch();
    if (now > *exp + options.leewaySeconds)
        return failWith(Failure::Expired, QStringLiteral("exp %1, now %2").arg(*exp).arg(now));
    const auto nbf = intClaim(*claims, QStringLiteral("nbf"));
    // An nbf that cannot be read must not count as absent: nbf 1e300 means "not yet", not "now".
    if (!nbf && claims->contains(QStringLiteral("nbf")))
        return failWith(Failure::MalformedToken, QStringLiteral("nbf not whole seconds in range"));
    if (*iat > now + options.leewaySeconds || (nbf && *nbf > now + options.leewaySeconds))
        return failWith(Failure::NotYetValid, QStringLiteral("iat %1, now %2").arg(*iat).arg(now));

    const QJsonValue aud = claims->value(QStringLiteral("aud"));
    const QString webhookId = QString::fromUtf8(headerValue(headers, "x-webhook-id"));
    if (!audienceMatches(aud, webhookId))
        return failWith(Failure::AudienceMismatch,
                        QStringLiteral("aud differs from X-Webhook-Id %1").arg(webhookId));
    if (options.expectedWebhookId && !audienceMatches(aud, *options.expectedWebhookId))
        return failWith(Failure::AudienceMismatch,
                        QStringLiteral("aud differs from %1").arg(*options.expectedWebhookId));

    const QString bodyHash = JwtSigner::sha256(body);
    if (claims->value(QStringLiteral("body_sha256")).toString() != bodyHash)
        return failWith(Failure::BodyHashMismatch,
                        QStringLiteral("received body hashes to %1").arg(bodyHash));
    const QString headersHash = JwtSigner::sha256(JwtSigner::canonicalHeaders(headers));
    if (claims->value(QStringLiteral("headers_sha256")).toString() != headersHash)
        return failWith(Failure::HeadersHashMismatch,
                        QStringLiteral("received signed headers hash to %1").arg(headersHash));
    return r;
}

Result WebhookVerifier::verifyStandard(const QStringList &secrets, const HttpHeaders &headers,
                                       QByteArrayView body, const Options &options)
{
    bool hasId = false, hasTs = false, hasSig = false;
    const QByteArray id = headerValue(headers, "webhook-id", &hasId);
    const QByteArray ts = headerValue(headers, "webhook-timestamp", &hasTs).trimmed();
    const QByteArray sigs = headerValue(headers, "webhook-signature", &hasSig).trimmed();
    if (!hasId || !hasTs || !hasSig || sigs.isEmpty())
        return fail(Failure::MissingSignature,
                    QStringLiteral("webhook-id, webhook-timestamp and webhook-signature"));
    bool numeric = false;
    const qint64 timestamp = ts.toLongLong(&numeric);
    if (!numeric)
        return fail(Failure::MalformedToken, QStringLiteral("webhook-timestamp"));
    const qint64 now =
        (options.now.isValid() ? options.now : QDateTime::currentDateTimeUtc()).toSecsSinceEpoch();
    if (timestamp < now - options.toleranceSeconds)
        return fail(Failure::Expired,
                    QStringLiteral("timestamp %1, now %2").arg(timestamp).arg(now));
    if (timestamp > now + options.toleranceSeconds)
        return fail(Failure::NotYetValid,
                    QStringLiteral("timestamp %1, now %2").arg(timestamp).arg(now));

    const QList<QByteArray> received = sigs.split(' ');
    for (const QString &secret : secrets) {
        const auto key = StandardWebhooksSigner::decodeSecret(secret);
        if (!key)
            continue;
        const QByteArray expected = StandardWebhooksSigner::sign(*key, id, timestamp, body);
        for (const QByteArray &candidate : received) {
            // Constant-time enough: both are public-length base64 of a MAC; compare fully.
            if (candidate.size() == expected.size()) {
                unsigned char diff = 0;
                for (qsizetype i = 0; i < expected.size(); ++i)
                    diff |= static_cast<unsigned char>(candidate[i] ^ expected[i]);
                if (diff == 0)
                    return Result{};
            }
        }
    }
    return fail(Failure::BadSignature);
}

QString WebhookVerifier::code(Failure failure)
{
    switch (failure) {
    case Failure::None:
        return QStringLiteral("ok");
    case Failure::InvalidJwks:
        return QStringLiteral("invalid_jwks");
    case Failure::MissingSignature:
        return QStringLiteral("missing_signature");
    case Failure::MalformedToken:
        return QStringLiteral("malformed_token");
    case Failure::UnsupportedAlgorithm:
        return QStringLiteral("unsupported_algorithm");
    case Failure::UnknownKid:
        return QStringLiteral("unknown_kid");
    case Failure::BadSignature:
        return QStringLiteral("bad_signature");
    case Failure::Expired:
        return QStringLiteral("expired");
    case Failure::NotYetValid:
        return QStringLiteral("not_yet_valid");
    case Failure::AudienceMismatch:
        return QStringLiteral("audience_mismatch");
    case Failure::BodyHashMismatch:
        return QStringLiteral("body_hash_mismatch");
    case Failure::HeadersHashMismatch:
        return QStringLiteral("headers_hash_mismatch");
    }
    return QStringLiteral("unknown");
}

HttpHeaders WebhookVerifier::parseHeaderLines(QByteArrayView text)
{
    HttpHeaders out;
    for (QByteArray line : text.toByteArray().split('\n')) {
        line = line.trimmed(); // also drops the \r of CRLF files
        if (line.isEmpty() || line.startsWith("HTTP/"))
            continue;
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        out.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
    }
    return out;
}

} // namespace hookline
