#include "domain/event.h"
#include "events/envelopebuilder.h"
#include "events/eventcatalog.h"
#include "events/samplegenerator.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>
#include <random>

using namespace hookline;

class TestEnvelope : public QObject
{
    Q_OBJECT
private slots:
    void matchesExpectedObject();
    void splicesPayloadBytesVerbatim();
    void sandboxAndEscaping();
    void emptyPayloadIsEmptyObject();
    void ageNeverNegative();
    void timestampFormat_data();
    void timestampFormat();
    void timestampAgreesWithQt();
    void benchmarkBuild();
};

namespace {

Event sampleEvent()
{
    Event e;
    e.id = QStringLiteral("evt_01JDQ3ZK7Q8V5T2N4M6P9R0S1W");
    e.type = QStringLiteral("identity_document.approved");
    e.environment = Environment::Live;
    e.createdAt = QDateTime(QDate(2026, 11, 25), QTime(17, 46, 54, 123), Qt::UTC);
    e.payload = SampleGenerator::generateJson(e.type, 11);
    return e;
}

QJsonObject parseObject(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        qWarning() << "not a JSON object:" << error.errorString() << json.left(200);
    return doc.object();
}

} // namespace

void TestEnvelope::matchesExpectedObject()
{
    const Event e = sampleEvent();
    const QDateTime sent = e.createdAt.addMSecs(1234);
    const QByteArray body = EnvelopeBuilder::build(e, 3, sent);

    const QJsonObject expected{
        {QStringLiteral("id"), e.id},
        {QStringLiteral("type"), e.type},
        {QStringLiteral("environment"), QStringLiteral("live")},
        {QStringLiteral("created_at"), QStringLiteral("2026-11-25T17:46:54.123Z")},
        {QStringLiteral("api_version"), QStringLiteral("2026-11-01")},
        {QStringLiteral("data"), QJsonDocument::fromJson(e.payload).object()},
        {QStringLiteral("delivery"),
         QJsonObject{{QStringLiteral("attempt"), 3},
                     {QStringLiteral("sent_at"), QStringLiteral("2026-11-25T17:46:55.357Z")},
                     {QStringLiteral("event_age_ms"), 1234}}}};
    QCOMPARE(parseObject(body), expected);
    QCOMPARE(QLatin1String(EventCatalog::kApiVersion), QLatin1String("2026-11-01"));
    // The same send time through the msecs overload gives the same bytes.
    QCOMPARE(EnvelopeBuilder::build(e, 3, sent.toMSecsSinceEpoch()), body);
    // Field order follows docs/product-contract.md "Events and the envelope", which receivers' logs
    // will show.
    QVERIFY(body.startsWith("{\"id\":\"evt_"));
    QVERIFY(body.indexOf("\"type\"") < body.indexOf("\"environment\""));
    QVERIFY(body.indexOf("\"api_version\"") < body.indexOf("\"data\""));
    QVERIFY(body.endsWith("\"event_age_ms\":1234}}"));
}

void TestEnvelope::splicesPayloadBytesVerbatim()
{
    Event e = sampleEvent();
    // Key order and spacing that a re-serialisation would change.
    e.payload = QByteArray(R"({"zeta": 1,  "alpha": {"b": 2.50, "a": "\u00e9"}})");
    const QByteArray body = EnvelopeBuilder::build(e, 1, e.createdAt);
    QVERIFY(body.contains(QByteArray(",\"data\":" + e.payload + ",\"delivery\":")));
    const QJsonObject parsed = parseObject(body);
    QCOMPARE(parsed.value(QLatin1String("data")).toObject(),
             QJsonDocument::fromJson(e.payload).object());
}

void TestEnvelope::sandboxAndEscaping()
{
    Event e = sampleEvent();
    e.environment = Environment::Sandbox;
    e.id = QStringLiteral("evt_\"quoted\"\\back\nline\x01");
    e.type = QStringLiteral("custom.t\u00e9st");
    const QJsonObject parsed = parseObject(EnvelopeBuilder::build(e, 1, e.createdAt));
    QCOMPARE(parsed.value(QLatin1String("environment")).toString(), QStringLiteral("sandbox"));
    QCOMPARE(parsed.value(QLatin1String("id")).toString(), e.id);
    QCOMPARE(parsed.value(QLatin1String("type")).toString(), e.type);
}

void TestEnvelope::emptyPayloadIsEmptyObject()
{
    Event e = sampleEvent();
    e.payload.clear();
    const QJsonObject parsed = parseObject(EnvelopeBuilder::build(e, 1, e.createdAt));
    QVERIFY(parsed.value(QLatin1String("data")).isObject());
    QVERIFY(parsed.value(QLatin1String("data")).toObject().isEmpty());
}

void TestEnvelope::ageNeverNegative()
{
    const Event e = sampleEvent();
    // The wall clock stepped back between creation and sending.
    const QJsonObject parsed = parseObject(EnvelopeBuilder::build(e, 2, e.createdAt.addSecs(-5)));
    const QJsonObject delivery = parsed.value(QLatin1String("delivery")).toObject();
    QCOMPARE(delivery.value(QLatin1String("event_age_ms")).toInteger(), 0);
    QCOMPARE(delivery.value(QLatin1String("attempt")).toInt(), 2);
}

void TestEnvelope::timestampFormat_data()
{
    QTest::addColumn<qint64>("msecs");
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("epoch") << qint64(0) << QByteArray("1970-01-01T00:00:00.000Z");
    QTest::newRow("example")
        << QDateTime(QDate(2026, 11, 25), QTime(17, 46, 54, 123), Qt::UTC).toMSecsSinceEpoch()
        << QByteArray("2026-11-25T17:46:54.123Z");
    QTest::newRow("leap day")
        << QDateTime(QDate(2024, 2, 29), QTime(23, 59, 59, 999), Qt::UTC).toMSecsSinceEpoch()
        << QByteArray("2024-02-29T23:59:59.999Z");
    QTest::newRow("year 2000 leap")
        << QDateTime(QDate(2000, 3, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch()
        << QByteArray("2000-03-01T00:00:00.000Z");
    QTest::newRow("before epoch") << qint64(-1) << QByteArray("1969-12-31T23:59:59.999Z");
    QTest::newRow("whole second keeps ms")
        << qint64(1000) << QByteArray("1970-01-01T00:00:01.000Z");
}

void TestEnvelope::timestampFormat()
{
    QFETCH(qint64, msecs);
    QFETCH(QByteArray, text);
    QCOMPARE(EnvelopeBuilder::formatTimestamp(msecs), text);
    static const QRegularExpression shape(
        QStringLiteral("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z$"));
    QVERIFY(shape.match(QString::fromLatin1(text)).hasMatch());
}

void TestEnvelope::timestampAgreesWithQt()
{
    // Our calendar arithmetic against Qt's over 1970–2100, including a non-UTC QDateTime input.
    std::mt19937_64 rng(20261125);
    const qint64 end = QDateTime(QDate(2100, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    for (int i = 0; i < 5000; ++i) {
        const qint64 ms = qint64(rng() % quint64(end));
        const QDateTime t = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
        QCOMPARE(EnvelopeBuilder::formatTimestamp(ms), t.toString(Qt::ISODateWithMs).toLatin1());
        QCOMPARE(EnvelopeBuilder::formatTimestamp(t.toOffsetFromUtc(3600)),
                 t.toString(Qt::ISODateWithMs).toLatin1());
    }
}

void TestEnvelope::benchmarkBuild()
{
    const Event e = sampleEvent();
    const qint64 sent = e.createdAt.toMSecsSinceEpoch() + 40;
    QByteArray body;
    QBENCHMARK
    {
        body = EnvelopeBuilder::build(e, 1, sent);
    }
    QVERIFY(body.size() > e.payload.size());
}

QTEST_GUILESS_MAIN(TestEnvelope)
#include "tst_envelope.moc"
