// The pure parts of one attempt's HTTP exchange: the request as it goes on the wire, and the
// Retry-After reading. The exchange itself runs end to end in e2e.engine.
#include "engine/attemptexchange.h"

#include <QTest>

using namespace hookline;

class TestAttemptExchange : public QObject
{
    Q_OBJECT
private slots:
    void serializesTheRequest();
    void refusesWhatCouldSplitTheRequest_data();
    void refusesWhatCouldSplitTheRequest();
    void retryAfter_data();
    void retryAfter();
};

namespace {
HttpTarget target()
{
    HttpTarget t;
    t.address = QHostAddress(QStringLiteral("93.184.216.34"));
    t.port = 8443;
    t.peerName = QStringLiteral("hooks.example.com");
    t.hostHeader = "hooks.example.com:8443";
    t.requestTarget = "/in?x=1";
    return t;
}
} // namespace

void TestAttemptExchange::serializesTheRequest()
{
    const QByteArray body = R"({"id":"evt_1"})";
    const QByteArray wire = AttemptExchange::serialize(
        target(), "POST", {{"Content-Type", "application/json"}, {"X-Team", "kyc"}}, body);
    QCOMPARE(wire, QByteArray("POST /in?x=1 HTTP/1.1\r\n"
                              "Host: hooks.example.com:8443\r\n"
                              "Content-Type: application/json\r\n"
                              "X-Team: kyc\r\n"
                              "Content-Length: 14\r\n"
                              "\r\n"
                              R"({"id":"evt_1"})"));
    // An empty body still says so: the server must not wait for one.
    QVERIFY(
        AttemptExchange::serialize(target(), "PUT", {}, {}).endsWith("Content-Length: 0\r\n\r\n"));
}

void TestAttemptExchange::refusesWhatCouldSplitTheRequest_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QByteArray>("requestTarget");
    QTest::newRow("CRLF in a value") << QByteArray("POST") << QByteArray("X-A")
                                     << QByteArray("a\r\nX-Injected: 1") << QByteArray("/");
    QTest::newRow("LF in a value")
        << QByteArray("POST") << QByteArray("X-A") << QByteArray("a\nb") << QByteArray("/");
    QTest::newRow("NUL in a value")
        << QByteArray("POST") << QByteArray("X-A") << QByteArray("a\0b", 3) << QByteArray("/");
    QTest::newRow("colon in a name")
        << QByteArray("POST") << QByteArray("X-A: b") << QByteArray("c") << QByteArray("/");
    QTest::newRow("empty name") << QByteArray("POST") << QByteArray() << QByteArray("c")
                                << QByteArray("/");
    QTest::newRow("space in the method")
        << QByteArray("PO ST") << QByteArray("X-A") << QByteArray("c") << QByteArray("/");
    QTest::newRow("space in the target")
        << QByteArray("POST") << QByteArray("X-A") << QByteArray("c") << QByteArray("/a b");
    QTest::newRow("no target") << QByteArray("POST") << QByteArray("X-A") << QByteArray("c")
                               << QByteArray();
}

void TestAttemptExchange::refusesWhatCouldSplitTheRequest()
{
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, name);
    QFETCH(QByteArray, value);
    QFETCH(QByteArray, requestTarget);
    HttpTarget t = target();
    t.requestTarget = requestTarget;
    QVERIFY(AttemptExchange::serialize(t, method, {{name, value}}, "{}").isEmpty());
}

void TestAttemptExchange::retryAfter_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<qint64>("seconds"); // -1: none
    QTest::newRow("seconds") << QByteArray("120") << qint64(120);
    QTest::newRow("padded") << QByteArray("  7 ") << qint64(7);
    QTest::newRow("zero") << QByteArray("0") << qint64(0);
    QTest::newRow("negative") << QByteArray("-5") << qint64(-1);
    QTest::newRow("date an hour on") << QByteArray("Thu, 26 Nov 2026 05:00:00 GMT") << qint64(3600);
    QTest::newRow("date in the past") << QByteArray("Thu, 26 Nov 2026 03:00:00 GMT") << qint64(0);
    QTest::newRow("RFC 850 date") << QByteArray("Thursday, 26-Nov-26 04:30:00 GMT") << qint64(1800);
    QTest::newRow("asctime date") << QByteArray("Thu Nov 26 04:00:10 2026") << qint64(10);
    QTest::newRow("asctime, one-digit day")
        << QByteArray("Tue Dec  1 04:00:00 2026") << qint64(5 * 86400);
    QTest::newRow("numeric zone") << QByteArray("Thu, 26 Nov 2026 06:00:00 +0100") << qint64(3600);
    QTest::newRow("date with a zone that is not GMT")
        << QByteArray("Thu, 26 Nov 2026 05:00:00 PST") << qint64(-1);
    QTest::newRow("garbage") << QByteArray("soon") << qint64(-1);
    QTest::newRow("empty") << QByteArray() << qint64(-1);
}

void TestAttemptExchange::retryAfter()
{
    QFETCH(QByteArray, value);
    QFETCH(qint64, seconds);
    const QDateTime now(QDate(2026, 11, 26), QTime(4, 0), Qt::UTC);
    const auto got = AttemptExchange::parseRetryAfter(value, now);
    if (seconds < 0) {
        QVERIFY(!got.has_value());
    } else {
        QVERIFY(got.has_value());
        QCOMPARE(qint64(got->count()), seconds);
    }
}

QTEST_GUILESS_MAIN(TestAttemptExchange)
#include "tst_attemptexchange.moc"
