// Reads of endpoints and settings report a failed query as an error (issue 15): a table that
// cannot be read is neither "no endpoint", an empty list, a count of 0 nor "not set".
#include "store/endpointrepository.h"
#include "store/settingsrepository.h"
#include "support/tempdatabase.h"

#include <QSqlQuery>
#include <QTest>

using namespace hookline;

namespace {
Endpoint sample()
{
    Endpoint e;
    e.id = QStringLiteral("ep_1");
    e.webhookId = QStringLiteral("wh_1");
    e.environment = Environment::Sandbox;
    e.name = QStringLiteral("kyc");
    e.url = QUrl(QStringLiteral("https://kyc.example.com/hooks"));
    e.eventPatterns = {QStringLiteral("b.*"), QStringLiteral("a.*")};
    e.createdAt = e.updatedAt = QDateTime::fromMSecsSinceEpoch(1000, Qt::UTC);
    return e;
}

bool exec(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    return q.exec(sql);
}
} // namespace

class TestStoreReadErrors : public QObject
{
    Q_OBJECT
private slots:
    void endpointReadsReportErrors();
    void subscriptionReadErrorIsReported();
    void settingsReadsReportErrors();
    void endpointOrderIgnoresAsciiCase();
};

void TestStoreReadErrors::endpointReadsReportErrors()
{
    test::TempDatabase tmp;
    EndpointRepository repo(tmp.db());
    QVERIFY(!repo.insert(sample()));
    QVERIFY(repo.find(QStringLiteral("ep_1")).value().has_value());
    QVERIFY(!repo.find(QStringLiteral("ep_2")).value().has_value()); // absent: ok, nullopt

    QVERIFY(exec(tmp.db(), QStringLiteral("ALTER TABLE endpoints RENAME TO endpoints_gone")));
    const StoreResult<std::optional<Endpoint>> found = repo.find(QStringLiteral("ep_1"));
    QVERIFY(!found.ok());
    QVERIFY(!found.error().message.isEmpty());
    QVERIFY(!repo.list(Environment::Sandbox).ok());
    QVERIFY(!repo.listAll().ok());
    QVERIFY(!repo.count(Environment::Sandbox).ok());
}

void TestStoreReadErrors::subscriptionReadErrorIsReported()
{
    test::TempDatabase tmp;
    EndpointRepository repo(tmp.db());
    QVERIFY(!repo.insert(sample()));
    // The patterns come back in the order written, not sorted.
    QCOMPARE(repo.find(QStringLiteral("ep_1")).value()->eventPatterns, sample().eventPatterns);
    // An endpoint without its subscriptions is not the endpoint: the read fails as a whole.
    QVERIFY(
        exec(tmp.db(), QStringLiteral("ALTER TABLE subscriptions RENAME TO subscriptions_gone")));
    QVERIFY(!repo.find(QStringLiteral("ep_1")).ok());
    QVERIFY(!repo.listAll().ok());
}

void TestStoreReadErrors::settingsReadsReportErrors()
{
    test::TempDatabase tmp;
    SettingsRepository settings(tmp.db());
    QVERIFY(!settings.setValue(QStringLiteral("s"), QStringLiteral("k"), QStringLiteral("v")));
    QCOMPARE(settings.value(QStringLiteral("s"), QStringLiteral("k")).value(),
             std::optional<QString>(QStringLiteral("v")));
    QCOMPARE(settings.value(QStringLiteral("s"), QStringLiteral("x"), QStringLiteral("d")).value(),
             QStringLiteral("d"));

    QVERIFY(exec(tmp.db(), QStringLiteral("DROP TABLE settings")));
    QVERIFY(!settings.value(QStringLiteral("s"), QStringLiteral("k")).ok());
    QVERIFY(!settings.value(QStringLiteral("s"), QStringLiteral("k"), QStringLiteral("d")).ok());
    QVERIFY(!settings.values(QStringLiteral("s")).ok());
}

void TestStoreReadErrors::endpointOrderIgnoresAsciiCase()
{
    test::TempDatabase tmp;
    EndpointRepository repo(tmp.db());
    const QStringList names{QStringLiteral("beta"), QStringLiteral("Alpha"),
                            QStringLiteral("alpha"), QStringLiteral("Gamma")};
    for (qsizetype i = 0; i < names.size(); ++i) {
        Endpoint e = sample();
        e.id = QStringLiteral("ep_%1").arg(i);
        e.webhookId = QStringLiteral("wh_%1").arg(i);
        e.name = names.at(i);
        QVERIFY(!repo.insert(e));
    }
    QStringList order;
    const QList<Endpoint> listed = repo.list(Environment::Sandbox).value();
    for (const Endpoint &e : listed)
        order << e.name + QLatin1Char('/') + e.id;
    // As COLLATE NOCASE sorted: case-insensitive by name, then by id.
    QCOMPARE(order, QStringList({QStringLiteral("Alpha/ep_1"), QStringLiteral("alpha/ep_2"),
                                 QStringLiteral("beta/ep_0"), QStringLiteral("Gamma/ep_3")}));
}

QTEST_GUILESS_MAIN(TestStoreReadErrors)
#include "tst_storereaderrors.moc"
