#include "analytics/rollupcell.h"
#include "analytics/rollupwriter.h"
#include "security/memorysecretstore.h"
#include "security/secretheadermigration.h"
#include "security/secretnames.h"
#include "store/connection.h"
#include "store/databaselocation.h"
#include "store/deliveryrepository.h"
#include "store/endpointrepository.h"
#include "store/migrations.h"
#include "store/settingsrepository.h"
#include "store/transaction.h"
#include "support/postgrescluster.h"
#include "support/storeread.h"
#include "support/tempdatabase.h"

#include <QFile>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>

using namespace hookline;
using namespace std::chrono_literals;

namespace {

Endpoint sampleEndpoint(const QString &id, Environment env = Environment::Sandbox)
{
    Endpoint e;
    e.id = id;
    e.webhookId = QStringLiteral("wh_") + id;
    e.name = QStringLiteral("Endpoint ") + id;
    e.environment = env;
    e.url = QUrl(QStringLiteral("https://hooks.example.com/") + id);
    e.method = HttpMethod::Put;
    e.eventPatterns = {QStringLiteral("identity_document.*"), QStringLiteral("customer.created")};
    e.customHeaders = {{QStringLiteral("X-Team"), QStringLiteral("kyc")},
                       {QStringLiteral("X-Region"), QStringLiteral("eu")}};
    e.authHeaderName = QStringLiteral("X-Auth");
    e.signingScheme = SigningScheme::StandardWebhooks;
    e.timeoutSeconds = 7;
    e.retryPolicy.maxRetries = 12;
    e.retryPolicy.intervals = {5s, 30s, 600s};
    e.retryPolicy.jitterPercent = 10;
    e.autoPause.consecutiveFailures = 40;
    e.maxInFlight = 16;
    e.rateLimitPerSecond = 2.5;
    e.failoverUrl = QUrl(QStringLiteral("https://backup.example.com/h"));
    e.description = QStringLiteral("Ünïcode description");
    e.tags = {QStringLiteral("prod"), QStringLiteral("eu")};
    e.createdAt = QDateTime::fromMSecsSinceEpoch(1764092814123, Qt::UTC);
    e.updatedAt = e.createdAt;
    return e;
}

bool isPostgres(const QSqlDatabase &db)
{
    return db.driverName() == QLatin1String("QPSQL");
}

// Every table, column, index, constraint and trigger, as text to compare.
QString schemaOf(QSqlDatabase db)
{
    QSqlQuery q(db);
    if (!isPostgres(db)) {
        q.exec(QStringLiteral("SELECT type, name, tbl_name, sql FROM sqlite_master "
                              "WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name"));
    } else {
        q.exec(QStringLiteral(
            "SELECT 'column', table_name::text, column_name::text, concat_ws(' ', data_type, "
            "collation_name, is_nullable, column_default, identity_generation) FROM "
            "information_schema.columns WHERE table_schema = current_schema() UNION ALL "
            "SELECT 'index', tablename::text, indexname::text, indexdef FROM pg_indexes WHERE "
            "schemaname = current_schema() UNION ALL SELECT 'constraint', "
            "conrelid::regclass::text, "
            "conname::text, pg_get_constraintdef(oid) FROM pg_constraint WHERE connamespace = "
            "current_schema()::regnamespace UNION ALL SELECT 'trigger', tgrelid::regclass::text, "
            "tgname::text, pg_get_triggerdef(oid) FROM pg_trigger WHERE NOT tgisinternal "
            "ORDER BY 1, 2, 3, 4"));
    }
    QStringList rows;
    while (q.next())
        rows << QStringList{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                            q.value(3).toString()}
                    .join(QLatin1Char('|'));
    if (q.lastError().isValid())
        qWarning("schemaOf: %s", qPrintable(q.lastError().text()));
    return rows.join(QLatin1Char('\n'));
}

bool tableExists(QSqlDatabase db, const QString &table)
{
    QSqlQuery q(db);
    q.prepare(isPostgres(db) ? QStringLiteral("SELECT count(*) FROM information_schema.tables "
                                              "WHERE table_schema = current_schema() AND "
                                              "table_name = CAST(? AS TEXT)")
                             : QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = ?"));
    q.addBindValue(table);
    return q.exec() && q.next() && q.value(0).toInt() > 0;
}

// A database of the test's backend with nothing in it, not even a schema: a file in `dir`, or a
// new database in the test process's PostgreSQL cluster.
QString emptyDatabase(const QTemporaryDir &dir, const QString &fileName)
{
    if (!test::testBackendIsPostgres())
        return dir.filePath(fileName);
    QString error;
    test::PostgresCluster *cluster = test::PostgresCluster::shared(&error);
    const QString uri = cluster ? cluster->createDatabase(&error) : QString();
    if (uri.isEmpty())
        qWarning("no PostgreSQL database: %s", qPrintable(error));
    return uri;
}

int rowCount(QSqlDatabase db, const QString &table)
{
    QSqlQuery q(db);
    q.exec(QStringLiteral("SELECT count(*) FROM ") + table);
    return q.next() ? q.value(0).toInt() : -1;
}

QString pragma(QSqlDatabase db, const QString &name)
{
    QSqlQuery q(db);
    q.exec(QStringLiteral("PRAGMA ") + name);
    return q.next() ? q.value(0).toString() : QString();
}

} // namespace

namespace {
// A database as an older Hookline left it: created at schema `version` (0: empty), open under a
// connection of its own until it goes out of scope (declare queries after it). `location` is a
// file path or a postgresql:// URI (emptyDatabase()).
class OldDatabase
{
public:
    OldDatabase(const QString &location, int version)
        : m_name(QStringLiteral("old-v%1").arg(version))
    {
        QString error;
        const std::optional<DatabaseLocation> where = DatabaseLocation::parse(location, &error);
        if (!where) {
            qWarning("%s", qPrintable(error));
            return;
        }
        QSqlDatabase db = QSqlDatabase::addDatabase(
            where->isPostgres() ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE"), m_name);
        if (where->isPostgres()) {
            db.setHostName(where->host());
            db.setPort(where->port());
            db.setUserName(where->user());
            db.setDatabaseName(where->databaseName());
        } else {
            db.setDatabaseName(where->path());
        }
        m_ok = db.open() && (version == 0 || !Migrations::migrate(db, version));
    }
    ~OldDatabase()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    bool isValid() const { return m_ok; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

private:
    QString m_name;
    bool m_ok = false;
};
} // namespace

// For what only an SQLite file has (permissions, file format) and for upgrades of rows written
// before PostgreSQL support began at schema 6 (its step 6 has nothing to rewrite there).
#define SQLITE_ONLY(why)                                                                           \
    do {                                                                                           \
        if (test::testBackendIsPostgres())                                                         \
            QSKIP("SQLite only: " why);                                                            \
    } while (false)

class TestStore : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void freshFileIsAtLatestVersionWithPragmas();
    void newDatabaseIsPrivateUnderPermissiveUmask();
    void migratesFromEveryEarlierVersion_data();
    void migratesFromEveryEarlierVersion();
    void version4KeepsRowsAndIndexesDeadLetters();
    void version5KeepsRowsAndTakesFailureStatuses();
    void rollupsWrittenBeforeInvalidResponseKeepTheirClasses();
    void version6MarksSecretHeadersAndRedactsAttempts();
    void version8KeepsThePatternOrder();
    void secretHeaderValuesMoveToTheSecretStore();
    void secretHeaderValuesStayWhenTheStoreFails();
    void failedMigrationLeavesFileUntouched();
    void refusesNewerSchema();
    void refusesFileThatIsNotADatabase();
    void endpointRoundTrip();
    void listSeparatesEnvironments();
    void updateAndRemove();
    void duplicateIdIsAConstraintError();
    void checkConstraintsRefuseBadRows_data();
    void checkConstraintsRefuseBadRows();
    void failedWriteRollsBackCompletely();
    void outerRollbackUndoesInnerCommit();
    void removeCascadesToSubscriptions();
    void patternsKeepTheirOrderThroughRewrites();
    void setStateRecordsPause();
    void secondConnectionReadsWhileWriterHoldsTransaction();
    void settingsRoundTrip();
};

void TestStore::freshFileIsAtLatestVersionWithPragmas()
{
    test::TempDatabase tmp;
    QVERIFY(tmp.isValid());
    QSqlDatabase db = tmp.db();
    QCOMPARE(Migrations::currentVersion(db), Migrations::latestVersion());
    if (!isPostgres(db)) { // PostgreSQL's durability and foreign keys need no session setting
        QCOMPARE(pragma(db, QStringLiteral("journal_mode")), QStringLiteral("wal"));
        QCOMPARE(pragma(db, QStringLiteral("synchronous")), QStringLiteral("2")); // FULL
        QCOMPARE(pragma(db, QStringLiteral("foreign_keys")), QStringLiteral("1"));
    }
    for (const char *table : {"endpoints", "subscriptions", "events", "deliveries", "attempts",
                              "settings", "audit_log"})
        QCOMPARE(rowCount(db, QString::fromLatin1(table)), 0);
}

// Payloads hold personal data: neither the file nor its WAL and shared-memory files may be
// readable by others, whatever umask the console or `hooklinectl` was started with.
void TestStore::newDatabaseIsPrivateUnderPermissiveUmask()
{
    SQLITE_ONLY("file permissions");
    QTemporaryDir dir;
    const mode_t previous = ::umask(0);
    auto restore = qScopeGuard([previous] { ::umask(previous); });
    const QString path = dir.filePath(QStringLiteral("data/hookline.db"));
    Connection c(path);
    QVERIFY(!c.open());
    SettingsRepository settings(c.database());
    QVERIFY(!settings.setValue(QStringLiteral("test"), QStringLiteral("k"), QStringLiteral("v")));
    for (const char *suffix : {"", "-wal", "-shm"}) {
        const QString file = path + QLatin1String(suffix);
        struct stat st = {};
        QVERIFY2(::stat(QFile::encodeName(file).constData(), &st) == 0, qPrintable(file));
        QCOMPARE(st.st_mode & 07777, mode_t(0600));
    }
}

void TestStore::migratesFromEveryEarlierVersion_data()
{
    QTest::addColumn<int>("from");
    for (int v = 0; v < Migrations::latestVersion(); ++v)
        QTest::addRow("from version %d", v) << v;
}

void TestStore::migratesFromEveryEarlierVersion()
{
    QFETCH(int, from);
    QTemporaryDir dir;
    const QString path = emptyDatabase(dir, QStringLiteral("old.db"));
    {
        const OldDatabase old(path, from);
        QVERIFY(old.isValid());
        QSqlDatabase db = old.db();
        QCOMPARE(Migrations::currentVersion(db), from);
    }

    Connection upgraded(path);
    QVERIFY(!upgraded.open());
    QCOMPARE(Migrations::currentVersion(*std::make_unique<QSqlDatabase>(upgraded.database())),
             Migrations::latestVersion());
    test::TempDatabase fresh;
    const QString schema = schemaOf(fresh.db());
    QVERIFY(schema.contains(QLatin1String("subscriptions")));
    QCOMPARE(schemaOf(upgraded.database()), schema);
    // And it works: an endpoint can be stored.
    QVERIFY(
        !EndpointRepository(upgraded.database()).insert(sampleEndpoint(QStringLiteral("ep_1"))));
}

void TestStore::version4KeepsRowsAndIndexesDeadLetters()
{
    SQLITE_ONLY("rows from before schema 6");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v3.db"));
    {
        const OldDatabase old(path, 3);
        QVERIFY(old.isValid());
        QSqlQuery q(old.db());
        for (const char *sql : {
                 "INSERT INTO endpoints (id, webhook_id, environment, name, url, created_at, "
                 "updated_at) VALUES ('ep_1', 'wh_1', 'sandbox', 'One', 'https://a.example/h', 0, "
                 "0)",
                 "INSERT INTO events (id, environment, type, created_at, source, payload) "
                 "VALUES ('evt_1', 'sandbox', 'customer.created', 0, 'cli', X'7B7D')",
                 "INSERT INTO deliveries (id, event_id, endpoint_id, environment, event_type, "
                 "idempotency_key, status, attempt_count, last_outcome, created_at, updated_at) "
                 "VALUES ('dlv_1', 'evt_1', 'ep_1', 'sandbox', 'customer.created', 'k1', 'dead', "
                 "1, 'timeout', 0, 5)",
                 "INSERT INTO attempts (delivery_id, endpoint_id, number, started_at, outcome) "
                 "VALUES ('dlv_1', 'ep_1', 1, 0, 'timeout')",
             })
            QVERIFY2(q.exec(QString::fromLatin1(sql)), qPrintable(q.lastError().text()));
    }

    Connection upgraded(path);
    QVERIFY(!upgraded.open());
    QSqlDatabase db = upgraded.database();
    QCOMPARE(Migrations::currentVersion(db), Migrations::latestVersion());
    QSqlQuery q(db);
    // The attempt recorded before the step has no URL (the console falls back to the endpoint's).
    QVERIFY(q.exec(QStringLiteral("SELECT url IS NULL, outcome FROM attempts")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    QCOMPARE(q.value(1).toString(), QStringLiteral("timeout"));
    // The existing dead letter is in the new partial index (built from the rows, not empty).
    QVERIFY(q.exec(QStringLiteral("SELECT endpoint_id, last_outcome, updated_at FROM deliveries "
                                  "INDEXED BY deliveries_dead WHERE status = 'dead' AND "
                                  "environment = 'sandbox'")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("ep_1"));
    QCOMPARE(q.value(2).toLongLong(), 5);
    QVERIFY(!q.next());
    // The status index now ends with the id (newest-first walks), the created_at one is gone.
    QVERIFY(q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'index' AND name "
                                  "LIKE 'deliveries_environment_status_%'")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("deliveries_environment_status_id"));
    QVERIFY(!q.next());
    QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
}

namespace {
const QByteArray kSentinel = "sk_live_SENTINEL_1234";

// A file at schema 5 with an endpoint whose X-Api-Key value is in `endpoints` and in a stored
// attempt, as Hookline wrote them before schema 6.
void writeLegacySecretHeaders(const QString &path)
{
    const OldDatabase old(path, 5);
    QVERIFY(old.isValid());
    QSqlQuery q(old.db());
    for (const char *sql : {
             "INSERT INTO endpoints (id, webhook_id, environment, name, url, custom_headers, "
             "created_at, updated_at) VALUES ('ep_1', 'wh_1', 'sandbox', 'One', "
             "'https://a.example/h', '[{\"name\":\"X-Api-Key\",\"value\":"
             "\"sk_live_SENTINEL_1234\"},{\"name\":\"X-Team\",\"value\":\"kyc\"}]', 0, 0)",
             "INSERT INTO events (id, environment, type, created_at, source, payload) "
             "VALUES ('evt_1', 'sandbox', 'customer.created', 0, 'cli', X'7B7D')",
             "INSERT INTO deliveries (id, event_id, endpoint_id, environment, event_type, "
             "idempotency_key, status, attempt_count, created_at, updated_at) VALUES ('dlv_1', "
             "'evt_1', 'ep_1', 'sandbox', 'customer.created', 'k1', 'succeeded', 1, 0, 0)",
             "INSERT INTO attempts (delivery_id, endpoint_id, number, started_at, outcome, "
             "request_headers) VALUES ('dlv_1', 'ep_1', 1, 0, 'success', "
             "'[[\"X-Webhook-Signature\",\"sig\"],[\"Authorization\",\"Bearer [redacted]\"],"
             "[\"X-Api-Key\",\"sk_live_SENTINEL_1234\"],[\"X-Team\",\"kyc\"]]')",
         })
        QVERIFY2(q.exec(QString::fromLatin1(sql)), qPrintable(q.lastError().text()));
}

QByteArray databaseBytes(const QString &path)
{
    QByteArray out;
    for (const QString &p : QStringList{path, path + QStringLiteral("-wal")}) {
        QFile f(p);
        if (f.open(QIODevice::ReadOnly))
            out += f.readAll();
    }
    return out;
}

SecretHeaderMigration::Result migrateSecretHeaders(QSqlDatabase db, SecretStore *store)
{
    SecretHeaderMigration migration(db, store);
    std::optional<SecretHeaderMigration::Result> result;
    migration.run([&](const SecretHeaderMigration::Result &r) { result = r; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 5000))
        return {SecretStore::Error::Other, QStringLiteral("timed out"), 0};
    return *result;
}
} // namespace

void TestStore::version6MarksSecretHeadersAndRedactsAttempts()
{
    SQLITE_ONLY("rows from before schema 6");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v5.db"));
    writeLegacySecretHeaders(path);
    Connection upgraded(path);
    QVERIFY(!upgraded.open());
    QSqlDatabase db = upgraded.database();
    QCOMPARE(Migrations::currentVersion(db), Migrations::latestVersion());
    // The value stays in the row (the store is not at hand here), marked secret …
    const std::optional<Endpoint> e = EndpointRepository(db).find(QStringLiteral("ep_1")).value();
    QVERIFY(e);
    QCOMPARE(e->customHeaders.size(), 2);
    QCOMPARE(e->customHeaders.at(0),
             (HttpHeader{QStringLiteral("X-Api-Key"), QString::fromLatin1(kSentinel), true}));
    QCOMPARE(e->customHeaders.at(1), (HttpHeader{QStringLiteral("X-Team"), QStringLiteral("kyc")}));
    // … while the attempt log has it redacted, other headers as they were.
    const QList<Attempt> attempts = must(DeliveryRepository(db).attempts(QStringLiteral("dlv_1")));
    QCOMPARE(attempts.size(), 1);
    QCOMPARE(attempts.first().requestHeaders,
             (QList<HeaderPair>{{"X-Webhook-Signature", "sig"},
                                {"Authorization", "Bearer [redacted]"},
                                {"X-Api-Key", "[redacted]"},
                                {"X-Team", "kyc"}}));
}

// Patterns written before schema 8 keep the order they were read in until then.
void TestStore::version8KeepsThePatternOrder()
{
    QTemporaryDir dir;
    const QString path = emptyDatabase(dir, QStringLiteral("v7.db"));
    const QStringList patterns = {QStringLiteral("verification.completed"),
                                  QStringLiteral("customer.*"), QStringLiteral("aml.match")};
    {
        const OldDatabase old(path, 7);
        QVERIFY(old.isValid());
        QSqlQuery q(old.db());
        QVERIFY2(q.exec(QStringLiteral(
                     "INSERT INTO endpoints (id, webhook_id, environment, name, url, created_at, "
                     "updated_at) VALUES ('ep_1', 'wh_1', 'sandbox', 'One', "
                     "'https://a.example/h', 0, 0), ('ep_2', 'wh_2', 'sandbox', 'Two', "
                     "'https://b.example/h', 0, 0)")),
                 qPrintable(q.lastError().text()));
        for (const QString &endpoint : {QStringLiteral("ep_1"), QStringLiteral("ep_2")}) {
            for (const QString &pattern : patterns) {
                q.prepare(QStringLiteral(
                    "INSERT INTO subscriptions (endpoint_id, pattern) VALUES (?, ?)"));
                q.addBindValue(endpoint);
                q.addBindValue(pattern);
                QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
            }
        }
    }
    Connection upgraded(path);
    QVERIFY(!upgraded.open());
    EndpointRepository repo(upgraded.database());
    QCOMPARE(repo.find(QStringLiteral("ep_2")).value()->eventPatterns, patterns);
    const QList<Endpoint> all = repo.listAll().value();
    QCOMPARE(all.size(), 2);
    for (const Endpoint &e : all)
        QCOMPARE(e.eventPatterns, patterns);
}

void TestStore::secretHeaderValuesMoveToTheSecretStore()
{
    SQLITE_ONLY("rows from before schema 6");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v5.db"));
    writeLegacySecretHeaders(path);
    Connection upgraded(path);
    QVERIFY(!upgraded.open());
    MemorySecretStore store;
    const SecretHeaderMigration::Result first = migrateSecretHeaders(upgraded.database(), &store);
    QVERIFY2(first.ok(), qPrintable(first.detail));
    QCOMPARE(first.moved, 1);
    QCOMPARE(store.contents().value(
                 SecretNames::header(QStringLiteral("ep_1"), QStringLiteral("x-api-key"))),
             kSentinel);
    const std::optional<Endpoint> e =
        EndpointRepository(upgraded.database()).find(QStringLiteral("ep_1")).value();
    QVERIFY(e);
    QCOMPARE(e->customHeaders.at(0), (HttpHeader{QStringLiteral("X-Api-Key"), QString(), true}));
    // No copy left in the file, its free pages or the WAL.
    QVERIFY(!databaseBytes(path).contains(kSentinel));
    // Twice is harmless: nothing left to move, the stored value stays.
    const SecretHeaderMigration::Result second = migrateSecretHeaders(upgraded.database(), &store);
    QVERIFY(second.ok());
    QCOMPARE(second.moved, 0);
    QCOMPARE(store.contents().size(), 1);
}

void TestStore::secretHeaderValuesStayWhenTheStoreFails()
{
    SQLITE_ONLY("rows from before schema 6");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v5.db"));
    writeLegacySecretHeaders(path);
    Connection upgraded(path);
    QVERIFY(!upgraded.open());
    MemorySecretStore store;
    store.setUnavailable(QStringLiteral("no keyring"));
    const SecretHeaderMigration::Result r = migrateSecretHeaders(upgraded.database(), &store);
    QVERIFY(!r.ok());
    QCOMPARE(r.moved, 0);
    QVERIFY(!r.detail.contains(QString::fromLatin1(kSentinel)));
    // Never lost: still in the row, sent from there until the store takes it.
    const std::optional<Endpoint> e =
        EndpointRepository(upgraded.database()).find(QStringLiteral("ep_1")).value();
    QVERIFY(e);
    QCOMPARE(e->customHeaders.at(0).value, QString::fromLatin1(kSentinel));
}

void TestStore::version5KeepsRowsAndTakesFailureStatuses()
{
    SQLITE_ONLY("rows from before schema 6");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v4.db"));
    {
        const OldDatabase old(path, 4);
        QVERIFY(old.isValid());
        QSqlQuery q(old.db());
        QVERIFY(q.exec(QStringLiteral(
            "INSERT INTO endpoints (id, webhook_id, environment, name, url, created_at, "
            "updated_at) VALUES ('ep_1', 'wh_1', 'sandbox', 'One', 'https://a.example/h', 0, 0)")));
        // Per delivery: its last outcome, then its attempts (outcome, status; NULL = in flight).
        const struct
        {
            const char *id;
            const char *lastOutcome;
            QList<std::pair<const char *, int>> attempts;
        } rows[] = {
            {"dlv_1", "http_5xx", {{"timeout", 0}, {"http_5xx", 503}}}, // the last attempt's
            {"dlv_2", "success", {{"success", 204}}},                   // successes keep NULL
            {"dlv_3", "http_4xx", {{"http_4xx", 404}, {nullptr, 0}}},   // in flight: unknown
            {"dlv_4", "timeout", {{"timeout", 0}}},                     // no answer
            {"dlv_5", "http_4xx", {}},                                  // attempts pruned
            {"dlv_6", nullptr, {}},                                     // never attempted
        };
        for (const auto &r : rows) {
            const QString id = QString::fromLatin1(r.id);
            q.prepare(QStringLiteral("INSERT INTO events (id, environment, type, created_at, "
                                     "source, payload) VALUES (?, 'sandbox', 't', 0, 'cli', "
                                     "X'7B7D')"));
            q.addBindValue(QString(QStringLiteral("evt_") + id));
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
            q.prepare(QStringLiteral(
                "INSERT INTO deliveries (id, event_id, endpoint_id, environment, event_type, "
                "idempotency_key, status, attempt_count, last_outcome, created_at, updated_at) "
                "VALUES (?, ?, 'ep_1', 'sandbox', 't', ?, 'retrying', ?, ?, 0, 5)"));
            q.addBindValue(id);
            q.addBindValue(QString(QStringLiteral("evt_") + id));
            q.addBindValue(QString(QStringLiteral("k_") + id));
            q.addBindValue(r.attempts.size());
            q.addBindValue(r.lastOutcome ? QVariant(QString::fromLatin1(r.lastOutcome))
                                         : QVariant(QMetaType::fromType<QString>()));
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
            for (int n = 0; n < r.attempts.size(); ++n) {
                q.prepare(QStringLiteral("INSERT INTO attempts (delivery_id, endpoint_id, number, "
                                         "started_at, outcome, http_status) VALUES (?, 'ep_1', "
                                         "?, 0, ?, ?)"));
                q.addBindValue(id);
                q.addBindValue(n + 1);
                const char *outcome = r.attempts.at(n).first;
                q.addBindValue(outcome ? QVariant(QString::fromLatin1(outcome))
                                       : QVariant(QMetaType::fromType<QString>()));
                q.addBindValue(r.attempts.at(n).second);
                QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
            }
        }
    }

    Connection upgraded(path);
    QVERIFY(!upgraded.open());
    QSqlDatabase db = upgraded.database();
    QCOMPARE(Migrations::currentVersion(db), Migrations::latestVersion());
    QSqlQuery q(db);
    QVERIFY(q.exec(QStringLiteral("SELECT id, last_outcome, last_http_status FROM deliveries "
                                  "ORDER BY id")));
    QStringList got;
    while (q.next())
        got << QStringLiteral("%1 %2 %3")
                   .arg(q.value(0).toString(), q.value(1).toString(),
                        q.value(2).isNull() ? QStringLiteral("NULL") : q.value(2).toString());
    QCOMPARE(got, QStringList(
                      {QStringLiteral("dlv_1 http_5xx 503"), QStringLiteral("dlv_2 success NULL"),
                       QStringLiteral("dlv_3 http_4xx NULL"), QStringLiteral("dlv_4 timeout NULL"),
                       QStringLiteral("dlv_5 http_4xx NULL"), QStringLiteral("dlv_6  NULL")}));
    // Read back as the console reads it.
    const std::optional<Delivery> d = must(DeliveryRepository(db).find(QStringLiteral("dlv_1")));
    QVERIFY(d);
    QVERIFY(d->lastOutcome == OutcomeClass::Http5xx);
    QCOMPARE(d->lastHttpStatus, 503);
    QCOMPARE(must(DeliveryRepository(db).find(QStringLiteral("dlv_2")))->lastHttpStatus, 0);
    QCOMPARE(must(DeliveryRepository(db).attempts(QStringLiteral("dlv_1"))).size(), 2);
    QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
}

// Rollup cells store their counts by class position, with the number of classes in front. A file
// whose rollups were written when there were eleven classes (blocked and interrupted last) keeps
// every count in its class, and the new class starts at zero in the same cells.
void TestStore::rollupsWrittenBeforeInvalidResponseKeepTheirClasses()
{
    SQLITE_ONLY("rows from before schema 6");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v3-rollups.db"));
    const qint64 minute = 1764092760000; // 2025-11-25T17:46Z, a whole minute
    // As the eleven-class Hookline encoded it: format 1, 11 counts (success 5, http_5xx 3,
    // blocked 2, interrupted 1), no latency, no dead, statuses {0: 3, 200: 5, 503: 3},
    // succeeded at attempt {1: 5}.
    const QByteArray oldCell = QByteArray::fromHex("010b0500030000000000000201"
                                                   "000000"
                                                   "00"
                                                   "030003c80105af0203"
                                                   "010105");
    {
        const OldDatabase old(path, 3);
        QVERIFY(old.isValid());
        QSqlQuery q(old.db());
        for (const char *sql : {
                 "INSERT INTO endpoints (id, webhook_id, environment, name, url, created_at, "
                 "updated_at) VALUES ('ep_1', 'wh_1', 'live', 'One', 'https://a.example/h', 0, 0)",
                 "INSERT INTO events (id, environment, type, created_at, source, payload) "
                 "VALUES ('evt_1', 'live', 'customer.created', 0, 'cli', X'7B7D')",
                 "INSERT INTO deliveries (id, event_id, endpoint_id, environment, event_type, "
                 "idempotency_key, status, attempt_count, last_outcome, created_at, updated_at) "
                 "VALUES ('dlv_1', 'evt_1', 'ep_1', 'live', 'customer.created', 'k1', 'dead', "
                 "1, 'blocked', 0, 5)",
                 "INSERT INTO attempts (delivery_id, endpoint_id, number, started_at, outcome) "
                 "VALUES ('dlv_1', 'ep_1', 1, 0, 'blocked')",
             })
            QVERIFY2(q.exec(QString::fromLatin1(sql)), qPrintable(q.lastError().text()));
        for (int grain = 0; grain < RollupWriter::kGrainCount; ++grain) {
            q.prepare(QStringLiteral("INSERT INTO rollups_minute (bucket, environment, grain, "
                                     "endpoint_id, event_type, data) VALUES (?, 'live', ?, ?, ?, "
                                     "?)"));
            q.addBindValue(minute);
            q.addBindValue(grain);
            q.addBindValue(grain & 2 ? RollupWriter::any() : QStringLiteral("ep_1"));
            q.addBindValue(grain & 1 ? RollupWriter::any() : QStringLiteral("customer.created"));
            q.addBindValue(oldCell);
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        }
    }

    Connection upgraded(path);
    QVERIFY(!upgraded.open());
    QSqlDatabase db = upgraded.database();
    QCOMPARE(Migrations::currentVersion(db), Migrations::latestVersion());
    for (const auto &[table, rows] : {std::pair{"endpoints", 1}, std::pair{"deliveries", 1},
                                      std::pair{"attempts", 1}, std::pair{"rollups_minute", 4}})
        QCOMPARE(rowCount(db, QString::fromLatin1(table)), rows);
    QVERIFY(must(DeliveryRepository(db).find(QStringLiteral("dlv_1")))->lastOutcome ==
            OutcomeClass::Blocked);

    auto everything = [&] {
        QSqlQuery q(db);
        q.exec(QStringLiteral("SELECT data FROM rollups_minute WHERE grain = 3"));
        RollupCell cell;
        if (!q.next() || !cell.decode(q.value(0).toByteArray()))
            qWarning("no readable rollup cell");
        return cell;
    };
    RollupCell cell = everything();
    QCOMPARE(cell.attempts(), 11);
    QCOMPARE(cell.outcomes[size_t(OutcomeClass::Success)], 5);
    QCOMPARE(cell.outcomes[size_t(OutcomeClass::Http5xx)], 3);
    QCOMPARE(cell.outcomes[size_t(OutcomeClass::Blocked)], 2);
    QCOMPARE(cell.outcomes[size_t(OutcomeClass::Interrupted)], 1);
    QCOMPARE(cell.outcomes[size_t(OutcomeClass::InvalidResponse)], 0);

    // A new attempt of the new class lands in the same cell beside the old counts.
    {
        Transaction tx(db);
        RollupWriter w(db);
        RollupWriter::Sample s;
        s.endpointId = QStringLiteral("ep_1");
        s.eventType = QStringLiteral("customer.created");
        s.startedAtMs = minute + 30000;
        s.outcome = OutcomeClass::InvalidResponse;
        s.durationMs = 12;
        w.add(s);
        QVERIFY(!w.flush());
        QVERIFY(!tx.commit());
    }
    QCOMPARE(rowCount(db, QStringLiteral("rollups_minute")), 4);
    cell = everything();
    QCOMPARE(cell.attempts(), 12);
    QCOMPARE(cell.outcomes[size_t(OutcomeClass::InvalidResponse)], 1);
    QCOMPARE(cell.outcomes[size_t(OutcomeClass::Blocked)], 2);
    QCOMPARE(cell.outcomes[size_t(OutcomeClass::Interrupted)], 1);
}

void TestStore::failedMigrationLeavesFileUntouched()
{
    QTemporaryDir dir;
    const QString path = emptyDatabase(dir, QStringLiteral("conflict.db"));
    {
        const OldDatabase empty(path, 0);
        QVERIFY(empty.isValid());
        // A stray table makes step 1 fail half-way (after the other tables' statements ran).
        QSqlQuery q(empty.db());
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE attempts (x TEXT)")));
    }
    Connection c(path);
    const auto error = c.open();
    QVERIFY(error.has_value());
    QVERIFY(error->code == StoreError::Code::Migration);
    QSqlDatabase db = c.database();
    QCOMPARE(Migrations::currentVersion(db), 0);
    // The tables created before the failure were rolled back.
    QVERIFY(tableExists(db, QStringLiteral("attempts")));
    QVERIFY(!tableExists(db, QStringLiteral("endpoints")));
}

void TestStore::refusesNewerSchema()
{
    QTemporaryDir dir;
    const QString path = emptyDatabase(dir, QStringLiteral("new.db"));
    {
        // What a newer Hookline's migration leaves: its schema version.
        const OldDatabase newer(path, Migrations::latestVersion());
        QVERIFY(newer.isValid());
        QSqlQuery q(newer.db());
        QVERIFY(q.exec(
            isPostgres(newer.db())
                ? QStringLiteral("UPDATE hookline_schema SET version = %1")
                      .arg(Migrations::latestVersion() + 1)
                : QStringLiteral("PRAGMA user_version = %1").arg(Migrations::latestVersion() + 1)));
    }
    Connection c(path);
    const auto error = c.open();
    QVERIFY(error.has_value());
    QVERIFY(error->code == StoreError::Code::TooNew);
    QSqlDatabase db = c.database();
    QCOMPARE(Migrations::currentVersion(db), Migrations::latestVersion() + 1);
}

void TestStore::refusesFileThatIsNotADatabase()
{
    SQLITE_ONLY("a file");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("text.db"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    const QByteArray text =
        QByteArray("this is not an SQLite database, just some text that is long enough\n")
            .repeated(20);
    f.write(text);
    f.close();
    Connection c(path);
    const auto error = c.open();
    QVERIFY(error.has_value());
    QCOMPARE(QFileInfo(path).size(), qint64(text.size())); // untouched
}

void TestStore::endpointRoundTrip()
{
    test::TempDatabase tmp;
    EndpointRepository repo(tmp.db());
    const Endpoint e = sampleEndpoint(QStringLiteral("ep_a"));
    QVERIFY(!repo.insert(e));
    const auto back = repo.find(e.id).value();
    QVERIFY(back.has_value());
    QCOMPARE(*back, e);

    Endpoint minimal;
    minimal.id = QStringLiteral("ep_min");
    minimal.webhookId = QStringLiteral("wh_min");
    minimal.name = QStringLiteral("m");
    minimal.url = QUrl(QStringLiteral("https://m.example.com"));
    minimal.createdAt = minimal.updatedAt = e.createdAt;
    QVERIFY(!repo.insert(minimal));
    QCOMPARE(*repo.find(minimal.id), minimal);
    QVERIFY(!repo.find(QStringLiteral("ep_missing")).value().has_value());
}

void TestStore::listSeparatesEnvironments()
{
    test::TempDatabase tmp;
    EndpointRepository repo(tmp.db());
    QVERIFY(!repo.insert(sampleEndpoint(QStringLiteral("ep_1"), Environment::Live)));
    QVERIFY(!repo.insert(sampleEndpoint(QStringLiteral("ep_2"), Environment::Sandbox)));
    QVERIFY(!repo.insert(sampleEndpoint(QStringLiteral("ep_3"), Environment::Sandbox)));
    const QList<Endpoint> live = repo.list(Environment::Live).value();
    QCOMPARE(live.size(), 1);
    QCOMPARE(live.first().id, QStringLiteral("ep_1"));
    QCOMPARE(live.first().eventPatterns.size(), 2);
    const QList<Endpoint> sandbox = repo.list(Environment::Sandbox).value();
    QCOMPARE(sandbox.size(), 2);
    for (const Endpoint &e : sandbox)
        QCOMPARE(e.eventPatterns, sampleEndpoint(e.id).eventPatterns);
    QCOMPARE(repo.count(Environment::Sandbox).value(), 2);
    QCOMPARE(repo.listAll().value().size(), 3);
}

void TestStore::updateAndRemove()
{
    test::TempDatabase tmp;
    EndpointRepository repo(tmp.db());
    Endpoint e = sampleEndpoint(QStringLiteral("ep_u"));
    QVERIFY(!repo.insert(e));
    e.name = QStringLiteral("Renamed");
    e.eventPatterns = {QStringLiteral("*")};
    e.failoverUrl = QUrl();
    e.retryPolicy.intervals.clear();
    e.autoPause = {};
    QVERIFY(!repo.update(e));
    QCOMPARE(*repo.find(e.id), e);

    Endpoint ghost = sampleEndpoint(QStringLiteral("ep_ghost"));
    const auto notFound = repo.update(ghost);
    QVERIFY(notFound.has_value());
    QVERIFY(notFound->code == StoreError::Code::NotFound);

    QVERIFY(!repo.remove(e.id));
    QVERIFY(!repo.find(e.id).value().has_value());
    QVERIFY(repo.remove(e.id)->code == StoreError::Code::NotFound);
}

void TestStore::duplicateIdIsAConstraintError()
{
    test::TempDatabase tmp;
    EndpointRepository repo(tmp.db());
    QVERIFY(!repo.insert(sampleEndpoint(QStringLiteral("ep_d"))));
    const auto err = repo.insert(sampleEndpoint(QStringLiteral("ep_d")));
    QVERIFY(err.has_value());
    QVERIFY(err->code == StoreError::Code::Constraint);
    Endpoint sameWebhook = sampleEndpoint(QStringLiteral("ep_other"));
    sameWebhook.webhookId = QStringLiteral("wh_ep_d");
    QVERIFY(repo.insert(sameWebhook)->code == StoreError::Code::Constraint);
    QCOMPARE(repo.listAll().value().size(), 1);
}

void TestStore::checkConstraintsRefuseBadRows_data()
{
    QTest::addColumn<int>("which");
    QTest::newRow("http url") << 0;
    QTest::newRow("timeout 11") << 1;
    QTest::newRow("timeout 0") << 2;
    QTest::newRow("max retries 101") << 3;
    QTest::newRow("jitter 31") << 4;
    QTest::newRow("max in flight 0") << 5;
    QTest::newRow("blank name") << 6;
    QTest::newRow("negative rate limit") << 7;
    QTest::newRow("http failover") << 8;
}

void TestStore::checkConstraintsRefuseBadRows()
{
    // The schema is the last line of defence when code skips validation.
    QFETCH(int, which);
    test::TempDatabase tmp;
    Endpoint e = sampleEndpoint(QStringLiteral("ep_c"));
    switch (which) {
    case 0:
        e.url = QUrl(QStringLiteral("http://x.example.com"));
        break;
    case 1:
        e.timeoutSeconds = 11;
        break;
    case 2:
        e.timeoutSeconds = 0;
        break;
    case 3:
        e.retryPolicy.maxRetries = 101;
        break;
    case 4:
        e.retryPolicy.jitterPercent = 31;
        break;
    case 5:
        e.maxInFlight = 0;
        break;
    case 6:
        e.name = QStringLiteral("   ");
        break;
    case 7:
        e.rateLimitPerSecond = -1;
        break;
    case 8:
        e.failoverUrl = QUrl(QStringLiteral("http://x.example.com"));
        break;
    }
    const auto err = EndpointRepository(tmp.db()).insert(e);
    QVERIFY(err.has_value());
    QVERIFY(err->code == StoreError::Code::Constraint);
    QCOMPARE(rowCount(tmp.db(), QStringLiteral("endpoints")), 0);
    QCOMPARE(rowCount(tmp.db(), QStringLiteral("subscriptions")), 0);
}

void TestStore::failedWriteRollsBackCompletely()
{
    test::TempDatabase tmp;
    EndpointRepository repo(tmp.db());
    const Endpoint original = sampleEndpoint(QStringLiteral("ep_r"));
    QVERIFY(!repo.insert(original));

    // The endpoint row updates fine, then a subscription violates its CHECK: nothing may remain.
    Endpoint changed = original;
    changed.name = QStringLiteral("Half-written");
    changed.eventPatterns = {QStringLiteral("customer.created"), QString()};
    const auto err = repo.update(changed);
    QVERIFY(err.has_value());
    QCOMPARE(*repo.find(original.id), original);

    Endpoint fresh = sampleEndpoint(QStringLiteral("ep_new"));
    fresh.eventPatterns = {QStringLiteral("a.b"), QString()};
    QVERIFY(repo.insert(fresh).has_value());
    QVERIFY(!repo.find(fresh.id).value().has_value());
    QCOMPARE(rowCount(tmp.db(), QStringLiteral("subscriptions")), 2); // only the original's
}

void TestStore::outerRollbackUndoesInnerCommit()
{
    test::TempDatabase tmp;
    {
        Transaction outer(tmp.db());
        QVERIFY(outer.isActive());
        QVERIFY(!EndpointRepository(tmp.db()).insert(sampleEndpoint(QStringLiteral("ep_in"))));
        QCOMPARE(rowCount(tmp.db(), QStringLiteral("endpoints")), 1);
        // outer goes out of scope uncommitted
    }
    QCOMPARE(rowCount(tmp.db(), QStringLiteral("endpoints")), 0);
    {
        Transaction outer(tmp.db());
        QVERIFY(!EndpointRepository(tmp.db()).insert(sampleEndpoint(QStringLiteral("ep_in"))));
        QVERIFY(!outer.commit());
    }
    QCOMPARE(rowCount(tmp.db(), QStringLiteral("endpoints")), 1);
}

void TestStore::removeCascadesToSubscriptions()
{
    test::TempDatabase tmp;
    EndpointRepository repo(tmp.db());
    QVERIFY(!repo.insert(sampleEndpoint(QStringLiteral("ep_x"))));
    QCOMPARE(rowCount(tmp.db(), QStringLiteral("subscriptions")), 2);
    QVERIFY(!repo.remove(QStringLiteral("ep_x")));
    QCOMPARE(rowCount(tmp.db(), QStringLiteral("subscriptions")), 0);
}

// Patterns read back in the order they were written, also after the table was rewritten: a
// physical row order (ctid, rowid) is no order. PostgreSQL's CLUSTER (or pg_repack, or a copy
// that inserts rows in key order) stores them sorted by the primary key; SQLite's VACUUM may
// renumber rowids.
void TestStore::patternsKeepTheirOrderThroughRewrites()
{
    test::TempDatabase tmp;
    EndpointRepository repo(tmp.db());
    Endpoint e = sampleEndpoint(QStringLiteral("ep_o"));
    e.eventPatterns = {QStringLiteral("verification.completed"), QStringLiteral("customer.*"),
                       QStringLiteral("identity_document.approved"), QStringLiteral("aml.match")};
    QVERIFY(!repo.insert(e));
    QVERIFY(!repo.insert(sampleEndpoint(QStringLiteral("ep_a"))));
    e.eventPatterns.move(0, 2);
    QVERIFY(!repo.update(e));
    QSqlQuery q(tmp.db());
    const QString rewrite = tmp.store().dialect() == Store::Dialect::Postgres
                                ? QStringLiteral("CLUSTER subscriptions USING subscriptions_pkey")
                                : QStringLiteral("VACUUM");
    QVERIFY2(q.exec(rewrite), qPrintable(q.lastError().text()));
    QCOMPARE(repo.find(e.id).value()->eventPatterns, e.eventPatterns);
    const QList<Endpoint> all = repo.listAll().value();
    QCOMPARE(all.size(), 2);
    for (const Endpoint &listed : all)
        QCOMPARE(listed.eventPatterns,
                 listed.id == e.id ? e.eventPatterns : sampleEndpoint(listed.id).eventPatterns);
}

void TestStore::setStateRecordsPause()
{
    test::TempDatabase tmp;
    EndpointRepository repo(tmp.db());
    QVERIFY(!repo.insert(sampleEndpoint(QStringLiteral("ep_p"))));
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(1764100000000, Qt::UTC);
    QVERIFY(
        !repo.setState(QStringLiteral("ep_p"), EndpointState::Paused, QStringLiteral("why"), at));
    Endpoint e = *repo.find(QStringLiteral("ep_p")).value();
    QVERIFY(e.state == EndpointState::Paused);
    QCOMPARE(e.pausedReason, QStringLiteral("why"));
    QCOMPARE(e.pausedAt, at);
    QVERIFY(
        !repo.setState(QStringLiteral("ep_p"), EndpointState::Active, QString(), at.addSecs(5)));
    e = *repo.find(QStringLiteral("ep_p")).value();
    QVERIFY(e.state == EndpointState::Active);
    QVERIFY(e.pausedReason.isEmpty());
    QVERIFY(!e.pausedAt.isValid());
    QCOMPARE(repo.setState(QStringLiteral("ep_none"), EndpointState::Paused, {}, at)->code,
             StoreError::Code::NotFound);
}

void TestStore::secondConnectionReadsWhileWriterHoldsTransaction()
{
    test::TempDatabase tmp;
    QVERIFY(!EndpointRepository(tmp.db()).insert(sampleEndpoint(QStringLiteral("ep_1"))));
    Connection reader(tmp.path());
    QVERIFY(!reader.open());
    Transaction tx(tmp.db());
    QVERIFY(!EndpointRepository(tmp.db()).insert(sampleEndpoint(QStringLiteral("ep_2"))));
    // WAL: the reader sees the last committed state without waiting for the writer.
    QCOMPARE(EndpointRepository(reader.database()).listAll().value().size(), 1);
    QVERIFY(!tx.commit());
    QCOMPARE(EndpointRepository(reader.database()).listAll().value().size(), 2);
}

void TestStore::settingsRoundTrip()
{
    test::TempDatabase tmp;
    SettingsRepository settings(tmp.db());
    QVERIFY(!settings.value(QStringLiteral("engine"), QStringLiteral("x")).value().has_value());
    QVERIFY(!settings.setValue(QStringLiteral("engine"), QStringLiteral("x"), QStringLiteral("1")));
    QVERIFY(!settings.setValue(QStringLiteral("engine"), QStringLiteral("x"), QStringLiteral("2")));
    QVERIFY(!settings.setValue(QStringLiteral("other"), QStringLiteral("x"), QStringLiteral("3")));
    QCOMPARE(*settings.value(QStringLiteral("engine"), QStringLiteral("x")).value(),
             QStringLiteral("2"));
    QCOMPARE(settings.values(QStringLiteral("engine")).value().size(), 1);
    QVERIFY(!settings.remove(QStringLiteral("engine"), QStringLiteral("x")));
    QCOMPARE(
        settings.value(QStringLiteral("engine"), QStringLiteral("x"), QStringLiteral("d")).value(),
        QStringLiteral("d"));
}

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
