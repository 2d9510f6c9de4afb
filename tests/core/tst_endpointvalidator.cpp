#include "config/endpointservice.h"
#include "domain/endpointvalidator.h"
#include "domain/ids.h"
#include "store/endpointrepository.h"
#include "support/tempdatabase.h"

#include <QSqlQuery>
#include <QTest>

using namespace hookline;
using Field = EndpointValidator::Field;
using Code = EndpointValidator::Code;

Q_DECLARE_METATYPE(EndpointValidator::Field)
Q_DECLARE_METATYPE(EndpointValidator::Code)

namespace {
Endpoint valid()
{
    Endpoint e;
    e.name = QStringLiteral("KYC backend");
    e.url = QUrl(QStringLiteral("https://hooks.example.com/bynn"));
    return e;
}
} // namespace

class TestEndpointValidator : public QObject
{
    Q_OBJECT
private slots:
    void validEndpointHasNoErrors();
    void errors_data();
    void errors();
    void serviceCreateAssignsIdsAndWrites();
    void serviceRefusesInvalidAndWritesNothing();
    void serviceUpdateKeepsIdentity();
    void idsSortByTime();
};

void TestEndpointValidator::validEndpointHasNoErrors()
{
    QVERIFY(EndpointValidator::validate(valid()).isEmpty());
}

void TestEndpointValidator::errors_data()
{
    QTest::addColumn<int>("which");
    QTest::addColumn<Field>("field");
    QTest::addColumn<Code>("code");
    int i = 0;
    auto row = [&i](const char *name, Field f, Code c) {
        QTest::newRow(name) << i++ << f << c;
    };
    row("empty name", Field::Name, Code::Required);
    row("blank name", Field::Name, Code::Required);
    row("long name", Field::Name, Code::TooLong);
    row("http url", Field::Url, Code::NotHttps);
    row("ftp url", Field::Url, Code::NotHttps);
    row("empty url", Field::Url, Code::Required);
    row("no host", Field::Url, Code::InvalidUrl);
    row("userinfo", Field::Url, Code::UserInfo);
    row("fragment", Field::Url, Code::Fragment);
    row("relative", Field::Url, Code::InvalidUrl);
    row("timeout 0", Field::Timeout, Code::OutOfRange);
    row("timeout 11", Field::Timeout, Code::OutOfRange);
    row("no patterns", Field::EventPatterns, Code::Required);
    row("bad pattern", Field::EventPatterns, Code::InvalidPattern);
    row("max retries -1", Field::MaxRetries, Code::OutOfRange);
    row("max retries 101", Field::MaxRetries, Code::OutOfRange);
    row("jitter 31", Field::Jitter, Code::OutOfRange);
    row("negative interval", Field::RetryIntervals, Code::OutOfRange);
    row("max in flight 0", Field::MaxInFlight, Code::OutOfRange);
    row("max in flight 257", Field::MaxInFlight, Code::OutOfRange);
    row("negative rate", Field::RateLimit, Code::OutOfRange);
    row("http failover", Field::FailoverUrl, Code::NotHttps);
    row("failover same as primary", Field::FailoverUrl, Code::SameAsPrimary);
    row("header with space in name", Field::CustomHeaders, Code::InvalidHeader);
    row("header value with newline", Field::CustomHeaders, Code::InvalidHeader);
    row("reserved content-type", Field::CustomHeaders, Code::ReservedHeader);
    row("reserved x-webhook-signature", Field::CustomHeaders, Code::ReservedHeader);
    row("reserved auth header", Field::CustomHeaders, Code::ReservedHeader);
    row("duplicate header", Field::CustomHeaders, Code::DuplicateHeader);
    row("empty auth header", Field::AuthHeaderName, Code::Required);
    row("auth header = host", Field::AuthHeaderName, Code::InvalidHeader);
    row("auto-pause 0 %", Field::AutoPause, Code::OutOfRange);
}

void TestEndpointValidator::errors()
{
    QFETCH(int, which);
    QFETCH(Field, field);
    QFETCH(Code, code);
    Endpoint e = valid();
    const auto hdr = [](const char *n, const char *v) {
        return HttpHeader{QString::fromLatin1(n), QString::fromLatin1(v)};
    };
    switch (which) {
    case 0:
        e.name.clear();
        break;
    case 1:
        e.name = QStringLiteral("   ");
        break;
    case 2:
        e.name = QString(121, QLatin1Char('x'));
        break;
    case 3:
        e.url = QUrl(QStringLiteral("http://hooks.example.com/"));
        break;
    case 4:
        e.url = QUrl(QStringLiteral("ftp://hooks.example.com/"));
        break;
    case 5:
        e.url = QUrl();
        break;
    case 6:
        e.url = QUrl(QStringLiteral("https:///path"));
        break;
    case 7:
        e.url = QUrl(QStringLiteral("https://user:pw@hooks.example.com/"));
        break;
    case 8:
        e.url = QUrl(QStringLiteral("https://hooks.example.com/#frag"));
        break;
    case 9:
        e.url = QUrl(QStringLiteral("/just/a/path"));
        break;
    case 10:
        e.timeoutSeconds = 0;
        break;
    case 11:
        e.timeoutSeconds = 11;
        break;
    case 12:
        e.eventPatterns.clear();
        break;
    case 13:
        e.eventPatterns = {QStringLiteral("customer.*"), QStringLiteral("not a pattern")};
        break;
    case 14:
        e.retryPolicy.maxRetries = -1;
        break;
    case 15:
        e.retryPolicy.maxRetries = 101;
        break;
    case 16:
        e.retryPolicy.jitterPercent = 31;
        break;
    case 17:
        e.retryPolicy.intervals = {std::chrono::seconds(-5)};
        break;
    case 18:
        e.maxInFlight = 0;
        break;
    case 19:
        e.maxInFlight = 257;
        break;
    case 20:
        e.rateLimitPerSecond = -0.5;
        break;
    case 21:
        e.failoverUrl = QUrl(QStringLiteral("http://backup.example.com"));
        break;
    case 22:
        e.failoverUrl = e.url;
        break;
    case 23:
        e.customHeaders = {hdr("X Team", "a")};
        break;
    case 24:
        e.customHeaders = {hdr("X-Team", "a\r\nInjected: 1")};
        break;
    case 25:
        e.customHeaders = {hdr("Content-Type", "text/plain")};
        break;
    case 26:
        e.customHeaders = {hdr("x-webhook-signature", "forged")};
        break;
    case 27:
        e.customHeaders = {hdr("authorization", "Basic x")};
        break;
    case 28:
        e.customHeaders = {hdr("X-Team", "a"), hdr("x-team", "b")};
        break;
    case 29:
        e.authHeaderName.clear();
        break;
    case 30:
        e.authHeaderName = QStringLiteral("Host");
        break;
    case 31:
        e.autoPause.timeoutPercent = 0;
        break;
    }
    const QList<EndpointValidator::Error> errors = EndpointValidator::validate(e);
    QCOMPARE(errors.size(), 1);
    QVERIFY(errors.first().field == field);
    QVERIFY(errors.first().code == code);
}

void TestEndpointValidator::serviceCreateAssignsIdsAndWrites()
{
    test::TempDatabase tmp;
    const QDateTime start = QDateTime::fromMSecsSinceEpoch(1764092814123, Qt::UTC);
    ManualClock clock(start);
    EndpointService service(tmp.db(), clock);
    Endpoint draft = valid();
    draft.id = QStringLiteral("ep_chosen_by_caller");
    draft.name = QStringLiteral("  padded  ");
    draft.eventPatterns = {QStringLiteral(" customer.created "),
                           QStringLiteral("customer.created")};
    const EndpointService::Result r = service.create(draft);
    QVERIFY(r.ok());
    QVERIFY(Ids::hasPrefix(r.endpoint.id, u"ep_"));
    QVERIFY(Ids::hasPrefix(r.endpoint.webhookId, u"wh_"));
    QCOMPARE(r.endpoint.name, QStringLiteral("padded"));
    QCOMPARE(r.endpoint.eventPatterns, QStringList{QStringLiteral("customer.created")});
    QCOMPARE(r.endpoint.createdAt, start);
    QCOMPARE(*EndpointRepository(tmp.db()).find(r.endpoint.id), r.endpoint);
}

void TestEndpointValidator::serviceRefusesInvalidAndWritesNothing()
{
    test::TempDatabase tmp;
    EndpointService service(tmp.db());
    Endpoint draft = valid();
    draft.url = QUrl(QStringLiteral("http://hooks.example.com/"));
    draft.timeoutSeconds = 30;
    const EndpointService::Result r = service.create(draft);
    QVERIFY(!r.ok());
    QCOMPARE(r.errors.size(), 2);
    QVERIFY(!r.storeError);
    QCOMPARE(EndpointRepository(tmp.db()).listAll().value().size(), 0);
}

void TestEndpointValidator::serviceUpdateKeepsIdentity()
{
    test::TempDatabase tmp;
    ManualClock clock(QDateTime::fromMSecsSinceEpoch(1764092814000, Qt::UTC));
    EndpointService service(tmp.db(), clock);
    const Endpoint created = service.create(valid()).endpoint;
    clock.advance(60000);
    Endpoint changed = created;
    changed.name = QStringLiteral("New name");
    changed.webhookId = QStringLiteral("wh_forged");
    changed.environment = Environment::Live;
    changed.state = EndpointState::Disabled;
    const EndpointService::Result r = service.update(changed);
    QVERIFY(r.ok());
    QCOMPARE(r.endpoint.name, QStringLiteral("New name"));
    QCOMPARE(r.endpoint.webhookId, created.webhookId);
    QVERIFY(r.endpoint.environment == Environment::Sandbox);
    QVERIFY(r.endpoint.state == EndpointState::Active);
    QCOMPARE(r.endpoint.createdAt, created.createdAt);
    QCOMPARE(r.endpoint.updatedAt, created.createdAt.addSecs(60));

    changed.timeoutSeconds = 0;
    const EndpointService::Result bad = service.update(changed);
    QVERIFY(!bad.ok());
    QCOMPARE(EndpointRepository(tmp.db()).find(created.id).value()->name,
             QStringLiteral("New name"));
    QCOMPARE(EndpointRepository(tmp.db()).find(created.id).value()->timeoutSeconds, 10);

    const EndpointService::Result paused = service.pause(created.id, QStringLiteral("maintenance"));
    QVERIFY(paused.ok());
    QVERIFY(paused.endpoint.state == EndpointState::Paused);
    QCOMPARE(paused.endpoint.pausedReason, QStringLiteral("maintenance"));
    QVERIFY(service.resume(created.id).endpoint.state == EndpointState::Active);
    QVERIFY(service.pause(QStringLiteral("ep_missing"), {}).storeError->code ==
            StoreError::Code::NotFound);
}

void TestEndpointValidator::idsSortByTime()
{
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(1764092814123, Qt::UTC);
    const QString a = Ids::make(u"evt_", t);
    const QString b = Ids::make(u"evt_", t.addMSecs(1));
    const QString c = Ids::make(u"evt_", t.addDays(400));
    QVERIFY(a < b && b < c);
    QVERIFY(Ids::hasPrefix(a, u"evt_"));
    QCOMPARE(a.size(), 4 + 26);
    QVERIFY(Ids::make(u"evt_", t) != Ids::make(u"evt_", t)); // random part
}

QTEST_GUILESS_MAIN(TestEndpointValidator)
#include "tst_endpointvalidator.moc"
