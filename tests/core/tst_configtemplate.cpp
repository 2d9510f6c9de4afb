#include "config/configapply.h"
#include "config/configdiff.h"
#include "config/configexport.h"
#include "config/configtemplate.h"
#include "config/endpointjson.h"
#include "config/endpointservice.h"
#include "domain/filterrules.h"
#include "store/endpointrepository.h"
#include "support/tempdatabase.h"
#include "support/testpaths.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

using namespace hookline;
using Code = ConfigError::Code;
using Kind = ConfigDiff::Kind;

namespace {
QByteArray fixture(const QString &name)
{
    QFile f(hookline::test::sourceDir() + QStringLiteral("/tests/fixtures/config/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return f.readAll();
}

Endpoint draft(const QString &name, const QString &url)
{
    Endpoint e;
    e.name = name;
    e.url = QUrl(url);
    return e;
}

QString describe(const QList<ConfigError> &errors)
{
    QStringList lines;
    for (const ConfigError &e : errors)
        lines << QStringLiteral("%1 %2 %3").arg(int(e.code)).arg(e.path, e.detail);
    return lines.join(QLatin1Char('\n'));
}

// Everything the store holds about the environment's endpoints, to show nothing changed.
QList<Endpoint> snapshot(const QSqlDatabase &db)
{
    return EndpointRepository(db).listAll().value();
}

const ConfigDiff::Item *itemNamed(const ConfigDiff &diff, const QString &name)
{
    for (const ConfigDiff::Item &item : diff.items())
        if (item.name == name)
            return &item;
    return nullptr;
}

const ConfigDiff::FieldChange *change(const ConfigDiff::Item &item, const QString &field)
{
    for (const ConfigDiff::FieldChange &c : item.changes)
        if (c.field == field)
            return &c;
    return nullptr;
}
} // namespace

class TestConfigTemplate : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void effectiveSettings();
    void refusedTemplatesApplyNothing_data();
    void refusedTemplatesApplyNothing();
    void secretsAreNeverEchoed();
    void diffFieldByField();
    void pruneDeletesOnlyWhenAsked();
    void applyIsIdempotent();
    void applyIsAtomic();
    void staleDiffIsRefused();
    void exportImportRoundTripIsANoOp();
    void ambiguousStoredNames();
    void unreadableStoreIsAnError();
    void endpointJsonOfEverySetting();
    void everyValidatorFieldHasAKey();
};

void TestConfigTemplate::effectiveSettings()
{
    QList<ConfigError> errors;
    const ConfigTemplate t = ConfigTemplate::parse(fixture(QStringLiteral("valid.json")), &errors);
    QVERIFY2(errors.isEmpty(), qPrintable(describe(errors)));
    QVERIFY(t.environment() == Environment::Sandbox);
    QVERIFY(!t.prune());
    QCOMPARE(t.endpoints().size(), 3);

    // Built-in ← template defaults ← endpoint overrides.
    const Endpoint &eu = t.endpoints().at(0).settings;
    QCOMPARE(eu.timeoutSeconds, 5);
    QCOMPARE(eu.eventPatterns, QStringList{QStringLiteral("identity_document.*")});
    QCOMPARE(eu.retryPolicy.maxRetries, 10);
    QCOMPARE(eu.maxInFlight, Endpoint::kDefaultMaxInFlight);
    const Endpoint &us = t.endpoints().at(1).settings;
    QCOMPARE(us.timeoutSeconds, 8);
    QCOMPARE(us.customHeaders.size(), 1);
    QCOMPARE(us.tags, QStringList{QStringLiteral("us")});
    // A nested object overrides key by key: intervals from the entry, max_retries from defaults.
    const Endpoint &billing = t.endpoints().at(2).settings;
    QVERIFY(billing.method == HttpMethod::Put);
    QCOMPARE(billing.retryPolicy.maxRetries, 10);
    QCOMPARE(billing.retryPolicy.intervals.size(), 3);
    QCOMPARE(billing.retryPolicy.jitterPercent, 10);
    QCOMPARE(billing.eventPatterns.size(), 2);
}

void TestConfigTemplate::refusedTemplatesApplyNothing_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("detail");

    QTest::newRow("malformed JSON")
        << "malformed.json" << int(Code::InvalidJson) << QString() << QString();
    QTest::newRow("unknown field")
        << "unknown-field.json" << int(Code::UnknownField) << "endpoints[0].timeout"
        << "timeout";
    QTest::newRow("wrong type") << "wrong-type.json" << int(Code::WrongType)
                                << "endpoints[1].timeout_s"
                                << "integer";
    QTest::newRow("out of range") << "out-of-range.json" << int(Code::Invalid)
                                  << "endpoints[3].timeout_s" << QStringLiteral("1–10");
    QTest::newRow("bad shared default")
        << "bad-default.json" << int(Code::Invalid) << "defaults.max_in_flight"
        << "1–256";
    QTest::newRow("duplicate names")
        << "duplicate-names.json" << int(Code::DuplicateName) << "endpoints[2].name"
        << "kyc";
    QTest::newRow("destination policy")
        << "denied-url.json" << int(Code::Invalid) << "endpoints[1].url"
        << "denied-address";
    QTest::newRow("secret") << "secret.json" << int(Code::SecretNotAllowed)
                            << "endpoints[0].auth_token"
                            << "auth_token";
    QTest::newRow("version") << "bad-version.json" << int(Code::UnsupportedVersion) << "version"
                             << "2";
    QTest::newRow("environment") << "bad-environment.json" << int(Code::InvalidValue)
                                 << "environment"
                                 << "production";
    QTest::newRow("bad filter rule")
        << "bad-filter.json" << int(Code::InvalidValue) << "endpoints[0].filter.rules[1]"
        << "not_an_array";
    QTest::newRow("plain http") << "not-https.json" << int(Code::Invalid) << "endpoints[0].url"
                                << QString();
}

void TestConfigTemplate::refusedTemplatesApplyNothing()
{
    QFETCH(QString, file);
    QFETCH(int, code);
    QFETCH(QString, path);
    QFETCH(QString, detail);

    test::TempDatabase tmp;
    EndpointService service(tmp.db());
    QVERIFY(
        service.create(draft(QStringLiteral("kyc"), QStringLiteral("https://old.example.com/x")))
            .ok());
    const QList<Endpoint> before = snapshot(tmp.db());

    QList<ConfigError> errors;
    const ConfigTemplate t = ConfigTemplate::parse(fixture(file), &errors);
    if (errors.isEmpty()) {
        // Refusals that need the store (destination policy) come with the preview …
        const ConfigDiff diff = ConfigDiff::compute(tmp.db(), t);
        errors = diff.errors();
        // … and the apply refuses the same, whatever the caller does.
        const ConfigApply::Result result = ConfigApply::apply(tmp.db(), diff);
        QCOMPARE(result.errors, errors);
        QCOMPARE(result.created + result.updated + result.deleted, 0);
    }
    QVERIFY(!errors.isEmpty());
    const ConfigError &first = errors.first();
    QVERIFY2(first.code == Code(code), qPrintable(describe(errors)));
    QCOMPARE(first.path, path);
    if (!detail.isEmpty())
        QCOMPARE(first.detail, detail);
    if (first.code == Code::InvalidJson)
        QVERIFY2(first.detail.contains(QLatin1String("line 5")), qPrintable(first.detail));
    QCOMPARE(snapshot(tmp.db()), before);
}

void TestConfigTemplate::secretsAreNeverEchoed()
{
    QList<ConfigError> errors;
    ConfigTemplate::parse(fixture(QStringLiteral("secret.json")), &errors);
    QCOMPARE(errors.size(), 1);
    QVERIFY(!describe(errors).contains(QLatin1String("s3cr3t")));
}

void TestConfigTemplate::diffFieldByField()
{
    test::TempDatabase tmp;
    EndpointService service(tmp.db());
    Endpoint eu =
        draft(QStringLiteral("kyc-eu"), QStringLiteral("https://eu.kyc.example.com/hooks"));
    const EndpointService::Result stored = service.create(eu);
    QVERIFY(stored.ok());
    QVERIFY(
        service
            .create(draft(QStringLiteral("legacy"), QStringLiteral("https://legacy.example.com")))
            .ok());

    QList<ConfigError> errors;
    const ConfigTemplate t = ConfigTemplate::parse(fixture(QStringLiteral("valid.json")), &errors);
    QVERIFY(errors.isEmpty());
    const ConfigDiff diff = ConfigDiff::compute(tmp.db(), t);
    QVERIFY2(diff.ok(), qPrintable(describe(diff.errors())));
    QCOMPARE(diff.count(Kind::Create), 2);
    QCOMPARE(diff.count(Kind::Update), 1);
    QCOMPARE(diff.count(Kind::Delete), 0);
    QCOMPARE(diff.keptNames(), QStringList{QStringLiteral("legacy")});

    const ConfigDiff::Item *update = itemNamed(diff, QStringLiteral("kyc-eu"));
    QVERIFY(update);
    QVERIFY(update->kind == Kind::Update);
    QCOMPARE(update->endpointId, stored.endpoint.id);
    QStringList fields;
    for (const auto &c : update->changes)
        fields << c.field;
    QCOMPARE(fields, QStringList({QStringLiteral("events"), QStringLiteral("timeout_s"),
                                  QStringLiteral("retry.max_retries")}));
    QCOMPARE(change(*update, QStringLiteral("timeout_s"))->before, QJsonValue(10));
    QCOMPARE(change(*update, QStringLiteral("timeout_s"))->after, QJsonValue(5));
    QCOMPARE(change(*update, QStringLiteral("events"))->before,
             QJsonValue(QJsonArray{QStringLiteral("*")}));
    QCOMPARE(change(*update, QStringLiteral("retry.max_retries"))->after, QJsonValue(10));

    // A create lists every setting it will store, old values empty.
    const ConfigDiff::Item *create = itemNamed(diff, QStringLiteral("billing"));
    QVERIFY(create && create->kind == Kind::Create);
    QVERIFY(create->endpointId.isEmpty());
    QCOMPARE(create->changes.size(), ConfigTemplate::fieldValues(Endpoint{}).size());
    QVERIFY(change(*create, QStringLiteral("method"))->before.isNull());
    QCOMPARE(change(*create, QStringLiteral("method"))->after, QJsonValue(QStringLiteral("PUT")));
    QCOMPARE(change(*create, QStringLiteral("retry.intervals_s"))->after,
             QJsonValue(QJsonArray{5, 60, 600}));

    const QJsonObject json = diff.toJson();
    QCOMPARE(json.value(QStringLiteral("summary")).toObject().value(QStringLiteral("kept")).toInt(),
             1);
    QCOMPARE(json.value(QStringLiteral("endpoints")).toArray().size(), 3);
}

void TestConfigTemplate::pruneDeletesOnlyWhenAsked()
{
    test::TempDatabase tmp;
    EndpointService service(tmp.db());
    QVERIFY(service
                .create(draft(QStringLiteral("kyc-eu"),
                              QStringLiteral("https://eu.kyc.example.com/hooks")))
                .ok());
    const EndpointService::Result legacy = service.create(
        draft(QStringLiteral("legacy"), QStringLiteral("https://legacy.example.com")));
    QVERIFY(legacy.ok());
    // Another environment is never touched by a sandbox template.
    Endpoint live = draft(QStringLiteral("live-one"), QStringLiteral("https://live.example.com"));
    live.environment = Environment::Live;
    QVERIFY(service.create(live).ok());

    QList<ConfigError> errors;
    const ConfigTemplate t = ConfigTemplate::parse(fixture(QStringLiteral("prune.json")), &errors);
    QVERIFY(errors.isEmpty());
    QVERIFY(t.prune());
    const ConfigDiff diff = ConfigDiff::compute(tmp.db(), t);
    QCOMPARE(diff.count(Kind::Delete), 1);
    QCOMPARE(diff.count(Kind::Update), 1);
    const ConfigDiff::Item *del = itemNamed(diff, QStringLiteral("legacy"));
    QVERIFY(del && del->kind == Kind::Delete);
    QCOMPARE(del->endpointId, legacy.endpoint.id);
    QCOMPARE(change(*del, QStringLiteral("url"))->before,
             QJsonValue(QStringLiteral("https://legacy.example.com")));
    QVERIFY(change(*del, QStringLiteral("url"))->after.isNull());
    QVERIFY(diff.keptNames().isEmpty());

    const ConfigApply::Result result = ConfigApply::apply(tmp.db(), diff);
    QVERIFY2(result.ok(), qPrintable(describe(result.errors)));
    QCOMPARE(result.deleted, 1);
    QCOMPARE(result.updated, 1);
    EndpointRepository repo(tmp.db());
    QVERIFY(!repo.find(legacy.endpoint.id).value());
    QCOMPARE(repo.count(Environment::Sandbox).value(), 1);
    QCOMPARE(repo.count(Environment::Live).value(), 1);
}

void TestConfigTemplate::applyIsIdempotent()
{
    test::TempDatabase tmp;
    QList<ConfigError> errors;
    const ConfigTemplate t = ConfigTemplate::parse(fixture(QStringLiteral("valid.json")), &errors);
    const ConfigApply::Result result =
        ConfigApply::apply(tmp.db(), ConfigDiff::compute(tmp.db(), t));
    QVERIFY2(result.ok(), qPrintable(describe(result.errors)));
    QCOMPARE(result.created, 3);

    const QList<Endpoint> stored = EndpointRepository(tmp.db()).list(Environment::Sandbox).value();
    QCOMPARE(stored.size(), 3);
    for (const Endpoint &e : stored) {
        if (e.name == QLatin1String("kyc-us")) {
            QCOMPARE(e.timeoutSeconds, 8);
            QCOMPARE(e.customHeaders.value(0).name, QStringLiteral("X-Team"));
            QCOMPARE(e.retryPolicy.maxRetries, 10);
        }
    }
    const ConfigDiff again = ConfigDiff::compute(tmp.db(), t);
    QVERIFY(!again.hasChanges());
    QCOMPARE(again.count(Kind::Unchanged), 3);
}

void TestConfigTemplate::applyIsAtomic()
{
    test::TempDatabase tmp;
    EndpointService service(tmp.db());
    const EndpointService::Result eu = service.create(
        draft(QStringLiteral("kyc-eu"), QStringLiteral("https://eu.kyc.example.com/hooks")));
    QVERIFY(eu.ok());
    // The store refuses the third endpoint of the template, after the first two were written.
    QVERIFY(test::refuseInserts(tmp.db(), QStringLiteral("refuse_billing"),
                                QStringLiteral("endpoints"), QStringLiteral("refused by test"),
                                QStringLiteral("NEW.name = 'billing'")));
    const QList<Endpoint> before = snapshot(tmp.db());

    QList<ConfigError> errors;
    const ConfigTemplate t = ConfigTemplate::parse(fixture(QStringLiteral("valid.json")), &errors);
    const ConfigDiff diff = ConfigDiff::compute(tmp.db(), t);
    QVERIFY(diff.ok());
    const ConfigApply::Result result = ConfigApply::apply(tmp.db(), diff);
    QVERIFY(!result.ok());
    QCOMPARE(result.errors.size(), 1);
    QVERIFY(result.errors.first().code == Code::Store);
    QCOMPARE(result.errors.first().path, QStringLiteral("endpoints[2]"));
    QVERIFY2(result.errors.first().detail.contains(QLatin1String("refused by test")),
             qPrintable(result.errors.first().detail));
    // kyc-eu's update and kyc-us's creation rolled back with it.
    QCOMPARE(snapshot(tmp.db()), before);
    QCOMPARE(EndpointRepository(tmp.db()).find(eu.endpoint.id).value()->timeoutSeconds, 10);
}

void TestConfigTemplate::staleDiffIsRefused()
{
    test::TempDatabase tmp;
    EndpointService service(tmp.db());
    EndpointService::Result eu = service.create(
        draft(QStringLiteral("kyc-eu"), QStringLiteral("https://eu.kyc.example.com/hooks")));
    QList<ConfigError> errors;
    const ConfigTemplate t = ConfigTemplate::parse(fixture(QStringLiteral("valid.json")), &errors);
    const ConfigDiff diff = ConfigDiff::compute(tmp.db(), t);

    // Someone edits the endpoint between the preview and the apply.
    eu.endpoint.timeoutSeconds = 3;
    QVERIFY(service.update(eu.endpoint).ok());
    const QList<Endpoint> before = snapshot(tmp.db());
    const ConfigApply::Result result = ConfigApply::apply(tmp.db(), diff);
    QCOMPARE(result.errors.size(), 1);
    QVERIFY(result.errors.first().code == Code::Stale);
    QCOMPARE(snapshot(tmp.db()), before);
}

void TestConfigTemplate::exportImportRoundTripIsANoOp()
{
    test::TempDatabase tmp;
    EndpointService service(tmp.db());
    Endpoint full = draft(QStringLiteral("Full – every setting"),
                          QStringLiteral("https://full.example.com/in?x=1"));
    full.method = HttpMethod::Patch;
    full.eventPatterns = {QStringLiteral("verification.*"), QStringLiteral("customer.created")};
    full.customHeaders = {{QStringLiteral("X-Team"), QStringLiteral("kyc")},
                          {QStringLiteral("X-Region"), QStringLiteral("eu")}};
    full.authHeaderName = QStringLiteral("X-Auth");
    full.signingScheme = SigningScheme::StandardWebhooks;
    full.timeoutSeconds = 4;
    full.retryPolicy.maxRetries = 7;
    full.retryPolicy.intervals = {std::chrono::seconds(5), std::chrono::seconds(90)};
    full.retryPolicy.jitterPercent = 20;
    full.autoPause.consecutiveFailures = 50;
    full.maxInFlight = 3;
    full.rateLimitPerSecond = 2.5;
    full.failoverUrl = QUrl(QStringLiteral("https://backup.example.com/in"));
    full.description = QStringLiteral("Ünïcode description");
    full.tags = {QStringLiteral("eu"), QStringLiteral("kyc")};
    QList<FilterRules::Error> filterErrors;
    full.filterRules = *FilterRules::parse(
        R"({"mode":"any","rules":[{"path":"document.country","op":"in","value":["DE","AT"]},)"
        R"({"path":"score","op":">","value":0.8}]})",
        &filterErrors);
    QVERIFY(!full.filterRules.isEmpty());
    QVERIFY(service.create(full).ok());
    QVERIFY(
        service.create(draft(QStringLiteral("minimal"), QStringLiteral("https://min.example.com")))
            .ok());
    const EndpointService::Result paused =
        service.create(draft(QStringLiteral("paused"), QStringLiteral("https://p.example.com")));
    QVERIFY(service.pause(paused.endpoint.id, QStringLiteral("maintenance")).ok());
    Endpoint live = draft(QStringLiteral("live-only"), QStringLiteral("https://live.example.com"));
    live.environment = Environment::Live;
    QVERIFY(service.create(live).ok());

    const QJsonObject exported = ConfigExport::toJson(tmp.db(), Environment::Sandbox).value();
    QCOMPARE(exported.value(QStringLiteral("endpoints")).toArray().size(), 3);
    const QJsonObject minimal =
        exported.value(QStringLiteral("endpoints")).toArray().at(1).toObject();
    // Only what differs from the built-in defaults is written.
    QCOMPARE(minimal.keys(), QStringList({QStringLiteral("name"), QStringLiteral("url")}));

    const QByteArray bytes = QJsonDocument(exported).toJson();
    const QList<Endpoint> before = snapshot(tmp.db());
    QList<ConfigError> errors;
    const ConfigTemplate t = ConfigTemplate::parse(bytes, &errors);
    QVERIFY2(errors.isEmpty(), qPrintable(describe(errors)));
    const ConfigDiff diff = ConfigDiff::compute(tmp.db(), t);
    QVERIFY2(diff.ok(), qPrintable(describe(diff.errors())));
    QVERIFY(!diff.hasChanges());
    QCOMPARE(diff.count(Kind::Unchanged), 3);
    QVERIFY(diff.keptNames().isEmpty());
    const ConfigApply::Result result = ConfigApply::apply(tmp.db(), diff);
    QVERIFY(result.ok());
    QCOMPARE(result.created + result.updated + result.deleted, 0);
    // Not even updated_at moved, and the pause stays: state is not part of a template.
    QCOMPARE(snapshot(tmp.db()), before);
}

void TestConfigTemplate::ambiguousStoredNames()
{
    test::TempDatabase tmp;
    EndpointService service(tmp.db());
    QVERIFY(
        service.create(draft(QStringLiteral("kyc"), QStringLiteral("https://a.example.com"))).ok());
    QVERIFY(
        service.create(draft(QStringLiteral("kyc"), QStringLiteral("https://b.example.com"))).ok());
    QList<ConfigError> errors;
    const ConfigTemplate t =
        ConfigTemplate::parse(fixture(QStringLiteral("denied-url.json")), &errors);
    const ConfigDiff diff = ConfigDiff::compute(tmp.db(), t);
    QVERIFY(!diff.ok());
    QVERIFY(std::any_of(diff.errors().begin(), diff.errors().end(), [](const ConfigError &e) {
        return e.code == Code::AmbiguousName && e.path == QLatin1String("endpoints[0].name");
    }));
}

// `hooklinectl endpoint show --json` and the audit details: the same bytes as before the table
// of endpoint fields drove them.
void TestConfigTemplate::endpointJsonOfEverySetting()
{
    const auto json = [](const Endpoint &e) {
        return QJsonDocument(EndpointJson::toJson(e)).toJson(QJsonDocument::Compact);
    };
    Endpoint e;
    e.id = QStringLiteral("ep_1");
    e.webhookId = QStringLiteral("wh_1");
    e.name = QStringLiteral("kyc");
    e.environment = Environment::Live;
    e.url = QUrl(QStringLiteral("https://example.com/hooks?a=b c"));
    e.method = HttpMethod::Put;
    e.state = EndpointState::Paused;
    e.pausedReason = QStringLiteral("migration");
    e.pausedAt = QDateTime(QDate(2026, 12, 1), QTime(10, 0), Qt::UTC);
    e.eventPatterns = {QStringLiteral("identity_document.*"), QStringLiteral("aml.match")};
    e.customHeaders = {{QStringLiteral("X-Team"), QStringLiteral("kyc"), false},
                       {QStringLiteral("X-Api-Key"), QString(), true}};
    e.authHeaderName = QStringLiteral("X-Auth");
    e.signingScheme = SigningScheme::StandardWebhooks;
    e.timeoutSeconds = 7;
    e.retryPolicy.maxRetries = 12;
    e.retryPolicy.intervals = {std::chrono::seconds(5), std::chrono::seconds(60)};
    e.retryPolicy.jitterPercent = 10;
    e.autoPause.timeoutPercent = 40;
    e.maxInFlight = 3;
    e.rateLimitPerSecond = 2.5;
    e.failoverUrl = QUrl(QStringLiteral("https://backup.example.com/"));
    e.description = QStringLiteral("the KYC receiver");
    e.tags = {QStringLiteral("eu")};
    e.filterRules = *FilterRules::parse(
        R"({"mode":"any","rules":[{"path":"verification.status","op":"=","value":"approved"}]})",
        nullptr);
    e.createdAt = QDateTime(QDate(2026, 11, 1), QTime(9, 30), Qt::UTC);
    e.updatedAt = e.createdAt.addSecs(60);
    const QByteArray everySetting =
        "{\"auth_header\":\"X-Auth\",\"auto_pause\":{\"timeout_percent\":40},"
        "\"created_at\":\"2026-11-01T09:30:00.000Z\",\"description\":\"the KYC receiver\","
        "\"environment\":\"live\",\"events\":[\"identity_document.*\",\"aml.match\"],"
        "\"failover_url\":\"https://backup.example.com/\",\"filter\":{\"mode\":\"any\","
        "\"rules\":[{\"op\":\"=\",\"path\":\"verification.status\",\"value\":\"approved\"}]},"
        "\"headers\":[{\"name\":\"X-Team\",\"value\":\"kyc\"},{\"name\":\"X-Api-Key\",\"secret\":"
        "true,"
        "\"value\":\"[redacted]\"}],\"id\":\"ep_1\",\"max_in_flight\":3,\"method\":\"PUT\","
        "\"name\":\"kyc\",\"paused_at\":\"2026-12-01T10:00:00.000Z\","
        "\"paused_reason\":\"migration\",\"rate_limit\":2.5,\"retry\":{\"intervals_s\":[5,60],"
        "\"jitter_percent\":10,\"max_retries\":12},\"scheme\":\"standard\",\"state\":\"paused\","
        "\"tags\":[\"eu\"],\"timeout_s\":7,\"updated_at\":\"2026-11-01T09:31:00.000Z\","
        "\"url\":\"https://example.com/hooks?a=b%20c\",\"webhook_id\":\"wh_1\"}";
    QCOMPARE(json(e), everySetting);
    const QByteArray builtIn =
        "{\"auth_header\":\"Authorization\",\"auto_pause\":{},\"created_at\":\"\","
        "\"description\":\"\",\"environment\":\"sandbox\",\"events\":[\"*\"],\"failover_url\":null,"
        "\"filter\":null,\"headers\":[],\"id\":\"\",\"max_in_flight\":8,\"method\":\"POST\","
        "\"name\":\"\",\"rate_limit\":0,\"retry\":{\"intervals_s\":\"default\",\"jitter_percent\":"
        "0,"
        "\"max_retries\":30},\"scheme\":\"jwt\",\"state\":\"active\",\"tags\":[],\"timeout_s\":10,"
        "\"updated_at\":\"\",\"url\":\"\",\"webhook_id\":\"\"}";
    QCOMPARE(json(Endpoint{}), builtIn);
}

// A validator error always points at a template key.
void TestConfigTemplate::everyValidatorFieldHasAKey()
{
    for (int f = 0; f <= int(EndpointValidator::Field::FilterRules); ++f) {
        const auto field = EndpointValidator::Field(f);
        QVERIFY2(!ConfigTemplate::keyOf(field).isEmpty(), qPrintable(QString::number(f)));
    }
    QCOMPARE(ConfigTemplate::keyOf(EndpointValidator::Field::Jitter),
             QStringLiteral("retry.jitter_percent"));
    QCOMPARE(ConfigTemplate::keyOf(EndpointValidator::Field::AutoPause),
             QStringLiteral("auto_pause"));
}

QTEST_GUILESS_MAIN(TestConfigTemplate)
// A store that cannot be read refuses the preview, the apply and the export; it must not look
// like an empty environment where every template entry is a "create".
void TestConfigTemplate::unreadableStoreIsAnError()
{
    test::TempDatabase tmp;
    QList<ConfigError> errors;
    const ConfigTemplate t = ConfigTemplate::parse(fixture(QStringLiteral("valid.json")), &errors);
    QVERIFY(errors.isEmpty());
    QVERIFY(ConfigApply::apply(tmp.db(), ConfigDiff::compute(tmp.db(), t)).ok());

    QSqlQuery q(tmp.db());
    QVERIFY(q.exec(QStringLiteral("ALTER TABLE endpoints RENAME TO endpoints_gone")));
    const ConfigDiff diff = ConfigDiff::compute(tmp.db(), t);
    QVERIFY(!diff.ok());
    QCOMPARE(diff.errors().first().code, Code::Store);
    QVERIFY(!diff.hasChanges());
    const ConfigApply::Result result = ConfigApply::apply(tmp.db(), diff);
    QVERIFY(!result.ok());
    QCOMPARE(result.created + result.updated + result.deleted, 0);
    QVERIFY(!ConfigExport::toJson(tmp.db(), Environment::Sandbox).ok());
}

#include "tst_configtemplate.moc"
