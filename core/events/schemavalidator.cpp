#include "events/schemavalidator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

// GCC 12 reports a false "may be used uninitialized" inside libstdc++'s std::regex (instantiated
// by valijson) when building with sanitizers (GCC bug 105562); it is not in our code.
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#endif

// valijson reports schema errors by throwing only when asked to; without this it aborts the
// process. Keep every valijson include in this file so no other translation unit sees a different
// definition.
#define VALIJSON_USE_EXCEPTIONS 1
#include <cstring>
#include <exception>
#include <optional>
#include <string_view>
#include <valijson/adapters/qtjson_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validation_results.hpp>
#include <valijson/validator.hpp>

namespace hookline {

struct SchemaValidator::Private
{
    valijson::Schema schema;
    bool hasPatterns = false;
};

namespace {

// libstdc++'s std::regex (what valijson uses for `pattern`) recurses once per input character and
// overflows the stack on strings of ~100 KB, which a 256 KiB ingest body can carry. Strings (and
// keys) longer than this are refused before any pattern runs; 10 KB still matches safely.
constexpr qsizetype kMaxPatternSubject = 4096;

// Returns the pointer of the first string or key that is too long for a pattern, if any.
std::optional<QString> overlongString(const QJsonValue &value, const QString &path)
{
    if (value.isString())
        return value.toString().size() > kMaxPatternSubject ? std::optional<QString>(path)
                                                            : std::nullopt;
    if (value.isArray()) {
        const QJsonArray a = value.toArray();
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (auto found = overlongString(a.at(i), path + QLatin1Char('/') + QString::number(i)))
                return found;
        }
    } else if (value.isObject()) {
        const QJsonObject o = value.toObject();
        for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
            QString key = it.key();
            const QString child = path + QLatin1Char('/') +
                                  key.replace(QLatin1Char('~'), QLatin1String("~0"))
                                      .replace(QLatin1Char('/'), QLatin1String("~1"));
            if (it.key().size() > kMaxPatternSubject)
                return child;
            if (auto found = overlongString(it.value(), child))
                return found;
        }
    }
    return std::nullopt;
}

// valijson's Validator caches compiled regexes and is not thread-safe; one per thread keeps the
// cache warm without locking. The cache is keyed by pattern text, so sharing it between schemas is
// correct.
valijson::Validator &threadValidator()
{
    thread_local valijson::Validator validator(valijson::Validator::kStrongTypes);
    return validator;
}

QString escapePointerToken(const std::string &token)
{
    QString t = QString::fromStdString(token);
    t.replace(QLatin1Char('~'), QLatin1String("~0"));
    t.replace(QLatin1Char('/'), QLatin1String("~1"));
    return t;
}

// valijson's context is {"<root>", "[document]", "[country]"} (array indexes look the same).
QString pointerFromContext(const std::vector<std::string> &context)
{
    QString out;
    for (const std::string &part : context) {
        if (part == "<root>")
            continue;
        std::string token = part;
        if (token.size() >= 2 && token.front() == '[' && token.back() == ']')
            token = token.substr(1, token.size() - 2);
        out += QLatin1Char('/') + escapePointerToken(token);
    }
    return out;
}

struct Classified
{
    const char *reason;
    bool wrapper; // only summarises errors reported below it
};

bool startsWith(const std::string &text, std::string_view prefix)
{
    return std::string_view(text).substr(0, prefix.size()) == prefix;
}

// valijson 1.0 has no error codes, only English sentences; they are stable within the packaged
// version and tst_eventcatalog covers each reason we rely on.
Classified classify(const std::string &d)
{
    static const struct
    {
        std::string_view prefix;
        Classified result;
    } table[] = {
        {"Missing required property", {"required", false}},
        {"Value type not permitted", {"type", false}},
        {"Failed to match against any enum", {"enum", false}},
        {"Failed to match expected value set by 'const'", {"const", false}},
        {"Failed to match regex", {"pattern", false}},
        {"Expected number less than", {"maximum", false}},
        {"Expected number greater than", {"minimum", false}},
        {"String should be no more than", {"max_length", false}},
        {"String should be no fewer than", {"min_length", false}},
        {"Array should contain no more than", {"max_items", false}},
        {"Array should contain no fewer than", {"min_items", false}},
        {"Object should have no more than", {"max_properties", false}},
        {"Object should have no fewer than", {"min_properties", false}},
        {"Object contains a property that could not be validated", {"additional_property", false}},
        {"Elements at indexes", {"unique_items", false}},
        {"Value should be a multiple", {"multiple_of", false}},
        {"Value could not be converted", {"multiple_of", false}},
        {"String should be a valid", {"format", false}},
        {"Target should not validate", {"not", false}},
        {"Failed to validate against exactly one", {"one_of", false}},
        {"Failed to validate against any child schemas allowed by oneOf", {"one_of", false}},
        {"Failed to any values against subschema in 'contains'", {"contains", false}},
        {"Missing dependency", {"dependency", false}},
        {"Target value and comparison value are not equal", {"const", false}},
        {"Cannot validate item", {"max_items", false}},
        {"Array contains more items than allowed", {"max_items", false}},
        {"Failed to validate against any schemas allowed by anyOf", {"any_of", true}},
        {"Failed to validate against a conditional schema", {"condition", true}},
        {"Failed to validate against schema associated with", {"schema", true}},
        {"Failed to validate item #", {"schema", true}},
        {"Failed to validate against child schema", {"schema", true}},
        {"Failed to validate against additional properties schema", {"schema", true}},
        {"Failed to validate against dependent schema", {"dependency", true}},
    };
    for (const auto &entry : table) {
        if (startsWith(d, entry.prefix))
            return entry.result;
    }
    return {"schema", false};
}

// The quoted name at the end of "Missing required property 'x'." or "...constraints: 'x'."
std::string quotedTail(const std::string &d)
{
    const auto end = d.rfind('\'');
    if (end == std::string::npos || end == 0)
        return {};
    const auto begin = d.rfind('\'', end - 1);
    if (begin == std::string::npos)
        return {};
    return d.substr(begin + 1, end - begin - 1);
}

QList<SchemaViolation> toViolations(const valijson::ValidationResults &results)
{
    QList<SchemaViolation> leaves;
    QList<SchemaViolation> wrappers;
    for (const auto &error : results) {
        const Classified c = classify(error.description);
        QString path = pointerFromContext(error.context);
        const QLatin1String reason(c.reason);
        // Name the missing or unexpected property itself: that is where a user must look.
        if (reason == QLatin1String("required") || reason == QLatin1String("additional_property")) {
            const std::string name = quotedTail(error.description);
            if (!name.empty())
                path += QLatin1Char('/') + escapePointerToken(name);
        }
        SchemaViolation v{path, QString(reason)};
        QList<SchemaViolation> &target = c.wrapper ? wrappers : leaves;
        if (!target.contains(v))
            target.append(v);
    }
    return leaves.isEmpty() ? wrappers : leaves;
}

} // namespace

SchemaValidator::SchemaValidator(std::unique_ptr<Private> dd, QJsonObject source)
    : d(std::move(dd))
    , m_source(std::move(source))
{}

SchemaValidator::~SchemaValidator() = default;

std::shared_ptr<const SchemaValidator> SchemaValidator::compile(const QJsonObject &schema,
                                                                QString *error)
{
    auto p = std::make_unique<Private>();
    try {
        valijson::SchemaParser parser(valijson::SchemaParser::kDraft7);
        const QJsonValue root(schema);
        parser.populateSchema(valijson::adapters::QtJsonAdapter(root), p->schema);
    } catch (const std::exception &e) {
        if (error)
            *error = QString::fromUtf8(e.what());
        return nullptr;
    }
    // Also true for "patternProperties" or a property merely named "pattern": a needless guard
    // costs one walk over the value, a missing one a crash.
    p->hasPatterns = QJsonDocument(schema).toJson(QJsonDocument::Compact).contains("\"pattern");
    return std::shared_ptr<const SchemaValidator>(new SchemaValidator(std::move(p), schema));
}

QList<SchemaViolation> SchemaValidator::validate(const QJsonValue &value) const
{
    if (d->hasPatterns) {
        if (auto path = overlongString(value, QString()))
            return {SchemaViolation{*path, QStringLiteral("max_length")}};
    }
    valijson::ValidationResults results;
    try {
        if (threadValidator().validate(d->schema, valijson::adapters::QtJsonAdapter(value),
                                       &results))
            return {};
    } catch (const std::exception &) {
        return {SchemaViolation{QString(), QStringLiteral("schema")}};
    }
    QList<SchemaViolation> out = toViolations(results);
    if (out.isEmpty())
        out.append(SchemaViolation{QString(), QStringLiteral("schema")});
    return out;
}

QList<SchemaViolation> SchemaValidator::validate(const QByteArray &json) const
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return {SchemaViolation{QString(), QStringLiteral("invalid_json")}};
    return validate(doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array()));
}

bool SchemaValidator::isValid(const QJsonValue &value) const
{
    if (d->hasPatterns && overlongString(value, QString()))
        return false;
    try {
        return threadValidator().validate(d->schema, valijson::adapters::QtJsonAdapter(value),
                                          nullptr);
    } catch (const std::exception &) {
        return false;
    }
}

} // namespace hookline
