#include "http/httpresponseparser.h"

#include <QTest>

using namespace hookline;

namespace {

constexpr qint64 kCap = 64; // small, so the cut is easy to see

struct Parsed
{
    HttpResponseParser::State state = HttpResponseParser::State::NeedMore;
    int status = 0;
    QByteArray body;
    bool capped = false;
    bool keepAlive = false;
};

// Feeds `bytes` in pieces of `step` bytes (0: all at once), then the close if `close`.
Parsed parse(const QByteArray &bytes, int step, bool close, bool head = false)
{
    HttpResponseParser p(kCap);
    p.reset(head);
    if (step == 0) {
        p.feed(bytes);
    } else {
        for (qsizetype i = 0; i < bytes.size(); i += step)
            p.feed(QByteArrayView(bytes).sliced(i, std::min<qsizetype>(step, bytes.size() - i)));
    }
    if (close)
        p.finish();
    return {p.state(), p.status(), p.body(), p.bodyCapped(), p.keepAlive()};
}

} // namespace

class TestHttpResponseParser : public QObject
{
    Q_OBJECT
private slots:
    void framing_data();
    void framing();
    void headersAreKeptInOrder();
    void resetServesTheNextAnswer();
    void headerSectionIsBounded();
};

void TestHttpResponseParser::framing_data()
{
    using S = HttpResponseParser::State;
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("close");
    QTest::addColumn<bool>("head");
    QTest::addColumn<int>("state");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("capped");
    QTest::addColumn<bool>("keepAlive");

    const QByteArray big(100, 'b');
    QTest::newRow("content-length")
        << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello") << false << false
        << int(S::Complete) << 200 << QByteArray("hello") << false << true;
    QTest::newRow("no reason phrase") << QByteArray("HTTP/1.1 204\r\n\r\n") << false << false
                                      << int(S::Complete) << 204 << QByteArray() << false << true;
    QTest::newRow("bare LF line ends")
        << QByteArray("HTTP/1.1 503 Busy\nContent-Length: 2\n\nno") << false << false
        << int(S::Complete) << 503 << QByteArray("no") << false << true;
    QTest::newRow("body still coming")
        << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nhello") << false << false
        << int(S::NeedMore) << 200 << QByteArray("hello") << false << false;
    QTest::newRow("closed mid body")
        << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nhello") << true << false
        << int(S::Error) << 200 << QByteArray("hello") << false << false;
    QTest::newRow("closed without a byte")
        << QByteArray() << true << false << int(S::Error) << 0 << QByteArray() << false << false;
    QTest::newRow("connection close")
        << QByteArray("HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 2\r\n\r\nok")
        << false << false << int(S::Complete) << 200 << QByteArray("ok") << false << false;
    QTest::newRow("HTTP/1.0 closes by default")
        << QByteArray("HTTP/1.0 200 OK\r\nContent-Length: 2\r\n\r\nok") << false << false
        << int(S::Complete) << 200 << QByteArray("ok") << false << false;
    QTest::newRow("HTTP/1.0 keep-alive")
        << QByteArray("HTTP/1.0 200 OK\r\nConnection: Keep-Alive\r\nContent-Length: 2\r\n\r\nok")
        << false << false << int(S::Complete) << 200 << QByteArray("ok") << false << true;
    QTest::newRow("chunked") << QByteArray(
                                    "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                                    "5;ext=1\r\nhello\r\n1\r\n!\r\n0\r\nX-Trailer: t\r\n\r\n")
                             << false << false << int(S::Complete) << 200 << QByteArray("hello!")
                             << false << true;
    QTest::newRow("chunked, upper-case hex")
        << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nA\r\n0123456789\r\n"
                      "0\r\n\r\n")
        << false << false << int(S::Complete) << 200 << QByteArray("0123456789") << false << true;
    QTest::newRow("chunked wins over length, then close")
        << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 99\r\nTransfer-Encoding: chunked\r\n\r\n"
                      "2\r\nok\r\n0\r\n\r\n")
        << false << false << int(S::Complete) << 200 << QByteArray("ok") << false << false;
    QTest::newRow("chunk size not hex")
        << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n") << false
        << false << int(S::Error) << 200 << QByteArray() << false << false;
    QTest::newRow("chunk longer than its size")
        << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nokay\r\n0\r\n\r\n")
        << false << false << int(S::Error) << 200 << QByteArray("ok") << false << false;
    QTest::newRow("body until close")
        << QByteArray("HTTP/1.1 200 OK\r\n\r\nall of it") << true << false << int(S::Complete)
        << 200 << QByteArray("all of it") << false << false;
    QTest::newRow("length cut at the cap")
        << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\n") + big << false << false
        << int(S::Complete) << 200 << big.left(kCap) << true << false;
    QTest::newRow("exactly the cap is not cut")
        << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 64\r\n\r\n") + big.left(64) << false
        << false << int(S::Complete) << 200 << big.left(kCap) << false << true;
    QTest::newRow("chunked cut at the cap")
        << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n64\r\n") + big << false
        << false << int(S::Complete) << 200 << big.left(kCap) << true << false;
    QTest::newRow("until close cut at the cap")
        << QByteArray("HTTP/1.1 500 Oops\r\n\r\n") + big << false << false << int(S::Complete)
        << 500 << big.left(kCap) << true << false;
    QTest::newRow("interim answers are skipped")
        << QByteArray("HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 103 Early Hints\r\nLink: </x>\r\n\r\n"
                      "HTTP/1.1 202 Accepted\r\nContent-Length: 0\r\n\r\n")
        << false << false << int(S::Complete) << 202 << QByteArray() << false << true;
    QTest::newRow("101 unasked") << QByteArray(
                                        "HTTP/1.1 101 Switching Protocols\r\nUpgrade: h2c\r\n\r\n")
                                 << false << false << int(S::Error) << 0 << QByteArray() << false
                                 << false;
    QTest::newRow("HEAD has no body")
        << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 500\r\n\r\n") << false << true
        << int(S::Complete) << 200 << QByteArray() << false << true;
    QTest::newRow("304 has no body")
        << QByteArray("HTTP/1.1 304 Not Modified\r\nContent-Length: 500\r\n\r\n") << false << false
        << int(S::Complete) << 304 << QByteArray() << false << true;
    QTest::newRow("redirect body is read")
        << QByteArray("HTTP/1.1 302 Found\r\nLocation: https://x/\r\nContent-Length: 3\r\n\r\nbye")
        << false << false << int(S::Complete) << 302 << QByteArray("bye") << false << true;
    QTest::newRow("not HTTP") << QByteArray("SSH-2.0-OpenSSH_9.2\r\n\r\n") << false << false
                              << int(S::Error) << 0 << QByteArray() << false << false;
    QTest::newRow("HTTP/2 preface") << QByteArray("HTTP/2 200\r\n\r\n") << false << false
                                    << int(S::Error) << 0 << QByteArray() << false << false;
    QTest::newRow("status out of range")
        << QByteArray("HTTP/1.1 999 What\r\n\r\n") << false << false << int(S::Error) << 0
        << QByteArray() << false << false;
    QTest::newRow("space before colon")
        << QByteArray("HTTP/1.1 200 OK\r\nContent-Length : 2\r\n\r\nok") << false << false
        << int(S::Error) << 0 << QByteArray() << false << false;
    QTest::newRow("folded header")
        << QByteArray("HTTP/1.1 200 OK\r\nX-A: 1\r\n continued\r\nContent-Length: 0\r\n\r\n")
        << false << false << int(S::Error) << 0 << QByteArray() << false << false;
    QTest::newRow("two different lengths")
        << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 2\r\nContent-Length: 3\r\n\r\nok!")
        << false << false << int(S::Error) << 0 << QByteArray() << false << false;
    QTest::newRow("the same length twice")
        << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 2, 2\r\n\r\nok") << false << false
        << int(S::Complete) << 200 << QByteArray("ok") << false << true;
    QTest::newRow("negative length")
        << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: -1\r\n\r\n") << false << false
        << int(S::Error) << 0 << QByteArray() << false << false;
    QTest::newRow("head ends in LF CRLF")
        << QByteArray("HTTP/1.1 200 OK\nContent-Length: 2\n\r\nok") << false << false
        << int(S::Complete) << 200 << QByteArray("ok") << false << true;
    QTest::newRow("head ends in CRLF LF")
        << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\nok") << false << false
        << int(S::Complete) << 200 << QByteArray("ok") << false << true;
    QTest::newRow("HTTP/1.0 chunked is not kept alive")
        << QByteArray("HTTP/1.0 200 OK\r\nConnection: keep-alive\r\nTransfer-Encoding: chunked\r\n"
                      "\r\n2\r\nok\r\n0\r\n\r\n")
        << false << false << int(S::Complete) << 200 << QByteArray("ok") << false << false;
    // Limits on lines count the same bytes whether they arrive whole or one at a time.
    QTest::newRow("chunk line of 1024 bytes")
        << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2;") +
               QByteArray(1021, 'e') + "\r\nok\r\n0\r\n\r\n"
        << false << false << int(S::Complete) << 200 << QByteArray("ok") << false << true;
    QTest::newRow("chunk line of 1025 bytes")
        << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2;") +
               QByteArray(1022, 'e') + "\r\nok\r\n0\r\n\r\n"
        << false << false << int(S::Error) << 200 << QByteArray() << false << false;
    QTest::newRow("trailer section too large")
        << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nok\r\n0\r\n"
                      "X-T: ") +
               QByteArray(HttpResponseParser::DefaultMaxHeaderBytes, 't') + "\r\n\r\n"
        << false << false << int(S::Error) << 200 << QByteArray("ok") << false << false;
    const QByteArray head = "HTTP/1.1 200 OK\r\nContent-Length: 0\r\nX-Pad: ";
    const qsizetype padToLimit = HttpResponseParser::DefaultMaxHeaderBytes - head.size() - 3;
    QTest::newRow("head at the limit before its last LF")
        << head + QByteArray(padToLimit, 'p') + "\r\n\r\n"
        << false << false << int(S::Complete) << 200 << QByteArray() << false << true;
    QTest::newRow("head one byte over the limit")
        << head + QByteArray(padToLimit + 1, 'p') + "\r\n\r\n"
        << false << false << int(S::Error) << 0 << QByteArray() << false << false;
    QTest::newRow("16 interim answers")
        << QByteArray("HTTP/1.1 100 Continue\r\n\r\n").repeated(16) +
               "HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n"
        << false << false << int(S::Complete) << 200 << QByteArray() << false << true;
    QTest::newRow("endless 100 Continue")
        << QByteArray("HTTP/1.1 100 Continue\r\n\r\n").repeated(1000) << false << false
        << int(S::Error) << 0 << QByteArray() << false << false;
    QTest::newRow("bytes after the answer")
        << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nokHTTP/1.1 200 OK\r\n") << false
        << false << int(S::Complete) << 200 << QByteArray("ok") << false << false;
}

void TestHttpResponseParser::framing()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, close);
    QFETCH(bool, head);
    QFETCH(int, state);
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(bool, capped);
    QFETCH(bool, keepAlive);
    // The same answer whole, byte by byte and in odd pieces: TLS records split anywhere.
    for (int step : {0, 1, 3, 7}) {
        const Parsed p = parse(bytes, step, close, head);
        const QByteArray where = "step " + QByteArray::number(step);
        QVERIFY2(int(p.state) == state, where.constData());
        if (state != int(HttpResponseParser::State::Error) || status != 0)
            QVERIFY2(p.status == status, where.constData());
        QVERIFY2(p.body == body, QByteArray(where + ": " + p.body).constData());
        QVERIFY2(p.capped == capped, where.constData());
        QVERIFY2(p.keepAlive == keepAlive, where.constData());
    }
}

void TestHttpResponseParser::headersAreKeptInOrder()
{
    HttpResponseParser p(kCap);
    p.reset();
    p.feed("HTTP/1.1 429 Too Many\r\nRetry-After:  120 \r\nX-Id: a\r\nx-id: b\r\n"
           "Content-Length: 0\r\n\r\n");
    QVERIFY(p.state() == HttpResponseParser::State::Complete);
    QCOMPARE(p.headers().size(), 4);
    QCOMPARE(p.headers().at(1), (HeaderPair{"X-Id", "a"}));
    QCOMPARE(p.headers().at(2), (HeaderPair{"x-id", "b"}));
    QCOMPARE(p.header("retry-after"), QByteArray("120"));
    QCOMPARE(p.header("X-ID"), QByteArray("a"));
    QVERIFY(p.header("Location").isNull());
}

void TestHttpResponseParser::resetServesTheNextAnswer()
{
    HttpResponseParser p(kCap);
    p.reset();
    p.feed("HTTP/1.1 500 No\r\nContent-Length: 2\r\n\r\nno");
    QCOMPARE(p.status(), 500);
    QVERIFY(p.keepAlive());
    p.reset();
    QVERIFY(!p.headComplete());
    QCOMPARE(p.bytesSeen(), 0);
    p.feed("HTTP/1.1 200 OK\r\nContent-Length: 3\r\n\r\nyes");
    QVERIFY(p.state() == HttpResponseParser::State::Complete);
    QCOMPARE(p.status(), 200);
    QCOMPARE(p.body(), QByteArray("yes"));
    QCOMPARE(p.headers().size(), 1);
}

void TestHttpResponseParser::headerSectionIsBounded()
{
    HttpResponseParser p(kCap, 1024);
    p.reset();
    p.feed("HTTP/1.1 200 OK\r\n");
    const QByteArray line = "X-Pad: " + QByteArray(100, 'p') + "\r\n";
    for (int i = 0; i < 20 && p.state() == HttpResponseParser::State::NeedMore; ++i)
        p.feed(line);
    QVERIFY(p.state() == HttpResponseParser::State::Error);
    QVERIFY(p.error().contains(QStringLiteral("1024")));
}

QTEST_GUILESS_MAIN(TestHttpResponseParser)
#include "tst_httpresponseparser.moc"
