#include "commands/policycommands.h"

#include "command.h"
#include "policymessages.h"
#include "policytext.h"
#include "security/destinationpolicy.h"
#include "security/overrideresolver.h"
#include "security/systemresolver.h"
#include "store/databaselocation.h"
#include "store/settingsrepository.h"
#include "store/transaction.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <memory>

namespace hookline::cli {

namespace {

const QString kResolve = QStringLiteral("resolve");
const QString kPort = QStringLiteral("port");

QString envName(const Context &ctx)
{
    return toString(ctx.environment());
}

// Reads the environment's allowlist without creating or migrating a database: check-url is a
// read-only preflight.
bool readAllowlist(Context &ctx, Allowlist *out, int *code)
{
    if (!databaseExists(ctx.dbPath()))
        return true;
    Connection c(ctx.dbPath(), Connection::Mode::ReadOnly);
    if (auto error = c.open()) {
        *code = ctx.fail(
            QStringLiteral("cannot open the database %1: %2").arg(ctx.dbPath(), error->message));
        return false;
    }
    bool corrupt = false;
    const StoreResult<Allowlist> loaded =
        Allowlist::load(SettingsRepository(c.database()), ctx.environment(), &corrupt);
    if (!loaded) {
        *code = ctx.fail(loaded.error().message);
        return false;
    }
    *out = *loaded;
    if (corrupt)
        ctx.err() << "hooklinectl: warning: the stored allowlist of " << envName(ctx)
                  << " is unreadable and is treated as empty\n";
    return true;
}

// "HOST:ADDR[,ADDR…]"; ADDR an IPv4 address or an IPv6 address (in brackets or not).
bool parseResolve(const QString &text, OverrideResolver &resolver, QString *error)
{
    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    if (colon <= 0 || colon == text.size() - 1) {
        *error = QStringLiteral("--resolve: expected HOST:ADDR, got '%1'").arg(text);
        return false;
    }
    const DestinationUrl::Host host = DestinationUrl::canonicalHost(text.left(colon));
    if (host.error || !host.address.isNull()) {
        *error = QStringLiteral("--resolve: '%1' is not a host name").arg(text.left(colon));
        return false;
    }
    const QStringList addresses = text.mid(colon + 1).split(QLatin1Char(','));
    for (const QString &a : addresses) {
        const DestinationUrl::Host address = DestinationUrl::canonicalHost(a.trimmed());
        if (address.error || address.address.isNull()) {
            *error = QStringLiteral("--resolve: '%1' is not an IP address").arg(a);
            return false;
        }
        resolver.add(host.name, address.address);
    }
    return true;
}

QJsonObject addressJson(const AddressClassifier::Result &r)
{
    return QJsonObject{{QStringLiteral("address"), r.address.toString()},
                       {QStringLiteral("allowed"), r.allowed},
                       {QStringLiteral("rule"), toString(r.rule)},
                       {QStringLiteral("cidr"), r.cidr}};
}

QString ruleText(const AddressClassifier::Result &r)
{
    QString text = describe(r.rule);
    if (!r.cidr.isEmpty())
        text += QStringLiteral(" (%1%2)").arg(
            r.rule == AddressRule::NotGlobalUnicast ? QStringLiteral("outside ") : QString(),
            r.cidr);
    return text;
}

void printVerdict(Context &ctx, const QString &input, const DestinationPolicy::Verdict &v)
{
    const DestinationUrl &d = v.destination;
    if (ctx.json()) {
        QJsonArray addresses;
        for (const AddressClassifier::Result &r : v.addresses)
            addresses.append(addressJson(r));
        QJsonObject o{{QStringLiteral("url"), input},
                      {QStringLiteral("environment"), envName(ctx)},
                      {QStringLiteral("decision"), toString(v.decision)},
                      {QStringLiteral("reason"), toString(v.reason)},
                      {QStringLiteral("retryable"), v.isRetryable()},
                      {QStringLiteral("lookups"), v.lookups},
                      {QStringLiteral("addresses"), addresses}};
        if (d.isValid()) {
            o.insert(QStringLiteral("canonical_url"), d.url().toString(QUrl::FullyEncoded));
            o.insert(QStringLiteral("host"), d.host());
            o.insert(QStringLiteral("port"), d.port());
        }
        if (v.deniedAddress)
            o.insert(QStringLiteral("denied_address"), addressJson(*v.deniedAddress));
        if (v.isAllowed()) {
            o.insert(QStringLiteral("vetted_address"), v.vettedAddress.toString());
            o.insert(QStringLiteral("connect_url"), v.pinnedUrl().toString(QUrl::FullyEncoded));
            o.insert(QStringLiteral("host_header"), v.hostHeader());
        }
        ctx.printJson(o);
        return;
    }
    QTextStream &o = ctx.out();
    auto line = [&o](const char *label, const QString &value) {
        o << QString::fromLatin1(label).leftJustified(10) << value << '\n';
    };
    o << toString(v.decision) << ": " << toString(v.reason) << " — "
      << text::PolicyText::reason(v.reason) << '\n';
    if (d.isValid()) {
        line("url", d.url().toString(QUrl::FullyEncoded));
        line("host", QStringLiteral("%1 (port %2)").arg(d.host()).arg(d.port()));
    }
    for (const AddressClassifier::Result &r : v.addresses)
        line("address", QStringLiteral("%1  %2: %3")
                            .arg(r.address.toString(),
                                 r.allowed ? QStringLiteral("allowed") : QStringLiteral("denied"),
                                 ruleText(r)));
    if (v.isAllowed())
        line("connect", QStringLiteral("%1 (Host: %2, TLS name %3)")
                            .arg(v.vettedAddress.toString(), v.hostHeader(), v.peerVerifyName()));
    if (d.isValid() && !d.isLiteralAddress())
        line("lookups", QString::number(v.lookups));
    o.flush();
}

int checkUrl(Context &ctx)
{
    auto system = std::make_shared<SystemResolver>();
    auto resolver = std::make_shared<OverrideResolver>(*system);
    for (const QString &r : ctx.parser().values(kResolve)) {
        QString error;
        if (!parseResolve(r, *resolver, &error))
            return ctx.fail(error, ExitUsage);
    }
    Allowlist allowlist;
    int code = ExitOk;
    if (!readAllowlist(ctx, &allowlist, &code))
        return code;

    const QString input = ctx.positional().at(0);
    const DestinationPolicy policy(AddressClassifier::withSystemInterfaces());
    policy.check(input, allowlist, *resolver, QCoreApplication::instance(),
                 [&ctx, input, system, resolver](const DestinationPolicy::Verdict &v) {
                     printVerdict(ctx, input, v);
                     ctx.finish(v.isAllowed() ? ExitOk : ExitDenied);
                 });
    return kAsync;
}

// Loads the allowlist for a change; refuses to build on an unreadable stored value.
bool loadForChange(Context &ctx, Connection &store, Allowlist *out, int *code)
{
    bool corrupt = false;
    const StoreResult<Allowlist> loaded =
        Allowlist::load(SettingsRepository(store.database()), ctx.environment(), &corrupt);
    if (!loaded) {
        *code = ctx.fail(loaded.error().message);
        return false;
    }
    *out = *loaded;
    if (corrupt) {
        *code = ctx.fail(QStringLiteral("the stored allowlist of %1 (settings scope %2, key %3) "
                                        "is unreadable; nothing was changed")
                             .arg(envName(ctx), Allowlist::settingsScope(ctx.environment()),
                                  Allowlist::settingsKey()));
        return false;
    }
    return true;
}

QString kindName(const Allowlist::Entry &e)
{
    return e.kind == Allowlist::Entry::Kind::Cidr ? QStringLiteral("cidr") : QStringLiteral("host");
}

// "port": null for an entry of every port.
QJsonValue portJson(const Allowlist::Entry &e)
{
    return e.port == 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(e.port);
}

QJsonArray entriesJson(const Allowlist &list)
{
    QJsonArray arr;
    for (const Allowlist::Entry &e : list.entries())
        arr.append(QJsonObject{{QStringLiteral("entry"), e.text},
                               {QStringLiteral("kind"), kindName(e)},
                               {QStringLiteral("port"), portJson(e)}});
    return arr;
}

int changeAllowlist(Context &ctx, bool add)
{
    const QString input = ctx.positional().at(0);
    const QString port = ctx.parser().value(kPort);
    if (ctx.parser().isSet(kPort) && port.trimmed().isEmpty())
        return ctx.fail(
            QStringLiteral("--port: %1").arg(describe(Allowlist::EntryError::InvalidPort)),
            ExitUsage);
    const Allowlist::Parsed parsed = Allowlist::parseEntry(input, port);
    if (!parsed.entry) {
        if (*parsed.error == Allowlist::EntryError::InvalidPort)
            return ctx.fail(QStringLiteral("--port: '%1': %2").arg(port, describe(*parsed.error)),
                            ExitUsage);
        return ctx.fail(QStringLiteral("'%1' is not a valid allowlist entry: %2")
                            .arg(input, describe(*parsed.error)),
                        ExitUsage);
    }
    const Allowlist::Entry &entry = *parsed.entry;
    if (!add) {
        // Nothing to remove from a database that does not exist: do not create one.
        if (!databaseExists(ctx.dbPath()))
            return ctx.fail(QStringLiteral("'%1' is not on the allowlist of %2")
                                .arg(entry.label(), envName(ctx)),
                            ExitNotFound);
    }
    Connection *store = ctx.store();
    if (!store)
        return ExitFailure;
    Transaction tx(store->database());
    if (tx.error())
        return ctx.fail(tx.error()->message);
    Allowlist list;
    int code = ExitOk;
    if (!loadForChange(ctx, *store, &list, &code))
        return code;
    const bool changed = add ? list.add(entry) : list.remove(entry);
    if (!add && !changed)
        return ctx.fail(
            QStringLiteral("'%1' is not on the allowlist of %2").arg(entry.label(), envName(ctx)),
            ExitNotFound);
    if (changed) {
        SettingsRepository settings(store->database());
        if (auto error = list.save(settings, ctx.environment()))
            return ctx.fail(error->message);
        if (auto error = tx.commit())
            return ctx.fail(error->message);
    }
    if (ctx.json()) {
        ctx.printJson(QJsonObject{{QStringLiteral("environment"), envName(ctx)},
                                  {QStringLiteral("entry"), entry.text},
                                  {QStringLiteral("port"), portJson(entry)},
                                  {QStringLiteral("changed"), changed},
                                  {QStringLiteral("allowlist"), entriesJson(list)}});
    } else if (add) {
        ctx.out() << (changed ? "allowed " : "already allowed ") << entry.label() << " in "
                  << envName(ctx) << '\n';
    } else {
        ctx.out() << "removed " << entry.label() << " from the allowlist of " << envName(ctx)
                  << '\n';
    }
    return ExitOk;
}

int listAllowlist(Context &ctx)
{
    Allowlist list;
    if (databaseExists(ctx.dbPath())) {
        Connection *store = ctx.store();
        if (!store)
            return ExitFailure;
        int code = ExitOk;
        if (!loadForChange(ctx, *store, &list, &code))
            return code;
    }
    if (ctx.json()) {
        ctx.printJson(entriesJson(list));
        return ExitOk;
    }
    if (list.isEmpty()) {
        ctx.out() << "The allowlist of " << envName(ctx)
                  << " is empty: only public addresses are delivered to.\n";
        return ExitOk;
    }
    QList<QStringList> rows;
    for (const Allowlist::Entry &e : list.entries())
        rows << QStringList{e.text, kindName(e),
                            e.port == 0 ? QStringLiteral("any") : QString::number(e.port)};
    ctx.printTable({QStringLiteral("ENTRY"), QStringLiteral("KIND"), QStringLiteral("PORT")}, rows);
    return ExitOk;
}

} // namespace

void registerPolicyCommands(CommandRegistry &registry)
{
    registry.add(
        {{QStringLiteral("check-url")},
         QStringLiteral("URL [--resolve HOST:ADDR]…"),
         QStringLiteral("Preflight of the destination policy: verdict, addresses, deciding rule."),
         QStringLiteral(
             "Checks URL exactly as an attempt would, with the environment's allowlist and one DNS "
             "lookup. Exit 0 when allowed, 3 when denied.\n--resolve replaces DNS for HOST (like "
             "curl): ADDR is an IPv4 address or an IPv6 address in brackets; repeat it, or give "
             "several addresses separated by commas, for a name with several answers."),
         {QCommandLineOption(kResolve,
                             QStringLiteral("Answer ADDR for HOST instead of asking DNS "
                                            "(repeatable)."),
                             QStringLiteral("HOST:ADDR"))},
         1,
         1,
         checkUrl});
    const QCommandLineOption portOption(
        kPort, QStringLiteral("Only this port (1-65535); without it, every port."),
        QStringLiteral("PORT"));
    registry.add({{QStringLiteral("policy"), QStringLiteral("allow")},
                  QStringLiteral("CIDR|HOST [--port PORT]"),
                  QStringLiteral("Allow a non-public destination in the environment."),
                  QStringLiteral("A CIDR (10.0.0.0/8, fd00::/16), a single address (127.0.0.1) "
                                 "or an exact host name (receiver.internal), on every port or, "
                                 "with --port, on that port only. An allowlisted name or address "
                                 "is delivered to even where the policy's tables deny it; cloud "
                                 "metadata addresses never, and an allowlisted name never to "
                                 "0.0.0.0/8 or link-local addresses."),
                  {portOption},
                  1,
                  1,
                  [](Context &ctx) {
                      return changeAllowlist(ctx, true);
                  }});
    registry.add({{QStringLiteral("policy"), QStringLiteral("disallow")},
                  QStringLiteral("CIDR|HOST [--port PORT]"),
                  QStringLiteral("Remove an entry from the environment's allowlist."),
                  QStringLiteral("With --port, the entry for that port; without it, the entry "
                                 "for every port."),
                  {portOption},
                  1,
                  1,
                  [](Context &ctx) {
                      return changeAllowlist(ctx, false);
                  }});
    registry.add({{QStringLiteral("policy"), QStringLiteral("list")},
                  QString(),
                  QStringLiteral("List the environment's destination allowlist."),
                  QString(),
                  {},
                  0,
                  0,
                  listAllowlist});
}

} // namespace hookline::cli
