#include "store/databasecopy.h"

#include "store/databaseinfo.h"
#include "store/databasetables.h"
#include "store/sqldatabase.h"
#include "store/transaction.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace hookline {

namespace {
StoreError copyError(const QString &message)
{
    return StoreError{StoreError::Code::Other, message};
}

StoreResult<qint64> countRows(QSqlDatabase &db, const QString &table)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(table)) || !q.next())
        return StoreError::fromSql(q.lastError());
    return q.value(0).toLongLong();
}

std::optional<StoreError>
copyTable(QSqlDatabase &source, QSqlDatabase &target, const DatabaseTable &table, qint64 total,
          int batchRows, const std::function<void(const DatabaseCopy::Progress &)> &progress)
{
    QSqlQuery read(source);
    // Forward only: SQLite steps through the rows, QPSQL fetches them one at a time.
    read.setForwardOnly(true);
    if (!read.exec(QStringLiteral("SELECT * FROM %1 ORDER BY %2")
                       .arg(table.name, table.key.join(QLatin1String(", ")))))
        return StoreError::fromSql(read.lastError());
    const QSqlRecord record = read.record();
    QStringList columns;
    QStringList marks;
    for (int i = 0; i < record.count(); ++i) {
        columns << record.fieldName(i);
        marks << QStringLiteral("?");
    }
    const QString insertSql =
        QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
            .arg(table.name, columns.join(QLatin1String(", ")), marks.join(QLatin1String(", ")));
    qint64 copied = 0;
    bool more = read.next();
    while (more) {
        Transaction batch(target);
        if (batch.error())
            return batch.error();
        QSqlQuery write(target);
        if (!write.prepare(insertSql))
            return StoreError::fromSql(write.lastError());
        int inBatch = 0;
        for (; more && inBatch < batchRows; ++inBatch, more = read.next()) {
            for (int i = 0; i < columns.size(); ++i)
                write.bindValue(i, read.value(i));
            if (!write.exec())
                return StoreError::fromSql(write.lastError());
        }
        if (read.lastError().isValid())
            return StoreError::fromSql(read.lastError());
        if (auto e = batch.commit())
            return e;
        copied += inBatch;
        if (progress)
            progress({table.name, copied, total});
    }
    if (read.lastError().isValid())
        return StoreError::fromSql(read.lastError());
    if (copied == 0 && progress)
        progress({table.name, 0, total});
    return std::nullopt;
}
} // namespace

StoreResult<DatabaseCopy::Counts>
DatabaseCopy::run(const Store &from, const Store &to,
                  const std::function<void(const Progress &)> &progress, int batchRows)
{
    QSqlDatabase source = sqlDatabase(from);
    QSqlDatabase target = sqlDatabase(to);

    const StoreResult<DatabaseInfo> sourceInfo = DatabaseInfo::read(from);
    if (!sourceInfo)
        return sourceInfo.error();
    const StoreResult<DatabaseInfo> targetInfo = DatabaseInfo::read(to);
    if (!targetInfo)
        return targetInfo.error();
    if (sourceInfo->schemaVersion != targetInfo->schemaVersion)
        return copyError(QStringLiteral("the source is at schema %1 and the target at %2: open "
                                        "the source with this Hookline once to upgrade it")
                             .arg(sourceInfo->schemaVersion)
                             .arg(targetInfo->schemaVersion));
    const StoreResult<QStringList> unlisted = DatabaseInfo::unlistedTables(from);
    if (!unlisted)
        return unlisted.error();
    if (!unlisted->isEmpty())
        return copyError(QStringLiteral("the source has tables this Hookline does not know: %1")
                             .arg(unlisted->join(QLatin1String(", "))));
    for (const auto &[table, rows] : targetInfo->rowCounts) {
        if (rows > 0)
            return copyError(QStringLiteral("the target is not empty: %1 holds %2 rows; copy "
                                            "into a new database")
                                 .arg(table)
                                 .arg(rows));
    }

    for (int i = 0; i < databaseTables().size(); ++i) {
        const DatabaseTable &table = databaseTables().at(i);
        if (auto e = copyTable(source, target, table, sourceInfo->rowCounts.at(i).second, batchRows,
                               progress))
            return StoreError{e->code, table.name + QStringLiteral(": ") + e->message};
    }

    // Identity columns: rows came with their numbers, so the next number must follow them.
    if (to.dialect() == Store::Dialect::Postgres) {
        for (const auto &[table, column] :
             {QPair<QString, QString>{QStringLiteral("attempts"), QStringLiteral("id")},
              {QStringLiteral("audit_log"), QStringLiteral("seq")}}) {
            QSqlQuery q(target);
            if (!q.exec(QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', '%2'), "
                                       "coalesce(max(%2), 0) + 1, false) FROM %1")
                            .arg(table, column)))
                return StoreError::fromSql(q.lastError());
        }
    }

    Counts counts;
    for (int i = 0; i < databaseTables().size(); ++i) {
        const QString &name = databaseTables().at(i).name;
        const StoreResult<qint64> copied = countRows(target, name);
        if (!copied)
            return copied.error();
        const qint64 expected = sourceInfo->rowCounts.at(i).second;
        if (*copied != expected)
            return copyError(QStringLiteral("%1: the source has %2 rows but the target %3")
                                 .arg(name)
                                 .arg(expected)
                                 .arg(*copied));
        counts.append({name, *copied});
    }
    return counts;
}

} // namespace hookline
