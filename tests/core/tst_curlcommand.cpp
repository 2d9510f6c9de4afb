#include "engine/deliveryrequestbuilder.h"
#include "replay/curlcommand.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace hookline;

// The command is pasted into a shell: quoting mistakes either break it or run something else.
class TestCurlCommand : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void shellQuote_data();
    void shellQuote();
    void shellQuoteSurvivesARealShell_data() { shellQuote_data(); }
    void shellQuoteSurvivesARealShell();
    void buildsMethodUrlHeadersAndBody();
    void redactedTokenBecomesVariableReference_data();
    void redactedTokenBecomesVariableReference();
    void tokenVariableIsExpandedByTheShell();
    void attemptUrlPrefersTheRecordedOne_data();
    void attemptUrlPrefersTheRecordedOne();
};

void TestCurlCommand::shellQuote_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("quoted");
    QTest::newRow("plain") << QStringLiteral("abc") << QStringLiteral("'abc'");
    QTest::newRow("empty") << QString() << QStringLiteral("''");
    QTest::newRow("single quote") << QStringLiteral("it's") << QStringLiteral("'it'\\''s'");
    QTest::newRow("dollar and backtick")
        << QStringLiteral("$HOME `id` $(id)") << QStringLiteral("'$HOME `id` $(id)'");
    QTest::newRow("double quote and backslash")
        << QStringLiteral("a\"b\\c") << QStringLiteral("'a\"b\\c'");
    QTest::newRow("newline") << QStringLiteral("a\nb") << QStringLiteral("'a\nb'");
    QTest::newRow("only quotes") << QStringLiteral("''") << QStringLiteral("''\\'''\\'''");
}

void TestCurlCommand::shellQuote()
{
    QFETCH(QString, text);
    QFETCH(QString, quoted);
    QCOMPARE(CurlCommand::shellQuote(text), quoted);
}

void TestCurlCommand::shellQuoteSurvivesARealShell()
{
    QFETCH(QString, text);
    QProcess sh;
    sh.start(QStringLiteral("/bin/sh"),
             {QStringLiteral("-c"), QStringLiteral("printf %s ") + CurlCommand::shellQuote(text)});
    QVERIFY(sh.waitForFinished(5000));
    QCOMPARE(QString::fromUtf8(sh.readAllStandardOutput()), text);
}

void TestCurlCommand::attemptUrlPrefersTheRecordedOne_data()
{
    QTest::addColumn<QString>("recorded");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<bool>("fallback");
    QTest::newRow("failover recorded") << "https://backup.example.com/h"
                                       << "https://backup.example.com/h" << false;
    QTest::newRow("URL edited since") << "https://old.example.com/h?v=1"
                                      << "https://old.example.com/h?v=1" << false;
    QTest::newRow("before schema 4") << ""
                                     << "https://now.example.com/h" << true;
}

void TestCurlCommand::attemptUrlPrefersTheRecordedOne()
{
    QFETCH(QString, recorded);
    QFETCH(QString, expected);
    QFETCH(bool, fallback);
    Attempt a;
    a.url = QUrl(recorded);
    bool fellBack = !fallback;
    QCOMPARE(
        CurlCommand::attemptUrl(a, QUrl(QStringLiteral("https://now.example.com/h")), &fellBack),
        expected);
    QCOMPARE(fellBack, fallback);
}

void TestCurlCommand::buildsMethodUrlHeadersAndBody()
{
    const QList<HeaderPair> headers{{"Content-Type", "application/json"},
                                    {"X-Note", "it's \"quoted\""}};
    const CurlCommand::Result r =
        CurlCommand::build(QStringLiteral("PUT"), QStringLiteral("https://h.example/a?b=1&c=2"),
                           headers, R"({"name":"O'Brien"})", DeliveryRequestBuilder::kRedacted);
    QVERIFY(!r.needsToken);
    QCOMPARE(r.command, QStringLiteral("curl -sS -X 'PUT' 'https://h.example/a?b=1&c=2' \\\n"
                                       "  -H 'Content-Type: application/json' \\\n"
                                       "  -H 'X-Note: it'\\''s \"quoted\"' \\\n"
                                       "  --data-binary '{\"name\":\"O'\\''Brien\"}'"));
}

void TestCurlCommand::redactedTokenBecomesVariableReference_data()
{
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QString>("authHeader");
    QTest::addColumn<QString>("word");
    QTest::newRow("bearer") << QByteArray("Authorization") << QByteArray("Bearer [redacted]")
                            << QStringLiteral("Authorization")
                            << QStringLiteral(
                                   "-H 'Authorization: Bearer '\"${HOOKLINE_AUTH_TOKEN}\"");
    QTest::newRow("token in another header")
        << QByteArray("X-Api-Key") << QByteArray("[redacted]") << QStringLiteral("x-api-key")
        << QStringLiteral("-H 'X-Api-Key: '\"${HOOKLINE_AUTH_TOKEN}\"");
    // A secret custom header value: its own variable, the one `config import` reads too.
    QTest::newRow("secret custom header")
        << QByteArray("X-Api-Key") << QByteArray("[redacted]") << QStringLiteral("Authorization")
        << QStringLiteral("-H 'X-Api-Key: '\"${HOOKLINE_HEADER_X_API_KEY}\"");
}

void TestCurlCommand::redactedTokenBecomesVariableReference()
{
    QFETCH(QByteArray, name);
    QFETCH(QByteArray, value);
    QFETCH(QString, authHeader);
    QFETCH(QString, word);
    const CurlCommand::Result r =
        CurlCommand::build(QStringLiteral("POST"), QStringLiteral("https://h.example/"),
                           {{name, value}}, {}, DeliveryRequestBuilder::kRedacted, authHeader);
    const bool token = word.contains(CurlCommand::kTokenVariable);
    QCOMPARE(r.needsToken, token);
    QCOMPARE(r.headerVariables.isEmpty(), token);
    QVERIFY2(r.command.contains(word), qPrintable(r.command));
    QVERIFY(!r.command.contains(QStringLiteral("[redacted]")));
    QVERIFY(!r.command.contains(QStringLiteral("--data-binary"))); // no body, no option
}

// What the user runs: with the variable set, curl receives the real header.
void TestCurlCommand::tokenVariableIsExpandedByTheShell()
{
    const CurlCommand::Result r =
        CurlCommand::build(QStringLiteral("POST"), QStringLiteral("https://h.example/"),
                           {{"Authorization", "Bearer [redacted]"},
                            {"X-Session-Token", "[redacted]"},
                            {"X-Odd", "$(touch /tmp/x) 'q'"}},
                           "{}", DeliveryRequestBuilder::kRedacted);
    QCOMPARE(r.headerVariables, QStringList{QStringLiteral("HOOKLINE_HEADER_X_SESSION_TOKEN")});
    // Replace curl by a function that prints its arguments one per line.
    const QString script = QStringLiteral("curl() { for a in \"$@\"; do printf '%s\\n' \"$a\"; "
                                          "done; }\nHOOKLINE_AUTH_TOKEN='s3cr$t t'\n"
                                          "HOOKLINE_HEADER_X_SESSION_TOKEN='sess 1'\n") +
                           r.command;
    QProcess sh;
    sh.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), script});
    QVERIFY(sh.waitForFinished(5000));
    const QStringList args =
        QString::fromUtf8(sh.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY2(args.contains(QStringLiteral("Authorization: Bearer s3cr$t t")),
             qPrintable(args.join(QLatin1Char('|'))));
    QVERIFY(args.contains(QStringLiteral("X-Session-Token: sess 1")));
    QVERIFY(args.contains(QStringLiteral("X-Odd: $(touch /tmp/x) 'q'")));
    QCOMPARE(args.last(), QStringLiteral("{}"));
}

QTEST_GUILESS_MAIN(TestCurlCommand)
#include "tst_curlcommand.moc"
