// hooklinectl db copy / db status / db password, run as the real binary. Whatever
// HOOKLINE_TEST_BACKEND says, these need both backends at once: SQLite files in a temporary
// folder and databases in the test process's PostgreSQL cluster (support/postgrescluster.h).
// The audit key lives in the opt-in file store, so the chain the CLI writes and the one the copy
// verifies use one key; `db password` goes to the real keychain (test.sh's gnome-keyring).
#include "analytics/rollupwriter.h"
#include "security/filesecretstore.h"
#include "security/secretnames.h"
#include "store/connection.h"
#include "store/databaselocation.h"
#include "store/databasetables.h"
#include "store/transaction.h"
#include "support/clirunner.h"
#include "support/databasedump.h"
#include "support/deliveryfixture.h"
#include "support/postgrescluster.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <QUuid>

using namespace hookline;
using namespace hookline::test;

namespace {
const QByteArray kAuditKey(32, 'a');
// An attempt's answer with bytes that are not text: a BLOB in SQLite, bytea in PostgreSQL.
const QByteArray kBody("{\"ok\":false}\n\x00\xff\xfe tail", 20);
constexpr int kManyEvents = 1100; // more than one batch (DatabaseCopy::kBatchRows)

using Counts = QMap<QString, qint64>;
} // namespace

class TestDbCommands : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void roundTripSqlitePostgresSqlite();
    void refusesANonEmptyTarget_data();
    void refusesANonEmptyTarget();
    void refusesAPasswordInTheUri_data();
    void refusesAPasswordInTheUri();
    void refusesAnUnknownSource_data();
    void refusesAnUnknownSource();
    void tamperedChainFailsTheVerifyStep();
    void status_data();
    void status();
    void passwordSetAndDelete();
    void storedPasswordReachesEveryConnection();
    void dumpHoldsEveryRow_data();
    void dumpHoldsEveryRow();

private:
    CliResult cli(const QStringList &args, const QByteArray &stdinData = {}) const
    {
        return runCli(args, stdinData, 60000, m_env);
    }
    CliResult copy(const QString &from, const QString &to) const
    {
        return cli({QStringLiteral("db"), QStringLiteral("copy"), QStringLiteral("--from"), from,
                    QStringLiteral("--to"), to});
    }
    QString file(const QString &name) const { return m_dir->filePath(name); }
    QString newPostgres() const;
    void populate(const QString &location);
    static Counts counts(const QString &location);
    static QByteArray dump(const QString &location);
    static QVariantList column(const QString &location, const QString &sql);
    int serverTables(const QString &uri) const;
    QString passwordOnlyDatabase(const QByteArray &password) const;

    PostgresCluster *m_cluster = nullptr;
    std::unique_ptr<QTemporaryDir> m_dir;
    QProcessEnvironment m_env;
    QString m_endpoint; // the first endpoint populate() adds
};

void TestDbCommands::initTestCase()
{
    QString error;
    m_cluster = PostgresCluster::shared(&error);
    QVERIFY2(m_cluster, qPrintable(error));
}

void TestDbCommands::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    const QString secrets = file(QStringLiteral("secrets/secrets.json"));
    m_env = QProcessEnvironment::systemEnvironment();
    m_env.insert(QStringLiteral("HOOKLINE_SECRET_STORE"), QStringLiteral("file:") + secrets);
    // The key the CLI will read, so what this process writes below needs no audit entry of its
    // own and the CLI's entries verify with it.
    FileSecretStore store(secrets);
    bool written = false;
    store.write(SecretNames::auditKey(), kAuditKey, &store,
                [&written](const SecretStore::Result &r) { written = r.ok(); });
    QTRY_VERIFY(written);
}

QString TestDbCommands::newPostgres() const
{
    QString error;
    const QString uri = m_cluster->createDatabase(&error);
    if (uri.isEmpty())
        qWarning("no PostgreSQL database: %s", qPrintable(error));
    return uri;
}

// A database with something in every table: endpoints with subscriptions and a custom header,
// an allowlist setting and four audit entries (through the CLI, as a user would), then events,
// deliveries in five states, attempts with headers and a binary body, and rollups.
void TestDbCommands::populate(const QString &location)
{
    const QStringList db{QStringLiteral("--db"), location};
    auto r =
        cli(db +
            QStringList{QStringLiteral("endpoint"), QStringLiteral("add"), QStringLiteral("--name"),
                        QStringLiteral("kyc"), QStringLiteral("--url"),
                        QStringLiteral("https://kyc.example.com/hooks"), QStringLiteral("--events"),
                        QStringLiteral("customer.*,identity_document.approved"),
                        QStringLiteral("--header"), QStringLiteral("X-Team: kyc")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    m_endpoint = QString::fromUtf8(r.out.trimmed());
    r = cli(db + QStringList{QStringLiteral("endpoint"), QStringLiteral("add"),
                             QStringLiteral("--name"), QStringLiteral("crm"),
                             QStringLiteral("--url"),
                             QStringLiteral("https://crm.example.com/in")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QString crm = QString::fromUtf8(r.out.trimmed());
    r = cli(db + QStringList{QStringLiteral("policy"), QStringLiteral("allow"),
                             QStringLiteral("10.20.0.0/16"), QStringLiteral("--port"),
                             QStringLiteral("8443")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = cli(db + QStringList{QStringLiteral("endpoint"), QStringLiteral("pause"), crm});
    QVERIFY2(r.exitCode == 0, r.err.constData());

    Connection c(location);
    QVERIFY(!c.open());
    DeliveryFixture fx(c.database());
    const auto add = [&](DeliveryStatus status, std::optional<OutcomeClass> outcome, int n) {
        return fx.addDelivery(fx.addEvent(QStringLiteral("customer.created")), m_endpoint, status,
                              outcome, n);
    };
    add(DeliveryStatus::Pending, std::nullopt, 0);
    const Delivery retrying = add(DeliveryStatus::Retrying, OutcomeClass::Http5xx, 1);
    add(DeliveryStatus::Succeeded, OutcomeClass::Success, 1);
    add(DeliveryStatus::Dead, OutcomeClass::Timeout, 3);
    add(DeliveryStatus::Dead, OutcomeClass::InvalidResponse, 3);
    fx.addMany(kManyEvents, fx.addEvent(QStringLiteral("customer.updated")), crm,
               DeliveryStatus::Succeeded, OutcomeClass::Success);

    for (int n = 1; n <= 2; ++n) {
        Attempt a;
        a.deliveryId = retrying.id;
        a.number = n;
        a.startedAt = fx.base().addSecs(100 + n);
        a.durationMs = 40 + n;
        a.outcome = OutcomeClass::Http5xx;
        a.httpStatus = 503;
        a.requestHeaders = {{"Content-Type", "application/json"}, {"X-Team", "kyc"}};
        a.responseHeaders = {{"Retry-After", "30"}, {"Server", "nginx"}};
        a.responseBody = kBody;
        a.connectedAddress = QStringLiteral("203.0.113.7:443");
        a.url = QUrl(QStringLiteral("https://kyc.example.com/hooks"));
        QVERIFY(fx.addAttempt(a));
    }

    Transaction tx(c.database());
    RollupWriter w(c.store());
    for (int i = 0; i < 5; ++i) {
        RollupWriter::Sample s;
        s.environment = Environment::Sandbox;
        s.endpointId = m_endpoint;
        s.eventType = QStringLiteral("customer.created");
        s.startedAtMs = fx.base().addSecs(3600 * i).toMSecsSinceEpoch();
        s.durationMs = 30 + i;
        s.httpStatus = 200;
        w.add(s);
    }
    QVERIFY(!w.flush());
    QVERIFY(!tx.commit());
}

// Every table's rows, counted here rather than by the command under test.
Counts TestDbCommands::counts(const QString &location)
{
    Counts out;
    Connection c(location, Connection::Mode::ReadOnly);
    if (auto e = c.open()) {
        qWarning("cannot open %s: %s", qPrintable(location), qPrintable(e->message));
        return out;
    }
    for (const DatabaseTable &table : databaseTables()) {
        QSqlQuery q(c.database());
        if (q.exec(QStringLiteral("SELECT count(*) FROM ") + table.name) && q.next())
            out.insert(table.name, q.value(0).toLongLong());
    }
    return out;
}

QByteArray TestDbCommands::dump(const QString &location)
{
    Connection c(location, Connection::Mode::ReadOnly);
    if (auto e = c.open())
        return "<cannot open: " + e->message.toUtf8() + '>';
    return databaseDump(c.store());
}

QVariantList TestDbCommands::column(const QString &location, const QString &sql)
{
    QVariantList out;
    Connection c(location, Connection::Mode::ReadOnly);
    if (c.open())
        return out;
    QSqlQuery q(c.database());
    if (!q.exec(sql))
        qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
    while (q.next())
        out << q.value(0);
    return out;
}

// Tables in the cluster database `uri` names, counted without a Connection (which would make the
// schema): 0 for a database nothing has touched.
int TestDbCommands::serverTables(const QString &uri) const
{
    const QString connection = QStringLiteral("server-tables");
    int tables = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
        db.setHostName(m_cluster->socketDir());
        db.setPort(m_cluster->port());
        db.setUserName(QStringLiteral("postgres"));
        db.setDatabaseName(QUrl(uri).path().mid(1));
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("SELECT count(*) FROM information_schema.tables "
                                      "WHERE table_schema = 'public'")) &&
                q.next())
                tables = q.value(0).toInt();
        }
        if (tables < 0)
            qWarning("%s: %s", qPrintable(uri), qPrintable(db.lastError().text()));
    }
    QSqlDatabase::removeDatabase(connection);
    return tables;
}

void TestDbCommands::roundTripSqlitePostgresSqlite()
{
    const QString source = file(QStringLiteral("source.db"));
    populate(source);
    const Counts before = counts(source);
    QCOMPARE(before.value(QStringLiteral("endpoints")), 2);
    QCOMPARE(before.value(QStringLiteral("subscriptions")), 3);
    QCOMPARE(before.value(QStringLiteral("events")), 5 + kManyEvents);
    QCOMPARE(before.value(QStringLiteral("deliveries")), 5 + kManyEvents);
    QCOMPARE(before.value(QStringLiteral("attempts")), 2);
    QCOMPARE(before.value(QStringLiteral("audit_log")), 4);
    QVERIFY(before.value(QStringLiteral("settings")) >= 1);
    for (const char *rollups : {"rollups_minute", "rollups_hour", "rollups_day"})
        QVERIFY2(before.value(QLatin1String(rollups)) > 0, rollups);

    const QString postgres = newPostgres();
    QVERIFY(!postgres.isEmpty());
    auto r = copy(source, postgres);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    // A progress line per batch (plain lines when stderr is not a terminal).
    QVERIFY2(r.err.contains("copying endpoints: 2 / 2 rows\n"), r.err.constData());
    QVERIFY2(r.err.contains("copying events: 1000 / 1105 rows\n"), r.err.constData());
    QVERIFY2(r.err.contains("copying events: 1105 / 1105 rows\n"), r.err.constData());
    QVERIFY2(r.err.contains("copying audit_log: 4 / 4 rows\n"), r.err.constData());
    // The counts, printed per table, and the verify step.
    QVERIFY2(r.out.contains("deliveries") && r.out.contains("1105"), r.out.constData());
    QVERIFY2(r.out.contains("row counts match; audit log verified: 4 entries"), r.out.constData());
    QCOMPARE(counts(postgres), before);

    const QString back = file(QStringLiteral("back.db"));
    r = cli({QStringLiteral("--json"), QStringLiteral("db"), QStringLiteral("copy"),
             QStringLiteral("--from"), postgres, QStringLiteral("--to"), back});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject printed = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(printed.value(QStringLiteral("audit_verified")).toBool(), true);
    QCOMPARE(printed.value(QStringLiteral("audit_entries")).toInt(), 4);
    QCOMPARE(printed.value(QStringLiteral("rows"))
                 .toObject()
                 .value(QStringLiteral("attempts"))
                 .toInteger(),
             2);
    QCOMPARE(counts(back), before);

    // Row for row the same as where it started: headers, bodies, hashes, settings, rollups.
    QCOMPARE(dump(back), dump(source));
    const QString attemptSql = QStringLiteral("SELECT %1 FROM attempts ORDER BY id");
    for (const QString &location : {postgres, back}) {
        QCOMPARE(column(location, attemptSql.arg(QStringLiteral("response_body"))),
                 (QVariantList{kBody, kBody}));
        const QVariantList headers =
            column(location, attemptSql.arg(QStringLiteral("request_headers")));
        QCOMPARE(headers.size(), 2);
        QVERIFY2(headers.first().toString().contains(QLatin1String("[\"X-Team\",\"kyc\"]")),
                 qPrintable(headers.first().toString()));
        QCOMPARE(column(location, QStringLiteral("SELECT hash FROM audit_log ORDER BY seq")),
                 column(source, QStringLiteral("SELECT hash FROM audit_log ORDER BY seq")));
        r = cli(
            {QStringLiteral("--db"), location, QStringLiteral("audit"), QStringLiteral("verify")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains("audit log verified: 4 entries"), r.out.constData());
    }
    QCOMPARE(column(postgres, QStringLiteral("SELECT value FROM settings ORDER BY scope, key")),
             column(source, QStringLiteral("SELECT value FROM settings ORDER BY scope, key")));

    // The copy goes on where the source stopped: the next audit entry and attempt number follow.
    r = cli({QStringLiteral("--db"), postgres, QStringLiteral("endpoint"), QStringLiteral("resume"),
             m_endpoint});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = cli({QStringLiteral("--db"), postgres, QStringLiteral("audit"), QStringLiteral("verify")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.out.contains("audit log verified: 5 entries"), r.out.constData());
    {
        Connection c(postgres);
        QVERIFY(!c.open());
        Attempt a;
        a.deliveryId = QStringLiteral("dlv_00000002"); // the retrying one
        a.number = 3;
        a.startedAt = QDateTime::currentDateTimeUtc();
        a.outcome = OutcomeClass::Success;
        a.httpStatus = 200;
        QVERIFY(DeliveryFixture(c.database()).addAttempt(a));
    }
    QCOMPARE(column(postgres, QStringLiteral("SELECT id FROM attempts ORDER BY id")),
             (QVariantList{1, 2, 3}));
}

void TestDbCommands::refusesANonEmptyTarget_data()
{
    QTest::addColumn<bool>("postgresTarget");
    QTest::newRow("sqlite") << false;
    QTest::newRow("postgresql") << true;
}

void TestDbCommands::refusesANonEmptyTarget()
{
    QFETCH(bool, postgresTarget);
    const QString source = file(QStringLiteral("source.db"));
    QCOMPARE(cli({QStringLiteral("--db"), source, QStringLiteral("policy"), QStringLiteral("allow"),
                  QStringLiteral("10.0.0.0/8")})
                 .exitCode,
             0);
    const QString target = postgresTarget ? newPostgres() : file(QStringLiteral("target.db"));
    const auto added =
        cli({QStringLiteral("--db"), target, QStringLiteral("endpoint"), QStringLiteral("add"),
             QStringLiteral("--url"), QStringLiteral("https://kept.example.com/in")});
    QVERIFY2(added.exitCode == 0, added.err.constData());
    const QByteArray before = dump(target);

    const auto r = copy(source, target);
    QCOMPARE_NE(r.exitCode, 0);
    QVERIFY2(r.err.contains("the target is not empty: endpoints holds 1 rows"), r.err.constData());
    QVERIFY(r.out.isEmpty());
    QCOMPARE(dump(target), before);
}

void TestDbCommands::refusesAPasswordInTheUri_data()
{
    QTest::addColumn<QString>("side");
    QTest::newRow("to") << QStringLiteral("--to");
    QTest::newRow("from") << QStringLiteral("--from");
}

void TestDbCommands::refusesAPasswordInTheUri()
{
    QFETCH(QString, side);
    const QString source = file(QStringLiteral("source.db"));
    QCOMPARE(cli({QStringLiteral("--db"), source, QStringLiteral("policy"), QStringLiteral("allow"),
                  QStringLiteral("10.0.0.0/8")})
                 .exitCode,
             0);
    const QString withPassword =
        QStringLiteral("postgresql://postgres:Hunter2pw@/hookline?host=%1&port=%2")
            .arg(m_cluster->socketDir())
            .arg(m_cluster->port());
    const auto r = side == QLatin1String("--to") ? copy(source, withPassword)
                                                 : copy(withPassword, file(QStringLiteral("t.db")));
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains((side + QStringLiteral(": the URI holds a password")).toUtf8()),
             r.err.constData());
    QVERIFY2(r.err.contains("hooklinectl db password set"), r.err.constData());
    QVERIFY2(!r.err.contains("Hunter2pw") && !r.out.contains("Hunter2pw"), r.err.constData());
    QVERIFY(!QFile::exists(file(QStringLiteral("t.db"))));
}

void TestDbCommands::refusesAnUnknownSource_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("missing file") << QStringLiteral("@DIR@/nothing-here.db")
                                  << QByteArray("no database at @DIR@/nothing-here.db") << 4;
    QTest::newRow("unknown database")
        << QStringLiteral("@CLUSTER@") << QByteArray("cannot open the source database @CLUSTER@")
        << 1;
    QTest::newRow("unreachable server")
        << QStringLiteral("postgresql://postgres@/hookline?host=@DIR@/no-server&port=1")
        << QByteArray("cannot open the source database postgresql://postgres@/hookline") << 1;
}

void TestDbCommands::refusesAnUnknownSource()
{
    QFETCH(QString, source);
    QFETCH(QByteArray, message);
    QFETCH(int, exitCode);
    const QString cluster = m_cluster->uri(QStringLiteral("no_such_database"));
    const auto fill = [&](QString text) {
        return text.replace(QStringLiteral("@DIR@"), m_dir->path())
            .replace(QStringLiteral("@CLUSTER@"), cluster);
    };
    source = fill(source);
    const QString sqliteTarget = file(QStringLiteral("target.db"));
    const QString postgresTarget = newPostgres();
    for (const QString &target : {sqliteTarget, postgresTarget}) {
        const auto r = copy(source, target);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.err.contains(fill(QString::fromUtf8(message)).toUtf8()), r.err.constData());
        QVERIFY(r.out.isEmpty());
    }
    // No target was written: no file, and the server's database is still without a schema.
    QVERIFY(!QFile::exists(sqliteTarget));
    QCOMPARE(serverTables(postgresTarget), 0);
}

void TestDbCommands::tamperedChainFailsTheVerifyStep()
{
    const QString source = file(QStringLiteral("source.db"));
    populate(source);
    {
        Connection c(source);
        QVERIFY(!c.open());
        QSqlQuery q(c.database());
        QVERIFY(q.exec(QStringLiteral(
            "UPDATE audit_log SET details = replace(details, 'kyc', 'kyx') WHERE seq = 1")));
        QCOMPARE(q.numRowsAffected(), 1);
    }
    const QString postgres = newPostgres();
    const auto r = copy(source, postgres);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("copied, but the audit chain does not verify on the target "
                            "(hash_mismatch at seq 1)"),
             r.err.constData());
    QVERIFY(!r.out.contains("row counts match"));
}

void TestDbCommands::status_data()
{
    QTest::addColumn<bool>("postgres");
    QTest::newRow("sqlite") << false;
    QTest::newRow("postgresql") << true;
}

void TestDbCommands::status()
{
    QFETCH(bool, postgres);
    const QString location = postgres ? newPostgres() : file(QStringLiteral("status.db"));
    populate(location);
    const Counts expected = counts(location);
    QCOMPARE(expected.value(QStringLiteral("deliveries")), 5 + kManyEvents);
    QCOMPARE(expected.value(QStringLiteral("attempts")), 2);

    auto r = cli({QStringLiteral("--db"), location, QStringLiteral("--json"), QStringLiteral("db"),
                  QStringLiteral("status")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QStringList keys = o.keys();
    keys.sort();
    QCOMPARE(keys, (QStringList{QStringLiteral("backend"), QStringLiteral("latest_schema_version"),
                                QStringLiteral("location"), QStringLiteral("rows"),
                                QStringLiteral("schema_version"), QStringLiteral("server_version"),
                                QStringLiteral("size_bytes")}));
    QCOMPARE(o.value(QStringLiteral("backend")).toString(),
             postgres ? QStringLiteral("postgresql") : QStringLiteral("sqlite"));
    const QString version = o.value(QStringLiteral("server_version")).toString();
    QVERIFY2(postgres ? version.startsWith(QLatin1String("15."))
                      : version.startsWith(QLatin1Char('3')),
             qPrintable(version));
    QVERIFY(o.value(QStringLiteral("schema_version")).toInt() > 0);
    QCOMPARE(o.value(QStringLiteral("schema_version")).toInt(),
             o.value(QStringLiteral("latest_schema_version")).toInt());
    QVERIFY(o.value(QStringLiteral("size_bytes")).toInteger() > 0);
    const QJsonObject rows = o.value(QStringLiteral("rows")).toObject();
    QCOMPARE(rows.size(), databaseTables().size());
    for (auto it = expected.cbegin(); it != expected.cend(); ++it)
        QCOMPARE(rows.value(it.key()).toInteger(), it.value());

    r = cli({QStringLiteral("--db"), location, QStringLiteral("db"), QStringLiteral("status")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QString text = QString::fromUtf8(r.out);
    QVERIFY2(text.contains(postgres ? QLatin1String("backend:  PostgreSQL 15.")
                                    : QLatin1String("backend:  SQLite 3.")),
             qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("schema:   %1 (this Hookline: %1)")
                               .arg(o.value(QStringLiteral("schema_version")).toInt())),
             qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("size:     ")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("deliveries %1").arg(5 + kManyEvents)) ||
                 text.contains(QRegularExpression(
                     QStringLiteral("deliveries\\s+%1\\n").arg(5 + kManyEvents))),
             qPrintable(text));
}

// The keychain keeps the password under SecretNames::databasePassword(URI); it is never printed
// and never written to the database.
void TestDbCommands::passwordSetAndDelete()
{
    const QString uri = newPostgres();
    QVERIFY(!uri.isEmpty());
    QString error;
    const auto location = DatabaseLocation::parse(uri, &error);
    QVERIFY2(location, qPrintable(error));
    const QString name = SecretNames::databasePassword(location->text());
    const QByteArray password = "pw-" + QUuid::createUuid().toString(QUuid::Id128).toLatin1();
    // The real keychain, as a user's shell has it.
    QProcessEnvironment env = m_env;
    env.remove(QStringLiteral("HOOKLINE_SECRET_STORE"));
    const std::unique_ptr<SecretStore> keychain = SecretStore::createDefault();
    QCOMPARE(keychain->kind(), SecretStore::Kind::Keychain);
    const auto stored = [&keychain, &name]() {
        std::optional<SecretStore::Result> result;
        keychain->read(name, keychain.get(),
                       [&result](const SecretStore::Result &r) { result = r; });
        (void)QTest::qWaitFor([&result] { return result.has_value(); }, 10000);
        return result.value_or(SecretStore::Result{});
    };
    std::vector<CliResult> printed;
    const auto run = [&](const QStringList &args, const QByteArray &in = {}) {
        printed.push_back(runCli(args, in, 60000, env));
        return printed.back();
    };

    auto r = run({QStringLiteral("db"), QStringLiteral("password"), QStringLiteral("set"), uri},
                 password + '\n');
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QByteArray storedLine =
        "password stored in the keychain for " + location->text().toUtf8();
    QVERIFY2(r.out.contains(storedLine), r.out.constData());
    const SecretStore::Result found = stored();
    QVERIFY2(found.ok(), qPrintable(found.detail));
    QCOMPARE(found.value, password);

    // A command on that server reads it (trust auth: the login itself cannot be told apart).
    r = run({QStringLiteral("--db"), uri, QStringLiteral("endpoint"), QStringLiteral("add"),
             QStringLiteral("--url"), QStringLiteral("https://kyc.example.com/in")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = run({QStringLiteral("--db"), uri, QStringLiteral("--json"), QStringLiteral("db"),
             QStringLiteral("status")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(!dump(uri).contains(password));

    // A URI with a password, or an SQLite file, is refused before anything is stored.
    r = run({QStringLiteral("db"), QStringLiteral("password"), QStringLiteral("set"),
             file(QStringLiteral("x.db"))},
            password + '\n');
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("an SQLite file has no password"), r.err.constData());
    r = run({QStringLiteral("db"), QStringLiteral("password"), QStringLiteral("set"), uri},
            QByteArray("\n"));
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(stored().value, password); // an empty line replaces nothing

    r = run({QStringLiteral("db"), QStringLiteral("password"), QStringLiteral("delete"), uri});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.out.contains("password deleted for"), r.out.constData());
    QCOMPARE(stored().error, SecretStore::Error::NotFound);

    for (const CliResult &p : printed) {
        QVERIFY2(!p.out.contains(password), p.out.constData());
        QVERIFY2(!p.err.contains(password), p.err.constData());
    }
}

// A database of the cluster that only a role with a password may open (scram-sha-256 for that
// role, trust for everyone else): what a real server looks like to `--db`, --from and --to.
QString TestDbCommands::passwordOnlyDatabase(const QByteArray &password) const
{
    const QString connection = QStringLiteral("password-only");
    QString hbaFile;
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
        db.setHostName(m_cluster->socketDir());
        db.setPort(m_cluster->port());
        db.setUserName(QStringLiteral("postgres"));
        db.setDatabaseName(QStringLiteral("postgres"));
        if (db.open()) {
            QSqlQuery q(db);
            ok = q.exec(QStringLiteral("CREATE ROLE with_password LOGIN PASSWORD '%1'")
                            .arg(QString::fromLatin1(password))) &&
                 q.exec(QStringLiteral("CREATE DATABASE password_only OWNER with_password")) &&
                 q.exec(QStringLiteral("SHOW hba_file")) && q.next();
            if (ok)
                hbaFile = q.value(0).toString();
            QFile hba(hbaFile);
            ok = ok && hba.open(QIODevice::ReadOnly);
            const QByteArray rules = hba.readAll();
            hba.close();
            ok = ok && hba.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
                 hba.write("local all with_password scram-sha-256\n" + rules) > 0;
            hba.close();
            ok = ok && q.exec(QStringLiteral("SELECT pg_reload_conf()"));
            if (!ok)
                qWarning("%s", qPrintable(q.lastError().text() + hba.errorString()));
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return ok ? QStringLiteral("postgresql://with_password@/password_only?host=%1&port=%2")
                    .arg(m_cluster->socketDir())
                    .arg(m_cluster->port())
              : QString();
}

// `db password set` (here in the file store standing in for the keychain, so the audit key
// agrees) is what every connection of the CLI uses: --db, and both sides of `db copy`.
void TestDbCommands::storedPasswordReachesEveryConnection()
{
    const QByteArray password = "pw-" + QUuid::createUuid().toString(QUuid::Id128).toLatin1();
    const QString server = passwordOnlyDatabase(password);
    QVERIFY(!server.isEmpty());
    m_env.remove(QStringLiteral("PGPASSWORD"));
    m_env.insert(QStringLiteral("PGPASSFILE"), file(QStringLiteral("no-pgpass")));
    std::vector<CliResult> printed;
    const auto run = [&](const QStringList &args, const QByteArray &in = {}) {
        printed.push_back(cli(args, in));
        return printed.back();
    };
    const QStringList status{QStringLiteral("--db"), server, QStringLiteral("db"),
                             QStringLiteral("status")};
    // Without the password the server says no (the new rule is in force).
    QTRY_VERIFY_WITH_TIMEOUT(run(status).exitCode != 0, 10000);
    QVERIFY2(printed.back().err.contains("password"), printed.back().err.constData());

    auto r = run({QStringLiteral("db"), QStringLiteral("password"), QStringLiteral("set"), server},
                 password + '\n');
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = run(status);
    QVERIFY2(r.exitCode == 0, r.err.constData());

    const QString source = file(QStringLiteral("source.db"));
    populate(source);
    r = run({QStringLiteral("db"), QStringLiteral("copy"), QStringLiteral("--from"), source,
             QStringLiteral("--to"), server});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QString back = file(QStringLiteral("back.db"));
    r = run({QStringLiteral("db"), QStringLiteral("copy"), QStringLiteral("--from"), server,
             QStringLiteral("--to"), back});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(dump(back), dump(source));
    QVERIFY(!dump(back).contains(password));

    for (const CliResult &p : printed) {
        QVERIFY2(!p.out.contains(password), p.out.constData());
        QVERIFY2(!p.err.contains(password), p.err.constData());
    }
}

void TestDbCommands::dumpHoldsEveryRow_data()
{
    status_data();
}

// The other cli tests prove "nothing changed" with support/databasedump.h on both backends; it
// must see every row of every table, and a change.
void TestDbCommands::dumpHoldsEveryRow()
{
    QFETCH(bool, postgres);
    const QString location = postgres ? newPostgres() : file(QStringLiteral("dump.db"));
    populate(location);
    const Counts expected = counts(location);
    const QList<QByteArray> lines = dump(location).split('\n');
    Counts dumped;
    QString table;
    for (const QByteArray &line : lines) {
        if (line.startsWith("== "))
            table = QString::fromUtf8(line.mid(3));
        else if (!line.isEmpty() && !table.isEmpty())
            ++dumped[table]; // the first line of a table is its header
    }
    for (auto it = expected.cbegin(); it != expected.cend(); ++it)
        QCOMPARE(dumped.value(it.key()) - 1, it.value());
    QCOMPARE(dumped.size(), databaseTables().size());

    const QByteArray before = fileDigest(location);
    QCOMPARE(fileDigest(location), before);
    QCOMPARE(
        cli({QStringLiteral("--db"), location, QStringLiteral("endpoint"), QStringLiteral("update"),
             m_endpoint, QStringLiteral("--timeout"), QStringLiteral("7")})
            .exitCode,
        0);
    QCOMPARE_NE(fileDigest(location), before);
}

QTEST_GUILESS_MAIN(TestDbCommands)
#include "tst_dbcommands.moc"
