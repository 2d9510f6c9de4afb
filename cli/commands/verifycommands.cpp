#include "commands/verifycommands.h"

#include "command.h"
#include "security/webhookverifier.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace hookline::cli {

namespace {

const QCommandLineOption kJwksOption(QStringLiteral("jwks"),
                                     QStringLiteral("The JWKS file ('hooklinectl keys jwks')."),
                                     QStringLiteral("FILE"));
const QCommandLineOption kSecretOption(
    QStringLiteral("secret"),
    QStringLiteral("Check the Standard Webhooks signature with this whsec_ secret instead of a "
                   "JWKS (repeatable)."),
    QStringLiteral("WHSEC"));
const QCommandLineOption kHeadersOption(
    QStringLiteral("headers"),
    QStringLiteral("The received headers, one 'Name: value' per line ('-' for stdin)."),
    QStringLiteral("FILE"));
const QCommandLineOption kBodyOption(QStringLiteral("body"),
                                     QStringLiteral("The received body, byte for byte."),
                                     QStringLiteral("FILE"));
const QCommandLineOption
    kWebhookIdOption(QStringLiteral("webhook-id"),
                     QStringLiteral("Also require this audience (the endpoint's wh_… id)."),
                     QStringLiteral("ID"));
const QCommandLineOption kAtOption(
    QStringLiteral("at"),
    QStringLiteral("Check expiry as of this time (unix seconds) instead of now, e.g. the time "
                   "the webhook was received."),
    QStringLiteral("SECONDS"));

QString explain(WebhookVerifier::Failure f)
{
    using F = WebhookVerifier::Failure;
    switch (f) {
    case F::None:
        return QStringLiteral("valid");
    case F::InvalidJwks:
        return QStringLiteral("the JWKS file is not a JWKS with RSA keys");
    case F::MissingSignature:
        return QStringLiteral("the signature header is missing");
    case F::MalformedToken:
        return QStringLiteral("the signature is malformed (not an RS256 JWT with the expected "
                              "claims)");
    case F::UnsupportedAlgorithm:
        return QStringLiteral("the token's algorithm is not RS256");
    case F::UnknownKid:
        return QStringLiteral("unknown kid: no key in the JWKS signed this (refresh the JWKS?)");
    case F::BadSignature:
        return QStringLiteral("bad signature: the token was not signed by that key, or was "
                              "altered");
    case F::Expired:
        return QStringLiteral("expired: the signature is too old");
    case F::NotYetValid:
        return QStringLiteral("not yet valid: the signature is from the future (check clocks)");
    case F::AudienceMismatch:
        return QStringLiteral("audience mismatch: the token was made for another webhook id");
    case F::BodyHashMismatch:
        return QStringLiteral("body hash mismatch: the body differs from the one signed");
    case F::HeadersHashMismatch:
        return QStringLiteral("headers hash mismatch: a signed header (Content-Type, "
                              "X-Webhook-Id, X-Idempotency-Key, X-Webhook-Event, "
                              "X-Webhook-Timestamp, X-Webhook-Test-Mode) differs from the one "
                              "signed");
    }
    return QStringLiteral("unknown failure");
}

bool readFile(Context &ctx, const QString &path, QByteArray *out)
{
    QFile f;
    const bool ok = path == QLatin1String("-") ? f.open(stdin, QIODevice::ReadOnly)
                                               : (f.setFileName(path), f.open(QIODevice::ReadOnly));
    if (!ok) {
        ctx.fail(QStringLiteral("cannot read %1: %2").arg(path, f.errorString()), ExitUsage);
        return false;
    }
    *out = f.readAll();
    return true;
}

int verify(Context &ctx)
{
    const QCommandLineParser &p = ctx.parser();
    const bool standard = p.isSet(kSecretOption);
    if (standard == p.isSet(kJwksOption) || !p.isSet(kHeadersOption) || !p.isSet(kBodyOption))
        return ctx.fail(QStringLiteral("give --headers, --body and either --jwks or --secret"),
                        ExitUsage);
    QByteArray headerText, body, jwksText;
    if (!readFile(ctx, p.value(kHeadersOption), &headerText) ||
        !readFile(ctx, p.value(kBodyOption), &body) ||
        (!standard && !readFile(ctx, p.value(kJwksOption), &jwksText)))
        return ExitUsage;

    WebhookVerifier::Options options;
    if (p.isSet(kWebhookIdOption))
        options.expectedWebhookId = p.value(kWebhookIdOption);
    if (p.isSet(kAtOption)) {
        bool ok = false;
        const qint64 at = p.value(kAtOption).toLongLong(&ok);
        if (!ok)
            return ctx.fail(QStringLiteral("--at must be unix seconds"), ExitUsage);
        options.now = QDateTime::fromSecsSinceEpoch(at, Qt::UTC);
    }
    const HttpHeaders headers = WebhookVerifier::parseHeaderLines(headerText);
    WebhookVerifier::Result result;
    if (standard) {
        result = WebhookVerifier::verifyStandard(p.values(kSecretOption), headers, body, options);
    } else {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(jwksText, &error);
        if (!doc.isObject())
            return ctx.fail(
                QStringLiteral("%1 is not JSON: %2").arg(p.value(kJwksOption), error.errorString()),
                ExitUsage);
        result = WebhookVerifier::verifyJwt(doc.object(), headers, body, options);
    }

    if (ctx.json()) {
        QJsonObject o{{QStringLiteral("valid"), result.ok()},
                      {QStringLiteral("result"), WebhookVerifier::code(result.failure)},
                      {QStringLiteral("message"), explain(result.failure)}};
        if (!result.kid.isEmpty())
            o.insert(QStringLiteral("kid"), result.kid);
        if (!result.detail.isEmpty())
            o.insert(QStringLiteral("detail"), result.detail);
        if (!result.claims.isEmpty())
            o.insert(QStringLiteral("claims"), result.claims);
        ctx.printJson(o);
        return result.ok() ? ExitOk : ExitFailure;
    }
    if (result.ok()) {
        ctx.out() << "valid";
        if (!result.kid.isEmpty())
            ctx.out() << " (kid " << result.kid << ")";
        ctx.out() << '\n';
        return ExitOk;
    }
    QString message = explain(result.failure);
    if (!result.detail.isEmpty())
        message += QStringLiteral(" [%1]").arg(result.detail);
    return ctx.fail(QStringLiteral("invalid: ") + message, ExitFailure);
}

} // namespace

void registerVerifyCommands(CommandRegistry &registry)
{
    registry.add(
        {{QStringLiteral("verify")},
         QStringLiteral("--jwks FILE --headers FILE --body FILE"),
         QStringLiteral("Check a received webhook's signature and say what failed."),
         QStringLiteral("Exit code 0 when valid, 1 when not. With --secret instead of "
                        "--jwks, checks the Standard Webhooks scheme."),
         {kJwksOption, kSecretOption, kHeadersOption, kBodyOption, kWebhookIdOption, kAtOption},
         0,
         0,
         verify});
}

} // namespace hookline::cli
