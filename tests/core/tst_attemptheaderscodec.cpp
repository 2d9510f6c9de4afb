#include "store/attemptheaderscodec.h"

#include <QTest>

using namespace hookline;

// The stored form of an attempt's headers: what the engine writes, the logs must read back
// unchanged, and a damaged row must read as what can be salvaged, never crash or garble.
class TestAttemptHeadersCodec : public QObject
{
    Q_OBJECT
private slots:
    void plainHeadersRoundTrip();
    void escapedAndNonAsciiValuesRoundTrip();
    void encodesTheDocumentedFormat();
    void noHeadersIsAnEmptyArray();
    void malformedJsonReadsAsNoHeaders_data();
    void malformedJsonReadsAsNoHeaders();
    void entriesThatAreNotPairsAreSkipped();
};

void TestAttemptHeadersCodec::plainHeadersRoundTrip()
{
    const QList<HeaderPair> headers{{"content-type", "application/json"},
                                    {"webhook-id", "msg_2abc"},
                                    {"authorization", "[redacted]"}};
    QCOMPARE(AttemptHeadersCodec::decode(AttemptHeadersCodec::encode(headers).toUtf8()), headers);
}

void TestAttemptHeadersCodec::escapedAndNonAsciiValuesRoundTrip()
{
    // Quotes, backslashes, control characters and UTF-8 leave the hand-written fast path.
    const QList<HeaderPair> headers{{"x-quote", "say \"hi\""},
                                    {"x-path", "C:\\temp"},
                                    {"x-tab", "a\tb"},
                                    {"x-name", "Grüße, ça va"}};
    QCOMPARE(AttemptHeadersCodec::decode(AttemptHeadersCodec::encode(headers).toUtf8()), headers);
}

void TestAttemptHeadersCodec::encodesTheDocumentedFormat()
{
    const QList<HeaderPair> two{{"a", "1"}, {"b", "2"}};
    QCOMPARE(AttemptHeadersCodec::encode(two), QStringLiteral(R"([["a","1"],["b","2"]])"));
    const QList<HeaderPair> quoted{{"x", "\"q\""}};
    const QString expected = QStringLiteral("[[\"x\",\"\\\"q\\\"\"]]"); // [["x","\"q\""]]
    QCOMPARE(AttemptHeadersCodec::encode(quoted), expected);
}

void TestAttemptHeadersCodec::noHeadersIsAnEmptyArray()
{
    QCOMPARE(AttemptHeadersCodec::encode({}), QStringLiteral("[]"));
    QVERIFY(AttemptHeadersCodec::decode("[]").isEmpty());
    QVERIFY(AttemptHeadersCodec::decode(QByteArray()).isEmpty());
}

void TestAttemptHeadersCodec::malformedJsonReadsAsNoHeaders_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("truncated") << QByteArray(R"([["a","1"],["b",)");
    QTest::newRow("not json") << QByteArray("content-type: text/plain");
    QTest::newRow("an object") << QByteArray(R"({"a":"1"})");
    QTest::newRow("a string") << QByteArray(R"("a")");
    QTest::newRow("binary") << QByteArray("\x00\xff\xfe", 3);
}

void TestAttemptHeadersCodec::malformedJsonReadsAsNoHeaders()
{
    QFETCH(QByteArray, json);
    QVERIFY(AttemptHeadersCodec::decode(json).isEmpty());
}

void TestAttemptHeadersCodec::entriesThatAreNotPairsAreSkipped()
{
    const QList<HeaderPair> expected{{"a", "1"}, {"d", "4"}};
    QCOMPARE(
        AttemptHeadersCodec::decode(R"([["a","1"],["b"],"c",["x","y","z"],[1,2],null,["d","4"]])"),
        expected);
}

QTEST_GUILESS_MAIN(TestAttemptHeadersCodec)
#include "tst_attemptheaderscodec.moc"
