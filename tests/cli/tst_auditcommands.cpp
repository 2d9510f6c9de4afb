// hooklinectl audit … and the audit entries other commands write, run as the real binary. The
// audit key and anchor go to the opt-in file store so the test needs no keychain.
#include "support/clirunner.h"
#include "support/tempdatabase.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace hookline;
using namespace hookline::test;

class TestAuditCommands : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void commandsAreAuditedAndVerify();
    void verifyNamesTheFirstBadEntry_data();
    void verifyNamesTheFirstBadEntry();
    void exportWritesJsonLines();
    void noAuditKeyRefusesChanges();
    void listReportsAnUnreadableLog();

private:
    CliResult cli(const QStringList &args, const QProcessEnvironment &env) const
    {
        return runCli(QStringList{QStringLiteral("--db"), m_db} + args, {}, 30000, env);
    }
    CliResult cli(const QStringList &args) const { return cli(args, m_env); }
    QString addEndpoint(const QString &name) const;
    void sql(const QString &statement) const;

    std::unique_ptr<TempDatabase> m_database;
    QString m_db;
    QProcessEnvironment m_env;
};

void TestAuditCommands::init()
{
    m_database = std::make_unique<TempDatabase>();
    QVERIFY(m_database->isValid());
    m_db = m_database->path();
    m_env = QProcessEnvironment::systemEnvironment();
    m_env.insert(QStringLiteral("HOOKLINE_SECRET_STORE"),
                 QStringLiteral("file:") + m_database->dir() + QStringLiteral("/secrets.json"));
}

QString TestAuditCommands::addEndpoint(const QString &name) const
{
    const auto r =
        cli({QStringLiteral("endpoint"), QStringLiteral("add"), QStringLiteral("--url"),
             QStringLiteral("https://hooks.example.com/a"), QStringLiteral("--name"), name});
    if (r.exitCode != 0)
        qWarning() << r.err;
    return QString::fromLatin1(r.out.trimmed());
}

void TestAuditCommands::sql(const QString &statement) const
{
    QSqlQuery q(m_database->db());
    QVERIFY2(q.exec(statement), qPrintable(statement + QLatin1Char(' ') + q.lastError().text()));
}

void TestAuditCommands::commandsAreAuditedAndVerify()
{
    const QString id = addEndpoint(QStringLiteral("one"));
    QVERIFY(id.startsWith(QLatin1String("ep_")));
    QCOMPARE(cli({QStringLiteral("endpoint"), QStringLiteral("pause"), id}).exitCode, 0);
    QCOMPARE(cli({QStringLiteral("policy"), QStringLiteral("allow"), QStringLiteral("10.0.0.0/8")})
                 .exitCode,
             0);

    auto r = cli({QStringLiteral("--json"), QStringLiteral("audit"), QStringLiteral("list")});
    QCOMPARE(r.exitCode, 0);
    const QJsonArray entries = QJsonDocument::fromJson(r.out).array();
    QCOMPARE(entries.size(), 3);
    QCOMPARE(entries[0].toObject().value(QStringLiteral("action")).toString(),
             QStringLiteral("policy.allow"));
    QCOMPARE(entries[1].toObject().value(QStringLiteral("action")).toString(),
             QStringLiteral("endpoint.pause"));
    QCOMPARE(entries[2].toObject().value(QStringLiteral("object")).toString(), id);

    r = cli({QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--action"),
             QStringLiteral("endpoint.*"), QStringLiteral("--limit"), QStringLiteral("1")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("endpoint.pause"));
    QVERIFY(!r.out.contains("endpoint.create"));

    // The anchor was written before each command exited: verify names it.
    r = cli({QStringLiteral("--json"), QStringLiteral("audit"), QStringLiteral("verify")});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject report = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(report.value(QStringLiteral("ok")).toBool(), true);
    QCOMPARE(report.value(QStringLiteral("entries")).toInt(), 3);
    QCOMPARE(report.value(QStringLiteral("anchor_seq")).toInt(), 3);
    r = cli({QStringLiteral("audit"), QStringLiteral("verify")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("verified: 3 entries"));
}

void TestAuditCommands::verifyNamesTheFirstBadEntry_data()
{
    QTest::addColumn<QString>("tamper");
    QTest::addColumn<QByteArray>("named");
    QTest::addColumn<QString>("code");
    QTest::newRow("edit details")
        << QStringLiteral("UPDATE audit_log SET details = replace(details, 'two', 'six') "
                          "WHERE seq = 2")
        << QByteArray("at seq 2 (endpoint.create)") << QStringLiteral("hash_mismatch");
    QTest::newRow("delete one") << QStringLiteral("DELETE FROM audit_log WHERE seq = 2")
                                << QByteArray("at seq 2:") << QStringLiteral("missing");
    QTest::newRow("drop the tail") << QStringLiteral("DELETE FROM audit_log WHERE seq >= 3")
                                   << QByteArray("at seq 3:") << QStringLiteral("truncated");
}

void TestAuditCommands::verifyNamesTheFirstBadEntry()
{
    QFETCH(QString, tamper);
    QFETCH(QByteArray, named);
    QFETCH(QString, code);
    addEndpoint(QStringLiteral("one"));
    addEndpoint(QStringLiteral("two"));
    addEndpoint(QStringLiteral("three"));
    QCOMPARE(cli({QStringLiteral("audit"), QStringLiteral("verify")}).exitCode, 0);
    sql(tamper);
    auto r = cli({QStringLiteral("audit"), QStringLiteral("verify")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(named), r.err.constData());
    r = cli({QStringLiteral("--json"), QStringLiteral("audit"), QStringLiteral("verify")});
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("code")).toString(),
             code);
}

void TestAuditCommands::exportWritesJsonLines()
{
    addEndpoint(QStringLiteral("one"));
    addEndpoint(QStringLiteral("two"));
    const QString out = m_database->dir() + QStringLiteral("/audit.jsonl");
    auto r = cli({QStringLiteral("audit"), QStringLiteral("export"), QStringLiteral("--out"), out});
    QCOMPARE(r.exitCode, 0);
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = f.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), 2);
    const QJsonObject second = QJsonDocument::fromJson(lines[1]).object();
    QCOMPARE(second.value(QStringLiteral("seq")).toInt(), 2);
    QCOMPARE(second.value(QStringLiteral("prev_hash")).toString(),
             QJsonDocument::fromJson(lines[0]).object().value(QStringLiteral("hash")).toString());

    r = cli({QStringLiteral("audit"), QStringLiteral("export")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out.trimmed().split('\n').size(), 2);
    r = cli({QStringLiteral("audit"), QStringLiteral("export"), QStringLiteral("--since"),
             QStringLiteral("2099-01-01T00:00:00Z")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.trimmed().isEmpty());
    r = cli({QStringLiteral("audit"), QStringLiteral("export"), QStringLiteral("--since"),
             QStringLiteral("yesterday-ish")});
    QCOMPARE(r.exitCode, 2);
}

void TestAuditCommands::noAuditKeyRefusesChanges()
{
    QProcessEnvironment env = m_env;
    env.insert(QStringLiteral("HOOKLINE_SECRET_STORE"), QStringLiteral("nowhere"));
    auto r = cli({QStringLiteral("endpoint"), QStringLiteral("add"), QStringLiteral("--url"),
                  QStringLiteral("https://hooks.example.com/a")},
                 env);
    QVERIFY(r.exitCode != 0);
    QVERIFY2(r.err.contains("audit key"), r.err.constData());
    r = cli({QStringLiteral("--json"), QStringLiteral("endpoint"), QStringLiteral("list")}, env);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(r.out).array().size(), 0);
}

// An unreadable log fails the command instead of listing no entries.
void TestAuditCommands::listReportsAnUnreadableLog()
{
    QVERIFY(addEndpoint(QStringLiteral("one")).startsWith(QLatin1String("ep_")));
    sql(QStringLiteral("ALTER TABLE audit_log RENAME TO audit_log_gone"));
    const auto r = cli({QStringLiteral("--json"), QStringLiteral("audit"), QStringLiteral("list")});
    QCOMPARE_NE(r.exitCode, 0);
    QVERIFY2(r.err.contains("cannot read the audit log"), r.err.constData());
    QVERIFY(r.out.isEmpty());
}

QTEST_GUILESS_MAIN(TestAuditCommands)
#include "tst_auditcommands.moc"
