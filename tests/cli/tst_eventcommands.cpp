#include "support/clirunner.h"

#include <QFile>
#include <QFileInfo>
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

private:
    QStringList db(const QStringList &args) const
    {
        return QStringList{QStringLiteral("--db"), m_path} + args;
    }
    QString add(const QString &events, const QString &env = QStringLiteral("sandbox"));
    QJsonValue json(const QStringList &args);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

void TestEventCommands::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath(QStringLiteral("cli.db"));
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
              QStringLiteral("identity_document.approved")})
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
    const QByteArray data = "{\"customer\": {\"id\": \"cus_1\", \"name\": \"Zoë\"}}";
    auto r = runCli(
        db({QStringLiteral("event"), QStringLiteral("send"), QStringLiteral("--type"),
            QStringLiteral("customer.created"), QStringLiteral("--data"), QStringLiteral("-")}),
        data);
    QCOMPARE(r.exitCode, 0);
    const QString fromStdin = QString::fromUtf8(r.out.trimmed());
    QJsonObject shown =
        json({QStringLiteral("event"), QStringLiteral("show"), fromStdin}).toObject();
    QCOMPARE(
        shown[QLatin1String("data")][QLatin1String("customer")][QLatin1String("name")].toString(),
        QStringLiteral("Zoë"));

    const QString file = m_dir->filePath(QStringLiteral("data.json"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("{\"dossier\": {\"id\": \"d_9\"}}");
    f.close();
    r = runCli(db({QStringLiteral("event"), QStringLiteral("send"), QStringLiteral("--type"),
                   QStringLiteral("dossier.created"), QStringLiteral("--data"), file}));
    QCOMPARE(r.exitCode, 0);
    shown =
        json({QStringLiteral("event"), QStringLiteral("show"), QString::fromUtf8(r.out.trimmed())})
            .toObject();
    QCOMPARE(shown[QLatin1String("data")][QLatin1String("dossier")][QLatin1String("id")].toString(),
             QStringLiteral("d_9"));
    QCOMPARE(json({QStringLiteral("event"), QStringLiteral("list")}).toArray().size(), 2);
}

void TestEventCommands::idempotencyKey()
{
    add(QStringLiteral("*"));
    const QStringList send{QStringLiteral("event"),
                           QStringLiteral("send"),
                           QStringLiteral("--type"),
                           QStringLiteral("customer.created"),
                           QStringLiteral("--idempotency-key"),
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
                              QStringLiteral("--endpoint"), QStringLiteral("ep_nope")}
        << 4 << QByteArray("no endpoint with id 'ep_nope'");
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
    const QByteArray before = test::fileDigest(m_path);
    const auto r = runCli(db(args));
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY2(r.err.contains(message), r.err.constData());
    QCOMPARE(test::fileDigest(m_path), before);
}

void TestEventCommands::deliveryFilters()
{
    const QString a = add(QStringLiteral("*"));
    add(QStringLiteral("*"));
    for (int i = 0; i < 3; ++i)
        QCOMPARE(runCli(db({QStringLiteral("event"), QStringLiteral("send"),
                            QStringLiteral("--type"), QStringLiteral("customer.updated")}))
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

QTEST_GUILESS_MAIN(TestEventCommands)
#include "tst_eventcommands.moc"
