#include "commands/auditcommands.h"

#include "audit/auditexporter.h"
#include "audit/auditquery.h"
#include "audit/auditverifier.h"
#include "command.h"
#include "security/auditkeeper.h"
#include "store/databaselocation.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace hookline::cli {

namespace {

const QCommandLineOption kOut(QStringLiteral("out"),
                              QStringLiteral("Write to FILE instead of standard output."),
                              QStringLiteral("FILE"));
const QCommandLineOption
    kSince(QStringLiteral("since"),
           QStringLiteral("Only entries since T (ISO 8601 or an age: 24h, 7d)."),
           QStringLiteral("T"));
const QCommandLineOption kAction(QStringLiteral("action"),
                                 QStringLiteral("Only this action (endpoint.update) or prefix "
                                                "(endpoint.*)."),
                                 QStringLiteral("A"));
const QCommandLineOption kObject(QStringLiteral("object"),
                                 QStringLiteral("Only objects containing TEXT (an id)."),
                                 QStringLiteral("TEXT"));
const QCommandLineOption kActor(QStringLiteral("actor"),
                                QStringLiteral("Only entries by this actor (a user, or engine)."),
                                QStringLiteral("NAME"));
const QCommandLineOption kLimit(QStringLiteral("limit"),
                                QStringLiteral("At most N entries, newest first (default 50)."),
                                QStringLiteral("N"));

// What is wrong, in words; the codes come from core.
QString problem(AuditVerifier::Code code)
{
    switch (code) {
    case AuditVerifier::Code::Ok:
        return QStringLiteral("verified");
    case AuditVerifier::Code::KeyMissing:
        return QStringLiteral("the audit key is not in the keychain, so no entry can be checked");
    case AuditVerifier::Code::HashMismatch:
        return QStringLiteral("its content or hash was changed after it was written");
    case AuditVerifier::Code::ChainBroken:
        return QStringLiteral("its previous hash does not match the entry before it");
    case AuditVerifier::Code::Missing:
        return QStringLiteral("the entry is missing (deleted)");
    case AuditVerifier::Code::OutOfOrder:
        return QStringLiteral("a valid entry from another position was moved here (reordered)");
    case AuditVerifier::Code::Truncated:
        return QStringLiteral("the entry is missing: the log ends before the entry anchored in "
                              "the keychain (truncated, or an older copy of the database)");
    case AuditVerifier::Code::RolledBack:
        return QStringLiteral("the entry differs from the one anchored in the keychain (an older "
                              "copy of the database was restored)");
    case AuditVerifier::Code::Failed:
        return QStringLiteral("the database could not be read");
    }
    return QStringLiteral("unknown problem");
}

int verify(Context &ctx)
{
    if (!databaseExists(ctx.dbPath()))
        return ctx.fail(QStringLiteral("no database at %1").arg(ctx.dbPath()), ExitNotFound);
    ctx.auditKeeper()->verify([&ctx](const AuditVerifier::Report &r) {
        if (ctx.json()) {
            QJsonObject o{{QStringLiteral("ok"), r.ok()},
                          {QStringLiteral("code"), AuditVerifier::codeName(r.code)},
                          {QStringLiteral("entries"), r.entries},
                          {QStringLiteral("verified_up_to"), r.verifiedUpTo}};
            o.insert(QStringLiteral("anchor_seq"),
                     r.anchor ? QJsonValue(r.anchor->seq) : QJsonValue(QJsonValue::Null));
            if (!r.ok() && r.badSeq > 0) {
                o.insert(QStringLiteral("seq"), r.badSeq);
                o.insert(QStringLiteral("action"), r.badAction);
            }
            if (!r.ok())
                o.insert(QStringLiteral("problem"), problem(r.code));
            ctx.printJson(o);
        }
        if (r.ok()) {
            if (!ctx.json()) {
                ctx.out() << "audit log verified: " << r.entries << " entries";
                if (r.anchor)
                    ctx.out() << ", anchored at seq " << r.anchor->seq
                              << (r.anchorBehind ? " (the latest entries were written after the "
                                                   "last anchor, e.g. before a crash)"
                                                 : "");
                else if (r.entries > 0)
                    ctx.out() << " (no anchor in the keychain yet)";
                ctx.out() << '\n';
            }
            return ctx.finish(ExitOk);
        }
        QString where;
        if (r.badSeq > 0)
            where = r.badAction.isEmpty()
                        ? QStringLiteral(" at seq %1").arg(r.badSeq)
                        : QStringLiteral(" at seq %1 (%2)").arg(r.badSeq).arg(r.badAction);
        ctx.fail(QStringLiteral("audit log verification failed%1: %2%3")
                     .arg(where, problem(r.code),
                          r.detail.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(r.detail)));
        ctx.finish(ExitFailure);
    });
    return kAsync;
}

int exportLog(Context &ctx)
{
    QDateTime since;
    if (ctx.parser().isSet(kSince)) {
        since = ctx.parseTime(QStringLiteral("since"), ctx.parser().value(kSince));
        if (!since.isValid())
            return ExitUsage;
    }
    if (!databaseExists(ctx.dbPath()))
        return ctx.fail(QStringLiteral("no database at %1").arg(ctx.dbPath()), ExitNotFound);
    Connection *store = ctx.store();
    if (!store)
        return ExitFailure;
    qint64 count = 0;
    if (ctx.parser().isSet(kOut)) {
        QSaveFile file(ctx.parser().value(kOut));
        if (!file.open(QIODevice::WriteOnly))
            return ctx.fail(
                QStringLiteral("cannot write %1: %2").arg(file.fileName(), file.errorString()));
        count = AuditExporter::exportTo(store->database(), file, since);
        if (count < 0 || !file.commit())
            return ctx.fail(QStringLiteral("cannot write %1").arg(file.fileName()));
        ctx.err() << "exported " << count << " audit entries to " << file.fileName() << '\n';
        return ExitOk;
    }
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly))
        return ctx.fail(QStringLiteral("cannot write to standard output"));
    ctx.out().flush();
    count = AuditExporter::exportTo(store->database(), out, since);
    out.flush();
    return count < 0 ? ctx.fail(QStringLiteral("cannot read the audit log")) : ExitOk;
}

int list(Context &ctx)
{
    AuditQuery::Filter f;
    f.action = ctx.parser().value(kAction);
    f.object = ctx.parser().value(kObject);
    f.actor = ctx.parser().value(kActor);
    if (ctx.parser().isSet(kSince)) {
        f.since = ctx.parseTime(QStringLiteral("since"), ctx.parser().value(kSince));
        if (!f.since.isValid())
            return ExitUsage;
    }
    int limit = 50;
    if (ctx.parser().isSet(kLimit)) {
        bool ok = false;
        limit = ctx.parser().value(kLimit).toInt(&ok);
        if (!ok || limit < 1)
            return ctx.fail(QStringLiteral("--limit must be a positive number"), ExitUsage);
    }
    QList<AuditEntry> entries;
    if (databaseExists(ctx.dbPath())) {
        Connection *store = ctx.store();
        if (!store)
            return ExitFailure;
        const StoreResult<QList<AuditEntry>> page = AuditQuery(store->database()).page(f, limit);
        if (!page)
            return ctx.fail(
                QStringLiteral("cannot read the audit log: %1").arg(page.error().message));
        entries = *page;
    }
    if (ctx.json()) {
        QJsonArray arr;
        for (const AuditEntry &e : std::as_const(entries))
            arr.append(e.toJson());
        ctx.printJson(arr);
        return ExitOk;
    }
    QList<QStringList> rows;
    for (const AuditEntry &e : std::as_const(entries))
        rows << QStringList{
            QString::number(e.seq),      e.at.toString(Qt::ISODate), e.actor, e.action, e.object,
            QString::fromUtf8(e.details)};
    ctx.printTable({QStringLiteral("SEQ"), QStringLiteral("TIME"), QStringLiteral("ACTOR"),
                    QStringLiteral("ACTION"), QStringLiteral("OBJECT"), QStringLiteral("DETAILS")},
                   rows);
    return ExitOk;
}

} // namespace

void registerAuditCommands(CommandRegistry &registry)
{
    registry.add(Command{
        {QStringLiteral("audit"), QStringLiteral("verify")},
        QString(),
        QStringLiteral("Check the audit log's hash chain and keychain anchor"),
        QStringLiteral("Exit 0 when every entry verifies; 1 and the first bad entry (seq, action, "
                       "what is wrong) on stderr otherwise."),
        {},
        0,
        0,
        verify});
    registry.add(Command{{QStringLiteral("audit"), QStringLiteral("export")},
                         QStringLiteral("[--out FILE] [--since T]"),
                         QStringLiteral("Export the audit log as JSON Lines, oldest first"),
                         QString(),
                         {kOut, kSince},
                         0,
                         0,
                         exportLog});
    registry.add(Command{{QStringLiteral("audit"), QStringLiteral("list")},
                         QStringLiteral("[--action A] [--object TEXT] [--actor NAME] [--since T] "
                                        "[--limit N]"),
                         QStringLiteral("List audit entries, newest first"),
                         QString(),
                         {kAction, kObject, kActor, kSince, kLimit},
                         0,
                         0,
                         list});
}

} // namespace hookline::cli
