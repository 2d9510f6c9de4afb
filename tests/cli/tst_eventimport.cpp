#include "events/samplegenerator.h"
#include "support/clirunner.h"
#include "support/databasedump.h"
#include "support/tempdatabase.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace hookline;
using test::runCli;

namespace {

QByteArray line(const QString &type, quint64 seed)
{
    return QJsonDocument(
               QJsonObject{{QStringLiteral("type"), type},
                           {QStringLiteral("data"), *SampleGenerator::generate(type, seed)}})
        .toJson(QJsonDocument::Compact);
}

} // namespace

class TestEventImport : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void badLineImportsNothing_data();
    void badLineImportsNothing();
    void skipInvalidReportsSkippedLines();
    void importsFromStandardInput();

private:
    QStringList db(const QStringList &args) const
    {
        return QStringList{QStringLiteral("--db"), m_path} + args;
    }
    QString writeFile(const QByteArray &content);
    int eventCount();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<test::TempDatabase> m_database;
    QString m_path;
};

void TestEventImport::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_database = std::make_unique<test::TempDatabase>();
    QVERIFY(m_database->isValid());
    m_path = m_database->path();
}

QString TestEventImport::writeFile(const QByteArray &content)
{
    const QString path = m_dir->filePath(QStringLiteral("events.ndjson"));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    f.write(content);
    return path;
}

int TestEventImport::eventCount()
{
    const auto r =
        runCli(db({QStringLiteral("--json"), QStringLiteral("event"), QStringLiteral("list"),
                   QStringLiteral("--limit"), QStringLiteral("1000")}));
    return r.exitCode == 0 ? int(QJsonDocument::fromJson(r.out).array().size()) : -1;
}

void TestEventImport::badLineImportsNothing_data()
{
    QTest::addColumn<QByteArray>("bad");
    QTest::addColumn<bool>("storeExists");
    QTest::addColumn<QByteArray>("message");
    QTest::newRow("schema, no database yet")
        << QByteArray("{\"type\":\"customer.created\",\"data\":{\"compliance\":{}}}") << false
        << QByteArray("hooklinectl: line 3: /data/customer: is required but missing");
    QTest::newRow("not json") << QByteArray("{oops") << true
                              << QByteArray("hooklinectl: line 3: not a JSON object");
    // Found only once the store is open (custom types live there): still nothing is written.
    QTest::newRow("unknown type") << QByteArray("{\"type\":\"acme.thing\",\"data\":{}}") << true
                                  << QByteArray("line 3: 'acme.thing' is not a known event type");
}

void TestEventImport::badLineImportsNothing()
{
    QFETCH(QByteArray, bad);
    QFETCH(bool, storeExists);
    QFETCH(QByteArray, message);
    if (!storeExists)
        m_path = test::uncreatedDatabase(*m_database);
    QByteArray before;
    if (storeExists) {
        QCOMPARE(runCli(db({QStringLiteral("endpoint"), QStringLiteral("add"),
                            QStringLiteral("--url"), QStringLiteral("https://hooks.example.com/x"),
                            QStringLiteral("--events"), QStringLiteral("*")}))
                     .exitCode,
                 0);
        before = test::databaseDigest(m_database->store());
    }
    const QString file = writeFile(line(QStringLiteral("customer.created"), 1) + '\n' +
                                   line(QStringLiteral("dossier.created"), 2) + '\n' + bad + '\n' +
                                   line(QStringLiteral("customer.updated"), 3) + '\n');
    const auto r = runCli(db({QStringLiteral("event"), QStringLiteral("import"), file}));
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(message), r.err.constData());
    QVERIFY2(r.err.contains("nothing imported"), r.err.constData());
    QVERIFY(r.out.isEmpty());
    if (storeExists)
        QCOMPARE(test::databaseDigest(m_database->store()), before);
    else
        QVERIFY(!test::databaseWasCreated(m_path)); // refused before a database was created
}

void TestEventImport::skipInvalidReportsSkippedLines()
{
    const QString file = writeFile(line(QStringLiteral("customer.created"), 1) + '\n' +
                                   "{\"type\":\"customer.created\",\"data\":{}}\n" +
                                   line(QStringLiteral("verification.started"), 2) + '\n' + "\n" +
                                   "[]\n" + line(QStringLiteral("webhook.test"), 3) + '\n');
    const auto r = runCli(db({QStringLiteral("--json"), QStringLiteral("event"),
                              QStringLiteral("import"), QStringLiteral("--skip-invalid"), file}));
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.contains("line 2: /data/customer: is required but missing (required) (skipped)"),
             r.err.constData());
    QVERIFY2(r.err.contains("line 5: not a JSON object"), r.err.constData());
    QVERIFY(!r.err.contains("line 1:") && !r.err.contains("line 3:") && !r.err.contains("line 6:"));
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o[QLatin1String("imported")].toInt(), 3);
    QCOMPARE(o[QLatin1String("skipped")].toInt(), 2);
    const QJsonArray ids = o[QLatin1String("event_ids")].toArray();
    QCOMPARE(ids.size(), 3);
    for (const QJsonValue &id : ids)
        QVERIFY(id.toString().startsWith(QLatin1String("evt_")));
    QCOMPARE(eventCount(), 3);
    const auto shown = runCli(db({QStringLiteral("--json"), QStringLiteral("event"),
                                  QStringLiteral("show"), ids.at(2).toString()}));
    const QJsonObject event = QJsonDocument::fromJson(shown.out).object();
    QCOMPARE(event[QLatin1String("type")].toString(), QStringLiteral("webhook.test"));
    QCOMPARE(event[QLatin1String("source")].toString(), QStringLiteral("import"));
}

void TestEventImport::importsFromStandardInput()
{
    const QByteArray input = line(QStringLiteral("customer.created"), 4) + '\n' +
                             line(QStringLiteral("customer.created"), 5);
    auto r =
        runCli(db({QStringLiteral("event"), QStringLiteral("import"), QStringLiteral("-")}), input);
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.startsWith("imported 2 event(s)"), r.out.constData());
    QCOMPARE(eventCount(), 2);
    r = runCli(db({QStringLiteral("event"), QStringLiteral("import"),
                   m_dir->filePath(QStringLiteral("missing.ndjson"))}));
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("cannot read"));
}

QTEST_GUILESS_MAIN(TestEventImport)
#include "tst_eventimport.moc"
