#include "store/databaseinfo.h"

#include "store/databasetables.h"
#include "store/migrations.h"
#include "store/sqldatabase.h"

#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace hookline {

namespace {
StoreResult<qint64> scalar(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        return StoreError::fromSql(q.lastError());
    return q.value(0).toLongLong();
}
} // namespace

StoreResult<QString> DatabaseInfo::readServerVersion(const Store &store)
{
    QSqlQuery q(sqlDatabase(store));
    if (!q.exec(store.dialect() == Store::Dialect::Postgres
                    ? QStringLiteral("SHOW server_version")
                    : QStringLiteral("SELECT sqlite_version()")) ||
        !q.next())
        return StoreError::fromSql(q.lastError());
    return q.value(0).toString();
}

StoreResult<DatabaseInfo> DatabaseInfo::read(const Store &store)
{
    QSqlDatabase db = sqlDatabase(store);
    const bool postgres = store.dialect() == Store::Dialect::Postgres;
    DatabaseInfo info;
    info.backend = postgres ? QStringLiteral("postgresql") : QStringLiteral("sqlite");
    const StoreResult<QString> version = readServerVersion(store);
    if (!version)
        return version.error();
    info.serverVersion = *version;
    info.schemaVersion = Migrations::currentVersion(db);
    info.latestSchemaVersion = Migrations::latestVersion();
    for (const DatabaseTable &table : databaseTables()) {
        // Table names come from our own list, never from input.
        const StoreResult<qint64> count =
            scalar(db, QStringLiteral("SELECT count(*) FROM %1").arg(table.name));
        if (!count)
            return count.error();
        info.rowCounts.append({table.name, *count});
    }
    if (postgres) {
        const StoreResult<qint64> size =
            scalar(db, QStringLiteral("SELECT pg_database_size(current_database())"));
        if (!size)
            return size.error();
        info.sizeBytes = *size;
    } else {
        const QString file = db.databaseName();
        info.sizeBytes = QFileInfo(file).size() + QFileInfo(file + QStringLiteral("-wal")).size();
    }
    return info;
}

StoreResult<QStringList> DatabaseInfo::unlistedTables(const Store &store)
{
    QSqlDatabase db = sqlDatabase(store);
    QSqlQuery q(db);
    const QString sql =
        store.dialect() == Store::Dialect::Postgres
            ? QStringLiteral("SELECT table_name FROM information_schema.tables WHERE "
                             "table_schema = current_schema() AND table_name <> 'hookline_schema'")
            : QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT "
                             "LIKE 'sqlite_%'");
    if (!q.exec(sql))
        return StoreError::fromSql(q.lastError());
    QStringList listed;
    for (const DatabaseTable &t : databaseTables())
        listed << t.name;
    QStringList unlisted;
    while (q.next()) {
        const QString name = q.value(0).toString();
        if (!listed.contains(name))
            unlisted << name;
    }
    return unlisted;
}

} // namespace hookline
