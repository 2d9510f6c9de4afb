#include "domain/subscription.h"
#include "events/eventcatalog.h"
#include "events/samplegenerator.h"
#include "events/schemavalidator.h"
#include "store/settingsrepository.h"
#include "support/tempdatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTest>
#include <atomic>
#include <thread>
#include <vector>

using namespace hookline;

namespace {

QJsonObject parse(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

// Applies `value` at the JSON Pointer `pointer` inside `root` (undefined value = remove).
QJsonValue applyAt(const QJsonValue &node, QStringList tokens, const QJsonValue &value)
{
    if (tokens.isEmpty())
        return value;
    const QString head = tokens.takeFirst();
    if (node.isArray()) {
        QJsonArray a = node.toArray();
        const int index = head.toInt();
        if (tokens.isEmpty() && value.isUndefined())
            a.removeAt(index);
        else
            a[index] = applyAt(a.at(index), tokens, value);
        return a;
    }
    QJsonObject o = node.toObject();
    if (tokens.isEmpty() && value.isUndefined())
        o.remove(head);
    else
        o.insert(head, applyAt(o.value(head), tokens, value));
    return o;
}

QJsonObject mutate(QJsonObject data, const QJsonArray &mutations)
{
    for (const QJsonValue &m : mutations) {
        const QJsonArray pair = m.toArray();
        const QStringList tokens = pair.at(0).toString().mid(1).split(QLatin1Char('/'));
        data =
            applyAt(data, tokens, pair.size() > 1 ? pair.at(1) : QJsonValue(QJsonValue::Undefined))
                .toObject();
    }
    return data;
}

QString describe(const QList<SchemaViolation> &violations)
{
    QStringList parts;
    for (const SchemaViolation &v : violations)
        parts << v.path + QLatin1Char(' ') + v.reason;
    return parts.join(QStringLiteral(", "));
}

} // namespace

class TestEventCatalog : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void builtInCatalogIsComplete();
    void everyBuiltInHasDescriptionAndSchema();
    void unknownTypeIsRefused();
    void invalidPayloadsNamePath_data();
    void invalidPayloadsNamePath();
    void malformedPayloads_data();
    void malformedPayloads();
    void customTypeRoundTrip();
    void customTypeRefusals_data();
    void customTypeRefusals();
    void customTypeUnregister();
    void brokenStoredCustomTypeIsSkipped();
    void validatorIsReusableAcrossCalls();
    void concurrentValidation();
    void hugeStringsDoNotCrash();
    void benchmarkValidate_data();
    void benchmarkValidate();
};

void TestEventCatalog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestEventCatalog::builtInCatalogIsComplete()
{
    const QStringList expected = {QStringLiteral("verification.started"),
                                  QStringLiteral("verification.completed"),
                                  QStringLiteral("verification.approved"),
                                  QStringLiteral("verification.rejected"),
                                  QStringLiteral("verification.review_required"),
                                  QStringLiteral("verification.resubmission_requested"),
                                  QStringLiteral("verification.expired"),
                                  QStringLiteral("identity_document.submitted"),
                                  QStringLiteral("identity_document.analyzed"),
                                  QStringLiteral("identity_document.approved"),
                                  QStringLiteral("identity_document.rejected"),
                                  QStringLiteral("identity_document.expired"),
                                  QStringLiteral("biometric.liveness_passed"),
                                  QStringLiteral("biometric.liveness_failed"),
                                  QStringLiteral("biometric.face_match_completed"),
                                  QStringLiteral("aml_screening.completed"),
                                  QStringLiteral("aml_screening.match_found"),
                                  QStringLiteral("aml_screening.cleared"),
                                  QStringLiteral("customer.created"),
                                  QStringLiteral("customer.updated"),
                                  QStringLiteral("customer.deleted"),
                                  QStringLiteral("dossier.created"),
                                  QStringLiteral("dossier.updated"),
                                  QStringLiteral("decision.approved"),
                                  QStringLiteral("decision.rejected"),
                                  QStringLiteral("webhook.test")};
    // A schema that fails to compile drops its type, so this also proves every schema compiles.
    QCOMPARE(EventCatalog::builtInTypes(), expected);
    EventCatalog catalog;
    QCOMPARE(catalog.types(), expected);
    for (const QString &type : expected) {
        QVERIFY2(Subscription::isValidEventType(type), qPrintable(type));
        QVERIFY(EventCatalog::isBuiltIn(type));
        QVERIFY(catalog.contains(type));
        QVERIFY(SampleGenerator::canGenerate(type));
    }
}

void TestEventCatalog::everyBuiltInHasDescriptionAndSchema()
{
    EventCatalog catalog;
    for (const QString &type : EventCatalog::builtInTypes()) {
        const auto info = catalog.info(type);
        QVERIFY(info);
        QCOMPARE(info->type, type);
        QVERIFY(info->builtIn);
        QVERIFY2(info->description.size() > 20, qPrintable(type));
        QVERIFY(info->description.endsWith(QLatin1Char('.')));
        QCOMPARE(info->schema.value(QLatin1String("type")).toString(), QStringLiteral("object"));
        QCOMPARE(info->schema.value(QLatin1String("additionalProperties")), QJsonValue(false));
        QVERIFY(!info->schema.value(QLatin1String("required")).toArray().isEmpty());
        // Self-contained: shared shapes are copied in, so a UI or an export needs nothing else.
        QVERIFY(info->schema.value(QLatin1String("definitions"))
                    .toObject()
                    .contains(QLatin1String("compliance")));
        QVERIFY(catalog.validator(type));
    }
}

void TestEventCatalog::unknownTypeIsRefused()
{
    EventCatalog catalog;
    const QString type = QStringLiteral("verification.exploded");
    QVERIFY(!catalog.contains(type));
    QVERIFY(!catalog.info(type));
    QVERIFY(!catalog.validator(type));
    const auto result = catalog.validate(type, QByteArray("{}"));
    QVERIFY(!result.isValid());
    QVERIFY(result.error);
    QCOMPARE(result.error->code, EventCatalog::Error::Code::UnknownType);
    QCOMPARE(catalog.validate(type, QJsonObject()).error->code,
             EventCatalog::Error::Code::UnknownType);
    QVERIFY(!SampleGenerator::generate(type, 1));
    QVERIFY(SampleGenerator::generateJson(type, 1).isEmpty());
}

void TestEventCatalog::invalidPayloadsNamePath_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QJsonArray>("mutations"); // [pointer, value] or [pointer] to remove
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("reason");

    auto row = [](const char *name, const char *type, const char *mutations, const char *path,
                  const char *reason) {
        QTest::newRow(name) << QString::fromLatin1(type)
                            << QJsonDocument::fromJson(QByteArray(mutations)).array()
                            << QString::fromLatin1(path) << QString::fromLatin1(reason);
    };
    row("missing top-level block", "verification.approved", R"([["/compliance"]])", "/compliance",
        "required");
    row("missing nested field", "verification.approved", R"([["/verification/id"]])",
        "/verification/id", "required");
    row("missing type-specific field", "verification.rejected",
        R"([["/verification/reason_codes"]])", "/verification/reason_codes", "required");
    row("wrong enum", "identity_document.analyzed", R"([["/document/type", "visa"]])",
        "/document/type", "enum");
    row("wrong status for type", "verification.approved",
        R"([["/verification/status", "rejected"]])", "/verification/status", "const");
    row("score above 1", "verification.approved", R"([["/verification/confidence", 1.5]])",
        "/verification/confidence", "maximum");
    row("score below 0", "biometric.face_match_completed",
        R"([["/biometrics/face_match/score", -0.1]])", "/biometrics/face_match/score", "minimum");
    row("country name instead of code", "identity_document.approved",
        R"([["/document/country", "Germany"]])", "/document/country", "pattern");
    row("lower-case country", "customer.created", R"([["/customer/nationality", "de"]])",
        "/customer/nationality", "pattern");
    row("wrong type boolean", "verification.approved", R"([["/verification/manual_review", "no"]])",
        "/verification/manual_review", "type");
    row("wrong type object", "webhook.test", R"([["/message", {"text": "hi"}]])", "/message",
        "type");
    row("unexpected property", "verification.approved", R"([["/verification/colour", "red"]])",
        "/verification/colour", "additional_property");
    row("unexpected top-level property", "customer.created", R"([["/extra", 1]])", "/extra",
        "additional_property");
    row("bad date", "customer.created", R"([["/customer/date_of_birth", "1990-13-01"]])",
        "/customer/date_of_birth", "pattern");
    row("timestamp without zone", "webhook.test", R"([["/triggered_at", "2026-11-25 17:46:54"]])",
        "/triggered_at", "pattern");
    row("postcode not matching country", "customer.created",
        R"([["/customer/address/country", "DE"], ["/customer/address/postal_code", "SW1A 1AA"]])",
        "/customer/address/postal_code", "pattern");
    row("US address needs a state", "customer.created",
        R"([["/customer/address/country", "US"], ["/customer/address/postal_code", "94103"],
            ["/customer/address/region"]])",
        "/customer/address/region", "required");
    row("array item score", "aml_screening.match_found",
        R"([["/aml/watchlist_matches/0/score", 2]])", "/aml/watchlist_matches/0/score", "maximum");
    row("match_found without matches", "aml_screening.match_found",
        R"([["/aml/watchlist_matches", []]])", "/aml/watchlist_matches", "min_items");
    row("cleared with a match", "aml_screening.cleared",
        R"([["/aml/watchlist_matches", [{"list": "PEP", "entry_id": "PE-1", "matched_name": "X",
            "score": 0.5, "match_type": "fuzzy", "recommended_action": "review"}]]])",
        "/aml/watchlist_matches", "max_items");
    row("mrz line length", "identity_document.approved",
        R"([["/document/mrz", {"format": "TD3", "lines": ["P<UTO", "L898902C3"],
            "checksums_valid": true}]])",
        "/document/mrz/lines/0", "pattern");
    row("duplicate reason codes", "verification.rejected",
        R"([["/verification/reason_codes", ["underage", "underage"]]])",
        "/verification/reason_codes", "unique_items");
    row("reviewer decision without reviewer", "decision.approved",
        R"([["/decision/decided_by", "reviewer"], ["/decision/reviewer_id"]])",
        "/decision/reviewer_id", "required");
    row("liveness_passed that failed", "biometric.liveness_passed",
        R"([["/biometrics/liveness/passed", false]])", "/biometrics/liveness/passed", "const");
    row("integer expected", "customer.deleted", R"([["/compliance/retention_days", 12.5]])",
        "/compliance/retention_days", "type");
}

void TestEventCatalog::invalidPayloadsNamePath()
{
    QFETCH(QString, type);
    QFETCH(QJsonArray, mutations);
    QFETCH(QString, path);
    QFETCH(QString, reason);

    EventCatalog catalog;
    const auto sample = SampleGenerator::generate(type, 7);
    QVERIFY(sample);
    QVERIFY2(catalog.validate(type, *sample).isValid(), "the unmodified sample must be valid");

    const QJsonObject broken = mutate(*sample, mutations);
    const auto result = catalog.validate(type, QJsonDocument(broken).toJson());
    QVERIFY(!result.error);
    QVERIFY(!result.isValid());
    const SchemaViolation expected{path, reason};
    QVERIFY2(result.violations.contains(expected), qPrintable(describe(result.violations)));
    // Leaf errors only: the "property X failed" wrappers must not bury the real cause.
    for (const SchemaViolation &v : result.violations)
        QVERIFY2(v.reason != QLatin1String("schema"), qPrintable(describe(result.violations)));
}

void TestEventCatalog::malformedPayloads_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<QString>("reason");
    QTest::newRow("truncated") << QByteArray(R"({"test": true)") << QStringLiteral("invalid_json");
    QTest::newRow("not json") << QByteArray("test=true") << QStringLiteral("invalid_json");
    QTest::newRow("array") << QByteArray("[1, 2]") << QStringLiteral("type");
}

void TestEventCatalog::malformedPayloads()
{
    QFETCH(QByteArray, payload);
    QFETCH(QString, reason);
    EventCatalog catalog;
    const auto result = catalog.validate(QStringLiteral("webhook.test"), payload);
    QVERIFY(!result.error);
    QCOMPARE(result.violations, (QList<SchemaViolation>{{QString(), reason}}));
}

void TestEventCatalog::customTypeRoundTrip()
{
    test::TempDatabase db;
    QVERIFY(db.isValid());
    const QJsonObject schema = parse(R"({
        "description": "An invoice was paid.",
        "type": "object",
        "required": ["invoice_id", "amount"],
        "properties": {
            "invoice_id": {"type": "string", "pattern": "^inv_[0-9]+$"},
            "amount": {"type": "integer", "minimum": 1}
        },
        "additionalProperties": false
    })");
    const QString type = QStringLiteral("billing.invoice_paid");
    {
        SettingsRepository settings(db.db());
        EventCatalog catalog;
        QCOMPARE(catalog.registerCustomType(settings, type, schema), std::nullopt);
        QVERIFY(catalog.contains(type));
        QCOMPARE(catalog.types().last(), type);
    }
    // A fresh connection and a fresh catalog see it: it really went to the file.
    Connection other(db.path());
    QCOMPARE(other.open(), std::nullopt);
    SettingsRepository settings(other.database());
    QVERIFY(settings.value(QLatin1String(EventCatalog::kSettingsScope), type).value());

    EventCatalog catalog;
    QVERIFY(!catalog.contains(type));
    QCOMPARE(catalog.loadCustomTypes(settings), QStringList());
    QVERIFY(catalog.contains(type));
    const auto info = catalog.info(type);
    QVERIFY(info);
    QVERIFY(!info->builtIn);
    QCOMPARE(info->description, QStringLiteral("An invoice was paid."));
    QCOMPARE(info->schema, schema);

    QVERIFY(catalog.validate(type, QByteArray(R"({"invoice_id": "inv_42", "amount": 1200})"))
                .isValid());
    // JSON Schema counts 1200.0 as an integer, 1200.5 not.
    QVERIFY(catalog.validate(type, QByteArray(R"({"invoice_id": "inv_42", "amount": 1200.0})"))
                .isValid());
    QCOMPARE(catalog.validate(type, QByteArray(R"({"invoice_id": "inv_42", "amount": 1200.5})"))
                 .violations,
             (QList<SchemaViolation>{{QStringLiteral("/amount"), QStringLiteral("type")}}));
    const auto bad = catalog.validate(type, QByteArray(R"({"invoice_id": "42", "amount": 0})"));
    QCOMPARE(bad.violations.size(), 2);
    QVERIFY(bad.violations.contains(
        SchemaViolation{QStringLiteral("/invoice_id"), QStringLiteral("pattern")}));
    QVERIFY(bad.violations.contains(
        SchemaViolation{QStringLiteral("/amount"), QStringLiteral("minimum")}));

    // Re-registering replaces the schema.
    QJsonObject looser = schema;
    looser.remove(QLatin1String("additionalProperties"));
    QCOMPARE(catalog.registerCustomType(settings, type, looser), std::nullopt);
    QVERIFY(catalog.validate(type, QByteArray(R"({"invoice_id": "inv_1", "amount": 5, "x": 1})"))
                .isValid());
    EventCatalog reloaded;
    reloaded.loadCustomTypes(settings);
    QCOMPARE(reloaded.info(type)->schema, looser);
}

void TestEventCatalog::customTypeRefusals_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QByteArray>("schema");
    QTest::addColumn<int>("code");
    const int invalidSchema = int(EventCatalog::Error::Code::InvalidSchema);
    QTest::newRow("overrides built-in")
        << QStringLiteral("verification.approved") << QByteArray(R"({"type": "object"})")
        << int(EventCatalog::Error::Code::BuiltInType);
    QTest::newRow("bad name: no action")
        << QStringLiteral("billing") << QByteArray(R"({"type": "object"})")
        << int(EventCatalog::Error::Code::InvalidTypeName);
    QTest::newRow("bad name: upper case")
        << QStringLiteral("Billing.Paid") << QByteArray(R"({"type": "object"})")
        << int(EventCatalog::Error::Code::InvalidTypeName);
    QTest::newRow("unknown type keyword")
        << QStringLiteral("billing.paid") << QByteArray(R"({"type": "objekt"})") << invalidSchema;
    QTest::newRow("root not an object")
        << QStringLiteral("billing.paid") << QByteArray(R"({"type": "array"})") << invalidSchema;
    QTest::newRow("required not an array")
        << QStringLiteral("billing.paid")
        << QByteArray(R"({"type": "object", "required": "amount"})") << invalidSchema;
    QTest::newRow("properties not an object")
        << QStringLiteral("billing.paid") << QByteArray(R"({"type": "object", "properties": 3})")
        << invalidSchema;
    QTest::newRow("minimum not a number")
        << QStringLiteral("billing.paid")
        << QByteArray(R"({"properties": {"a": {"minimum": "one"}}})") << invalidSchema;
    QTest::newRow("remote reference")
        << QStringLiteral("billing.paid")
        << QByteArray(R"({"$ref": "https://example.com/schema.json"})") << invalidSchema;
    QTest::newRow("dangling reference")
        << QStringLiteral("billing.paid") << QByteArray(R"({"$ref": "#/definitions/nothing"})")
        << invalidSchema;
}

void TestEventCatalog::customTypeRefusals()
{
    QFETCH(QString, type);
    QFETCH(QByteArray, schema);
    QFETCH(int, code);
    test::TempDatabase db;
    QVERIFY(db.isValid());
    SettingsRepository settings(db.db());
    EventCatalog catalog;
    const QJsonObject schemaObject = QJsonDocument::fromJson(schema).object();
    QCOMPARE(EventCatalog::checkCustomType(type, schemaObject)->code,
             EventCatalog::Error::Code(code));
    const auto error = catalog.registerCustomType(settings, type, schemaObject);
    QVERIFY(error);
    QCOMPARE(int(error->code), code);
    // Nothing was persisted and the catalog is unchanged.
    QVERIFY(settings.values(QLatin1String(EventCatalog::kSettingsScope)).value().isEmpty());
    QCOMPARE(catalog.types(), EventCatalog::builtInTypes());
    if (EventCatalog::isBuiltIn(type))
        QVERIFY(catalog.info(type)->builtIn);
}

void TestEventCatalog::customTypeUnregister()
{
    test::TempDatabase db;
    QVERIFY(db.isValid());
    SettingsRepository settings(db.db());
    EventCatalog catalog;
    const QString type = QStringLiteral("billing.refunded");
    QCOMPARE(catalog.registerCustomType(settings, type, parse(R"({"type": "object"})")),
             std::nullopt);
    QCOMPARE(catalog.unregisterCustomType(settings, QStringLiteral("webhook.test"))->code,
             EventCatalog::Error::Code::BuiltInType);
    QCOMPARE(catalog.unregisterCustomType(settings, QStringLiteral("billing.nothing"))->code,
             EventCatalog::Error::Code::UnknownType);
    QCOMPARE(catalog.unregisterCustomType(settings, type), std::nullopt);
    QVERIFY(!catalog.contains(type));
    QVERIFY(!settings.value(QLatin1String(EventCatalog::kSettingsScope), type).value());
    QCOMPARE(catalog.validate(type, QByteArray("{}")).error->code,
             EventCatalog::Error::Code::UnknownType);
}

void TestEventCatalog::brokenStoredCustomTypeIsSkipped()
{
    test::TempDatabase db;
    QVERIFY(db.isValid());
    SettingsRepository settings(db.db());
    const QString scope = QLatin1String(EventCatalog::kSettingsScope);
    QCOMPARE(settings.setValue(scope, QStringLiteral("billing.ok"), QStringLiteral("{}")),
             std::nullopt);
    QCOMPARE(settings.setValue(scope, QStringLiteral("billing.garbled"), QStringLiteral("{not")),
             std::nullopt);
    QCOMPARE(settings.setValue(scope, QStringLiteral("webhook.test"), QStringLiteral("{}")),
             std::nullopt);
    EventCatalog catalog;
    QCOMPARE(catalog.loadCustomTypes(settings),
             (QStringList{QStringLiteral("billing.garbled"), QStringLiteral("webhook.test")}));
    QVERIFY(catalog.contains(QStringLiteral("billing.ok")));
    QVERIFY(!catalog.contains(QStringLiteral("billing.garbled")));
    QVERIFY(catalog.info(QStringLiteral("webhook.test"))->builtIn);
}

void TestEventCatalog::validatorIsReusableAcrossCalls()
{
    // The regex cache lives with the thread's validator: a second validation with different
    // patterns and the same one again must give the same answers.
    const auto v = SchemaValidator::compile(
        parse(R"({"properties": {"a": {"pattern": "^x+$"}, "b": {"pattern": "^[0-9]$"}}})"));
    QVERIFY(v);
    for (int i = 0; i < 3; ++i) {
        QVERIFY(v->isValid(parse(R"({"a": "xx", "b": "1"})")));
        QVERIFY(!v->isValid(parse(R"({"a": "xy"})")));
        QCOMPARE(v->validate(QJsonValue(parse(R"({"b": "12"})"))),
                 (QList<SchemaViolation>{{QStringLiteral("/b"), QStringLiteral("pattern")}}));
    }
    QCOMPARE(v->validate(QByteArray("{")),
             (QList<SchemaViolation>{{QString(), QStringLiteral("invalid_json")}}));
}

void TestEventCatalog::concurrentValidation()
{
    // Ingestion and the UI validate from different threads against the same shared built-in
    // schemas; each thread keeps its own regex cache.
    QList<QPair<QString, QByteArray>> samples;
    for (const QString &type : EventCatalog::builtInTypes())
        samples.append({type, SampleGenerator::generateJson(type, 21)});
    const EventCatalog catalog;
    std::atomic<int> valid{0};
    std::atomic<int> rejected{0};
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([&] {
            for (int round = 0; round < 5; ++round) {
                for (const auto &[type, payload] : samples) {
                    if (catalog.validate(type, payload).isValid())
                        ++valid;
                    const auto broken = catalog.validate(type, QByteArray(R"({"unexpected": 1})"));
                    if (!broken.isValid() && !broken.violations.isEmpty())
                        ++rejected;
                }
            }
        });
    }
    for (std::thread &t : threads)
        t.join();
    QCOMPARE(valid.load(), 4 * 5 * int(samples.size()));
    QCOMPARE(rejected.load(), 4 * 5 * int(samples.size()));
}

void TestEventCatalog::hugeStringsDoNotCrash()
{
    // std::regex recurses per character: 200 KB through a pattern overflowed the stack.
    EventCatalog catalog;
    const QString huge(200'000, QLatin1Char('a'));
    QJsonObject data = *SampleGenerator::generate(QStringLiteral("customer.created"), 4);
    QJsonObject customer = data.value(QLatin1String("customer")).toObject();
    customer.insert(QStringLiteral("email"), QString(huge + QStringLiteral("@example.com")));
    data.insert(QStringLiteral("customer"), customer);
    QCOMPARE(catalog.validate(QStringLiteral("customer.created"), QJsonDocument(data).toJson())
                 .violations,
             (QList<SchemaViolation>{
                 {QStringLiteral("/customer/email"), QStringLiteral("max_length")}}));

    const auto custom =
        SchemaValidator::compile(parse(R"({"patternProperties": {"^x": {"type": "string"}}})"));
    QVERIFY(custom);
    QCOMPARE(
        custom->validate(QJsonValue(QJsonObject{{QString(QStringLiteral("x") + huge), 1}})).size(),
        1);
    QVERIFY(!custom->isValid(QJsonValue(QJsonObject{{QString(QStringLiteral("x") + huge), 1}})));

    // Without any pattern, long strings are the schema's business.
    const auto plain =
        SchemaValidator::compile(parse(R"({"properties": {"a": {"type": "string"}}})"));
    QVERIFY(plain->isValid(QJsonValue(QJsonObject{{QStringLiteral("a"), huge}})));
}

void TestEventCatalog::benchmarkValidate_data()
{
    // The ingest path's cost: parse the payload bytes and validate them. verification.completed
    // carries every block and is the largest payload of the catalog.
    QTest::addColumn<QString>("type");
    for (const char *type :
         {"webhook.test", "identity_document.submitted", "verification.completed"})
        QTest::newRow(type) << QString::fromLatin1(type);
}

void TestEventCatalog::benchmarkValidate()
{
    QFETCH(QString, type);
    EventCatalog catalog;
    const QByteArray payload = SampleGenerator::generateJson(type, 3);
    QVERIFY(catalog.validate(type, payload).isValid());
    QBENCHMARK
    {
        const auto result = catalog.validate(type, payload);
        if (!result.isValid())
            QFAIL("sample became invalid");
    }
}

QTEST_GUILESS_MAIN(TestEventCatalog)
#include "tst_eventcatalog.moc"
