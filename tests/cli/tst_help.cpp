#include "support/clirunner.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace hookline;

// `--help` is complete: every command of docs/product-contract.md "Command line" is listed, each
// command's own help has a usage line, a summary and a description for every option, and the
// options that section names are there.
class TestHelp : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void everyProductCommandIsListed_data();
    void everyProductCommandIsListed();
    void everyCommandHasCompleteHelp();
    void productOptionsAreDocumented_data();
    void productOptionsAreDocumented();
    void unknownCommandPointsToHelp();

private:
    QStringList m_listed; // the commands `hooklinectl --help` lists, as "word word"
};

void TestHelp::initTestCase()
{
    const test::CliResult r = test::runCli({QStringLiteral("--help")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QString text = QString::fromUtf8(r.out);
    const qsizetype begin = text.indexOf(QLatin1String("Commands:\n"));
    const qsizetype end = text.indexOf(QLatin1String("\nGlobal options:"));
    QVERIFY(begin >= 0 && end > begin);
    static const QRegularExpression line(QStringLiteral(R"(^  (\S+(?: [a-z-]+)?)\s{2,}\S)"));
    for (const QString &l : text.mid(begin, end - begin).split(QLatin1Char('\n'))) {
        const auto m = line.match(l);
        if (m.hasMatch())
            m_listed << m.captured(1);
    }
    QVERIFY2(m_listed.size() >= 20, qPrintable(m_listed.join(QLatin1Char(','))));
}

void TestHelp::everyProductCommandIsListed_data()
{
    QTest::addColumn<QString>("command");
    // docs/product-contract.md "Command line", row by row.
    for (const char *c : {"run",
                          "endpoint list",
                          "endpoint show",
                          "endpoint add",
                          "endpoint update",
                          "endpoint remove",
                          "endpoint pause",
                          "endpoint resume",
                          "endpoint test",
                          "event send",
                          "event import",
                          "event list",
                          "event show",
                          "delivery list",
                          "delivery show",
                          "delivery replay",
                          "dlq list",
                          "dlq replay",
                          "stats",
                          "keys generate",
                          "keys rotate",
                          "keys jwks",
                          "policy allow",
                          "policy disallow",
                          "policy list",
                          "tls trust",
                          "tls untrust",
                          "tls list",
                          "check-url",
                          "verify",
                          "audit verify",
                          "audit export",
                          "config export",
                          "config import"})
        QTest::newRow(c) << QString::fromLatin1(c);
}

void TestHelp::everyProductCommandIsListed()
{
    QFETCH(QString, command);
    QVERIFY2(m_listed.contains(command), qPrintable(command + QStringLiteral(" is not listed")));
}

void TestHelp::everyCommandHasCompleteHelp()
{
    static const QRegularExpression optionLine(QStringLiteral(R"(^  (-\S.*?)(?:\s{2,}(.*))?$)"));
    for (const QString &command : std::as_const(m_listed)) {
        QStringList args = command.split(QLatin1Char(' '));
        args << QStringLiteral("--help");
        const test::CliResult r = test::runCli(args);
        const QString what = command + QStringLiteral(": ");
        QVERIFY2(r.exitCode == 0, qPrintable(what + QString::fromUtf8(r.err)));
        QVERIFY2(r.err.isEmpty(), qPrintable(what + QString::fromUtf8(r.err)));
        const QStringList lines = QString::fromUtf8(r.out).split(QLatin1Char('\n'));
        QVERIFY2(lines.value(0).startsWith(QStringLiteral("Usage: hooklinectl ") + command),
                 qPrintable(what + lines.value(0)));
        QVERIFY2(lines.value(1).isEmpty() && lines.value(2).trimmed().size() > 10,
                 qPrintable(what + QStringLiteral("no summary")));
        for (const QString &l : lines) {
            const auto m = optionLine.match(l);
            if (!m.hasMatch())
                continue;
            QVERIFY2(m.captured(2).trimmed().size() >= 8,
                     qPrintable(what + QStringLiteral("option without a description: ") + l));
        }
    }
}

void TestHelp::productOptionsAreDocumented_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QStringList>("options");
    auto row = [](const char *command, std::initializer_list<const char *> options) {
        QStringList list;
        for (const char *o : options)
            list << QString::fromLatin1(o);
        QTest::newRow(command) << QString::fromLatin1(command) << list;
    };
    row("run", {"--drain"});
    row("endpoint add",
        {"--url", "--name", "--method", "--events", "--scheme", "--timeout", "--max-retries",
         "--max-in-flight", "--rate-limit", "--failover-url", "--header"});
    row("endpoint update",
        {"--url", "--name", "--method", "--events", "--scheme", "--timeout", "--max-retries",
         "--max-in-flight", "--rate-limit", "--failover-url", "--header"});
    row("event send", {"--type", "--data", "--sample", "--endpoint", "--idempotency-key"});
    row("event import", {"--skip-invalid"});
    row("delivery list", {"--status", "--endpoint"});
    row("dlq replay", {"--endpoint", "--since", "--outcome"});
    row("stats", {"--range", "--endpoint", "--type"});
    row("keys generate", {"--bits"});
    row("check-url", {"--resolve"});
    row("verify", {"--jwks", "--headers", "--body"});
    row("config import", {"--dry-run"});
}

void TestHelp::productOptionsAreDocumented()
{
    QFETCH(QString, command);
    QFETCH(QStringList, options);
    QStringList args = command.split(QLatin1Char(' '));
    args << QStringLiteral("--help");
    const test::CliResult r = test::runCli(args);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QString text = QString::fromUtf8(r.out);
    for (const QString &o : options) {
        const QRegularExpression documented(QStringLiteral("(?m)^  (?:-\\w, )?") +
                                            QRegularExpression::escape(o) + QStringLiteral("\\b"));
        QVERIFY2(documented.match(text).hasMatch(), qPrintable(command + QLatin1Char(' ') + o));
    }
}

void TestHelp::unknownCommandPointsToHelp()
{
    const test::CliResult r = test::runCli({QStringLiteral("frobnicate")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.contains("unknown command 'frobnicate'"), r.err.constData());
    QVERIFY2(r.err.contains("hooklinectl --help"), r.err.constData());
}

QTEST_GUILESS_MAIN(TestHelp)
#include "tst_help.moc"
