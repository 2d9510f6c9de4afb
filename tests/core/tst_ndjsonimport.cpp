#include "config/endpointservice.h"
#include "events/eventcatalog.h"
#include "events/samplegenerator.h"
#include "ingest/ndjsonimport.h"
#include "store/eventrepository.h"
#include "store/settingsrepository.h"
#include "support/storeread.h"
#include "support/tempdatabase.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>

using namespace hookline;

namespace {

// One NDJSON line with a schema-valid payload of the type.
QByteArray line(const QString &type, quint64 seed, const QString &key = {})
{
    QJsonObject o{{QStringLiteral("type"), type},
                  {QStringLiteral("data"), *SampleGenerator::generate(type, seed)}};
    if (!key.isEmpty())
        o.insert(QStringLiteral("idempotency_key"), key);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QByteArray goodLine(quint64 seed = 1)
{
    return line(QStringLiteral("customer.created"), seed);
}

} // namespace

class TestNdjsonImport : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void badLineImportsNothingAndIsNamed_data();
    void badLineImportsNothingAndIsNamed();
    void skipInvalidImportsTheRest();
    void importsEventsWithDeliveries();
    void idempotencyKeysInsideTheFile();
    void storeFailureRollsBackEverything();
    void tenThousandLinesInOneTransaction();

private:
    int count(const QString &table);

    std::unique_ptr<test::TempDatabase> m_db;
};

void TestNdjsonImport::init()
{
    m_db = std::make_unique<test::TempDatabase>();
    QVERIFY(m_db->isValid());
    Endpoint e;
    e.name = QStringLiteral("all");
    e.environment = Environment::Sandbox;
    e.url = QUrl(QStringLiteral("https://hooks.example.com/all"));
    e.eventPatterns = {QStringLiteral("*")};
    QVERIFY(EndpointService(m_db->db()).create(e).ok());
}

int TestNdjsonImport::count(const QString &table)
{
    QSqlQuery q(m_db->db());
    q.exec(QStringLiteral("SELECT count(*) FROM ") + table);
    return q.next() ? q.value(0).toInt() : -1;
}

void TestNdjsonImport::badLineImportsNothingAndIsNamed_data()
{
    QTest::addColumn<QByteArray>("bad");
    QTest::addColumn<int>("code");
    QTest::addColumn<int>("publishCode");
    QTest::addColumn<QString>("path"); // expected schema path, if any
    using L = NdjsonImport::LineCode;
    using P = EventPublisher::Code;
    QTest::newRow("broken json") << QByteArray("{\"type\":") << int(L::InvalidJson) << int(P::Ok)
                                 << QString();
    QTest::newRow("array") << QByteArray("[1]") << int(L::InvalidJson) << int(P::Ok) << QString();
    QTest::newRow("no type") << QByteArray("{\"data\":{}}") << int(L::MissingType) << int(P::Ok)
                             << QString();
    QTest::newRow("data not object") << QByteArray("{\"type\":\"customer.created\",\"data\":[]}")
                                     << int(L::MissingData) << int(P::Ok) << QString();
    QTest::newRow("stray member") << QByteArray(
                                         "{\"type\":\"customer.created\",\"data\":{},\"extra\":1}")
                                  << int(L::UnknownMember) << int(P::Ok) << QString();
    QTest::newRow("empty key")
        << QByteArray("{\"type\":\"customer.created\",\"data\":{},\"idempotency_key\":\"\"}")
        << int(L::InvalidKey) << int(P::Ok) << QString();
    QTest::newRow("bad type name") << QByteArray("{\"type\":\"Customer\",\"data\":{}}")
                                   << int(L::Rejected) << int(P::InvalidType) << QString();
    // Only the store knows the custom types: refused inside the transaction, still nothing kept.
    QTest::newRow("unknown type") << QByteArray("{\"type\":\"acme.thing\",\"data\":{}}")
                                  << int(L::Rejected) << int(P::UnknownType) << QString();
    QTest::newRow("schema") << QByteArray("{\"type\":\"customer.created\",\"data\":{}}")
                            << int(L::Rejected) << int(P::SchemaViolation)
                            << QStringLiteral("/customer");
}

void TestNdjsonImport::badLineImportsNothingAndIsNamed()
{
    QFETCH(QByteArray, bad);
    QFETCH(int, code);
    QFETCH(int, publishCode);
    QFETCH(QString, path);
    // Good lines around the bad one (line 4, after a blank line 2) must not be imported either.
    const QByteArray file = goodLine(1) + "\n\n" + goodLine(2) + "\r\n" + bad + "\n" + goodLine(3);
    const NdjsonImport::Parsed parsed = NdjsonImport::parse(file, Environment::Sandbox);
    const NdjsonImport::Result r = NdjsonImport(m_db->db()).run(parsed, false);
    QVERIFY(r.code == NdjsonImport::Code::InvalidLines);
    QCOMPARE(r.errors.size(), 1);
    QCOMPARE(r.errors.first().line, 4);
    QCOMPARE(int(r.errors.first().code), code);
    QCOMPARE(int(r.errors.first().publishCode), publishCode);
    if (!path.isEmpty())
        QVERIFY(r.errors.first().violations.contains(
            SchemaViolation{path, QStringLiteral("required")}));
    QVERIFY(r.eventIds.isEmpty());
    QCOMPARE(count(QStringLiteral("events")), 0);
    QCOMPARE(count(QStringLiteral("deliveries")), 0);
}

void TestNdjsonImport::skipInvalidImportsTheRest()
{
    const QByteArray file = goodLine(1) + "\nnot json\n" + goodLine(2) + "\n" +
                            "{\"type\":\"acme.thing\",\"data\":{}}\n" + goodLine(3) + "\n";
    const NdjsonImport::Result r =
        NdjsonImport(m_db->db()).run(NdjsonImport::parse(file, Environment::Sandbox), true);
    QVERIFY(r.ok());
    QCOMPARE(r.eventIds.size(), 3);
    QCOMPARE(r.errors.size(), 2);
    QCOMPARE(r.errors.at(0).line, 2);
    QVERIFY(r.errors.at(0).code == NdjsonImport::LineCode::InvalidJson);
    QCOMPARE(r.errors.at(1).line, 4);
    QVERIFY(r.errors.at(1).publishCode == EventPublisher::Code::UnknownType);
    QCOMPARE(count(QStringLiteral("events")), 3);
    QCOMPARE(count(QStringLiteral("deliveries")), 3);
    QCOMPARE(r.deliveries, 3);
}

void TestNdjsonImport::importsEventsWithDeliveries()
{
    // A custom type registered in the store is accepted and checked against its schema.
    EventCatalog catalog;
    SettingsRepository settings(m_db->db());
    QVERIFY(!catalog.registerCustomType(
        settings, QStringLiteral("acme.thing"),
        QJsonObject{{QStringLiteral("type"), QStringLiteral("object")}}));
    const QByteArray file = line(QStringLiteral("aml_screening.match_found"), 9) + "\n" +
                            "{\"type\":\"acme.thing\",\"data\":{\"n\":1}}\n";
    const NdjsonImport::Result r =
        NdjsonImport(m_db->db()).run(NdjsonImport::parse(file, Environment::Live), false);
    QVERIFY(r.ok());
    QCOMPARE(r.eventIds.size(), 2);
    QCOMPARE(r.deliveries, 0); // the only endpoint is in sandbox
    const auto first = must(EventRepository(m_db->db()).find(r.eventIds.first()));
    QVERIFY(first.has_value());
    QVERIFY(first->source == EventSource::Import);
    QVERIFY(first->environment == Environment::Live);
    QCOMPARE(first->type, QStringLiteral("aml_screening.match_found"));
    QCOMPARE(QJsonDocument::fromJson(first->payload).object(),
             *SampleGenerator::generate(QStringLiteral("aml_screening.match_found"), 9));
}

void TestNdjsonImport::idempotencyKeysInsideTheFile()
{
    const QString type = QStringLiteral("customer.created");
    const QByteArray file = line(type, 1, QStringLiteral("k1")) + "\n" +
                            line(type, 2, QStringLiteral("k1")) + "\n" +
                            line(type, 3, QStringLiteral("k2")) + "\n";
    NdjsonImport import(m_db->db());
    NdjsonImport::Result r = import.run(NdjsonImport::parse(file, Environment::Sandbox), false);
    QVERIFY(r.ok());
    QCOMPARE(r.eventIds.size(), 3);
    QCOMPARE(r.eventIds.at(1), r.eventIds.at(0)); // the repeated key returns the first event
    QCOMPARE(r.duplicates, 1);
    QCOMPARE(count(QStringLiteral("events")), 2);
    QCOMPARE(count(QStringLiteral("deliveries")), 2);
    // Importing the same file again creates nothing new.
    r = import.run(NdjsonImport::parse(file, Environment::Sandbox), false);
    QVERIFY(r.ok());
    QCOMPARE(r.duplicates, 3);
    QCOMPARE(count(QStringLiteral("events")), 2);
    QCOMPARE(count(QStringLiteral("deliveries")), 2);
}

void TestNdjsonImport::storeFailureRollsBackEverything()
{
    QVERIFY(test::refuseInserts(m_db->db(), QStringLiteral("fail_third"),
                                QStringLiteral("deliveries"), QStringLiteral("disk full"),
                                QStringLiteral("(SELECT count(*) FROM deliveries) >= 2")));
    const QByteArray file = goodLine(1) + "\n" + goodLine(2) + "\n" + goodLine(3) + "\n";
    const NdjsonImport::Result r =
        NdjsonImport(m_db->db()).run(NdjsonImport::parse(file, Environment::Sandbox), true);
    QVERIFY(r.code == NdjsonImport::Code::Store);
    QVERIFY(r.storeError.has_value());
    QVERIFY(r.eventIds.isEmpty());
    QCOMPARE(count(QStringLiteral("events")), 0);
    QCOMPARE(count(QStringLiteral("deliveries")), 0);
}

void TestNdjsonImport::tenThousandLinesInOneTransaction()
{
    const int n = 10000;
    const QStringList types = EventCatalog::builtInTypes();
    QByteArray file;
    file.reserve(n * 1500);
    for (int i = 0; i < n; ++i)
        file += line(types.at(i % types.size()), quint64(i),
                     i == n - 1 ? QStringLiteral("the-last-line") : QString()) +
                '\n';

    // A failure on the very last event takes all 9,999 before it along: one transaction.
    QVERIFY(test::refuseInserts(m_db->db(), QStringLiteral("fail_last"), QStringLiteral("events"),
                                QStringLiteral("disk full"),
                                QStringLiteral("NEW.idempotency_key = 'the-last-line'")));
    QElapsedTimer timer;
    timer.start();
    const NdjsonImport::Parsed parsed = NdjsonImport::parse(file, Environment::Sandbox);
    const qint64 parseMs = timer.elapsed();
    QCOMPARE(parsed.lines.size(), n);
    QVERIFY(parsed.errors.isEmpty());
    NdjsonImport import(m_db->db());
    QVERIFY(import.run(parsed, false).code == NdjsonImport::Code::Store);
    QCOMPARE(count(QStringLiteral("events")), 0);
    QCOMPARE(count(QStringLiteral("deliveries")), 0);

    QVERIFY(test::allowInserts(m_db->db(), QStringLiteral("fail_last"), QStringLiteral("events")));
    timer.restart();
    const NdjsonImport::Result r = import.run(parsed, false);
    const qint64 runMs = timer.elapsed();
    QVERIFY(r.ok());
    QCOMPARE(r.eventIds.size(), n);
    QCOMPARE(count(QStringLiteral("events")), n);
    QCOMPARE(count(QStringLiteral("deliveries")), n);
    qInfo(
        "10,000 lines (%.1f MB): parse + schema checks %lld ms, import in one transaction %lld ms",
        file.size() / 1e6, parseMs, runMs);
}

QTEST_GUILESS_MAIN(TestNdjsonImport)
#include "tst_ndjsonimport.moc"
