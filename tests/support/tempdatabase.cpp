#include "support/tempdatabase.h"

#include "audit/auditlog.h"
#include "store/databasetables.h"
#include "support/postgrescluster.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QtTest>

namespace hookline::test {

namespace {
bool isPostgres(const QSqlDatabase &db)
{
    return db.driverName() == QLatin1String("QPSQL");
}

bool execAll(QSqlDatabase db, const QStringList &statements)
{
    QSqlQuery q(db);
    for (const QString &sql : statements) {
        if (!q.exec(sql)) {
            qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
            return false;
        }
    }
    return true;
}

QString newDatabase(const QTemporaryDir &dir)
{
    if (!testBackendIsPostgres())
        return dir.filePath(QStringLiteral("hookline.db"));
    QString error;
    PostgresCluster *cluster = PostgresCluster::shared(&error);
    const QString uri = cluster ? cluster->createDatabase(&error) : QString();
    if (uri.isEmpty())
        qWarning("TempDatabase: no PostgreSQL database: %s", qPrintable(error));
    return uri;
}
} // namespace

TempDatabase::TempDatabase()
    : m_path(newDatabase(m_dir))
    , m_connection(std::make_unique<Connection>(m_path))
{
    if (m_path.isEmpty() || m_connection->open())
        m_connection.reset();
    // Services audit every change and refuse it without the audit key; in-process tests get a
    // fixed one unless they installed their own.
    if (!AuditLog::hasKey())
        AuditLog::setKey(QByteArray(32, 'k'));
}

QByteArray TempDatabase::rows() const
{
    QByteArray out;
    for (const DatabaseTable &table : databaseTables()) {
        QSqlQuery q(db());
        if (!q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY %2")
                        .arg(table.name, table.key.join(QLatin1String(", "))))) {
            qWarning("%s: %s", qPrintable(table.name), qPrintable(q.lastError().text()));
            return {};
        }
        out += table.name.toUtf8() + ":\n";
        while (q.next()) {
            const QSqlRecord row = q.record();
            for (int i = 0; i < row.count(); ++i) {
                const QVariant v = row.value(i);
                out += v.isNull()                                   ? QByteArray("NULL")
                       : v.metaType().id() == QMetaType::QByteArray ? v.toByteArray()
                                                                    : v.toString().toUtf8();
                out += '|';
            }
            out += '\n';
        }
    }
    return out;
}

QByteArray TempDatabase::storedBytes() const
{
    if (testBackendIsPostgres())
        return rows();
    QByteArray out;
    for (const char *suffix : {"", "-wal", "-shm"}) {
        QFile f(m_path + QLatin1String(suffix));
        if (f.open(QIODevice::ReadOnly))
            out += f.readAll();
    }
    return out;
}

bool refuseInserts(QSqlDatabase db, const QString &name, const QString &table,
                   const QString &message, const QString &condition)
{
    if (!isPostgres(db))
        return execAll(
            db, {QStringLiteral("CREATE TRIGGER %1 BEFORE INSERT ON %2 %3 BEGIN SELECT "
                                "RAISE(ABORT, '%4'); END")
                     .arg(name, table,
                          condition.isEmpty() ? QString() : QStringLiteral("WHEN ") + condition,
                          message)});
    return execAll(
        db, {QStringLiteral("CREATE FUNCTION %1() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                            "IF %2 THEN RAISE EXCEPTION '%3' USING ERRCODE = "
                            "'integrity_constraint_violation'; END IF; RETURN NEW; END $$")
                 .arg(name, condition.isEmpty() ? QStringLiteral("true") : condition, message),
             QStringLiteral("CREATE TRIGGER %1 BEFORE INSERT ON %2 FOR EACH ROW EXECUTE FUNCTION "
                            "%1()")
                 .arg(name, table)});
}

bool allowInserts(QSqlDatabase db, const QString &name, const QString &table)
{
    if (!isPostgres(db))
        return execAll(db, {QStringLiteral("DROP TRIGGER %1").arg(name)});
    return execAll(db, {QStringLiteral("DROP TRIGGER %1 ON %2").arg(name, table),
                        QStringLiteral("DROP FUNCTION %1()").arg(name)});
}

} // namespace hookline::test
