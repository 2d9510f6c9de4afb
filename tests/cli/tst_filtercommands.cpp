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

// `endpoint add|update --filter JSON|@FILE [--filter-mode all|any]` and what `endpoint show` says.
class TestFilterCommands : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void addShowUpdateClear();
    void filterFromFile();
    void errorsNameTheRule_data();
    void errorsNameTheRule();

private:
    QStringList db(const QStringList &args) const
    {
        return QStringList{QStringLiteral("--db"), m_path} + args;
    }
    QJsonObject show(const QString &id);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<test::TempDatabase> m_database;
    QString m_path;
};

void TestFilterCommands::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_database = std::make_unique<test::TempDatabase>();
    QVERIFY(m_database->isValid());
    m_path = m_database->path();
}

QJsonObject TestFilterCommands::show(const QString &id)
{
    const auto r = runCli(
        db({QStringLiteral("--json"), QStringLiteral("endpoint"), QStringLiteral("show"), id}));
    return QJsonDocument::fromJson(r.out).object();
}

void TestFilterCommands::addShowUpdateClear()
{
    const auto added = runCli(
        db({QStringLiteral("endpoint"), QStringLiteral("add"), QStringLiteral("--url"),
            QStringLiteral("https://hooks.example.com/in"), QStringLiteral("--filter"),
            QStringLiteral(R"([{"path":"verification.status","op":"=","value":"approved"},)"
                           R"({"path":"document.country","op":"in","value":["DE","AT"]}])")}));
    QCOMPARE(added.exitCode, 0);
    const QString id = QString::fromUtf8(added.out.trimmed());
    QVERIFY(id.startsWith(QLatin1String("ep_")));

    QJsonObject filter = show(id).value(QLatin1String("filter")).toObject();
    QCOMPARE(filter.value(QLatin1String("mode")).toString(), QStringLiteral("all"));
    QCOMPARE(filter.value(QLatin1String("rules")).toArray().size(), 2);

    const auto text = runCli(db({QStringLiteral("endpoint"), QStringLiteral("show"), id}));
    QVERIFY2(text.out.contains(R"(filter          verification.status = "approved" and )"
                               R"(document.country in ["DE","AT"])"),
             text.out.constData());

    // --filter-mode alone changes the mode and keeps the rules.
    QCOMPARE(runCli(db({QStringLiteral("endpoint"), QStringLiteral("update"), id,
                        QStringLiteral("--filter-mode"), QStringLiteral("any")}))
                 .exitCode,
             0);
    filter = show(id).value(QLatin1String("filter")).toObject();
    QCOMPARE(filter.value(QLatin1String("mode")).toString(), QStringLiteral("any"));
    QCOMPARE(filter.value(QLatin1String("rules")).toArray().size(), 2);

    QCOMPARE(runCli(db({QStringLiteral("endpoint"), QStringLiteral("update"), id,
                        QStringLiteral("--filter"), QString()}))
                 .exitCode,
             0);
    QVERIFY(show(id).value(QLatin1String("filter")).isNull());
    QVERIFY(runCli(db({QStringLiteral("endpoint"), QStringLiteral("show"), id}))
                .out.contains("filter          none"));
}

void TestFilterCommands::filterFromFile()
{
    QFile file(m_dir->filePath(QStringLiteral("filter.json")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(
        R"({"mode":"any","rules":[{"path":"verification.confidence","op":">","value":0.9}]})");
    file.close();
    const auto added =
        runCli(db({QStringLiteral("endpoint"), QStringLiteral("add"), QStringLiteral("--url"),
                   QStringLiteral("https://hooks.example.com/in"), QStringLiteral("--filter"),
                   QLatin1Char('@') + file.fileName()}));
    QCOMPARE(added.exitCode, 0);
    const QJsonObject filter =
        show(QString::fromUtf8(added.out.trimmed())).value(QLatin1String("filter")).toObject();
    QCOMPARE(filter.value(QLatin1String("mode")).toString(), QStringLiteral("any"));
    QCOMPARE(filter.value(QLatin1String("rules"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QLatin1String("op")),
             QJsonValue(QStringLiteral(">")));

    const auto missing =
        runCli(db({QStringLiteral("endpoint"), QStringLiteral("add"), QStringLiteral("--url"),
                   QStringLiteral("https://hooks.example.com/in"), QStringLiteral("--filter"),
                   QStringLiteral("@/nonexistent")}));
    QCOMPARE(missing.exitCode, 2);
    QVERIFY(missing.err.contains("--filter: cannot read /nonexistent"));
}

void TestFilterCommands::errorsNameTheRule_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QByteArray>("message");

    const auto f = [](const char *json) {
        return QStringList{QStringLiteral("--filter"), QString::fromUtf8(json)};
    };
    QTest::newRow("not json") << f("[{") << QByteArray("--filter is not valid JSON");
    QTest::newRow("unknown op") << f(R"([{"path":"a","op":"exists"},{"path":"a","op":"~="}])")
                                << QByteArray("--filter rule 2 has an unknown op '~='");
    QTest::newRow("in without array")
        << f(R"([{"path":"a","op":"in","value":"DE"}])")
        << QByteArray("--filter rule 1 uses 'in', which needs a non-empty array value");
    QTest::newRow("< with text") << f(R"([{"path":"a","op":"<","value":"big"}])")
                                 << QByteArray("--filter rule 1 uses '<' or '>', which needs a "
                                               "number or an ISO 8601 date/time value");
    QTest::newRow("empty path") << f(R"([{"path":"","op":"exists"}])")
                                << QByteArray("--filter rule 1 has no path");
    QTest::newRow("missing value")
        << f(R"([{"path":"a","op":"!="}])") << QByteArray("--filter rule 1 needs a value");
    QTest::newRow("mode") << QStringList{QStringLiteral("--filter-mode"), QStringLiteral("most")}
                          << QByteArray("--filter-mode must be all or any, not 'most'");
}

void TestFilterCommands::errorsNameTheRule()
{
    QFETCH(QStringList, options);
    QFETCH(QByteArray, message);
    m_path = test::uncreatedDatabase(*m_database);
    const auto added = runCli(
        db(QStringList{QStringLiteral("endpoint"), QStringLiteral("add"), QStringLiteral("--url"),
                       QStringLiteral("https://hooks.example.com/in")} +
           options));
    QCOMPARE(added.exitCode, 2);
    QVERIFY2(added.err.contains(message), added.err.constData());
    QVERIFY(added.out.isEmpty());
    QVERIFY(!test::databaseWasCreated(m_path)); // bad input never creates the database
}

QTEST_GUILESS_MAIN(TestFilterCommands)
#include "tst_filtercommands.moc"
