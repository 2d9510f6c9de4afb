#include "store/connection.h"
#include "store/migrations.h"
#include "store/sqldatabase.h"
#include "store/transaction.h"
#include "support/postgrescluster.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <thread>

using namespace hookline;
using hookline::test::PostgresCluster;

// The PostgreSQL backend's own behaviour against a real server: the schema, two processes
// migrating at once, error codes, a read-only session, and a server restart.
class PostgresStoreTest : public QObject
{
    Q_OBJECT

private:
    PostgresCluster *m_cluster = nullptr;

    QString newDatabase()
    {
        QString error;
        const QString uri = m_cluster->createDatabase(&error);
        if (uri.isEmpty())
            qWarning("%s", qPrintable(error));
        return uri;
    }

    static QString columnType(const QSqlDatabase &db, const QString &table, const QString &column)
    {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT data_type FROM information_schema.columns "
                                 "WHERE table_name = ? AND column_name = ?"));
        q.addBindValue(table);
        q.addBindValue(column);
        if (!q.exec() || !q.next())
            return {};
        return q.value(0).toString();
    }

private slots:
    void initTestCase()
    {
        QString error;
        m_cluster = PostgresCluster::shared(&error);
        QVERIFY2(m_cluster, qPrintable(error));
    }

    void migratesToTheLatestSchemaWithPostgresTypes()
    {
        Connection connection(newDatabase());
        const auto error = connection.open();
        QVERIFY2(!error, error ? qPrintable(error->message) : "");
        QCOMPARE(connection.dialect(), Store::Dialect::Postgres);
        QCOMPARE(connection.store().dialect(), Store::Dialect::Postgres);
        QSqlDatabase db = connection.database();
        QCOMPARE(Migrations::currentVersion(db), Migrations::latestVersion());
        // Millisecond times do not fit PostgreSQL's 4-byte integer.
        QCOMPARE(columnType(db, QStringLiteral("deliveries"), QStringLiteral("created_at")),
                 QStringLiteral("bigint"));
        QCOMPARE(columnType(db, QStringLiteral("events"), QStringLiteral("payload")),
                 QStringLiteral("bytea"));
        QCOMPARE(columnType(db, QStringLiteral("endpoints"), QStringLiteral("rate_limit")),
                 QStringLiteral("double precision"));
        // Identity columns number rows themselves, as SQLite's INTEGER PRIMARY KEY does.
        QSqlQuery q(db);
        QVERIFY2(q.exec(QStringLiteral("INSERT INTO audit_log (at, actor, action, object, details, "
                                       "prev_hash, hash) VALUES (1, 'a', 'b', 'c', '{}', "
                                       "'\\x00', '\\x01') RETURNING seq")),
                 qPrintable(q.lastError().text()));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toLongLong(), 1);
        // 2^40 ms fits (it would not in int4).
        QVERIFY2(q.exec(QStringLiteral("UPDATE audit_log SET at = 1099511627776")),
                 qPrintable(q.lastError().text()));

        // Opening again does not migrate again.
        Connection second(connection.path());
        QVERIFY(!second.open());
        QSqlDatabase secondDb = second.database();
        QCOMPARE(Migrations::currentVersion(secondDb), Migrations::latestVersion());
    }

    void twoProcessesMigratingAtOnceBothSucceed()
    {
        const QString uri = newDatabase();
        std::optional<StoreError> errors[2];
        std::thread other([&] {
            Connection c(uri);
            errors[1] = c.open();
        });
        {
            Connection c(uri);
            errors[0] = c.open();
        }
        other.join();
        QVERIFY2(!errors[0], errors[0] ? qPrintable(errors[0]->message) : "");
        QVERIFY2(!errors[1], errors[1] ? qPrintable(errors[1]->message) : "");
    }

    void errorsMapToStoreCodes()
    {
        Connection a(newDatabase());
        QVERIFY(!a.open());
        Connection b(a.path());
        QVERIFY(!b.open());
        QSqlDatabase dbA = a.database();
        QSqlDatabase dbB = b.database();
        QSqlQuery qa(dbA);
        QVERIFY(qa.exec(
            QStringLiteral("INSERT INTO settings (scope, key, value) VALUES ('s', 'k', 'v')")));
        // A duplicate key is a Constraint.
        QVERIFY(!qa.exec(
            QStringLiteral("INSERT INTO settings (scope, key, value) VALUES ('s', 'k', 'v')")));
        QCOMPARE(StoreError::fromSql(qa.lastError()).code, StoreError::Code::Constraint);

        // A row lock held past lock_timeout is Busy, as SQLite's busy timeout.
        Transaction holding(dbA);
        QVERIFY(!holding.error());
        QVERIFY(qa.exec(QStringLiteral("UPDATE settings SET value = 'w' WHERE key = 'k'")));
        QSqlQuery qb(dbB);
        QVERIFY(qb.exec(QStringLiteral("SET lock_timeout = 200")));
        QVERIFY(!qb.exec(QStringLiteral("UPDATE settings SET value = 'x' WHERE key = 'k'")));
        QCOMPARE(StoreError::fromSql(qb.lastError()).code, StoreError::Code::Busy);
        holding.rollback();
    }

    void nestedTransactionsAreSavepoints()
    {
        Connection c(newDatabase());
        QVERIFY(!c.open());
        QSqlDatabase db = c.database();
        QSqlQuery q(db);
        {
            Transaction outer(db);
            QVERIFY(!outer.error());
            QVERIFY(q.exec(QStringLiteral("INSERT INTO settings VALUES ('s', 'outer', '1')")));
            {
                Transaction inner(db);
                QVERIFY(!inner.error());
                QVERIFY(q.exec(QStringLiteral("INSERT INTO settings VALUES ('s', 'inner', '1')")));
                // not committed: rolls back to the savepoint only
            }
            QVERIFY(!outer.commit());
        }
        QVERIFY(q.exec(QStringLiteral("SELECT string_agg(key, ',') FROM settings")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("outer"));
    }

    void readOnlyConnectionRefusesWrites()
    {
        const QString uri = newDatabase();
        {
            Connection writer(uri);
            QVERIFY(!writer.open());
        }
        Connection reader(uri, Connection::Mode::ReadOnly);
        QVERIFY(!reader.open());
        QSqlQuery q(reader.database());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM endpoints")));
        QVERIFY(!q.exec(QStringLiteral("INSERT INTO settings VALUES ('s', 'k', 'v')")));
    }

    void aMissingDatabaseIsAClearError()
    {
        Connection c(m_cluster->uri(QStringLiteral("no_such_database")));
        const auto error = c.open();
        QVERIFY(error);
        QCOMPARE(error->code, StoreError::Code::OpenFailed);
        QVERIFY2(error->message.contains(QLatin1String("no_such_database")),
                 qPrintable(error->message));
    }

    void aServerRestartIsConnectionLostThenReopenWorks()
    {
        Connection c(newDatabase());
        QVERIFY(!c.open());
        QSqlQuery q(c.database());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO settings VALUES ('s', 'before', '1')")));
        QString error;
        QVERIFY2(m_cluster->stop(&error), qPrintable(error));
        const bool restarted = m_cluster->start(&error);
        QVERIFY2(restarted, qPrintable(error));
        QSqlQuery lost(c.database());
        QVERIFY(!lost.exec(QStringLiteral("SELECT count(*) FROM settings")));
        QCOMPARE(StoreError::fromSql(lost.lastError()).code, StoreError::Code::ConnectionLost);
        const auto reopened = c.reopen();
        QVERIFY2(!reopened, reopened ? qPrintable(reopened->message) : "");
        QSqlQuery again(c.database());
        QVERIFY2(again.exec(QStringLiteral("SELECT count(*) FROM settings WHERE key = 'before'")),
                 qPrintable(again.lastError().text()));
        QVERIFY(again.next());
        QCOMPARE(again.value(0).toInt(), 1);
    }
};

QTEST_GUILESS_MAIN(PostgresStoreTest)
#include "tst_postgresstore.moc"
