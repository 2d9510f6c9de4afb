#include "commands/endpointsecretcommands.h"

#include "command.h"
#include "security/endpointsecretrotation.h"
#include "security/endpointsecrets.h"
#include "security/secretstore.h"
#include "store/connection.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace hookline::cli {

namespace {

const QCommandLineOption kTokenOption(QStringLiteral("token"),
                                      QStringLiteral("Rotate the auth token instead of the "
                                                     "whsec_ signing secret."));
const QCommandLineOption kOverlapOption(QStringLiteral("overlap"),
                                        QStringLiteral("Hours the previous whsec_ secret stays "
                                                       "valid (default 24)."),
                                        QStringLiteral("HOURS"));

// Both live until their callback has returned to the event loop; `alsoDrop` breaks what else
// kept itself alive for the callbacks.
void releaseLater(SecretStore *secrets, EndpointSecretRotation *rotation,
                  std::function<void()> alsoDrop = {})
{
    QMetaObject::invokeMethod(
        QCoreApplication::instance(),
        [secrets, rotation, alsoDrop = std::move(alsoDrop)] {
            delete rotation;
            delete secrets;
            if (alsoDrop)
                alsoDrop();
        },
        Qt::QueuedConnection);
}

QString problem(const EndpointSecretRotation::Result &r)
{
    if (r.storeError && r.storeError->code == StoreError::Code::NotFound)
        return QStringLiteral("no endpoint %1").arg(r.storeError->message);
    if (r.storeError && r.storeError->code == StoreError::Code::AuditUnavailable)
        return QStringLiteral("the audit key is not loaded (keychain unavailable or locked); "
                              "nothing was rotated");
    if (r.storeError)
        return QStringLiteral("the database refused the audit entry; the old secret stays: %1")
            .arg(r.storeError->message);
    if (r.secretError == SecretStore::Error::Unavailable)
        return QStringLiteral("no keychain available (no secret service is running). Start one "
                              "such as gnome-keyring, or on a headless server opt in to the file "
                              "store with HOOKLINE_SECRET_STORE=file:/absolute/path.");
    return QStringLiteral("the keychain refused the operation: %1").arg(r.detail);
}

// The same audited rotation as the console's endpoint pane (EndpointSecretRotation).
int rotateSecret(Context &ctx)
{
    Connection *store = ctx.store();
    if (!store)
        return ExitFailure;
    const bool token = ctx.parser().isSet(kTokenOption);
    int hours = 24;
    if (ctx.parser().isSet(kOverlapOption)) {
        bool ok = false;
        hours = ctx.parser().value(kOverlapOption).toInt(&ok);
        if (!ok || hours < 0 || hours > 24 * 90 || token)
            return ctx.fail(token ? QStringLiteral("--overlap is for the whsec_ secret only")
                                  : QStringLiteral("--overlap must be 0 to 2160 hours"),
                            ExitUsage);
    }
    const QString id = ctx.positional().at(0);
    // Both outlive this function (their jobs complete on the event loop) and go before the run
    // ends.
    SecretStore *secrets = SecretStore::createDefault(nullptr).release();
    auto *rotation = new EndpointSecretRotation(store->database(), secrets);
    const auto done = [&ctx, secrets, rotation, id,
                       token](const EndpointSecretRotation::Result &r) {
        releaseLater(secrets, rotation);
        if (!r.ok()) {
            const bool missing = r.storeError && r.storeError->code == StoreError::Code::NotFound;
            ctx.finish(ctx.fail(problem(r), missing ? ExitNotFound : ExitFailure));
            return;
        }
        if (ctx.json()) {
            QJsonObject o{{QStringLiteral("endpoint"), id},
                          {token ? QStringLiteral("token") : QStringLiteral("secret"), r.value}};
            if (r.previousValidUntil.isValid())
                o.insert(QStringLiteral("previous_valid_until"),
                         r.previousValidUntil.toString(Qt::ISODate));
            ctx.printJson(o);
        } else {
            ctx.out() << r.value << '\n';
            if (r.previousValidUntil.isValid())
                ctx.err() << "the previous secret stays valid until "
                          << r.previousValidUntil.toString(Qt::ISODate) << '\n';
        }
        ctx.finish(ExitOk);
    };
    if (token)
        rotation->rotateAuthToken(id, done);
    else
        rotation->rotateWebhookSecret(id, done, std::chrono::hours(hours));
    return kAsync;
}

} // namespace

int ensureWebhookSecretsThen(Context &ctx, const QStringList &endpointIds,
                             std::function<void()> report)
{
    if (endpointIds.isEmpty()) {
        report();
        return ExitOk;
    }
    Connection *store = ctx.store();
    if (!store)
        return ExitFailure;
    SecretStore *secrets = SecretStore::createDefault(nullptr).release();
    auto *rotation = new EndpointSecretRotation(store->database(), secrets);
    // One after the other: each is a keychain read, maybe a write and an audit entry.
    auto next = std::make_shared<std::function<void(qsizetype, QStringList)>>();
    *next = [&ctx, secrets, rotation, endpointIds, report = std::move(report),
             next](qsizetype i, QStringList made) {
        if (i == endpointIds.size()) {
            releaseLater(secrets, rotation, [next] { *next = nullptr; }); // it held itself
            report();
            if (!made.isEmpty() && !ctx.json())
                ctx.err() << "made the whsec_ signing secret of " << made.join(QStringLiteral(", "))
                          << "; reveal it in the console, or print a fresh one with: "
                             "hooklinectl endpoint rotate-secret ID --overlap 0\n";
            ctx.finish(ExitOk);
            return;
        }
        const QString id = endpointIds.at(i);
        rotation->ensureWebhookSecret(id, [&ctx, secrets, rotation, report, next, i, made,
                                           id](const EndpointSecretRotation::Result &r) mutable {
            if (!r.ok()) {
                releaseLater(secrets, rotation, [next] { *next = nullptr; }); // it held itself
                report();
                // The endpoints are stored; only the secret is missing, and how to add it is
                // said.
                ctx.finish(ctx.fail(QStringLiteral("%1 has no whsec_ secret, so its "
                                                   "deliveries wait: %2. Then run: "
                                                   "hooklinectl endpoint rotate-secret %1")
                                        .arg(id, problem(r)),
                                    ExitFailure));
                return;
            }
            if (r.created)
                made << id;
            (*next)(i + 1, made);
        });
    };
    (*next)(0, {});
    return kAsync;
}

int storeSecretHeadersThen(Context &ctx, const QList<Endpoint> &saved,
                           const QList<Endpoint> &before, std::function<int()> next)
{
    const QList<SecretHeaderChanges> changes = SecretHeaderChanges::between(saved, before);
    if (changes.isEmpty())
        return next();

    SecretStore *secrets = SecretStore::createDefault(nullptr).release();
    auto *endpointSecrets = new EndpointSecrets(secrets);
    endpointSecrets->storeHeaderChanges(
        changes, [&ctx, secrets, endpointSecrets, next = std::move(next)](
                     const EndpointSecrets::Result &r, const SecretHeaderChanges &failed) {
            // Both live until this callback has returned to the event loop.
            QMetaObject::invokeMethod(
                QCoreApplication::instance(),
                [secrets, endpointSecrets] {
                    delete endpointSecrets;
                    delete secrets;
                },
                Qt::QueuedConnection);
            if (r.ok()) {
                const int code = next();
                if (code != kAsync)
                    ctx.finish(code);
                return;
            }
            // The endpoint is saved; without the value its deliveries wait, and how to add it
            // is said. Never the value itself.
            QStringList names;
            for (const HttpHeader &h : failed.writes)
                names << h.name;
            ctx.finish(ctx.fail(
                QStringLiteral("%1 is saved, but the secret store did not take the value of %2 "
                               "(%3); its deliveries wait. Then run: hooklinectl endpoint update "
                               "%1 --secret-header 'NAME: VALUE' (with every custom header)")
                    .arg(failed.endpointId,
                         names.isEmpty() ? QStringLiteral("its removed headers")
                                         : names.join(QStringLiteral(", ")),
                         r.detail.isEmpty() ? QStringLiteral("unavailable") : r.detail),
                ExitFailure));
        });
    return kAsync;
}

void registerEndpointSecretCommands(CommandRegistry &registry)
{
    registry.add(
        {{QStringLiteral("endpoint"), QStringLiteral("rotate-secret")},
         QStringLiteral("ID [--token] [--overlap HOURS]"),
         QStringLiteral("Make a new whsec_ signing secret (or auth token) and print it."),
         QStringLiteral("Secrets stay in the keychain and are never written to the database; "
                        "the rotation is recorded in the audit log. The previous whsec_ secret "
                        "stays valid for the overlap, during which deliveries carry a signature "
                        "for each; the previous auth token stops working at once."),
         {kTokenOption, kOverlapOption},
         1,
         1,
         rotateSecret});
}

} // namespace hookline::cli
