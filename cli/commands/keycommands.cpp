#include "commands/keycommands.h"

#include "command.h"
#include "security/keymanager.h"
#include "security/secretstore.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

namespace hookline::cli {

namespace {

const QCommandLineOption kBitsOption(QStringLiteral("bits"),
                                     QStringLiteral("Key size: 2048 (default), 3072 or 4096."),
                                     QStringLiteral("N"));
const QCommandLineOption
    kOverlapOption(QStringLiteral("overlap"),
                   QStringLiteral("Hours the previous key stays in the JWKS (default 24)."),
                   QStringLiteral("HOURS"));

QString describe(const KeyManager::Result &r, const QString &what)
{
    switch (r.error) {
    case KeyManager::Error::None:
        return {};
    case KeyManager::Error::SecretStoreUnavailable:
        return QStringLiteral(
                   "no keychain available (no secret service is running), so %1 was not "
                   "created and no secret was written anywhere. Start a secret service such as "
                   "gnome-keyring, or on a headless server opt in to the file store with "
                   "HOOKLINE_SECRET_STORE=file:/absolute/path (see docs/receivers.md).")
            .arg(what);
    case KeyManager::Error::SecretStoreFailed:
        return QStringLiteral("the keychain refused the operation: %1").arg(r.detail);
    case KeyManager::Error::SecretMissing:
        return QStringLiteral("the private key %1 is not in the keychain").arg(r.kid);
    case KeyManager::Error::NoActiveKey:
        return QStringLiteral("this environment has no signing key; run 'hooklinectl keys "
                              "generate'");
    case KeyManager::Error::AlreadyExists:
        return QStringLiteral("this environment already has the key %1; use 'hooklinectl keys "
                              "rotate' to replace it")
            .arg(r.kid);
    case KeyManager::Error::UnknownKid:
        return QStringLiteral("no key %1 in this environment").arg(r.kid);
    case KeyManager::Error::InvalidPem:
        return QStringLiteral("not an unencrypted PEM private key (decrypt it first with "
                              "'openssl pkey -in KEY -out PLAIN')");
    case KeyManager::Error::NotRsa:
        return QStringLiteral("not an RSA key: RS256 needs RSA");
    case KeyManager::Error::UnsupportedSize:
        return QStringLiteral("unsupported key size: generate 2048, 3072 or 4096 bits; import "
                              "2048 to 8192 bits");
    case KeyManager::Error::Store:
        return QStringLiteral("the database refused the key's metadata: %1").arg(r.detail);
    case KeyManager::Error::Internal:
        return QStringLiteral("OpenSSL failed to create the key");
    }
    return QStringLiteral("unknown error");
}

int exitCodeFor(KeyManager::Error e)
{
    switch (e) {
    case KeyManager::Error::None:
        return ExitOk;
    case KeyManager::Error::InvalidPem:
    case KeyManager::Error::NotRsa:
    case KeyManager::Error::UnsupportedSize:
    case KeyManager::Error::AlreadyExists:
        return ExitUsage;
    case KeyManager::Error::UnknownKid:
    case KeyManager::Error::NoActiveKey:
        return ExitNotFound;
    default:
        return ExitFailure;
    }
}

// The key manager (owning its secret store) outlives the command function: it completes
// asynchronously, keychain jobs running on this thread's event loop. finishWith() disposes of it
// before the run ends, while the database connection it uses is still open.
KeyManager *makeManager(Context &ctx)
{
    Connection *store = ctx.store();
    if (!store)
        return nullptr;
    auto *keys = new KeyManager(ctx.environment(), store->database(), nullptr);
    auto *secrets = SecretStore::createDefault(keys).release();
    keys->setSecretStore(secrets);
    return keys;
}

void finishWith(Context &ctx, KeyManager *keys, int code)
{
    // Queued before finish() queues the exit, so it runs first.
    QMetaObject::invokeMethod(
        QCoreApplication::instance(), [keys] { delete keys; }, Qt::QueuedConnection);
    ctx.finish(code);
}

bool parseBits(Context &ctx, int *bits)
{
    *bits = 2048;
    if (!ctx.parser().isSet(kBitsOption))
        return true;
    bool ok = false;
    *bits = ctx.parser().value(kBitsOption).toInt(&ok);
    return ok && SigningKey::isSupportedGenerateSize(*bits);
}

// Prints the outcome of generate/rotate/import and ends the run.
KeyManager::Callback reporter(Context &ctx, KeyManager *keys, const QString &what)
{
    return [&ctx, keys, what](const KeyManager::Result &r) {
        if (!r.ok()) {
            finishWith(ctx, keys, ctx.fail(describe(r, what), exitCodeFor(r.error)));
            return;
        }
        const StoreResult<std::optional<KeyInfo>> active = keys->activeKey();
        if (!active) {
            finishWith(ctx, keys, ctx.fail(active.error().message));
            return;
        }
        if (ctx.json()) {
            ctx.printJson(
                QJsonObject{{QStringLiteral("kid"), r.kid},
                            {QStringLiteral("bits"), *active ? (*active)->bits : 0},
                            {QStringLiteral("environment"), toString(ctx.environment())}});
        } else {
            ctx.out() << r.kid << '\n';
        }
        finishWith(ctx, keys, ExitOk);
    };
}

int generateKey(Context &ctx)
{
    int bits = 0;
    if (!parseBits(ctx, &bits))
        return ctx.fail(QStringLiteral("--bits must be 2048, 3072 or 4096"), ExitUsage);
    KeyManager *keys = makeManager(ctx);
    if (!keys)
        return ExitFailure;
    keys->generate(bits, reporter(ctx, keys, QStringLiteral("the key")));
    return kAsync;
}

int rotateKey(Context &ctx)
{
    int bits = 0;
    if (!parseBits(ctx, &bits))
        return ctx.fail(QStringLiteral("--bits must be 2048, 3072 or 4096"), ExitUsage);
    int hours = 24;
    if (ctx.parser().isSet(kOverlapOption)) {
        bool ok = false;
        hours = ctx.parser().value(kOverlapOption).toInt(&ok);
        if (!ok || hours < 0 || hours > 24 * 90)
            return ctx.fail(QStringLiteral("--overlap must be 0 to 2160 hours"), ExitUsage);
    }
    KeyManager *keys = makeManager(ctx);
    if (!keys)
        return ExitFailure;
    const StoreResult<std::optional<KeyInfo>> active = keys->activeKey();
    if (!active) {
        delete keys;
        return ctx.fail(active.error().message);
    }
    if (!*active) {
        delete keys;
        return ctx.fail(describe({KeyManager::Error::NoActiveKey, {}, {}}, {}), ExitNotFound);
    }
    keys->rotate(bits, reporter(ctx, keys, QStringLiteral("the new key")),
                 std::chrono::hours(hours));
    return kAsync;
}

int importKey(Context &ctx)
{
    QFile file(ctx.positional().first());
    if (!file.open(QIODevice::ReadOnly))
        return ctx.fail(
            QStringLiteral("cannot read %1: %2").arg(file.fileName(), file.errorString()),
            ExitUsage);
    const QByteArray pem = file.readAll();
    KeyManager *keys = makeManager(ctx);
    if (!keys)
        return ExitFailure;
    keys->importPem(pem, reporter(ctx, keys, QStringLiteral("the key")));
    return kAsync;
}

int listKeys(Context &ctx)
{
    Connection *store = ctx.store();
    if (!store)
        return ExitFailure;
    // Metadata only: no keychain access needed.
    const KeyManager keys(ctx.environment(), store->database(), nullptr);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const StoreResult<QList<KeyInfo>> stored = keys.keys();
    if (!stored)
        return ctx.fail(stored.error().message);
    const QList<KeyInfo> &all = *stored;
    if (ctx.json()) {
        QJsonArray list;
        for (const KeyInfo &k : all) {
            QJsonObject o{{QStringLiteral("kid"), k.kid},
                          {QStringLiteral("bits"), k.bits},
                          {QStringLiteral("active"), k.active},
                          {QStringLiteral("published"), k.isPublished(now)},
                          {QStringLiteral("created_at"), k.createdAt.toString(Qt::ISODateWithMs)}};
            if (k.retireAt.isValid())
                o.insert(QStringLiteral("retire_at"), k.retireAt.toString(Qt::ISODateWithMs));
            list.append(o);
        }
        ctx.printJson(list);
        return ExitOk;
    }
    if (all.isEmpty()) {
        ctx.out() << "No signing key in " << toString(ctx.environment())
                  << ". Run 'hooklinectl keys generate'.\n";
        return ExitOk;
    }
    QList<QStringList> rows;
    for (const KeyInfo &k : all) {
        const QString state = k.active             ? QStringLiteral("active")
                              : k.isPublished(now) ? QStringLiteral("retiring")
                                                   : QStringLiteral("expired");
        rows.append({k.kid, QString::number(k.bits), state, k.createdAt.toString(Qt::ISODate),
                     k.retireAt.isValid() ? k.retireAt.toString(Qt::ISODate) : QString()});
    }
    ctx.printTable({QStringLiteral("KID"), QStringLiteral("BITS"), QStringLiteral("STATE"),
                    QStringLiteral("CREATED"), QStringLiteral("LEAVES JWKS")},
                   rows);
    return ExitOk;
}

int printJwks(Context &ctx)
{
    Connection *store = ctx.store();
    if (!store)
        return ExitFailure;
    const KeyManager keys(ctx.environment(), store->database(), nullptr);
    const StoreResult<QJsonObject> jwks = keys.jwks();
    if (!jwks)
        return ctx.fail(jwks.error().message);
    ctx.printJson(*jwks);
    return ExitOk;
}

} // namespace

void registerKeyCommands(CommandRegistry &registry)
{
    registry.add({{QStringLiteral("keys"), QStringLiteral("generate")},
                  QStringLiteral("[--bits N]"),
                  QStringLiteral("Create the environment's RS256 signing key; prints its kid."),
                  QStringLiteral("The private key goes to the OS keychain only. Fails when the "
                                 "environment already has a key (use 'keys rotate')."),
                  {kBitsOption},
                  0,
                  0,
                  generateKey});
    registry.add({{QStringLiteral("keys"), QStringLiteral("rotate")},
                  QStringLiteral("[--bits N] [--overlap HOURS]"),
                  QStringLiteral("Make a new active signing key; prints its kid."),
                  QStringLiteral("The previous key stays in the JWKS for the overlap (default "
                                 "24 hours) so receivers can refresh their copy."),
                  {kBitsOption, kOverlapOption},
                  0,
                  0,
                  rotateKey});
    registry.add({{QStringLiteral("keys"), QStringLiteral("import")},
                  QStringLiteral("FILE.pem"),
                  QStringLiteral("Make an existing RSA private key (PEM) the active signing key."),
                  QStringLiteral("The previous key stays in the JWKS for 24 hours."),
                  {},
                  1,
                  1,
                  importKey});
    registry.add({{QStringLiteral("keys"), QStringLiteral("list")},
                  QString(),
                  QStringLiteral("List the environment's signing keys and their state."),
                  QString(),
                  {},
                  0,
                  0,
                  listKeys});
    registry.add({{QStringLiteral("keys"), QStringLiteral("jwks")},
                  QString(),
                  QStringLiteral("Print the environment's JWKS (public keys) for receivers."),
                  QString(),
                  {},
                  0,
                  0,
                  printJwks});
}

} // namespace hookline::cli
