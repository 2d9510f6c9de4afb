#include "events/eventcatalog.h"
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

class TestEventCommands : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void sendFansOutAndShows();
    void sendFromStdinAndFile();
    void idempotencyKey();
    void badInputWritesNothing_data();
    void badInputWritesNothing();
    void deliveryFilters();
    void sampleMatchesGenerator();
    void schemaViolationsOnStderr();

private:
    QStringList db(const QStringList &args) const
    {
        return QStringList{QStringLiteral("--db"), m_path} + args;
    }
    QString add(const QString &events, const QString &env = QStringLiteral("sandbox"));
    QJsonValue json(const QStringList &args);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<test::TempDatabase> m_database;
    QString m_path;
};

void TestEventCommands::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_database = std::make_unique<test::TempDatabase>();
    QVERIFY(m_database->isValid());
    m_path = m_database->path();
}

QString TestEventCommands::add(const QString &events, const QString &env)
{
    const auto r =
        runCli(db({QStringLiteral("--env"), env, QStringLiteral("endpoint"), QStringLiteral("add"),
                   QStringLiteral("--url"), QStringLiteral("https://hooks.example.com/x"),
                   QStringLiteral("--events"), events}));
    return QString::fromUtf8(r.out.trimmed());
}

QJsonValue TestEventCommands::json(const QStringList &args)
{
    const auto r = runCli(db(QStringList{QStringLiteral("--json")} + args));
    if (r.exitCode != 0)
        qWarning("%s", r.err.constData());
    const QJsonDocument doc = QJsonDocument::fromJson(r.out);
    return doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
}

void TestEventCommands::sendFansOutAndShows()
{
    const QString docs = add(QStringLiteral("identity_document.*"));
    const QString all = add(QStringLiteral("*"));
    add(QStringLiteral("customer.*"));
    add(QStringLiteral("*"), QStringLiteral("live"));
    const QJsonObject sent =
        json({QStringLiteral("event"), QStringLiteral("send"), QStringLiteral("--type"),
              QStringLiteral("identity_document.approved"), QStringLiteral("--sample")})
            .toObject();
    const QString eventId = sent[QLatin1String("id")].toString();
    QVERIFY(eventId.startsWith(QLatin1String("evt_")));
    QCOMPARE(sent[QLatin1String("deliveries")].toArray().size(), 2);

    const QJsonObject shown =
        json({QStringLiteral("event"), QStringLiteral("show"), eventId}).toObject();
    QCOMPARE(shown[QLatin1String("type")].toString(), QStringLiteral("identity_document.approved"));
    QCOMPARE(shown[QLatin1String("source")].toString(), QStringLiteral("cli"));
    QStringList endpoints;
    const QJsonArray deliveries = shown[QLatin1String("deliveries")].toArray();
    for (const QJsonValue &d : deliveries) {
        endpoints << d[QLatin1String("endpoint_id")].toString();
        QCOMPARE(d[QLatin1String("status")].toString(), QStringLiteral("pending"));
    }
    endpoints.sort();
    QStringList expected{docs, all};
    expected.sort();
    QCOMPARE(endpoints, expected);

    const QString deliveryId = deliveries.first()[QLatin1String("id")].toString();
    const QJsonObject delivery =
        json({QStringLiteral("delivery"), QStringLiteral("show"), deliveryId}).toObject();
    QCOMPARE(delivery[QLatin1String("event_id")].toString(), eventId);
    QVERIFY(
        delivery[QLatin1String("idempotency_key")].toString().startsWith(QLatin1String("idk_")));
    QVERIFY(!delivery[QLatin1String("next_attempt_at")].toString().isEmpty());
    QCOMPARE(delivery[QLatin1String("attempt_log")].toArray().size(), 0);
}

void TestEventCommands::sendFromStdinAndFile()
{
    add(QStringLiteral("*"));
    const QByteArray data = SampleGenerator::generateJson(QStringLiteral("customer.created"), 11);
    auto r = runCli(
        db({QStringLiteral("event"), QStringLiteral("send"), QStringLiteral("--type"),
            QStringLiteral("customer.created"), QStringLiteral("--data"), QStringLiteral("-")}),
        data);
    QCOMPARE(r.exitCode, 0);
    const QString fromStdin = QString::fromUtf8(r.out.trimmed());
    QJsonObject shown =
        json({QStringLiteral("event"), QStringLiteral("show"), fromStdin}).toObject();
    QCOMPARE(shown[QLatin1String("data")].toObject(), QJsonDocument::fromJson(data).object());

    const QString file = m_dir->filePath(QStringLiteral("data.json"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    const QJsonObject dossier = *SampleGenerator::generate(QStringLiteral("dossier.created"), 12);
    f.write(QJsonDocument(dossier).toJson(QJsonDocument::Indented));
    f.close();
    r = runCli(db({QStringLiteral("event"), QStringLiteral("send"), QStringLiteral("--type"),
                   QStringLiteral("dossier.created"), QStringLiteral("--data"), file}));
    QCOMPARE(r.exitCode, 0);
    shown =
        json({QStringLiteral("event"), QStringLiteral("show"), QString::fromUtf8(r.out.trimmed())})
            .toObject();
    QCOMPARE(shown[QLatin1String("data")][QLatin1String("dossier")][QLatin1String("id")],
             dossier[QLatin1String("dossier")][QLatin1String("id")]);
    QCOMPARE(json({QStringLiteral("event"), QStringLiteral("list")}).toArray().size(), 2);
}

void TestEventCommands::idempotencyKey()
{
    add(QStringLiteral("*"));
    const QStringList send{QStringLiteral("event"),    QStringLiteral("send"),
                           QStringLiteral("--type"),   QStringLiteral("customer.created"),
                           QStringLiteral("--sample"), QStringLiteral("--idempotency-key"),
                           QStringLiteral("order-42")};
    const QJsonObject first = json(send).toObject();
    const QJsonObject second = json(send).toObject();
    QCOMPARE(second[QLatin1String("id")], first[QLatin1String("id")]);
    QCOMPARE(second[QLatin1String("duplicate")].toBool(), true);
    QCOMPARE(json({QStringLiteral("event"), QStringLiteral("list")}).toArray().size(), 1);
    QCOMPARE(json({QStringLiteral("delivery"), QStringLiteral("list")}).toArray().size(), 1);
}

void TestEventCommands::badInputWritesNothing_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QByteArray>("message");
    const QStringList send{QStringLiteral("event"), QStringLiteral("send")};
    QTest::newRow("no type") << send << 2 << QByteArray("needs --type");
    QTest::newRow("bad type") << send + QStringList{QStringLiteral("--type"),
                                                    QStringLiteral("Created")}
                              << 2 << QByteArray("is not an event type");
    QTest::newRow("missing file") << send + QStringList{QStringLiteral("--type"),
                                                        QStringLiteral("customer.created"),
                                                        QStringLiteral("--data"),
                                                        QStringLiteral("/nonexistent/x.json")}
                                  << 2 << QByteArray("cannot read");
    QTest::newRow("unknown endpoint")
        << send + QStringList{QStringLiteral("--type"), QStringLiteral("customer.created"),
                              QStringLiteral("--sample"), QStringLiteral("--endpoint"),
                              QStringLiteral("ep_nope")}
        << 4 << QByteArray("no endpoint with id 'ep_nope'");
    QTest::newRow("unknown type") << send + QStringList{QStringLiteral("--type"),
                                                        QStringLiteral("acme.nothing")}
                                  << 2 << QByteArray("'acme.nothing' is not a known event type");
    QTest::newRow("schema violation")
        << send + QStringList{QStringLiteral("--type"), QStringLiteral("customer.created")} << 2
        << QByteArray("hooklinectl: --data: /customer: is required but missing");
    QTest::newRow("sample with data")
        << send + QStringList{QStringLiteral("--type"), QStringLiteral("customer.created"),
                              QStringLiteral("--sample"), QStringLiteral("--data"),
                              QStringLiteral("-")}
        << 2 << QByteArray("--sample and --data exclude each other");
    QTest::newRow("sample of a custom type")
        << send + QStringList{QStringLiteral("--type"), QStringLiteral("acme.nothing"),
                              QStringLiteral("--sample")}
        << 2 << QByteArray("no generator for 'acme.nothing'");
    QTest::newRow("bad seed") << send + QStringList{QStringLiteral("--type"),
                                                    QStringLiteral("customer.created"),
                                                    QStringLiteral("--sample"),
                                                    QStringLiteral("--seed"), QStringLiteral("x")}
                              << 2 << QByteArray("--seed must be a whole number");
    QTest::newRow("bad status") << QStringList{QStringLiteral("delivery"), QStringLiteral("list"),
                                               QStringLiteral("--status"), QStringLiteral("done")}
                                << 2 << QByteArray("--status must be one of");
}

void TestEventCommands::badInputWritesNothing()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QByteArray, message);
    add(QStringLiteral("*"));
    const QByteArray before = test::databaseDigest(m_database->store());
    const auto r = runCli(db(args));
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY2(r.err.contains(message), r.err.constData());
    QCOMPARE(test::databaseDigest(m_database->store()), before);
}

void TestEventCommands::deliveryFilters()
{
    const QString a = add(QStringLiteral("*"));
    add(QStringLiteral("*"));
    for (int i = 0; i < 3; ++i)
        QCOMPARE(
            runCli(db({QStringLiteral("event"), QStringLiteral("send"), QStringLiteral("--type"),
                       QStringLiteral("customer.updated"), QStringLiteral("--sample")}))
                .exitCode,
            0);
    QCOMPARE(json({QStringLiteral("delivery"), QStringLiteral("list")}).toArray().size(), 6);
    QCOMPARE(
        json({QStringLiteral("delivery"), QStringLiteral("list"), QStringLiteral("--endpoint"), a})
            .toArray()
            .size(),
        3);
    QCOMPARE(json({QStringLiteral("delivery"), QStringLiteral("list"), QStringLiteral("--status"),
                   QStringLiteral("dead")})
                 .toArray()
                 .size(),
             0);
    QCOMPARE(json({QStringLiteral("delivery"), QStringLiteral("list"), QStringLiteral("--limit"),
                   QStringLiteral("4")})
                 .toArray()
                 .size(),
             4);
}

void TestEventCommands::sampleMatchesGenerator()
{
    add(QStringLiteral("*"));
    const qint64 before = QDateTime::currentSecsSinceEpoch();
    const QJsonObject sent =
        json({QStringLiteral("event"), QStringLiteral("send"), QStringLiteral("--type"),
              QStringLiteral("aml_screening.match_found"), QStringLiteral("--sample"),
              QStringLiteral("--seed"), QStringLiteral("424242")})
            .toObject();
    const qint64 after = QDateTime::currentSecsSinceEpoch();
    QCOMPARE(sent[QLatin1String("sample_seed")].toString(), QStringLiteral("424242"));
    const QJsonObject shown = json({QStringLiteral("event"), QStringLiteral("show"),
                                    sent[QLatin1String("id")].toString()})
                                  .toObject();
    const QJsonObject data = shown[QLatin1String("data")].toObject();
    QVERIFY(EventCatalog().validate(QStringLiteral("aml_screening.match_found"), data).isValid());
    // The generator's output for that seed at the (whole) second the command ran.
    bool matched = false;
    for (qint64 t = before; t <= after && !matched; ++t)
        matched = QJsonDocument::fromJson(SampleGenerator::generateJson(
                                              QStringLiteral("aml_screening.match_found"), 424242,
                                              QDateTime::fromSecsSinceEpoch(t, Qt::UTC)))
                      .object() == data;
    QVERIFY(matched);
    // Another seed tells another story.
    const QJsonObject other =
        json({QStringLiteral("event"), QStringLiteral("send"), QStringLiteral("--type"),
              QStringLiteral("aml_screening.match_found"), QStringLiteral("--sample"),
              QStringLiteral("--seed"), QStringLiteral("7")})
            .toObject();
    QVERIFY(json({QStringLiteral("event"), QStringLiteral("show"),
                  other[QLatin1String("id")].toString()})
                .toObject()[QLatin1String("data")]
                .toObject() != data);
}

void TestEventCommands::schemaViolationsOnStderr()
{
    m_path = test::uncreatedDatabase(*m_database);
    QJsonObject data = *SampleGenerator::generate(QStringLiteral("identity_document.approved"), 5);
    QJsonObject document = data[QLatin1String("document")].toObject();
    document[QLatin1String("country")] = QStringLiteral("germany");
    data[QLatin1String("document")] = document;
    data.remove(QLatin1String("customer"));
    const auto r =
        runCli(db({QStringLiteral("event"), QStringLiteral("send"), QStringLiteral("--type"),
                   QStringLiteral("identity_document.approved"), QStringLiteral("--data"),
                   QStringLiteral("-")}),
               QJsonDocument(data).toJson());
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("hooklinectl: --data: /document/country: does not match the pattern"),
             r.err.constData());
    QVERIFY2(r.err.contains("hooklinectl: --data: /customer: is required but missing"),
             r.err.constData());
    QVERIFY(!test::databaseWasCreated(m_path)); // refused before the store was opened or created
}

QTEST_GUILESS_MAIN(TestEventCommands)
#include "tst_eventcommands.moc"
