#include "commands/configcommands.h"

#include "command.h"
#include "commands/endpointsecretcommands.h"
#include "config/configapply.h"
#include "config/configdiff.h"
#include "config/configexport.h"
#include "config/configtemplate.h"
#include "configmessages.h"
#include "store/databaselocation.h"
#include "store/endpointrepository.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTemporaryDir>
#include <memory>

namespace hookline::cli {

namespace {

const QString kOut = QStringLiteral("out");
const QString kDryRun = QStringLiteral("dry-run");

int exportConfig(Context &ctx)
{
    Connection *store = ctx.store();
    if (!store)
        return ExitFailure;
    const StoreResult<QJsonObject> exported =
        ConfigExport::toJson(store->database(), ctx.environment());
    if (!exported)
        return ctx.fail(exported.error().message);
    const QByteArray bytes = QJsonDocument(*exported).toJson(QJsonDocument::Indented);
    if (!ctx.parser().isSet(kOut)) {
        ctx.out() << QString::fromUtf8(bytes);
        ctx.out().flush();
        return ExitOk;
    }
    const QString path = ctx.parser().value(kOut);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return ctx.fail(QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    const qsizetype count = exported->value(QStringLiteral("endpoints")).toArray().size();
    if (ctx.json())
        ctx.printJson(
            QJsonObject{{QStringLiteral("file"), path}, {QStringLiteral("endpoints"), int(count)}});
    else
        ctx.out() << "exported " << count << " endpoint(s) of " << toString(ctx.environment())
                  << " to " << path << '\n';
    return ExitOk;
}

QString valueText(const QJsonValue &v)
{
    if (v.isArray())
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    if (v.isObject())
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    if (v.isString())
        return QLatin1Char('"') + v.toString() + QLatin1Char('"');
    if (v.isNull())
        return QStringLiteral("none");
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return QString::number(v.toDouble());
}

void printDiff(QTextStream &o, const ConfigDiff &diff)
{
    using Kind = ConfigDiff::Kind;
    o << "Template for " << toString(diff.environment()) << ": " << diff.count(Kind::Create)
      << " to create, " << diff.count(Kind::Update) << " to update, " << diff.count(Kind::Delete)
      << " to DELETE, " << diff.count(Kind::Unchanged) << " unchanged.\n";
    // The built-in default of every field, so a creation lists only what the template sets.
    const auto builtIn = ConfigTemplate::fieldValues(Endpoint{});
    for (const ConfigDiff::Item &item : diff.items()) {
        const QString id =
            item.endpointId.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(item.endpointId);
        switch (item.kind) {
        case Kind::Create:
            o << "+ create " << item.name << '\n';
            for (qsizetype i = 0; i < item.changes.size(); ++i) {
                const ConfigDiff::FieldChange &c = item.changes.at(i);
                if (c.field != QLatin1String("url") && i < builtIn.size() &&
                    builtIn.at(i).second == c.after)
                    continue;
                o << "    " << c.field.leftJustified(32) << valueText(c.after) << '\n';
            }
            break;
        case Kind::Update:
            o << "~ update " << item.name << id << '\n';
            for (const ConfigDiff::FieldChange &c : item.changes)
                o << "    " << c.field.leftJustified(32) << valueText(c.before) << " → "
                  << valueText(c.after) << '\n';
            break;
        case Kind::Delete:
            o << "- DELETE " << item.name << id
              << " — not in the template (\"prune\": true); its deliveries go with it\n";
            break;
        case Kind::Unchanged:
            o << "= unchanged " << item.name << id << '\n';
            break;
        }
    }
    if (!diff.keptNames().isEmpty())
        o << "Kept as they are (not in the template; \"prune\": true would delete them): "
          << diff.keptNames().join(QStringLiteral(", ")) << '\n';
}

int importConfig(Context &ctx)
{
    const QString path = ctx.positional().at(0);
    QFile f(path);
    const bool opened = path == QLatin1String("-") ? f.open(stdin, QIODevice::ReadOnly)
                                                   : f.open(QIODevice::ReadOnly);
    if (!opened)
        return ctx.fail(QStringLiteral("cannot read %1: %2").arg(path, f.errorString()), ExitUsage);

    // Everything the template alone can tell is checked before the store is opened.
    QList<ConfigError> errors;
    const ConfigTemplate configTemplate = ConfigTemplate::parse(f.readAll(), &errors);
    const auto refuse = [&ctx](const QList<ConfigError> &list, int code) {
        ctx.out().flush();
        for (const ConfigError &e : list)
            ctx.err() << "hooklinectl: " << describe(e) << '\n';
        ctx.err() << "hooklinectl: nothing was changed.\n";
        ctx.err().flush();
        return code;
    };
    if (!errors.isEmpty())
        return refuse(errors, ExitUsage);
    if (ctx.parser().isSet(QStringLiteral("env")) &&
        configTemplate.environment() != ctx.environment()) {
        return ctx.fail(
            QStringLiteral("the template is for %1 but --env %2 was given; nothing "
                           "was changed")
                .arg(toString(configTemplate.environment()), toString(ctx.environment())),
            ExitUsage);
    }

    const bool dryRun = ctx.parser().isSet(kDryRun);
    // A dry run against a database that does not exist yet must not create it: the difference
    // is taken against an empty, throw-away store instead.
    QTemporaryDir scratch;
    std::unique_ptr<Connection> empty;
    Connection *store = nullptr;
    if (dryRun && !databaseExists(ctx.dbPath())) {
        empty = std::make_unique<Connection>(scratch.filePath(QStringLiteral("empty.db")));
        if (!scratch.isValid() || empty->open())
            return ctx.fail(QStringLiteral("cannot create a scratch database for the dry run"));
        store = empty.get();
    } else if (!(store = ctx.store())) {
        return ExitFailure;
    }
    const ConfigDiff diff = ConfigDiff::compute(store->database(), configTemplate);
    if (!diff.ok())
        return refuse(diff.errors(), ExitUsage);

    ConfigApply::Result result;
    if (!dryRun && diff.hasChanges()) {
        result = ConfigApply::apply(store->database(), diff);
        if (!result.ok()) {
            const bool refused =
                std::any_of(result.errors.begin(), result.errors.end(), [](const ConfigError &e) {
                    return e.code == ConfigError::Code::Invalid;
                });
            return refuse(result.errors, refused ? ExitUsage : ExitFailure);
        }
    }

    auto report = [&ctx, diff, dryRun, result] {
        if (ctx.json()) {
            QJsonObject o = diff.toJson();
            o.insert(QStringLiteral("dry_run"), dryRun);
            o.insert(QStringLiteral("applied"), !dryRun && diff.hasChanges());
            ctx.printJson(o);
            return;
        }
        QTextStream &o = ctx.out();
        printDiff(o, diff);
        if (!diff.hasChanges())
            o << "Nothing to change.\n";
        else if (dryRun)
            o << "Dry run: nothing was changed. Run without --dry-run to apply.\n";
        else
            o << "Applied in one transaction: " << result.created << " created, " << result.updated
              << " updated, " << result.deleted << " deleted.\n";
        o.flush();
    };
    if (dryRun || !diff.hasChanges()) {
        report();
        return ExitOk;
    }
    // Imported Standard Webhooks endpoints need their whsec_ secret, or their deliveries wait.
    QStringList standard;
    const StoreResult<QList<Endpoint>> imported =
        EndpointRepository(store->database()).list(configTemplate.environment());
    if (!imported)
        return ctx.fail(imported.error().message);
    for (const Endpoint &e : *imported)
        if (e.signingScheme == SigningScheme::StandardWebhooks)
            standard << e.id;
    // Secret header values go to the keychain (the database holds references), then the whsec_.
    return storeSecretHeadersThen(ctx, result.saved, result.before, [&ctx, standard, report] {
        return ensureWebhookSecretsThen(ctx, standard, report);
    });
}

} // namespace

void registerConfigCommands(CommandRegistry &registry)
{
    registry.add(
        {{QStringLiteral("config"), QStringLiteral("export")},
         QStringLiteral("[--out FILE]"),
         QStringLiteral("Print the environment's endpoints as a configuration template."),
         QStringLiteral("Only settings that differ from the built-in defaults are "
                        "written. Secrets (auth tokens, whsec_ secrets, secret header "
                        "values) are never exported: a secret header's value is the "
                        "placeholder ${HOOKLINE_HEADER_NAME}. Importing the export changes "
                        "nothing."),
         {QCommandLineOption(kOut, QStringLiteral("Write to FILE instead of stdout."),
                             QStringLiteral("FILE"))},
         0,
         0,
         exportConfig});
    registry.add(
        {{QStringLiteral("config"), QStringLiteral("import")},
         QStringLiteral("FILE [--dry-run]"),
         QStringLiteral("Apply a configuration template; prints the difference field by field."),
         QStringLiteral(
             "FILE is a template ('-' for stdin); its \"environment\" decides where it applies. "
             "Endpoints are matched by name: new names are created, known ones updated. Stored "
             "endpoints missing from the template are kept, unless the template says \"prune\": "
             "true — then they are DELETED with their deliveries. All changes are made in one "
             "transaction: on any error nothing is changed (exit 2 for a refused template). A "
             "secret header's placeholder ${HOOKLINE_HEADER_NAME} keeps the stored value; for a "
             "header without one, set that environment variable to the value."),
         {QCommandLineOption(kDryRun,
                             QStringLiteral("Print the difference only; change nothing."))},
         1,
         1,
         importConfig});
}

} // namespace hookline::cli
