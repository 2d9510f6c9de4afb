#include "commands/dbcommands.h"

#include "audit/auditlog.h"
#include "audit/auditverifier.h"
#include "command.h"
#include "databasepasswords.h"
#include "security/secretnames.h"
#include "security/secretstore.h"
#include "store/connection.h"
#include "store/databasecopy.h"
#include "store/databaseinfo.h"
#include "store/databaselocation.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace hookline::cli {

namespace {

const QCommandLineOption kFromOption(QStringLiteral("from"),
                                     QStringLiteral("The database to copy: a file or a URI."),
                                     QStringLiteral("SRC"));
const QCommandLineOption kToOption(QStringLiteral("to"),
                                   QStringLiteral("The new, empty database: a file or a URI."),
                                   QStringLiteral("DST"));

QString humanSize(qint64 bytes)
{
    return QLocale::c().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

int status(Context &ctx)
{
    Connection *store = ctx.store();
    if (!store)
        return ExitFailure;
    const StoreResult<DatabaseInfo> info = DatabaseInfo::read(store->store());
    if (!info)
        return ctx.fail(QStringLiteral("cannot read the database: %1").arg(info.error().message));
    QString error;
    const auto location = DatabaseLocation::parse(ctx.dbPath(), &error);
    const QString where = location ? location->text() : ctx.dbPath();
    if (ctx.json()) {
        QJsonObject counts;
        for (const auto &[table, rows] : info->rowCounts)
            counts.insert(table, rows);
        ctx.printJson(
            QJsonObject{{QStringLiteral("backend"), info->backend},
                        {QStringLiteral("location"), where},
                        {QStringLiteral("server_version"), info->serverVersion},
                        {QStringLiteral("schema_version"), info->schemaVersion},
                        {QStringLiteral("latest_schema_version"), info->latestSchemaVersion},
                        {QStringLiteral("rows"), counts},
                        {QStringLiteral("size_bytes"), info->sizeBytes}});
        return ExitOk;
    }
    ctx.out() << "backend:  "
              << (info->backend == QLatin1String("postgresql") ? "PostgreSQL " : "SQLite ")
              << info->serverVersion << '\n'
              << "location: " << where << '\n'
              << "schema:   " << info->schemaVersion
              << " (this Hookline: " << info->latestSchemaVersion << ")\n"
              << "size:     " << humanSize(info->sizeBytes) << '\n';
    QList<QStringList> rows;
    for (const auto &[table, count] : info->rowCounts)
        rows.append({table, QString::number(count)});
    ctx.out() << '\n';
    ctx.printTable({QStringLiteral("TABLE"), QStringLiteral("ROWS")}, rows);
    return ExitOk;
}

std::unique_ptr<Connection> openSide(Context &ctx, const QString &what, const QString &text,
                                     Connection::Mode mode)
{
    QString error;
    if (!DatabaseLocation::parse(text, &error)) {
        ctx.fail(QStringLiteral("%1: %2").arg(what, error), ExitUsage);
        return {};
    }
    auto connection = std::make_unique<Connection>(text, mode);
    if (auto e = connection->open()) {
        ctx.fail(QStringLiteral("cannot open the %1 database %2: %3").arg(what, text, e->message));
        return {};
    }
    return connection;
}

int copyNow(Context &ctx, const QString &from, const QString &to,
            const DatabaseLocation &fromLocation, const DatabaseLocation &toLocation);

int copy(Context &ctx)
{
    const QCommandLineParser &p = ctx.parser();
    if (!p.isSet(kFromOption) || !p.isSet(kToOption))
        return ctx.fail(QStringLiteral("db copy needs --from SRC and --to DST"), ExitUsage);
    const QString from = p.value(kFromOption);
    const QString to = p.value(kToOption);
    QString error;
    const auto fromLocation = DatabaseLocation::parse(from, &error);
    if (!fromLocation)
        return ctx.fail(QStringLiteral("--from: %1").arg(error), ExitUsage);
    const auto toLocation = DatabaseLocation::parse(to, &error);
    if (!toLocation)
        return ctx.fail(QStringLiteral("--to: %1").arg(error), ExitUsage);
    if (fromLocation->text() == toLocation->text())
        return ctx.fail(QStringLiteral("--from and --to name the same database"), ExitUsage);
    if (!fromLocation->isPostgres() && !QFile::exists(from))
        return ctx.fail(QStringLiteral("no database at %1").arg(from), ExitNotFound);
    // --db's password was read before the command ran; these two sides' are read here.
    static std::unique_ptr<SecretStore> secrets = SecretStore::createDefault();
    loadDatabasePasswords(secrets.get(), {from, to}, QCoreApplication::instance(),
                          [&ctx, from, to, f = *fromLocation, t = *toLocation] {
                              ctx.finish(copyNow(ctx, from, to, f, t));
                          });
    return kAsync;
}

int copyNow(Context &ctx, const QString &from, const QString &to,
            const DatabaseLocation &fromLocation, const DatabaseLocation &toLocation)
{
    const auto source = openSide(ctx, QStringLiteral("source"), from, Connection::Mode::ReadOnly);
    if (!source)
        return ExitFailure;
    const auto target = openSide(ctx, QStringLiteral("target"), to, Connection::Mode::ReadWrite);
    if (!target)
        return ExitFailure;

    QTextStream &err = ctx.err();
    QString lastTable;
    const auto progress = [&](const DatabaseCopy::Progress &step) {
        // One line per table, rewritten in place on a terminal; plain lines otherwise.
        const bool tty = ::isatty(STDERR_FILENO);
        if (step.table != lastTable && !lastTable.isEmpty() && tty)
            err << '\n';
        lastTable = step.table;
        err << (tty ? "\r" : "") << "copying " << step.table << ": " << step.copied << " / "
            << step.total << " rows" << (tty ? "" : "\n");
        err.flush();
    };
    const StoreResult<DatabaseCopy::Counts> counts =
        DatabaseCopy::run(source->store(), target->store(), progress);
    if (::isatty(STDERR_FILENO) && !lastTable.isEmpty())
        err << '\n';
    if (!counts)
        return ctx.fail(QStringLiteral("the copy failed: %1").arg(counts.error().message));

    // The chain came over byte for byte: it must verify on the target with the same key. (The
    // keychain's anchor belongs to the database last written on this machine, so it is not used.)
    const auto report = AuditVerifier::verify(target->database(), AuditLog::key(), std::nullopt);
    if (!report.ok() && report.code != AuditVerifier::Code::KeyMissing)
        return ctx.fail(QStringLiteral("copied, but the audit chain does not verify on the target "
                                       "(%1 at seq %2)")
                            .arg(AuditVerifier::codeName(report.code))
                            .arg(report.badSeq));
    if (ctx.json()) {
        QJsonObject rows;
        for (const auto &[table, n] : *counts)
            rows.insert(table, n);
        ctx.printJson(QJsonObject{{QStringLiteral("from"), fromLocation.text()},
                                  {QStringLiteral("to"), toLocation.text()},
                                  {QStringLiteral("rows"), rows},
                                  {QStringLiteral("audit_verified"), report.ok()},
                                  {QStringLiteral("audit_entries"), report.entries}});
        return ExitOk;
    }
    QList<QStringList> rows;
    for (const auto &[table, n] : *counts)
        rows.append({table, QString::number(n)});
    ctx.printTable({QStringLiteral("TABLE"), QStringLiteral("ROWS")}, rows);
    ctx.out() << "row counts match; audit log "
              << (report.ok() ? QStringLiteral("verified: %1 entries").arg(report.entries)
                              : QStringLiteral("not checked: no audit key in the keychain"))
              << '\n';
    return ExitOk;
}

// The password, from a terminal without echo or from a pipe (first line).
QString readPassword(Context &ctx)
{
    const bool tty = ::isatty(STDIN_FILENO);
    termios saved{};
    if (tty) {
        ctx.err() << "Password: ";
        ctx.err().flush();
        ::tcgetattr(STDIN_FILENO, &saved);
        termios silent = saved;
        silent.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSANOW, &silent);
    }
    QFile in;
    (void)in.open(stdin, QIODevice::ReadOnly);
    const QByteArray line = in.readLine(4096);
    if (tty) {
        ::tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        ctx.err() << '\n';
    }
    QByteArray trimmed = line;
    while (trimmed.endsWith('\n') || trimmed.endsWith('\r'))
        trimmed.chop(1);
    return QString::fromUtf8(trimmed);
}

std::optional<DatabaseLocation> serverLocation(Context &ctx)
{
    QString error;
    const auto location = DatabaseLocation::parse(ctx.positional().at(0), &error);
    if (!location) {
        ctx.fail(error, ExitUsage);
        return std::nullopt;
    }
    if (!location->isPostgres()) {
        ctx.fail(QStringLiteral("'%1' is not a postgresql:// URI; an SQLite file has no password")
                     .arg(ctx.positional().at(0)),
                 ExitUsage);
        return std::nullopt;
    }
    return location;
}

int passwordSet(Context &ctx)
{
    const auto location = serverLocation(ctx);
    if (!location)
        return ExitUsage;
    const QString password = readPassword(ctx);
    if (password.isEmpty())
        return ctx.fail(QStringLiteral("no password given (type it, or pipe it on stdin)"),
                        ExitUsage);
    static std::unique_ptr<SecretStore> secrets = SecretStore::createDefault();
    secrets->write(
        SecretNames::databasePassword(location->text()), password.toUtf8(),
        QCoreApplication::instance(), [&ctx, location](const SecretStore::Result &r) {
            if (!r.ok()) {
                ctx.fail(
                    QStringLiteral("cannot store the password in the keychain: %1").arg(r.detail));
                return ctx.finish(ExitFailure);
            }
            if (!ctx.json())
                ctx.out() << "password stored in the keychain for " << location->text() << '\n';
            ctx.finish(ExitOk);
        });
    return kAsync;
}

int passwordDelete(Context &ctx)
{
    const auto location = serverLocation(ctx);
    if (!location)
        return ExitUsage;
    static std::unique_ptr<SecretStore> secrets = SecretStore::createDefault();
    secrets->remove(
        SecretNames::databasePassword(location->text()), QCoreApplication::instance(),
        [&ctx, location](const SecretStore::Result &r) {
            if (!r.ok() && r.error != SecretStore::Error::NotFound) {
                ctx.fail(QStringLiteral("cannot delete the password: %1").arg(r.detail));
                return ctx.finish(ExitFailure);
            }
            if (!ctx.json())
                ctx.out() << (r.ok() ? "password deleted for " : "no password stored for ")
                          << location->text() << '\n';
            ctx.finish(ExitOk);
        });
    return kAsync;
}

} // namespace

void registerDbCommands(CommandRegistry &registry)
{
    registry.add({{QStringLiteral("db"), QStringLiteral("status")},
                  QString(),
                  QStringLiteral("Backend, server version, schema version, rows and size"),
                  QStringLiteral("Reads the database --db (or HOOKLINE_DB) names."),
                  {},
                  0,
                  0,
                  status});
    registry.add({{QStringLiteral("db"), QStringLiteral("copy")},
                  QStringLiteral("--from SRC --to DST"),
                  QStringLiteral("Copy a whole database, SQLite to PostgreSQL or back"),
                  QStringLiteral(
                      "SRC and DST are files or postgresql:// URIs. DST must be empty (a new file "
                      "or an empty database). Rows go in batches with a progress line; "
                      "afterwards the row counts are compared and the audit chain is verified "
                      "on DST. Stop engines writing to SRC first."),
                  {kFromOption, kToOption},
                  0,
                  0,
                  copy});
    registry.add({{QStringLiteral("db"), QStringLiteral("password"), QStringLiteral("set")},
                  QStringLiteral("URI"),
                  QStringLiteral("Keep a PostgreSQL password in the keychain"),
                  QStringLiteral("Reads the password from the terminal (not echoed) or the first "
                                 "line of stdin. URI is the server's postgresql:// URI without a "
                                 "password; ~/.pgpass works too and needs no command."),
                  {},
                  1,
                  1,
                  passwordSet});
    registry.add({{QStringLiteral("db"), QStringLiteral("password"), QStringLiteral("delete")},
                  QStringLiteral("URI"),
                  QStringLiteral("Forget a PostgreSQL password kept in the keychain"),
                  QString(),
                  {},
                  1,
                  1,
                  passwordDelete});
}

} // namespace hookline::cli
