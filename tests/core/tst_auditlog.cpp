#include "audit/auditanchor.h"
#include "audit/auditexporter.h"
#include "audit/auditlog.h"
#include "audit/auditquery.h"
#include "audit/auditverifier.h"
#include "config/endpointservice.h"
#include "engine/deliveryqueue.h"
#include "events/eventpublisher.h"
#include "events/samplegenerator.h"
#include "replay/replayservice.h"
#include "security/allowlist.h"
#include "security/auditkeeper.h"
#include "security/keychainsecretstore.h"
#include "security/memorysecretstore.h"
#include "security/secretnames.h"
#include "store/settingsrepository.h"
#include "store/transaction.h"
#include "support/tempdatabase.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <atomic>
#include <thread>

using namespace hookline;

namespace {
const QByteArray kKey(32, 'k');

enum class Tamper
{
    None,
    FlipDetails,
    WhitespaceInDetails,
    FlipActor,
    FlipHash,
    FlipPrevHash,
    Delete,
    Swap,
    DropTail,
    RestoreOlderCopy,
    RestoreOlderCopyThenAppend,
    AnchorBehind,
    WrongKey,
    NoKey,
};

qint64 scalar(QSqlDatabase db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

bool exec(QSqlDatabase db, const QString &sql)
{
    QSqlQuery q(db);
    const bool ok = q.exec(sql);
    if (!ok)
        qWarning() << sql << q.lastError().text();
    return ok;
}

std::optional<AuditAnchor> tailAnchor(QSqlDatabase db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1")) ||
        !q.next())
        return std::nullopt;
    return AuditAnchor{q.value(0).toLongLong(), q.value(1).toByteArray()};
}

void appendMany(QSqlDatabase db, int count, int offset = 0)
{
    for (int i = 0; i < count; ++i) {
        QVERIFY(!AuditLog::append(db, QStringLiteral("test.action"),
                                  QStringLiteral("obj_%1").arg(offset + i),
                                  QJsonObject{{QStringLiteral("n"), offset + i},
                                              {QStringLiteral("text"), QStringLiteral("é ü\"")}}));
    }
}

// Copies a (checkpointed) database file aside or back.
bool copyFile(const QString &from, const QString &to)
{
    QFile::remove(to);
    return QFile::copy(from, to);
}
} // namespace

class TestAuditLog : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void chainLinksAndCanonicalJson();
    void twoConnectionsAppendingAtOnceKeepOneChain();
    void tamperMatrix_data();
    void tamperMatrix();
    void serviceAppendsShareTheTransaction();
    void servicesRefuseWithoutKey();
    void auditedActions_data();
    void auditedActions();
    void engineActorForItsDecisions();
    void deadLetteringIsAudited();
    void keeperCreatesKeyAndAnchors();
    void keeperNeverAnchorsATamperedChain();
    void keeperReportsMissingKey();
    void exportWritesJsonLines();
    void queryPagesNewestFirstWithFilters();
    void readsReportAnUnreadableLog();
    void realKeychainRoundTrip();
    void appendAndVerifyCost();
};

void TestAuditLog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestAuditLog::init()
{
    AuditLog::setKey(kKey);
    AuditLog::setThreadActor(QString());
}

void TestAuditLog::chainLinksAndCanonicalJson()
{
    test::TempDatabase db;
    AuditEntry first;
    AuditEntry second;
    QVERIFY(!AuditLog::append(db.db(), QStringLiteral("a.b"), QStringLiteral("x"),
                              QJsonObject{{QStringLiteral("z"), 1}, {QStringLiteral("a"), 2}},
                              &first));
    QVERIFY(!AuditLog::append(db.db(), QStringLiteral("a.c"), QStringLiteral("y"), {}, &second));
    QCOMPARE(first.seq, 1);
    QCOMPARE(second.seq, 2);
    QCOMPARE(first.prevHash, AuditEntry::genesisHash());
    QCOMPARE(second.prevHash, first.hash);
    QCOMPARE(first.hash.size(), 32);
    QCOMPARE(first.actor, AuditLog::osUser());
    // Sorted keys, no whitespace.
    QCOMPARE(first.details, QByteArray("{\"a\":2,\"z\":1}"));
    QVERIFY(first.canonicalJson().startsWith("{\"action\":\"a.b\",\"actor\":\""));
    QVERIFY(!first.canonicalJson().contains(' '));
    QCOMPARE(first.canonicalJson(),
             AuditEntry::canonical(QJsonObject{{QStringLiteral("action"), first.action},
                                               {QStringLiteral("actor"), first.actor},
                                               {QStringLiteral("at"), first.at.toMSecsSinceEpoch()},
                                               {QStringLiteral("details"), first.detailsObject()},
                                               {QStringLiteral("object"), first.object}}));
    // The documented formula, computed independently.
    QMessageAuthenticationCode mac(QCryptographicHash::Sha256, kKey);
    mac.addData(AuditEntry::genesisHash());
    mac.addData(QByteArray::fromHex("0000000000000001"));
    mac.addData(first.canonicalJson());
    QCOMPARE(first.hash, mac.result());
    const auto r = AuditVerifier::verify(db.db(), kKey, tailAnchor(db.db()));
    QVERIFY(r.ok());
    QCOMPARE(r.entries, 2);
    QCOMPARE(r.verifiedUpTo, 2);
}

// The console and the engine (or two engines on one PostgreSQL server) append to one chain at
// once. Each append reads the tail and writes the next seq: without serialising the two, both
// would take the same tail and the second append would fail (or, without the primary key, fork
// the chain). SQLite's write lock serialises them; PostgreSQL needs the advisory lock.
void TestAuditLog::twoConnectionsAppendingAtOnceKeepOneChain()
{
    test::TempDatabase db;
    constexpr int kPerConnection = 150;
    std::atomic<int> ready = 0;
    std::atomic<int> failures = 0;
    QString firstError;
    auto appender = [&](int who) {
        Connection c(db.path());
        if (c.open()) {
            failures += kPerConnection;
            return;
        }
        ++ready;
        while (ready < 2)
            std::this_thread::yield();
        for (int i = 0; i < kPerConnection; ++i) {
            const auto error = AuditLog::append(c.store(), QStringLiteral("test.concurrent"),
                                                QStringLiteral("c%1_%2").arg(who).arg(i), {});
            if (error && failures++ == 0)
                firstError = error->message;
        }
    };
    std::thread a(appender, 1);
    std::thread b(appender, 2);
    a.join();
    b.join();
    QVERIFY2(failures == 0, qPrintable(QStringLiteral("%1 appends failed, the first: %2")
                                           .arg(failures.load())
                                           .arg(firstError)));
    const auto r = AuditVerifier::verify(db.db(), kKey, tailAnchor(db.db()));
    QVERIFY2(r.ok(), qPrintable(r.detail));
    QCOMPARE(r.entries, 2 * kPerConnection);
    QCOMPARE(r.verifiedUpTo, 2 * kPerConnection);
}

void TestAuditLog::tamperMatrix_data()
{
    QTest::addColumn<Tamper>("tamper");
    QTest::addColumn<AuditVerifier::Code>("code");
    QTest::addColumn<qint64>("seq");

    QTest::newRow("untouched") << Tamper::None << AuditVerifier::Code::Ok << qint64(0);
    QTest::newRow("flip a byte in details")
        << Tamper::FlipDetails << AuditVerifier::Code::HashMismatch << qint64(4);
    QTest::newRow("same JSON, other bytes in details")
        << Tamper::WhitespaceInDetails << AuditVerifier::Code::HashMismatch << qint64(2);
    QTest::newRow("flip a byte in actor")
        << Tamper::FlipActor << AuditVerifier::Code::HashMismatch << qint64(3);
    QTest::newRow("flip a byte in hash")
        << Tamper::FlipHash << AuditVerifier::Code::HashMismatch << qint64(5);
    QTest::newRow("flip a byte in prev_hash")
        << Tamper::FlipPrevHash << AuditVerifier::Code::HashMismatch << qint64(6);
    QTest::newRow("delete one") << Tamper::Delete << AuditVerifier::Code::Missing << qint64(6);
    QTest::newRow("swap two") << Tamper::Swap << AuditVerifier::Code::OutOfOrder << qint64(4);
    QTest::newRow("drop the tail")
        << Tamper::DropTail << AuditVerifier::Code::Truncated << qint64(8);
    QTest::newRow("restore an older copy")
        << Tamper::RestoreOlderCopy << AuditVerifier::Code::Truncated << qint64(7);
    QTest::newRow("restore an older copy, then append past the anchor")
        << Tamper::RestoreOlderCopyThenAppend << AuditVerifier::Code::RolledBack << qint64(10);
    QTest::newRow("anchor behind after a crash is accepted")
        << Tamper::AnchorBehind << AuditVerifier::Code::Ok << qint64(0);
    QTest::newRow("another key") << Tamper::WrongKey << AuditVerifier::Code::HashMismatch
                                 << qint64(1);
    QTest::newRow("no key") << Tamper::NoKey << AuditVerifier::Code::KeyMissing << qint64(0);
}

void TestAuditLog::tamperMatrix()
{
    QFETCH(Tamper, tamper);
    QFETCH(AuditVerifier::Code, code);
    QFETCH(qint64, seq);

    // A database of its own: this test closes it and puts an older copy of the file back.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("hookline.db"));
    const QString older = dir.filePath(QStringLiteral("older.db"));
    auto connection = std::make_unique<Connection>(path);
    QVERIFY(!connection->open());
    struct
    {
        std::unique_ptr<Connection> *c;
        QSqlDatabase db() const { return (*c)->database(); }
    } db{&connection};
    appendMany(db.db(), 6);
    if (tamper == Tamper::RestoreOlderCopy || tamper == Tamper::RestoreOlderCopyThenAppend) {
        QVERIFY(exec(db.db(), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        QVERIFY(copyFile(path, older));
    }
    appendMany(db.db(), 4, 6);
    std::optional<AuditAnchor> anchor = tailAnchor(db.db());
    QCOMPARE(anchor->seq, 10);
    QByteArray key = kKey;

    // Flips the bits of one byte of a BLOB column in place.
    const auto flip = [&](const QString &column, qint64 row) {
        QSqlQuery read(db.db());
        QVERIFY(read.exec(
            QStringLiteral("SELECT %1 FROM audit_log WHERE seq = %2").arg(column).arg(row)));
        QVERIFY(read.next());
        QByteArray value = read.value(0).toByteArray();
        read.finish();
        value[7] = char(~value[7]);
        QSqlQuery write(db.db());
        write.prepare(QStringLiteral("UPDATE audit_log SET %1 = ? WHERE seq = ?").arg(column));
        write.addBindValue(value);
        write.addBindValue(row);
        QVERIFY(write.exec());
    };
    switch (tamper) {
    case Tamper::None:
        break;
    case Tamper::FlipDetails: {
        // One byte changed in place, the JSON stays valid.
        QVERIFY(
            exec(db.db(), QStringLiteral("UPDATE audit_log SET details = "
                                         "replace(details, '\"n\":3', '\"n\":8') WHERE seq = 4")));
        QCOMPARE(scalar(db.db(), QStringLiteral("SELECT count(*) FROM audit_log WHERE details "
                                                "LIKE '%\"n\":8%'")),
                 2);
        break;
    }
    case Tamper::WhitespaceInDetails:
        QVERIFY(exec(db.db(), QStringLiteral("UPDATE audit_log SET details = "
                                             "replace(details, ':', ': ') WHERE seq = 2")));
        break;
    case Tamper::FlipActor:
        QVERIFY(exec(db.db(), QStringLiteral("UPDATE audit_log SET actor = actor || 'x' "
                                             "WHERE seq = 3")));
        break;
    case Tamper::FlipHash:
        flip(QStringLiteral("hash"), 5);
        break;
    case Tamper::FlipPrevHash:
        flip(QStringLiteral("prev_hash"), 6);
        break;
    case Tamper::Delete:
        QVERIFY(exec(db.db(), QStringLiteral("DELETE FROM audit_log WHERE seq = 6")));
        break;
    case Tamper::Swap:
        QVERIFY(exec(db.db(), QStringLiteral("UPDATE audit_log SET seq = -4 WHERE seq = 4")));
        QVERIFY(exec(db.db(), QStringLiteral("UPDATE audit_log SET seq = 4 WHERE seq = 7")));
        QVERIFY(exec(db.db(), QStringLiteral("UPDATE audit_log SET seq = 7 WHERE seq = -4")));
        break;
    case Tamper::DropTail:
        QVERIFY(exec(db.db(), QStringLiteral("DELETE FROM audit_log WHERE seq >= 8")));
        break;
    case Tamper::RestoreOlderCopy:
    case Tamper::RestoreOlderCopyThenAppend: {
        connection.reset();
        QFile::remove(path + QStringLiteral("-wal"));
        QFile::remove(path + QStringLiteral("-shm"));
        QVERIFY(copyFile(older, path));
        connection = std::make_unique<Connection>(path);
        QVERIFY(!connection->open());
        QCOMPARE(scalar(db.db(), QStringLiteral("SELECT max(seq) FROM audit_log")), 6);
        if (tamper == Tamper::RestoreOlderCopyThenAppend)
            appendMany(db.db(), 5, 100);
        break;
    }
    case Tamper::AnchorBehind:
        anchor = AuditAnchor{7, QByteArray()};
        anchor->hash = [&] {
            QSqlQuery q(db.db());
            q.exec(QStringLiteral("SELECT hash FROM audit_log WHERE seq = 7"));
            q.next();
            return q.value(0).toByteArray();
        }();
        break;
    case Tamper::WrongKey:
        key = QByteArray(32, 'w');
        break;
    case Tamper::NoKey:
        key.clear();
        break;
    }

    const AuditVerifier::Report r = AuditVerifier::verify(db.db(), key, anchor);
    QCOMPARE(r.code, code);
    QCOMPARE(r.badSeq, seq);
    if (code != AuditVerifier::Code::Ok && seq > 0 && code != AuditVerifier::Code::Missing &&
        code != AuditVerifier::Code::Truncated)
        QCOMPARE(r.badAction, QStringLiteral("test.action"));
    if (tamper == Tamper::AnchorBehind)
        QVERIFY(r.anchorBehind);
    if (code == AuditVerifier::Code::Ok)
        QCOMPARE(r.verifiedUpTo, 10);
}

void TestAuditLog::serviceAppendsShareTheTransaction()
{
    test::TempDatabase db;
    Endpoint e;
    e.name = QStringLiteral("a");
    e.url = QUrl(QStringLiteral("https://hooks.example.com/"));
    {
        Transaction outer(db.db());
        const auto r = EndpointService(db.db()).create(e);
        QVERIFY(r.ok());
        QCOMPARE(scalar(db.db(), QStringLiteral("SELECT count(*) FROM audit_log")), 1);
        outer.rollback();
    }
    QCOMPARE(scalar(db.db(), QStringLiteral("SELECT count(*) FROM endpoints")), 0);
    QCOMPARE(scalar(db.db(), QStringLiteral("SELECT count(*) FROM audit_log")), 0);

    // An entry that cannot be written takes the change with it.
    QVERIFY(test::refuseInserts(db.db(), QStringLiteral("no_audit"), QStringLiteral("audit_log"),
                                QStringLiteral("refused")));
    const auto refused = EndpointService(db.db()).create(e);
    QVERIFY(!refused.ok());
    QCOMPARE(scalar(db.db(), QStringLiteral("SELECT count(*) FROM endpoints")), 0);
    QVERIFY(test::allowInserts(db.db(), QStringLiteral("no_audit"), QStringLiteral("audit_log")));

    // Refused input writes neither.
    Endpoint bad = e;
    bad.url = QUrl(QStringLiteral("http://insecure.example.com/"));
    QVERIFY(!EndpointService(db.db()).create(bad).ok());
    QCOMPARE(scalar(db.db(), QStringLiteral("SELECT count(*) FROM audit_log")), 0);
}

void TestAuditLog::servicesRefuseWithoutKey()
{
    test::TempDatabase db;
    AuditLog::clearKey();
    Endpoint e;
    e.name = QStringLiteral("a");
    e.url = QUrl(QStringLiteral("https://hooks.example.com/"));
    const auto r = EndpointService(db.db()).create(e);
    AuditLog::setKey(kKey);
    QVERIFY(!r.ok());
    QVERIFY(r.storeError);
    QCOMPARE(r.storeError->code, StoreError::Code::AuditUnavailable);
    QCOMPARE(scalar(db.db(), QStringLiteral("SELECT count(*) FROM endpoints")), 0);
    QCOMPARE(scalar(db.db(), QStringLiteral("SELECT count(*) FROM audit_log")), 0);
}

void TestAuditLog::auditedActions_data()
{
    QTest::addColumn<QString>("operation");
    QTest::addColumn<QString>("action");
    QTest::newRow("create") << QStringLiteral("create") << QStringLiteral("endpoint.create");
    QTest::newRow("update") << QStringLiteral("update") << QStringLiteral("endpoint.update");
    QTest::newRow("pause") << QStringLiteral("pause") << QStringLiteral("endpoint.pause");
    QTest::newRow("resume") << QStringLiteral("resume") << QStringLiteral("endpoint.resume");
    QTest::newRow("remove") << QStringLiteral("remove") << QStringLiteral("endpoint.remove");
    QTest::newRow("allow") << QStringLiteral("allow") << QStringLiteral("policy.allow");
    QTest::newRow("disallow") << QStringLiteral("disallow") << QStringLiteral("policy.disallow");
    QTest::newRow("test event") << QStringLiteral("send") << QStringLiteral("event.send");
    QTest::newRow("api event is not a manual action")
        << QStringLiteral("ingest") << QStringLiteral("endpoint.create");
    QTest::newRow("bulk replay") << QStringLiteral("bulk")
                                 << QStringLiteral("delivery.bulk_replay");
}

void TestAuditLog::auditedActions()
{
    QFETCH(QString, operation);
    QFETCH(QString, action);
    test::TempDatabase db;
    Endpoint e;
    e.name = QStringLiteral("a");
    e.url = QUrl(QStringLiteral("https://hooks.example.com/path?token=s3cret"));
    e.customHeaders = {HttpHeader{QStringLiteral("X-Api-Key"), QStringLiteral("hunter2")}};
    EndpointService service(db.db());
    Endpoint stored = service.create(e).endpoint;
    QVERIFY(!stored.id.isEmpty());
    const auto publish = [&](EventSource source) {
        return EventPublisher(db.db()).publish(
            {Environment::Sandbox,
             QStringLiteral("customer.created"),
             SampleGenerator::generateJson(QStringLiteral("customer.created"), 1),
             source,
             {},
             {}});
    };
    if (operation == QLatin1String("update")) {
        stored.name = QStringLiteral("b");
        QVERIFY(service.update(stored).ok());
    } else if (operation == QLatin1String("pause")) {
        QVERIFY(service.pause(stored.id, QStringLiteral("maintenance")).ok());
    } else if (operation == QLatin1String("resume")) {
        QVERIFY(service.pause(stored.id, QString()).ok());
        QVERIFY(service.resume(stored.id).ok());
    } else if (operation == QLatin1String("remove")) {
        QVERIFY(!service.remove(stored.id));
    } else if (operation == QLatin1String("allow") || operation == QLatin1String("disallow")) {
        SettingsRepository settings(db.db());
        Allowlist list;
        QVERIFY(list.add(*Allowlist::parseEntry(QStringLiteral("10.0.0.0/8")).entry));
        QVERIFY(!list.save(settings, Environment::Sandbox));
        if (operation == QLatin1String("disallow")) {
            QVERIFY(list.remove(QStringLiteral("10.0.0.0/8")));
            QVERIFY(!list.save(settings, Environment::Sandbox));
        }
    } else if (operation == QLatin1String("send")) {
        QVERIFY(publish(EventSource::Console).ok());
    } else if (operation == QLatin1String("ingest")) {
        QVERIFY(publish(EventSource::Api).ok());
    } else if (operation == QLatin1String("bulk")) {
        int count = -1;
        QVERIFY(!ReplayService(db.db()).replayDead({}, &count));
        QCOMPARE(count, 0);
    }
    const QList<AuditEntry> newest = AuditQuery(db.db()).page({}, 1).value();
    QCOMPARE(newest.size(), 1);
    QCOMPARE(newest.first().action, action);
    // Never a secret: header values, URL query strings.
    const QByteArray all = [&] {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        AuditExporter::exportTo(db.db(), buffer);
        return buffer.data();
    }();
    QVERIFY(!all.contains("hunter2"));
    QVERIFY(!all.contains("s3cret"));
    QVERIFY(AuditVerifier::verify(db.db(), kKey, tailAnchor(db.db())).ok());
}

void TestAuditLog::engineActorForItsDecisions()
{
    test::TempDatabase db;
    Endpoint e;
    e.name = QStringLiteral("a");
    e.url = QUrl(QStringLiteral("https://hooks.example.com/"));
    const QString id = EndpointService(db.db()).create(e).endpoint.id;
    AuditLog::setThreadActor(AuditLog::engineActor());
    QVERIFY(EndpointService(db.db()).pause(id, QStringLiteral("20 consecutive failures")).ok());
    AuditLog::setThreadActor(QString());
    const QList<AuditEntry> entries = AuditQuery(db.db()).page({}, 10).value();
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries[0].actor, QStringLiteral("engine"));
    QCOMPARE(entries[0].action, QStringLiteral("endpoint.pause"));
    QCOMPARE(entries[0].detailsObject().value(QStringLiteral("reason")).toString(),
             QStringLiteral("20 consecutive failures"));
    QCOMPARE(entries[1].actor, AuditLog::osUser());
}

void TestAuditLog::deadLetteringIsAudited()
{
    test::TempDatabase db;
    Endpoint e;
    e.name = QStringLiteral("a");
    e.url = QUrl(QStringLiteral("https://hooks.example.com/"));
    QVERIFY(EndpointService(db.db()).create(e).ok());
    const auto published = EventPublisher(db.db()).publish(
        {Environment::Sandbox,
         QStringLiteral("customer.created"),
         SampleGenerator::generateJson(QStringLiteral("customer.created"), 2),
         EventSource::Api,
         {},
         {}});
    QVERIFY(published.ok());
    DeliveryQueue queue(db.db());
    QList<DeliveryQueue::Claim> claims;
    QVERIFY(!queue.claim({{published.deliveries.first().endpointId, 8}},
                         QDateTime::currentDateTimeUtc(), &claims));
    QCOMPARE(claims.size(), 1);
    DeliveryQueue::Completion c;
    c.attemptId = claims.first().attemptId;
    c.deliveryId = claims.first().delivery.id;
    c.outcome = OutcomeClass::Http5xx;
    c.httpStatus = 503;
    c.nextStatus = DeliveryStatus::Dead;
    c.finishedAt = QDateTime::currentDateTimeUtc();

    // Without the key the dead-lettering is not recorded at all (the engine retries it later).
    AuditLog::clearKey();
    QVERIFY(queue.complete({c}));
    AuditLog::setKey(kKey);
    QCOMPARE(scalar(db.db(), QStringLiteral("SELECT count(*) FROM deliveries WHERE status = "
                                            "'dead'")),
             0);
    QVERIFY(!queue.complete({c}));
    const QList<AuditEntry> newest = AuditQuery(db.db()).page({}, 1).value();
    QCOMPARE(newest.first().action, QStringLiteral("delivery.dead"));
    QCOMPARE(newest.first().object, c.deliveryId);
    QCOMPARE(newest.first().detailsObject().value(QStringLiteral("http_status")).toInt(), 503);
}

void TestAuditLog::keeperCreatesKeyAndAnchors()
{
    test::TempDatabase db;
    AuditLog::clearKey();
    MemorySecretStore secrets;
    AuditKeeper keeper(db.path(), &secrets);
    AuditKeeper::KeyStatus status = AuditKeeper::KeyStatus::Failed;
    bool loaded = false;
    keeper.loadKey([&](AuditKeeper::KeyStatus s, const QString &) {
        status = s;
        loaded = true;
    });
    QTRY_VERIFY(loaded);
    QCOMPARE(status, AuditKeeper::KeyStatus::Created);
    QCOMPARE(secrets.contents().value(SecretNames::auditKey()).size(), 32);
    QCOMPARE(AuditLog::key(), secrets.contents().value(SecretNames::auditKey()));

    // Many appends, few keychain writes (coalesced); the anchor reaches the tail.
    QSignalSpy written(&keeper, &AuditKeeper::anchorWritten);
    appendMany(db.db(), 20);
    QTRY_COMPARE(written.size() > 0 ? written.last().at(0).toLongLong() : 0, 20);
    QVERIFY(written.size() <= 2);
    const auto anchor =
        AuditAnchor::fromBytes(secrets.contents().value(SecretNames::auditAnchor(db.path())));
    QVERIFY(anchor);
    QCOMPARE(anchor->seq, 20);
    QCOMPARE(anchor->hash, tailAnchor(db.db())->hash);

    // flush() returns once the anchor is written.
    appendMany(db.db(), 1, 20);
    bool flushed = false;
    keeper.flush([&] { flushed = true; });
    QTRY_VERIFY(flushed);
    QCOMPARE(AuditAnchor::fromBytes(secrets.contents().value(keeper.anchorName()))->seq, 21);

    // Verification through the keeper (off-thread, keychain key and anchor).
    bool verified = false;
    keeper.verify([&](const AuditVerifier::Report &r) {
        QVERIFY(r.ok());
        QCOMPARE(r.entries, 21);
        verified = true;
    });
    QTRY_VERIFY(verified);

    // A second load reads the same key.
    AuditLog::clearKey();
    loaded = false;
    keeper.loadKey([&](AuditKeeper::KeyStatus s, const QString &) {
        status = s;
        loaded = true;
    });
    QTRY_VERIFY(loaded);
    QCOMPARE(status, AuditKeeper::KeyStatus::Loaded);
}

void TestAuditLog::keeperNeverAnchorsATamperedChain()
{
    test::TempDatabase db;
    MemorySecretStore secrets;
    AuditKeeper keeper(db.path(), &secrets);
    appendMany(db.db(), 5);
    bool flushed = false;
    keeper.flush([&] { flushed = true; });
    QTRY_VERIFY(flushed);
    QCOMPARE(AuditAnchor::fromBytes(secrets.contents().value(keeper.anchorName()))->seq, 5);
    // Truncate, then append: the anchor must stay at 5 as evidence.
    QVERIFY(exec(db.db(), QStringLiteral("DELETE FROM audit_log WHERE seq >= 4")));
    appendMany(db.db(), 4, 50);
    flushed = false;
    keeper.flush([&] { flushed = true; });
    QTRY_VERIFY(flushed);
    const auto anchor = AuditAnchor::fromBytes(secrets.contents().value(keeper.anchorName()));
    QCOMPARE(anchor->seq, 5);
    const auto r = AuditVerifier::verify(db.db(), AuditLog::key(), anchor);
    QCOMPARE(r.code, AuditVerifier::Code::RolledBack);
    QCOMPARE(r.badSeq, 5);
}

void TestAuditLog::keeperReportsMissingKey()
{
    test::TempDatabase db;
    appendMany(db.db(), 2);
    MemorySecretStore secrets;
    AuditKeeper keeper(db.path(), &secrets);
    AuditLog::clearKey();
    AuditKeeper::KeyStatus status = AuditKeeper::KeyStatus::Loaded;
    bool loaded = false;
    keeper.loadKey([&](AuditKeeper::KeyStatus s, const QString &) {
        status = s;
        loaded = true;
    });
    QTRY_VERIFY(loaded);
    QCOMPARE(status, AuditKeeper::KeyStatus::Missing);
    QVERIFY(!AuditLog::hasKey());
    QVERIFY(secrets.contents().isEmpty()); // no new key that would orphan the entries

    MemorySecretStore locked;
    locked.setUnavailable(QStringLiteral("locked"));
    AuditKeeper lockedKeeper(db.path(), &locked);
    loaded = false;
    lockedKeeper.loadKey([&](AuditKeeper::KeyStatus s, const QString &) {
        status = s;
        loaded = true;
    });
    QTRY_VERIFY(loaded);
    QCOMPARE(status, AuditKeeper::KeyStatus::Unavailable);
}

void TestAuditLog::exportWritesJsonLines()
{
    test::TempDatabase db;
    appendMany(db.db(), 3);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QCOMPARE(AuditExporter::exportTo(db.db(), buffer), 3);
    const QList<QByteArray> lines = buffer.data().trimmed().split('\n');
    QCOMPARE(lines.size(), 3);
    QByteArray previous = QByteArray(64, '0');
    for (int i = 0; i < 3; ++i) {
        const QJsonObject o = QJsonDocument::fromJson(lines[i]).object();
        QCOMPARE(o.value(QStringLiteral("seq")).toInt(), i + 1);
        QCOMPARE(o.value(QStringLiteral("prev_hash")).toString().toLatin1(), previous);
        QCOMPARE(o.value(QStringLiteral("details")).toObject().value(QStringLiteral("n")).toInt(),
                 i);
        previous = o.value(QStringLiteral("hash")).toString().toLatin1();
    }
    QBuffer none;
    none.open(QIODevice::WriteOnly);
    QCOMPARE(AuditExporter::exportTo(db.db(), none, QDateTime::currentDateTimeUtc().addSecs(60)),
             0);
}

void TestAuditLog::queryPagesNewestFirstWithFilters()
{
    test::TempDatabase db;
    appendMany(db.db(), 5);
    QVERIFY(!AuditLog::append(db.db(), QStringLiteral("endpoint.update"), QStringLiteral("ep_1")));
    QVERIFY(!AuditLog::append(db.db(), QStringLiteral("endpoint.pause"), QStringLiteral("ep_2")));
    AuditQuery query(db.db());
    const QList<AuditEntry> first = query.page({}, 3).value();
    QCOMPARE(first.size(), 3);
    QCOMPARE(first[0].seq, 7);
    const QList<AuditEntry> next = query.page({}, 3, first.last().seq).value();
    QCOMPARE(next[0].seq, 4);
    AuditQuery::Filter f;
    f.action = QStringLiteral("endpoint.*");
    QCOMPARE(query.page(f, 10)->size(), 2);
    f.object = QStringLiteral("ep_2");
    QCOMPARE(query.page(f, 10)->size(), 1);
    AuditQuery::Filter byActor;
    byActor.actor = QStringLiteral("nobody");
    QCOMPARE(query.page(byActor, 10)->size(), 0);
    QCOMPARE(query.actions().value(),
             (QStringList{QStringLiteral("endpoint.pause"), QStringLiteral("endpoint.update"),
                          QStringLiteral("test.action")}));
}

// An unreadable log is an error for every reader, never an empty log (the console and `audit list`
// showed "no entries" before).
void TestAuditLog::readsReportAnUnreadableLog()
{
    test::TempDatabase db;
    appendMany(db.db(), 3);
    QVERIFY(exec(db.db(), QStringLiteral("ALTER TABLE audit_log RENAME TO audit_log_gone")));
    const AuditQuery query(db.db());
    const auto page = query.page({}, 10);
    QVERIFY(!page.ok());
    QVERIFY2(page.error().message.contains(QStringLiteral("audit_log")),
             qPrintable(page.error().message));
    QVERIFY(!query.actions().ok());
    QVERIFY(!query.actors().ok());
    QVERIFY(query.forEach({}, [](const AuditEntry &) { return true; }).has_value());
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    QCOMPARE(AuditExporter::exportTo(db.db(), buffer), -1);
    QCOMPARE(AuditVerifier::verify(db.db(), kKey, std::nullopt).code, AuditVerifier::Code::Failed);
    QVERIFY(AuditLog::append(db.db(), QStringLiteral("a.b"), QStringLiteral("x")).has_value());
}

void TestAuditLog::realKeychainRoundTrip()
{
    KeychainSecretStore keychain;
    bool probed = false;
    bool available = false;
    keychain.probe(this, [&](const SecretStore::Result &r) {
        probed = true;
        available = r.ok();
    });
    QTRY_VERIFY_WITH_TIMEOUT(probed, 30000);
    if (!available)
        QSKIP("no secret service (run inside ./test.sh or dbus-run-session with gnome-keyring)");
    test::TempDatabase db;
    AuditLog::clearKey();
    AuditKeeper keeper(db.path(), &keychain);
    bool loaded = false;
    AuditKeeper::KeyStatus status = AuditKeeper::KeyStatus::Failed;
    keeper.loadKey([&](AuditKeeper::KeyStatus s, const QString &) {
        status = s;
        loaded = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(loaded, 30000);
    QVERIFY(status == AuditKeeper::KeyStatus::Loaded || status == AuditKeeper::KeyStatus::Created);
    appendMany(db.db(), 3);
    bool flushed = false;
    keeper.flush([&] { flushed = true; });
    QTRY_VERIFY_WITH_TIMEOUT(flushed, 30000);
    AuditVerifier::Report report;
    bool verified = false;
    keeper.verify([&](const AuditVerifier::Report &r) {
        report = r;
        verified = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(verified, 30000);
    QVERIFY(report.ok());
    QVERIFY(report.anchor);
    QCOMPARE(report.anchor->seq, 3);
    bool removed = false;
    keychain.remove(keeper.anchorName(), this,
                    [&](const SecretStore::Result &) { removed = true; });
    QTRY_VERIFY_WITH_TIMEOUT(removed, 30000);
    AuditLog::setKey(kKey);
}

void TestAuditLog::appendAndVerifyCost()
{
    // The figure for the report; small unless HOOKLINE_AUDIT_BENCH asks for 100k.
    const int count = qEnvironmentVariableIntValue("HOOKLINE_AUDIT_BENCH") > 0
                          ? qEnvironmentVariableIntValue("HOOKLINE_AUDIT_BENCH")
                          : 2000;
    test::TempDatabase db;
    QElapsedTimer timer;
    timer.start();
    {
        Transaction tx(db.db());
        appendMany(db.db(), count);
        QVERIFY(!tx.commit());
    }
    const qint64 appendMs = timer.restart();
    const auto r = AuditVerifier::verify(db.db(), kKey, tailAnchor(db.db()));
    const qint64 verifyMs = timer.elapsed();
    QVERIFY(r.ok());
    QCOMPARE(r.entries, count);
    qInfo("%d entries: append %.1f us each (in one transaction), verify %lld ms", count,
          appendMs * 1000.0 / count, verifyMs);
}

QTEST_GUILESS_MAIN(TestAuditLog)
#include "tst_auditlog.moc"
