#include "config/endpointservice.h"
#include "domain/endpointvalidator.h"
#include "security/allowlist.h"
#include "store/endpointrepository.h"
#include "store/settingsrepository.h"
#include "support/tempdatabase.h"

#include <QStandardPaths>
#include <QTest>

using namespace hookline;
using Field = EndpointValidator::Field;
using Code = EndpointValidator::Code;

namespace {
Endpoint draft(const QString &url, Environment env = Environment::Sandbox)
{
    Endpoint e;
    e.name = QStringLiteral("receiver");
    e.environment = env;
    e.url = QUrl(url);
    return e;
}

void allow(QSqlDatabase db, Environment env, const QString &entry)
{
    SettingsRepository settings(db);
    Allowlist list = Allowlist::load(settings, env).value();
    list.add(*Allowlist::parseEntry(entry).entry);
    QVERIFY(!list.save(settings, env));
}
} // namespace

// The save-time half of the destination policy, as the console and the CLI reach it.
class TestEndpointPolicy : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void checkUrlUsesTheStrictParser_data();
    void checkUrlUsesTheStrictParser();
    void createRefusesDeniedDestinations_data();
    void createRefusesDeniedDestinations();
    void allowlistOfTheEnvironmentAdmitsLoopback();
    void failoverUrlIsCheckedToo();
    void updateToLoopbackIsRefused();
};

void TestEndpointPolicy::checkUrlUsesTheStrictParser_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<int>("code"); // -1: accepted
    QTest::newRow("ok") << QStringLiteral("https://hooks.example.com/h") << -1;
    QTest::newRow("loopback is syntax-valid")
        << QStringLiteral("https://127.0.0.1/") << -1; // the policy, not the syntax, refuses it
    QTest::newRow("http") << QStringLiteral("http://hooks.example.com/") << int(Code::NotHttps);
    QTest::newRow("userinfo") << QStringLiteral("https://u:p@hooks.example.com/")
                              << int(Code::UserInfo);
    QTest::newRow("fragment") << QStringLiteral("https://hooks.example.com/#f")
                              << int(Code::Fragment);
    QTest::newRow("port 0") << QStringLiteral("https://hooks.example.com:0/")
                            << int(Code::InvalidUrl);
    QTest::newRow("five parts") << QStringLiteral("https://1.1.1.1.1/") << int(Code::InvalidUrl);
    QTest::newRow("dotless overflow")
        << QStringLiteral("https://7147006462/") << int(Code::InvalidUrl);
    QTest::newRow("zone id") << QStringLiteral("https://[fe80::1%25eth0]/")
                             << int(Code::InvalidUrl);
    QTest::newRow("no host") << QStringLiteral("https:///x") << int(Code::InvalidUrl);
    QTest::newRow("empty") << QString() << int(Code::Required);
}

void TestEndpointPolicy::checkUrlUsesTheStrictParser()
{
    QFETCH(QString, url);
    QFETCH(int, code);
    const std::optional<Code> got = EndpointValidator::checkUrl(QUrl(url));
    QCOMPARE(got ? int(*got) : -1, code);
}

void TestEndpointPolicy::createRefusesDeniedDestinations_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("reason");
    QTest::newRow("loopback") << QStringLiteral("https://127.0.0.1/") << "denied-address";
    QTest::newRow("loopback dotless") << QStringLiteral("https://2130706433/") << "denied-address";
    QTest::newRow("metadata") << QStringLiteral("https://169.254.169.254/latest")
                              << "denied-address";
    QTest::newRow("v6 loopback") << QStringLiteral("https://[::1]:8443/") << "denied-address";
    QTest::newRow("localhost") << QStringLiteral("https://localhost:8443/") << "denied-name";
    QTest::newRow("gcp name") << QStringLiteral("https://metadata.google.internal/")
                              << "denied-name";
}

void TestEndpointPolicy::createRefusesDeniedDestinations()
{
    QFETCH(QString, url);
    QFETCH(QString, reason);
    test::TempDatabase tmp;
    QVERIFY(tmp.isValid());
    const EndpointService::Result r = EndpointService(tmp.db()).create(draft(url));
    QVERIFY(!r.ok());
    QCOMPARE(r.errors.size(), 1);
    QCOMPARE(r.errors.first(),
             (EndpointValidator::Error{Field::Url, Code::DestinationDenied, reason}));
    QCOMPARE(EndpointRepository(tmp.db()).listAll().value().size(), 0);
}

void TestEndpointPolicy::allowlistOfTheEnvironmentAdmitsLoopback()
{
    test::TempDatabase tmp;
    QVERIFY(tmp.isValid());
    EndpointService service(tmp.db());
    // A public name needs DNS, which save time does not do: accepted.
    QVERIFY(service.create(draft(QStringLiteral("https://hooks.example.com/"))).ok());

    allow(tmp.db(), Environment::Sandbox, QStringLiteral("127.0.0.0/8"));
    const EndpointService::Result sandbox =
        service.create(draft(QStringLiteral("https://127.0.0.1:8443/hook")));
    QVERIFY(sandbox.ok());
    QCOMPARE(sandbox.endpoint.url, QUrl(QStringLiteral("https://127.0.0.1:8443/hook")));

    // Live has its own (empty) allowlist.
    const EndpointService::Result live =
        service.create(draft(QStringLiteral("https://127.0.0.1:8443/hook"), Environment::Live));
    QVERIFY(!live.ok());
    QCOMPARE(live.errors.first().code, Code::DestinationDenied);

    // An allowlisted CIDR does not lift the denied names.
    const EndpointService::Result name =
        service.create(draft(QStringLiteral("https://localhost:8443/")));
    QCOMPARE(name.errors.size(), 1);
    QCOMPARE(name.errors.first().detail, QStringLiteral("denied-name"));
    QCOMPARE(EndpointRepository(tmp.db()).listAll().value().size(), 2);
}

void TestEndpointPolicy::failoverUrlIsCheckedToo()
{
    test::TempDatabase tmp;
    QVERIFY(tmp.isValid());
    Endpoint e = draft(QStringLiteral("https://hooks.example.com/"));
    e.failoverUrl = QUrl(QStringLiteral("https://0xA9FEA9FE/"));
    const EndpointService::Result r = EndpointService(tmp.db()).create(e);
    QCOMPARE(r.errors.size(), 1);
    QCOMPARE(r.errors.first(),
             (EndpointValidator::Error{Field::FailoverUrl, Code::DestinationDenied,
                                       QStringLiteral("denied-address")}));
}

void TestEndpointPolicy::updateToLoopbackIsRefused()
{
    test::TempDatabase tmp;
    QVERIFY(tmp.isValid());
    EndpointService service(tmp.db());
    const EndpointService::Result created =
        service.create(draft(QStringLiteral("https://hooks.example.com/")));
    QVERIFY(created.ok());
    Endpoint changed = created.endpoint;
    changed.url = QUrl(QStringLiteral("https://10.0.0.7/"));
    const EndpointService::Result r = service.update(changed);
    QCOMPARE(r.errors.size(), 1);
    QCOMPARE(r.errors.first().code, Code::DestinationDenied);
    QCOMPARE(EndpointRepository(tmp.db()).find(created.endpoint.id).value()->url,
             created.endpoint.url);
}

QTEST_GUILESS_MAIN(TestEndpointPolicy)
#include "tst_endpointpolicy.moc"
