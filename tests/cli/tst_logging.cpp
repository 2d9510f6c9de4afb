#include "logging/logging.h"
#include "support/clirunner.h"
#include "support/databasedump.h"
#include "support/tempdatabase.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace hookline;

// `hooklinectl run` is a service whose stderr ends up in a journal: every line must carry the UTC
// time, the level and the category, and --log-level must decide what is written.
class TestLogging : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void levelsParse_data();
    void levelsParse();
    void lineFormat();
    void runWritesCategorisedLines();
    void errorLevelSilencesInfoAndWarnings();
    void badLevelIsRefused();

private:
    test::CliResult runDrain(const QStringList &globalOptions);
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<test::TempDatabase> m_database;
    QString m_db;
    QProcessEnvironment m_env;
};

void TestLogging::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_database = std::make_unique<test::TempDatabase>();
    QVERIFY(m_database->isValid());
    m_db = m_database->path();
    m_env = QProcessEnvironment::systemEnvironment();
    // No keychain needed: an empty opt-in file store means "no signing key", which `run` reports
    // as a warning.
    m_env.insert(QStringLiteral("HOOKLINE_SECRET_STORE"),
                 QStringLiteral("file:") + m_dir->filePath(QStringLiteral("secrets.json")));
    m_env.remove(QStringLiteral("QT_LOGGING_RULES"));
}

void TestLogging::levelsParse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("level"); // -1: refused
    QTest::newRow("debug") << QStringLiteral("debug") << int(LogLevel::Debug);
    QTest::newRow("info") << QStringLiteral("info") << int(LogLevel::Info);
    QTest::newRow("warning") << QStringLiteral("warning") << int(LogLevel::Warning);
    QTest::newRow("warn") << QStringLiteral("WARN") << int(LogLevel::Warning);
    QTest::newRow("error") << QStringLiteral(" error ") << int(LogLevel::Error);
    QTest::newRow("empty") << QString() << -1;
    QTest::newRow("verbose") << QStringLiteral("verbose") << -1;
}

void TestLogging::levelsParse()
{
    QFETCH(QString, text);
    QFETCH(int, level);
    const auto parsed = logLevelFromString(text);
    QCOMPARE(parsed.has_value(), level >= 0);
    if (parsed)
        QCOMPARE(int(*parsed), level);
}

void TestLogging::lineFormat()
{
    const QString line = formatLogLine(QStringLiteral("warning"), "hookline.delivery",
                                       QStringLiteral("paused endpoint ep_1"));
    static const QRegularExpression shape(QStringLiteral(
        R"(^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z warning hookline\.delivery: paused endpoint ep_1$)"));
    QVERIFY2(shape.match(line).hasMatch(), qPrintable(line));
}

test::CliResult TestLogging::runDrain(const QStringList &globalOptions)
{
    return test::runCli(globalOptions + QStringList{QStringLiteral("--db"), m_db,
                                                    QStringLiteral("run"),
                                                    QStringLiteral("--drain")},
                        {}, 30000, m_env);
}

void TestLogging::runWritesCategorisedLines()
{
    const test::CliResult r = runDrain({});
    QVERIFY2(r.finished && r.exitCode == 0, r.err.constData());
    const QString err = QString::fromUtf8(r.err);
    static const QRegularExpression warning(QStringLiteral(
        R"((?m)^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z warning hookline\.run: no signing key for sandbox)"));
    static const QRegularExpression drained(QStringLiteral(
        R"((?m)^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z info hookline\.run: drained)"));
    QVERIFY2(warning.match(err).hasMatch(), r.err.constData());
    QVERIFY2(drained.match(err).hasMatch(), r.err.constData());
    // Every line is a log line: nothing bare slips through.
    static const QRegularExpression anyLine(QStringLiteral(
        R"(^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z (debug|info|warning|error) \S+: )"));
    for (const QString &line : err.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        QVERIFY2(anyLine.match(line).hasMatch(), qPrintable(line));
}

void TestLogging::errorLevelSilencesInfoAndWarnings()
{
    const test::CliResult r = runDrain({QStringLiteral("--log-level"), QStringLiteral("error")});
    QVERIFY2(r.finished && r.exitCode == 0, r.err.constData());
    QVERIFY2(!r.err.contains("hookline.run"), r.err.constData());
}

void TestLogging::badLevelIsRefused()
{
    m_db = test::uncreatedDatabase(*m_database);
    const test::CliResult r = runDrain({QStringLiteral("--log-level"), QStringLiteral("loud")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("--log-level must be debug, info, warning or error"),
             r.err.constData());
    QVERIFY(!test::databaseWasCreated(m_db));
}

QTEST_GUILESS_MAIN(TestLogging)
#include "tst_logging.moc"
