#include "commands/ingestcommands.h"

#include "command.h"
#include "config/ingestsettings.h"
#include "security/base64url.h"
#include "security/randombytes.h"
#include "security/secretnames.h"
#include "security/secretstore.h"
#include "store/settingsrepository.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace hookline::cli {

namespace {

const QCommandLineOption kPortOption(QStringLiteral("port"),
                                     QStringLiteral("The 127.0.0.1 port to listen on (default "
                                                    "8788)."),
                                     QStringLiteral("N"));
const QCommandLineOption kRotateOption(QStringLiteral("rotate"),
                                       QStringLiteral("Replace the token with a new one."));

const QString kApiHelp = QStringLiteral(
    "The local ingest API (off by default) is served by 'hooklinectl run' or the console, "
    "whichever delivers from the database, on http://127.0.0.1:PORT/v1/events:\n"
    "  curl -H 'Authorization: Bearer TOKEN' -H 'Idempotency-Key: K' \\\n"
    "       -d '{\"type\":\"webhook.test\",\"data\":{…},\"environment\":\"sandbox\"}' "
    "http://127.0.0.1:8788/v1/events\n"
    "answers 202 {\"id\":\"evt_…\"}; a repeated Idempotency-Key returns the first event. "
    "\"environment\" is live or sandbox (default sandbox): one token serves both. 400 names the "
    "failing JSON path, 401 without the token, 413 above 256 KiB, 503 when the store cannot "
    "accept. Settings and token are read when the engine starts: restart 'hooklinectl run' after "
    "a change (the console restarts the API by itself).");

QString secretProblem(const SecretStore::Result &r)
{
    if (r.error == SecretStore::Error::Unavailable)
        return QStringLiteral("no keychain available (no secret service is running), so the "
                              "ingest token cannot be kept. Start a secret service such as "
                              "gnome-keyring, or on a headless server opt in to the file store "
                              "with HOOKLINE_SECRET_STORE=file:/absolute/path.");
    return QStringLiteral("the keychain refused the operation: %1").arg(r.detail);
}

// The secret store outlives the command function (its jobs complete on the event loop) and is
// deleted before the run ends.
SecretStore *makeSecrets()
{
    return SecretStore::createDefault(nullptr).release();
}

void finishWith(Context &ctx, SecretStore *secrets, int code)
{
    QMetaObject::invokeMethod(
        QCoreApplication::instance(), [secrets] { delete secrets; }, Qt::QueuedConnection);
    ctx.finish(code);
}

QJsonObject settingsJson(const IngestSettings &s)
{
    return QJsonObject{
        {QStringLiteral("enabled"), s.enabled},
        {QStringLiteral("port"), s.port},
        {QStringLiteral("url"), QStringLiteral("http://127.0.0.1:%1/v1/events").arg(s.port)}};
}

int status(Context &ctx)
{
    Connection *store = ctx.store();
    if (!store)
        return ExitFailure;
    const StoreResult<IngestSettings> loaded =
        IngestSettings::load(SettingsRepository(store->database()));
    if (!loaded)
        return ctx.fail(loaded.error().message);
    const IngestSettings settings = *loaded;
    SecretStore *secrets = makeSecrets();
    secrets->read(SecretNames::ingestToken(), secrets,
                  [&ctx, secrets, settings](const SecretStore::Result &r) {
                      const QString token = r.ok() && !r.value.isEmpty() ? QStringLiteral("set")
                                            : r.error == SecretStore::Error::NotFound || r.ok()
                                                ? QStringLiteral("missing")
                                                : QStringLiteral("unreadable");
                      if (ctx.json()) {
                          QJsonObject o = settingsJson(settings);
                          o.insert(QStringLiteral("token"), token);
                          ctx.printJson(o);
                      } else {
                          ctx.out()
                              << "enabled  " << (settings.enabled ? "yes" : "no") << '\n'
                              << "url      http://127.0.0.1:" << settings.port << "/v1/events\n"
                              << "token    " << token << '\n';
                          if (settings.enabled && token == QLatin1String("missing"))
                              ctx.out() << "The API does not start without a token: run "
                                           "'hooklinectl ingest token'.\n";
                          ctx.out().flush();
                      }
                      finishWith(ctx, secrets, ExitOk);
                  });
    return kAsync;
}

int setEnabled(Context &ctx, bool enabled)
{
    IngestSettings settings;
    bool hasPort = false;
    if (enabled && ctx.parser().isSet(kPortOption)) {
        bool ok = false;
        const uint port = ctx.parser().value(kPortOption).trimmed().toUInt(&ok);
        if (!ok || port < 1 || port > 65535)
            return ctx.fail(QStringLiteral("--port must be a number from 1 to 65535, not '%1'")
                                .arg(ctx.parser().value(kPortOption)),
                            ExitUsage);
        settings.port = static_cast<quint16>(port);
        hasPort = true;
    }
    Connection *store = ctx.store();
    if (!store)
        return ExitFailure;
    SettingsRepository repo(store->database());
    const StoreResult<IngestSettings> loaded = IngestSettings::load(repo);
    if (!loaded)
        return ctx.fail(loaded.error().message);
    const IngestSettings &stored = *loaded;
    if (!hasPort)
        settings.port = stored.port;
    settings.enabled = enabled;
    if (auto error = settings.save(repo))
        return ctx.fail(error->message);
    if (ctx.json())
        ctx.printJson(settingsJson(settings));
    else if (enabled)
        ctx.out() << "ingest API enabled on http://127.0.0.1:" << settings.port
                  << "/v1/events (served by 'hooklinectl run' or the console; restart a running "
                     "'hooklinectl run')\n";
    else
        ctx.out() << "ingest API disabled\n";
    return ExitOk;
}

int enable(Context &ctx)
{
    return setEnabled(ctx, true);
}

int disable(Context &ctx)
{
    return setEnabled(ctx, false);
}

void printToken(Context &ctx, const QByteArray &token, bool created)
{
    if (ctx.json())
        ctx.printJson(QJsonObject{{QStringLiteral("token"), QString::fromLatin1(token)},
                                  {QStringLiteral("created"), created}});
    else
        ctx.out() << token << '\n';
}

int token(Context &ctx)
{
    const bool rotate = ctx.parser().isSet(kRotateOption);
    SecretStore *secrets = makeSecrets();
    const auto create = [&ctx, secrets] {
        // 32 random bytes: unguessable, and safe in a header without quoting.
        const QByteArray fresh = "hli_" + Base64Url::encode(RandomBytes::generate(32));
        secrets->write(SecretNames::ingestToken(), fresh, secrets,
                       [&ctx, secrets, fresh](const SecretStore::Result &w) {
                           if (!w.ok()) {
                               finishWith(ctx, secrets, ctx.fail(secretProblem(w)));
                               return;
                           }
                           printToken(ctx, fresh, true);
                           finishWith(ctx, secrets, ExitOk);
                       });
    };
    if (rotate) {
        create();
        return kAsync;
    }
    secrets->read(SecretNames::ingestToken(), secrets,
                  [&ctx, secrets, create](const SecretStore::Result &r) {
                      if (r.ok() && !r.value.isEmpty()) {
                          printToken(ctx, r.value, false);
                          finishWith(ctx, secrets, ExitOk);
                      } else if (r.ok() || r.error == SecretStore::Error::NotFound) {
                          create();
                      } else {
                          finishWith(ctx, secrets, ctx.fail(secretProblem(r)));
                      }
                  });
    return kAsync;
}

} // namespace

void registerIngestCommands(CommandRegistry &registry)
{
    registry.add(
        {{QStringLiteral("ingest"), QStringLiteral("status")},
         QString(),
         QStringLiteral("Show whether the local ingest API is enabled, its URL and token."),
         kApiHelp,
         {},
         0,
         0,
         status});
    registry.add({{QStringLiteral("ingest"), QStringLiteral("enable")},
                  QStringLiteral("[--port N]"),
                  QStringLiteral("Turn the local ingest API on (127.0.0.1 only)."),
                  kApiHelp,
                  {kPortOption},
                  0,
                  0,
                  enable});
    registry.add({{QStringLiteral("ingest"), QStringLiteral("disable")},
                  QString(),
                  QStringLiteral("Turn the local ingest API off (the default)."),
                  kApiHelp,
                  {},
                  0,
                  0,
                  disable});
    registry.add({{QStringLiteral("ingest"), QStringLiteral("token")},
                  QStringLiteral("[--rotate]"),
                  QStringLiteral("Print the ingest API's bearer token, creating it if needed."),
                  QStringLiteral("The token lives in the OS keychain only (or the opt-in file "
                                 "store), never in the database. --rotate replaces it; clients "
                                 "holding the old one get 401 once the engine restarts.\n\n") +
                      kApiHelp,
                  {kRotateOption},
                  0,
                  0,
                  token});
}

} // namespace hookline::cli
