#include "config/endpointservice.h"
#include "domain/filterrules.h"
#include "events/eventpublisher.h"
#include "events/samplegenerator.h"
#include "store/deliveryrepository.h"
#include "store/endpointrepository.h"
#include "support/storeread.h"
#include "support/tempdatabase.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>
#include <QTest>

using namespace hookline;

namespace {

FilterRules parsed(const char *json)
{
    QList<FilterRules::Error> errors;
    const std::optional<FilterRules> rules = FilterRules::parse(QByteArray(json), &errors);
    if (!rules)
        qWarning("filter did not parse: %s", json);
    return rules.value_or(FilterRules{});
}

QJsonObject object(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

const char *const kData = R"({
  "verification": {"status": "approved", "confidence": 0.97, "manual_review": false,
                   "attempts": 3, "completed_at": "2026-11-25T17:46:54.123Z", "note": null},
  "document": {"country": "DE", "expiry_date": "2031-05-01",
               "fraud_indicators": [{"code": "font_mismatch"}, {"code": "glare"}]},
  "compliance": {"frameworks": ["GDPR", "AMLD6"]}
})";

// A webhook.test payload valid against its schema; the message and origin vary per event.
QByteArray ping(const QString &message, const QString &by)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("test"), true},
                                     {QStringLiteral("message"), message},
                                     {QStringLiteral("triggered_by"), by},
                                     {QStringLiteral("triggered_at"),
                                      QStringLiteral("2026-11-25T17:46:54.123Z")}})
        .toJson(QJsonDocument::Compact);
}

} // namespace

class TestFilterRules : public QObject
{
    Q_OBJECT
private slots:
    void matching_data();
    void matching();
    void parseErrorsPointAtTheRule_data();
    void parseErrorsPointAtTheRule();
    void jsonRoundTrip();
    void storedWithTheEndpoint();
    void serviceRefusesInvalidRulesAtSave();
    void fanOutAppliesSubscriptionAndFilter_data();
    void fanOutAppliesSubscriptionAndFilter();
    void targetedEndpointsIgnoreFilters();

private:
    QString addEndpoint(const QString &name, Environment env, const QStringList &patterns,
                        const char *filter);

    std::unique_ptr<test::TempDatabase> m_dbForFanOut;
};

void TestFilterRules::matching_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<bool>("expected");

    // Each operator, on present, missing and mistyped fields.
    QTest::newRow("= string") << R"([{"path":"verification.status","op":"=","value":"approved"}])"
                              << true;
    QTest::newRow("= other string")
        << R"([{"path":"verification.status","op":"=","value":"rejected"}])" << false;
    QTest::newRow("= number 3 vs 3.0")
        << R"([{"path":"verification.attempts","op":"=","value":3.0}])" << true;
    QTest::newRow("= bool") << R"([{"path":"verification.manual_review","op":"=","value":false}])"
                            << true;
    QTest::newRow("= type differs")
        << R"([{"path":"verification.attempts","op":"=","value":"3"}])" << false;
    QTest::newRow("= missing") << R"([{"path":"verification.missing","op":"=","value":1}])"
                               << false;
    QTest::newRow("= whole array")
        << R"([{"path":"compliance.frameworks","op":"=","value":["GDPR","AMLD6"]}])" << true;
    QTest::newRow("!= other") << R"([{"path":"verification.status","op":"!=","value":"rejected"}])"
                              << true;
    QTest::newRow("!= same") << R"([{"path":"verification.status","op":"!=","value":"approved"}])"
                             << false;
    QTest::newRow("!= missing matches")
        << R"([{"path":"verification.missing","op":"!=","value":"x"}])" << true;
    QTest::newRow("in hit") << R"([{"path":"document.country","op":"in","value":["AT","DE"]}])"
                            << true;
    QTest::newRow("in miss") << R"([{"path":"document.country","op":"in","value":["FR"]}])"
                             << false;
    QTest::newRow("in missing") << R"([{"path":"document.region","op":"in","value":["FR"]}])"
                                << false;
    QTest::newRow("exists") << R"([{"path":"verification.confidence","op":"exists"}])" << true;
    QTest::newRow("exists missing") << R"([{"path":"aml","op":"exists"}])" << false;
    QTest::newRow("exists null is absent")
        << R"([{"path":"verification.note","op":"exists"}])" << false;
    QTest::newRow("exists false on missing")
        << R"([{"path":"aml","op":"exists","value":false}])" << true;
    QTest::newRow("exists false on present")
        << R"([{"path":"document","op":"exists","value":false}])" << false;
    QTest::newRow("< number") << R"([{"path":"verification.confidence","op":"<","value":0.98}])"
                              << true;
    QTest::newRow("< equal is false")
        << R"([{"path":"verification.confidence","op":"<","value":0.97}])" << false;
    QTest::newRow("> number") << R"([{"path":"verification.confidence","op":">","value":0.9}])"
                              << true;
    QTest::newRow("> on a string field")
        << R"([{"path":"verification.status","op":">","value":1}])" << false;
    QTest::newRow("> missing") << R"([{"path":"verification.score","op":">","value":0}])" << false;
    QTest::newRow("> timestamp")
        << R"([{"path":"verification.completed_at","op":">","value":"2026-11-25T17:00:00Z"}])"
        << true;
    QTest::newRow("< timestamp with offset")
        << R"([{"path":"verification.completed_at","op":"<","value":"2026-11-25T18:00:00+01:00"}])"
        << false;
    QTest::newRow("> date") << R"([{"path":"document.expiry_date","op":">","value":"2030-01-01"}])"
                            << true;
    QTest::newRow("< timestamp vs number field")
        << R"([{"path":"verification.confidence","op":"<","value":"2030-01-01"}])" << false;

    // Paths: nesting and array indices.
    QTest::newRow("index")
        << R"([{"path":"document.fraud_indicators[1].code","op":"=","value":"glare"}])" << true;
    QTest::newRow("index out of range")
        << R"([{"path":"document.fraud_indicators[2].code","op":"exists"}])" << false;
    QTest::newRow("index on an object") << R"([{"path":"document[0]","op":"exists"}])" << false;
    QTest::newRow("through a scalar")
        << R"([{"path":"verification.status.code","op":"exists"}])" << false;
    QTest::newRow("array element")
        << R"([{"path":"compliance.frameworks[0]","op":"in","value":["GDPR"]}])" << true;

    // all vs any.
    const char *oneOfTwo = R"([{"path":"verification.status","op":"=","value":"approved"},
                              {"path":"document.country","op":"=","value":"FR"}])";
    QTest::newRow("all: one fails") << QString::fromLatin1(oneOfTwo) << false;
    QTest::newRow("any: one holds")
        << QStringLiteral(R"({"mode":"any","rules":%1})").arg(QString::fromLatin1(oneOfTwo))
        << true;
    QTest::newRow("any: none holds")
        << R"({"mode":"any","rules":[{"path":"aml","op":"exists"},{"path":"x","op":"=","value":1}]})"
        << false;
    QTest::newRow("all: both hold")
        << R"({"mode":"all","rules":[{"path":"document.country","op":"=","value":"DE"},
              {"path":"verification.confidence","op":">","value":0.5}]})"
        << true;
    QTest::newRow("empty passes everything") << R"({"mode":"any","rules":[]})" << true;
}

void TestFilterRules::matching()
{
    QFETCH(QString, filter);
    QFETCH(bool, expected);
    QList<FilterRules::Error> errors;
    const std::optional<FilterRules> rules = FilterRules::parse(filter.toUtf8(), &errors);
    QVERIFY2(rules, qPrintable(filter));
    QVERIFY(errors.isEmpty());
    QCOMPARE(rules->matches(object(kData)), expected);
}

void TestFilterRules::parseErrorsPointAtTheRule_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<int>("rule");
    QTest::addColumn<FilterRules::Code>("code");
    QTest::addColumn<QString>("detail");

    QTest::newRow("not json") << "[{" << -1 << FilterRules::Code::InvalidJson << QString();
    QTest::newRow("a string") << R"("x")" << -1 << FilterRules::Code::InvalidJson << QString();
    QTest::newRow("mode") << R"({"mode":"some","rules":[]})" << -1 << FilterRules::Code::UnknownMode
                          << "some";
    QTest::newRow("rules not array")
        << R"({"rules":{}})" << -1 << FilterRules::Code::RulesNotArray << QString();
    QTest::newRow("rule not object") << R"([{"path":"a","op":"exists"}, 3])" << 1
                                     << FilterRules::Code::RuleNotObject << QString();
    QTest::newRow("unknown op") << R"([{"path":"a","op":"exists"},{"path":"a","op":"~"}])" << 1
                                << FilterRules::Code::UnknownOp << "~";
    QTest::newRow("empty path") << R"([{"path":"","op":"exists"}])" << 0
                                << FilterRules::Code::EmptyPath << QString();
    QTest::newRow("bad path") << R"([{"path":"a..b","op":"exists"}])" << 0
                              << FilterRules::Code::InvalidPath << "a..b";
    QTest::newRow("bad index") << R"([{"path":"a[x]","op":"exists"}])" << 0
                               << FilterRules::Code::InvalidPath << "a[x]";
    QTest::newRow("= without value")
        << R"([{"path":"a","op":"="}])" << 0 << FilterRules::Code::MissingValue << QString();
    QTest::newRow("in without array") << R"([{"path":"a","op":"in","value":"x"}])" << 0
                                      << FilterRules::Code::NotAnArray << QString();
    QTest::newRow("in with empty array") << R"([{"path":"a","op":"in","value":[]}])" << 0
                                         << FilterRules::Code::NotAnArray << QString();
    QTest::newRow("< with text") << R"([{"path":"a","op":"<","value":"high"}])" << 0
                                 << FilterRules::Code::NotComparable << QString();
    QTest::newRow("> without value")
        << R"([{"path":"a","op":">"}])" << 0 << FilterRules::Code::MissingValue << QString();
    QTest::newRow("exists with text") << R"([{"path":"a","op":"exists","value":"yes"}])" << 0
                                      << FilterRules::Code::NotBoolean << QString();
}

void TestFilterRules::parseErrorsPointAtTheRule()
{
    QFETCH(QString, filter);
    QFETCH(int, rule);
    QFETCH(FilterRules::Code, code);
    QFETCH(QString, detail);
    QList<FilterRules::Error> errors;
    QVERIFY(!FilterRules::parse(filter.toUtf8(), &errors));
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().rule, rule);
    QCOMPARE(errors.first().code, code);
    if (!detail.isNull())
        QCOMPARE(errors.first().detail, detail);
}

void TestFilterRules::jsonRoundTrip()
{
    const FilterRules rules = parsed(
        R"({"mode":"any","rules":[{"path":"a.b[2]","op":"in","value":[1,"x",null]},
            {"path":"c","op":"exists"},{"path":"d","op":">","value":"2026-01-01T00:00:00Z"}]})");
    QCOMPARE(rules.rules.size(), 3);
    QCOMPARE(rules.mode, FilterRules::Mode::Any);
    QVERIFY(rules.validate().isEmpty());
    QList<FilterRules::Error> errors;
    const std::optional<FilterRules> again = FilterRules::parse(rules.toJsonText(), &errors);
    QVERIFY(again);
    QCOMPARE(*again, rules);
    QVERIFY(FilterRules{}.toJsonText().isEmpty());
}

void TestFilterRules::storedWithTheEndpoint()
{
    test::TempDatabase db;
    const QString id = [&] {
        Endpoint e;
        e.name = QStringLiteral("a");
        e.url = QUrl(QStringLiteral("https://hooks.example.com/a"));
        e.filterRules = parsed(R"({"mode":"any","rules":[{"path":"x","op":"=","value":1}]})");
        return EndpointService(db.db()).create(e).endpoint.id;
    }();
    QVERIFY(!id.isEmpty());
    std::optional<Endpoint> stored = EndpointRepository(db.db()).find(id).value();
    QVERIFY(stored);
    QCOMPARE(stored->filterRules.mode, FilterRules::Mode::Any);
    QCOMPARE(stored->filterRules.rules.size(), 1);
    QCOMPARE(stored->filterRules.rules.first().path, QStringLiteral("x"));

    // Clearing the filter writes NULL, not an empty object.
    stored->filterRules = {};
    QVERIFY(EndpointService(db.db()).update(*stored).errors.isEmpty());
    QSqlQuery q(db.db());
    QVERIFY(q.exec(QStringLiteral("SELECT filter_rules IS NULL FROM endpoints")) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    QVERIFY(EndpointRepository(db.db()).find(id).value()->filterRules.isEmpty());
}

void TestFilterRules::serviceRefusesInvalidRulesAtSave()
{
    test::TempDatabase db;
    Endpoint e;
    e.name = QStringLiteral("a");
    e.url = QUrl(QStringLiteral("https://hooks.example.com/a"));
    e.filterRules.rules << FilterRules::Rule{QStringLiteral("ok"), FilterRules::Op::Exists, {}}
                        << FilterRules::Rule{QStringLiteral("n"), FilterRules::Op::In,
                                             QJsonValue(QStringLiteral("x"))};
    const EndpointService::Result r = EndpointService(db.db()).create(e);
    QCOMPARE(r.errors.size(), 1);
    const EndpointValidator::Error &err = r.errors.first();
    QCOMPARE(err.field, EndpointValidator::Field::FilterRules);
    QCOMPARE(err.code, EndpointValidator::Code::InvalidFilter);
    QVERIFY(err.filterError);
    QCOMPARE(err.filterError->rule, 1);
    QCOMPARE(err.filterError->code, FilterRules::Code::NotAnArray);
    QCOMPARE(EndpointRepository(db.db()).count(Environment::Sandbox).value(), 0);
}

QString TestFilterRules::addEndpoint(const QString &name, Environment env,
                                     const QStringList &patterns, const char *filter)
{
    Endpoint e;
    e.name = name;
    e.environment = env;
    e.url = QUrl(QStringLiteral("https://hooks.example.com/") + name);
    e.eventPatterns = patterns;
    e.filterRules = parsed(filter);
    return EndpointService(m_dbForFanOut->db()).create(e).endpoint.id;
}

void TestFilterRules::fanOutAppliesSubscriptionAndFilter_data()
{
    QTest::addColumn<Environment>("environment");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("by");
    QTest::addColumn<QStringList>("expected"); // endpoint names that get exactly one delivery

    // Endpoints (see the test): sb-all (*), sb-cli (triggered_by = cli), sb-any (message in
    // [a,b] or triggered_by = api), sb-other (customer.* only, no filter), live-all (*),
    // live-cli (triggered_by = cli).
    QTest::newRow("sandbox cli a")
        << Environment::Sandbox << "a"
        << "cli"
        << QStringList{QStringLiteral("sb-all"), QStringLiteral("sb-any"),
                       QStringLiteral("sb-cli")};
    QTest::newRow("sandbox console c") << Environment::Sandbox << "c"
                                       << "console" << QStringList{QStringLiteral("sb-all")};
    QTest::newRow("sandbox api c")
        << Environment::Sandbox << "c"
        << "api" << QStringList{QStringLiteral("sb-all"), QStringLiteral("sb-any")};
    QTest::newRow("live cli a") << Environment::Live << "a"
                                << "cli"
                                << QStringList{QStringLiteral("live-all"),
                                               QStringLiteral("live-cli")};
    QTest::newRow("live api b") << Environment::Live << "b"
                                << "api" << QStringList{QStringLiteral("live-all")};
}

void TestFilterRules::fanOutAppliesSubscriptionAndFilter()
{
    QFETCH(Environment, environment);
    QFETCH(QString, message);
    QFETCH(QString, by);
    QFETCH(QStringList, expected);

    m_dbForFanOut = std::make_unique<test::TempDatabase>();
    QHash<QString, QString> names; // id → name
    const auto add = [&](const char *name, Environment env, const QStringList &patterns,
                         const char *filter) {
        const QString id = addEndpoint(QString::fromLatin1(name), env, patterns, filter);
        QVERIFY(!id.isEmpty());
        names.insert(id, QString::fromLatin1(name));
    };
    const QStringList all{QStringLiteral("*")};
    add("sb-all", Environment::Sandbox, all, "");
    add("sb-cli", Environment::Sandbox, {QStringLiteral("webhook.*")},
        R"([{"path":"triggered_by","op":"=","value":"cli"}])");
    add("sb-any", Environment::Sandbox, {QStringLiteral("webhook.test")},
        R"({"mode":"any","rules":[{"path":"message","op":"in","value":["a","b"]},
            {"path":"triggered_by","op":"=","value":"api"}]})");
    add("sb-other", Environment::Sandbox, {QStringLiteral("customer.*")}, "");
    add("live-all", Environment::Live, all, "");
    add("live-cli", Environment::Live, all, R"([{"path":"triggered_by","op":"=","value":"cli"}])");

    EventPublisher::Request request;
    request.environment = environment;
    request.type = QStringLiteral("webhook.test");
    request.payload = ping(message, by);
    const EventPublisher::Result r = EventPublisher(m_dbForFanOut->db()).publish(request);
    QVERIFY2(r.ok(), qPrintable(r.detail));

    const QList<Delivery> stored =
        must(DeliveryRepository(m_dbForFanOut->db()).forEvent(r.event.id));
    QStringList got;
    for (const Delivery &d : stored)
        got << names.value(d.endpointId);
    got.sort();
    QCOMPARE(got, expected); // sorted names, each once: exactly one delivery per matching endpoint
    QCOMPARE(r.deliveries.size(), stored.size());
}

void TestFilterRules::targetedEndpointsIgnoreFilters()
{
    m_dbForFanOut = std::make_unique<test::TempDatabase>();
    const QString id =
        addEndpoint(QStringLiteral("picky"), Environment::Sandbox, {QStringLiteral("*")},
                    R"([{"path":"triggered_by","op":"=","value":"api"}])");
    EventPublisher::Request request;
    request.type = QStringLiteral("webhook.test");
    request.payload = ping(QStringLiteral("x"), QStringLiteral("console"));
    EventPublisher publisher(m_dbForFanOut->db());
    QCOMPARE(publisher.publish(request).deliveries.size(), 0);
    // A test aimed at the endpoint must reach it, whatever its filter says.
    request.endpointIds = {id};
    QCOMPARE(publisher.publish(request).deliveries.size(), 1);
}

QTEST_GUILESS_MAIN(TestFilterRules)
#include "tst_filterrules.moc"
