#include "store/databaselocation.h"

#include <QTest>

using namespace hookline;

// What --db and HOOKLINE_DB accept. Each refusal has its own row, so removing one check of the
// parser fails its row.
class DatabaseLocationTest : public QObject
{
    Q_OBJECT

private slots:
    void filePathsAreSqlite_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("absolute") << QStringLiteral("/var/lib/hookline/hookline.db");
        QTest::newRow("relative") << QStringLiteral("data/hookline.db");
        QTest::newRow("colon in name") << QStringLiteral("/tmp/a:b.db");
    }
    void filePathsAreSqlite()
    {
        QFETCH(QString, text);
        QString error;
        const auto location = DatabaseLocation::parse(text, &error);
        QVERIFY2(location, qPrintable(error));
        QCOMPARE(location->kind(), DatabaseLocation::Kind::SqliteFile);
        QCOMPARE(location->path(), text);
        QCOMPARE(location->text(), text);
    }

    void postgresUris()
    {
        QString error;
        auto tcp = DatabaseLocation::parse(
            QStringLiteral("postgresql://hookline@db.example:6543/hooks?sslmode=verify-full&"
                           "sslrootcert=/etc/ssl/ca.pem"),
            &error);
        QVERIFY2(tcp, qPrintable(error));
        QVERIFY(tcp->isPostgres());
        QCOMPARE(tcp->host(), QStringLiteral("db.example"));
        QCOMPARE(tcp->port(), 6543);
        QCOMPARE(tcp->user(), QStringLiteral("hookline"));
        QCOMPARE(tcp->databaseName(), QStringLiteral("hooks"));
        QCOMPARE(tcp->parameter(QStringLiteral("sslmode")), QStringLiteral("verify-full"));
        QCOMPARE(tcp->parameter(QStringLiteral("sslrootcert")), QStringLiteral("/etc/ssl/ca.pem"));
        QCOMPARE(tcp->label(), QStringLiteral("PostgreSQL · db.example:6543/hooks"));

        // The unix-socket form users paste from the docs: host and port as parameters.
        auto socket = DatabaseLocation::parse(
            QStringLiteral("postgresql://postgres@/hookline?host=/run/postgresql&port=5432"),
            &error);
        QVERIFY2(socket, qPrintable(error));
        QCOMPARE(socket->host(), QStringLiteral("/run/postgresql"));
        QCOMPARE(socket->port(), 5432);
        QCOMPARE(socket->user(), QStringLiteral("postgres"));
        QCOMPARE(socket->databaseName(), QStringLiteral("hookline"));
        QCOMPARE(socket->label(), QStringLiteral("PostgreSQL · local socket/hookline"));

        auto ipv6 = DatabaseLocation::parse(
            QStringLiteral("postgresql://h%40ops@[::1]:5433/hook%20line"), &error);
        QVERIFY2(ipv6, qPrintable(error));
        QCOMPARE(ipv6->host(), QStringLiteral("::1"));
        QCOMPARE(ipv6->user(), QStringLiteral("h@ops"));

        // The canonical text parses back to the same parts.
        for (const auto &original : {*tcp, *socket, *ipv6}) {
            const auto again = DatabaseLocation::parse(original.text(), &error);
            QVERIFY2(again, qPrintable(original.text() + QLatin1String(": ") + error));
            QCOMPARE(again->host(), original.host());
            QCOMPARE(again->port(), original.port());
            QCOMPARE(again->user(), original.user());
            QCOMPARE(again->databaseName(), original.databaseName());
            QCOMPARE(again->parameters(), original.parameters());
        }

        // postgres:// is libpq's other spelling; no database name: the user's name, as libpq.
        auto shortForm =
            DatabaseLocation::parse(QStringLiteral("postgres://alice@localhost"), &error);
        QVERIFY2(shortForm, qPrintable(error));
        QCOMPARE(shortForm->databaseName(), QStringLiteral("alice"));
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("message");
        QTest::newRow("password in user info")
            << QStringLiteral("postgresql://hookline:s3cret@db.example/hookline")
            << QStringLiteral("password");
        QTest::newRow("empty password in user info")
            << QStringLiteral("postgresql://hookline:@db.example/hookline")
            << QStringLiteral("password");
        QTest::newRow("password parameter")
            << QStringLiteral("postgresql://hookline@db.example/hookline?password=s3cret")
            << QStringLiteral("password");
        QTest::newRow("unknown parameter")
            << QStringLiteral("postgresql://db.example/hookline?ssl_mode=require")
            << QStringLiteral("unknown URI parameter 'ssl_mode'");
        QTest::newRow("port out of range")
            << QStringLiteral("postgresql:///hookline?host=/run/postgresql&port=70000")
            << QStringLiteral("port '70000'");
        QTest::newRow("port not a number")
            << QStringLiteral("postgresql:///hookline?host=/run/postgresql&port=fivefourthree")
            << QStringLiteral("port 'fivefourthree'");
        QTest::newRow("several hosts")
            << QStringLiteral("postgresql:///hookline?host=a.example,b.example")
            << QStringLiteral("several hosts");
        QTest::newRow("slash in database name")
            << QStringLiteral("postgresql://db.example/hook/line") << QStringLiteral("holds a '/'");
        QTest::newRow("fragment") << QStringLiteral("postgresql://db.example/hookline#x")
                                  << QStringLiteral("fragment");
        QTest::newRow("other scheme") << QStringLiteral("mysql://db.example/hookline")
                                      << QStringLiteral("neither a file path");
        QTest::newRow("empty") << QStringLiteral("  ") << QStringLiteral("empty");
    }
    void refusals()
    {
        QFETCH(QString, text);
        QFETCH(QString, message);
        QString error;
        QVERIFY(!DatabaseLocation::parse(text, &error));
        QVERIFY2(error.contains(message), qPrintable(error));
        // The error never repeats a password.
        QVERIFY2(!error.contains(QLatin1String("s3cret")), qPrintable(error));
    }

    void environmentChoosesWhenNoOption()
    {
        qputenv("HOOKLINE_DB", "postgresql://h@/x?host=/tmp");
        QCOMPARE(DatabaseLocation::chosen(QStringLiteral("/a.db")), QStringLiteral("/a.db"));
        QCOMPARE(DatabaseLocation::chosen(QString()),
                 QStringLiteral("postgresql://h@/x?host=/tmp"));
        qunsetenv("HOOKLINE_DB");
        QCOMPARE(DatabaseLocation::chosen(QString()), defaultDatabasePath());
    }
};

QTEST_GUILESS_MAIN(DatabaseLocationTest)
#include "tst_databaselocation.moc"
