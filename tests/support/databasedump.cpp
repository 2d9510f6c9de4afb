#include "support/databasedump.h"

#include "store/connection.h"
#include "store/databaselocation.h"
#include "store/databasetables.h"
#include "support/postgrescluster.h"
#include "support/tempdatabase.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUuid>

namespace hookline::test {

namespace {
// One value, the same text whichever driver read it: bytes as hex, since SQLite BLOBs and
// PostgreSQL bytea both arrive as QByteArray.
QByteArray valueText(const QVariant &value)
{
    if (value.isNull())
        return QByteArrayLiteral("NULL");
    if (value.typeId() == QMetaType::QByteArray)
        return QByteArrayLiteral("x'") + value.toByteArray().toHex() + '\'';
    return value.toString().toUtf8();
}
} // namespace

QByteArray databaseDump(const Store &store)
{
    QByteArray dump;
    const QSqlDatabase db = store;
    for (const DatabaseTable &table : databaseTables()) {
        dump += "== " + table.name.toUtf8() + '\n';
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY %2")
                        .arg(table.name, table.key.join(QLatin1String(", "))))) {
            dump += "unreadable: " + q.lastError().text().toUtf8() + '\n';
            continue;
        }
        const QSqlRecord record = q.record();
        for (int i = 0; i < record.count(); ++i)
            dump += (i ? "|" : "") + record.fieldName(i).toUtf8();
        dump += '\n';
        while (q.next()) {
            for (int i = 0; i < record.count(); ++i)
                dump += (i ? "|" : "") + valueText(q.value(i));
            dump += '\n';
        }
    }
    return dump;
}

QByteArray databaseDigest(const Store &store)
{
    return QCryptographicHash::hash(databaseDump(store), QCryptographicHash::Sha256).toHex();
}

QString uncreatedDatabase(const TempDatabase &db)
{
    if (!testBackendIsPostgres())
        return db.dir() + QStringLiteral("/never-created.db");
    PostgresCluster *cluster = PostgresCluster::shared();
    const QString name =
        QStringLiteral("never_") + QUuid::createUuid().toString(QUuid::Id128).left(12);
    return cluster ? cluster->uri(name) : QString();
}

bool databaseWasCreated(const QString &location)
{
    QString error;
    const auto parsed = DatabaseLocation::parse(location, &error);
    if (!parsed || !parsed->isPostgres())
        return QFileInfo::exists(location);
    Connection connection(location, Connection::Mode::ReadOnly);
    return !connection.open();
}

} // namespace hookline::test
