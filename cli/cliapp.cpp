#include "cliapp.h"

#include "command.h"
#include "commands/auditcommands.h"
#include "commands/configcommands.h"
#include "commands/dbcommands.h"
#include "commands/deliverycommands.h"
#include "commands/endpointcommands.h"
#include "commands/endpointsecretcommands.h"
#include "commands/endpointtestcommand.h"
#include "commands/eventcommands.h"
#include "commands/ingestcommands.h"
#include "commands/keycommands.h"
#include "commands/policycommands.h"
#include "commands/runcommand.h"
#include "commands/statscommand.h"
#include "commands/tlscommands.h"
#include "commands/verifycommands.h"
#include "databasepasswords.h"
#include "logging/logging.h"
#include "security/auditkeeper.h"
#include "security/secretstore.h"
#include "store/databaselocation.h"

#include <QCoreApplication>

namespace hookline::cli {

namespace {

const QCommandLineOption kDbOption(
    QStringLiteral("db"),
    QStringLiteral("The database: a file or a postgresql:// URI (default: $HOOKLINE_DB, else %1)."),
    QStringLiteral("PATH|URI"));
const QCommandLineOption kEnvOption(QStringLiteral("env"),
                                    QStringLiteral("The environment: live or sandbox (default)."),
                                    QStringLiteral("live|sandbox"));
const QCommandLineOption kJsonOption(QStringLiteral("json"),
                                     QStringLiteral("Machine-readable output."));
const QCommandLineOption kLogLevelOption(
    QStringLiteral("log-level"),
    QStringLiteral("What the engine logs on stderr: debug, info (default), warning or error. Lines "
                   "carry the UTC time, the level and the category (hookline.delivery, …)."),
    QStringLiteral("LEVEL"));
const QCommandLineOption kHelpOption(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                     QStringLiteral("Show help and exit."));
const QCommandLineOption kVersionOption(QStringLiteral("version"),
                                        QStringLiteral("Show the version and exit."));

QList<QCommandLineOption> globalOptions()
{
    return {kDbOption, kEnvOption, kJsonOption, kLogLevelOption, kHelpOption, kVersionOption};
}

CommandRegistry buildRegistry()
{
    CommandRegistry registry;
    registerEndpointCommands(registry);
    registerEndpointSecretCommands(registry);
    registerEndpointTestCommand(registry);
    registerEventCommands(registry);
    registerDeliveryCommands(registry);
    registerKeyCommands(registry);
    registerPolicyCommands(registry);
    registerTlsCommands(registry);
    registerRunCommand(registry);
    registerDbCommands(registry);
    registerIngestCommands(registry);
    registerVerifyCommands(registry);
    registerConfigCommands(registry);
    registerStatsCommand(registry);
    registerAuditCommands(registry);
    return registry;
}

QString optionLine(const QCommandLineOption &o)
{
    QStringList names;
    for (const QString &n : o.names())
        names << (n.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + n;
    QString left = names.join(QStringLiteral(", "));
    if (!o.valueName().isEmpty())
        left += QLatin1Char(' ') + o.valueName();
    QString description = o.description();
    if (&o == &kDbOption || o.names() == kDbOption.names())
        description = description.arg(defaultDatabasePath());
    return QStringLiteral("  %1  %2\n").arg(left.leftJustified(28), description);
}

QString generalHelp(const CommandRegistry &registry)
{
    QString text = QStringLiteral(
        "Usage: hooklinectl [global options] COMMAND [arguments]\n\n"
        "Hookline's command line: the same core as the console, no GUI.\n\nCommands:\n");
    for (const Command &c : registry.commands()) {
        const QString synopsis = c.words.join(QLatin1Char(' '));
        text += QStringLiteral("  %1  %2\n").arg(synopsis.leftJustified(22), c.summary);
    }
    text += QStringLiteral("\nGlobal options:\n");
    for (const QCommandLineOption &o : globalOptions())
        text += optionLine(o);
    text += QStringLiteral("\nExit codes: 0 success, 1 failure, 2 bad input (nothing was written), "
                           "3 denied by the destination policy, 4 not found.\n"
                           "Run 'hooklinectl COMMAND --help' for a command's options.\n");
    return text;
}

QString commandHelp(const Command &c)
{
    QString text =
        QStringLiteral("Usage: hooklinectl %1%2\n\n%3\n")
            .arg(c.words.join(QLatin1Char(' ')),
                 c.arguments.isEmpty() ? QString() : QLatin1Char(' ') + c.arguments, c.summary);
    if (!c.details.isEmpty())
        text += QLatin1Char('\n') + c.details + QLatin1Char('\n');
    if (!c.options.isEmpty()) {
        text += QStringLiteral("\nOptions:\n");
        for (const QCommandLineOption &o : c.options)
            text += optionLine(o);
    }
    text += QStringLiteral("\nGlobal options:\n");
    for (const QCommandLineOption &o : globalOptions())
        text += optionLine(o);
    return text;
}

// The leading words of the command line, skipping global options (and their values).
QStringList leadingWords(const QStringList &args)
{
    QStringList words;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (a == QLatin1String("--db") || a == QLatin1String("--env") ||
            a == QLatin1String("--log-level")) {
            ++i;
            continue;
        }
        if (a.startsWith(QLatin1Char('-')))
            continue;
        words << a;
    }
    return words;
}

} // namespace

int run(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("hooklinectl"));
    QCoreApplication::setOrganizationName(QStringLiteral("Hookline"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HOOKLINE_VERSION));

    QTextStream out(stdout);
    QTextStream err(stderr);
    const CommandRegistry registry = buildRegistry();
    const QStringList args = app.arguments().mid(1);
    const QStringList words = leadingWords(args);

    int consumed = 0;
    const Command *command = registry.find(words, &consumed);
    if (!command) {
        if (args.contains(QLatin1String("--version"))) {
            out << "hooklinectl " << HOOKLINE_VERSION << '\n';
            return ExitOk;
        }
        const bool askedForHelp = args.contains(QLatin1String("--help")) ||
                                  args.contains(QLatin1String("-h")) ||
                                  (!words.isEmpty() && words.first() == QLatin1String("help"));
        if (askedForHelp || words.isEmpty()) {
            (askedForHelp ? out : err) << generalHelp(registry);
            return askedForHelp ? ExitOk : ExitUsage;
        }
        err << "hooklinectl: unknown command '" << words.join(QLatin1Char(' '))
            << "'. Run 'hooklinectl --help' for the list of commands.\n";
        return ExitUsage;
    }

    QCommandLineParser parser;
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    parser.addOptions(globalOptions());
    parser.addOptions(command->options);
    const QString commandName = command->words.join(QLatin1Char(' '));
    if (!parser.parse(app.arguments())) {
        err << "hooklinectl " << commandName << ": " << parser.errorText() << "\nRun 'hooklinectl "
            << commandName << " --help' for its options.\n";
        return ExitUsage;
    }
    if (parser.isSet(kHelpOption)) {
        out << commandHelp(*command);
        return ExitOk;
    }
    if (parser.isSet(kVersionOption)) {
        out << "hooklinectl " << HOOKLINE_VERSION << '\n';
        return ExitOk;
    }
    const QStringList positional = parser.positionalArguments().mid(consumed);
    if (positional.size() < command->minPositional || positional.size() > command->maxPositional) {
        err << "hooklinectl " << commandName << ": expected " << command->arguments
            << (positional.size() > command->maxPositional
                    ? QStringLiteral(" (unexpected argument '%1')")
                          .arg(positional.value(command->maxPositional))
                    : QString())
            << "\nRun 'hooklinectl " << commandName << " --help' for its usage.\n";
        return ExitUsage;
    }
    const QString envText =
        parser.isSet(kEnvOption) ? parser.value(kEnvOption) : QStringLiteral("sandbox");
    const std::optional<Environment> env = environmentFromString(envText);
    if (!env) {
        err << "hooklinectl: --env must be 'live' or 'sandbox', not '" << envText << "'\n";
        return ExitUsage;
    }
    const QString levelText =
        parser.isSet(kLogLevelOption) ? parser.value(kLogLevelOption) : QStringLiteral("info");
    const std::optional<LogLevel> level = logLevelFromString(levelText);
    if (!level) {
        err << "hooklinectl: --log-level must be debug, info, warning or error, not '" << levelText
            << "'\n";
        return ExitUsage;
    }
    installLogging(*level);
    const QString dbPath =
        DatabaseLocation::chosen(parser.isSet(kDbOption) ? parser.value(kDbOption) : QString());
    QString locationError;
    const std::optional<DatabaseLocation> location =
        DatabaseLocation::parse(dbPath, &locationError);
    if (!location) {
        err << "hooklinectl: --db: " << locationError << '\n';
        return ExitUsage;
    }

    Context context(parser, positional, dbPath, *env, parser.isSet(kJsonOption));
    // Changes are audited and refused without the audit key, so it is read (or created) before
    // the command runs; the anchor is written before the process exits.
    const std::unique_ptr<SecretStore> auditSecrets = SecretStore::createDefault();
    AuditKeeper auditKeeper(dbPath, auditSecrets.get());
    context.setAuditKeeper(&auditKeeper);
    int exitCode = ExitOk;
    const auto exitAfterAnchor = [&exitCode, &auditKeeper](int code) {
        exitCode = code;
        auditKeeper.flush([code] { QCoreApplication::exit(code); });
    };
    context.onFinished = [&app, exitAfterAnchor](int code) {
        // Queued: a command may finish before the event loop has started.
        QMetaObject::invokeMethod(
            &app, [exitAfterAnchor, code] { exitAfterAnchor(code); }, Qt::QueuedConnection);
    };
    const auto start = [command, &context, exitAfterAnchor] {
        const int result = command->run(context);
        if (result != kAsync)
            exitAfterAnchor(result);
    };
    static const QStringList kWithoutAuditKey = {QStringLiteral("check-url"),
                                                 QStringLiteral("verify"), QStringLiteral("audit")};
    const auto proceed = [&app, &auditKeeper, start, command] {
        if (kWithoutAuditKey.contains(command->words.first()))
            QMetaObject::invokeMethod(&app, start, Qt::QueuedConnection);
        else
            auditKeeper.loadKey([start](AuditKeeper::KeyStatus, const QString &) { start(); });
    };
    // A PostgreSQL password kept in the keychain is read once, before anything connects.
    loadDatabasePasswords(auditSecrets.get(), {dbPath}, &app, proceed);
    app.exec();
    return exitCode;
}

} // namespace hookline::cli
