#include "events/eventcatalog.h"

#include "domain/subscription.h"
#include "events/schemavalidator.h"
#include "store/settingsrepository.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <algorithm>

namespace hookline {

namespace {

Q_LOGGING_CATEGORY(lcEvents, "hookline.events", QtInfoMsg)

struct BuiltIn
{
    EventCatalog::TypeInfo info;
    std::shared_ptr<const SchemaValidator> validator;
};

struct BuiltIns
{
    QStringList order;
    QHash<QString, BuiltIn> byType;
};

QJsonObject readJsonResource(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        qCCritical(lcEvents) << "missing resource" << path;
        return {};
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (!doc.isObject())
        qCCritical(lcEvents) << "resource is not a JSON object" << path << error.errorString();
    return doc.object();
}

BuiltIns loadBuiltIns()
{
    BuiltIns out;
    const QJsonObject catalog = readJsonResource(QStringLiteral(":/hookline/events/catalog.json"));
    const QJsonObject definitions =
        readJsonResource(QStringLiteral(":/hookline/events/definitions.json"))
            .value(QLatin1String("definitions"))
            .toObject();
    const QJsonArray types = catalog.value(QLatin1String("types")).toArray();
    for (const QJsonValue &entry : types) {
        const QJsonObject o = entry.toObject();
        BuiltIn b;
        b.info.type = o.value(QLatin1String("type")).toString();
        b.info.description = o.value(QLatin1String("description")).toString();
        b.info.builtIn = true;
        // Type schemas refer to shared shapes as #/definitions/…; copying the definitions in makes
        // every schema self-contained, which is also what the UI shows and exports.
        b.info.schema = readJsonResource(QStringLiteral(":/hookline/events/schemas/") +
                                         b.info.type + QStringLiteral(".json"));
        b.info.schema.insert(QLatin1String("definitions"), definitions);
        QString error;
        b.validator = SchemaValidator::compile(b.info.schema, &error);
        if (!b.validator) {
            // A broken built-in schema is a packaging bug; tst_eventcatalog fails on it.
            qCCritical(lcEvents) << "built-in schema does not compile" << b.info.type << error;
            continue;
        }
        out.order.append(b.info.type);
        out.byType.insert(b.info.type, b);
    }
    return out;
}

const BuiltIns &builtIns()
{
    static const BuiltIns instance = loadBuiltIns();
    return instance;
}

EventCatalog::Error makeError(EventCatalog::Error::Code code, const QString &detail = {})
{
    return EventCatalog::Error{code, detail};
}

} // namespace

EventCatalog::EventCatalog() = default;
EventCatalog::~EventCatalog() = default;
EventCatalog::EventCatalog(const EventCatalog &) = default;
EventCatalog &EventCatalog::operator=(const EventCatalog &) = default;

QStringList EventCatalog::builtInTypes()
{
    return builtIns().order;
}

bool EventCatalog::isBuiltIn(const QString &type)
{
    return builtIns().byType.contains(type);
}

QStringList EventCatalog::types() const
{
    QStringList custom = m_custom.keys();
    std::sort(custom.begin(), custom.end());
    return builtIns().order + custom;
}

bool EventCatalog::contains(const QString &type) const
{
    return isBuiltIn(type) || m_custom.contains(type);
}

std::optional<EventCatalog::TypeInfo> EventCatalog::info(const QString &type) const
{
    const auto &b = builtIns().byType;
    if (auto it = b.constFind(type); it != b.constEnd())
        return it->info;
    if (auto it = m_custom.constFind(type); it != m_custom.constEnd())
        return it->info;
    return std::nullopt;
}

std::shared_ptr<const SchemaValidator> EventCatalog::validator(const QString &type) const
{
    const auto &b = builtIns().byType;
    if (auto it = b.constFind(type); it != b.constEnd())
        return it->validator;
    if (auto it = m_custom.constFind(type); it != m_custom.constEnd())
        return it->validator;
    return nullptr;
}

EventCatalog::Validation EventCatalog::validate(const QString &type,
                                                const QByteArray &payload) const
{
    const auto v = validator(type);
    if (!v)
        return {makeError(Error::Code::UnknownType, type), {}};
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(payload, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return {std::nullopt, {SchemaViolation{QString(), QStringLiteral("invalid_json")}}};
    // `data` is always an object, whatever a custom schema would allow.
    if (!doc.isObject())
        return {std::nullopt, {SchemaViolation{QString(), QStringLiteral("type")}}};
    return {std::nullopt, v->validate(QJsonValue(doc.object()))};
}

EventCatalog::Validation EventCatalog::validate(const QString &type, const QJsonObject &data) const
{
    const auto v = validator(type);
    if (!v)
        return {makeError(Error::Code::UnknownType, type), {}};
    return {std::nullopt, v->validate(QJsonValue(data))};
}

std::optional<EventCatalog::Error>
EventCatalog::compileCustom(const QString &type, const QJsonObject &schema, Custom *out)
{
    if (!Subscription::isValidEventType(type))
        return makeError(Error::Code::InvalidTypeName, type);
    if (isBuiltIn(type))
        return makeError(Error::Code::BuiltInType, type);
    // The payload is always the `data` object, so a schema for anything else can never match.
    const QJsonValue declared = schema.value(QLatin1String("type"));
    if (!declared.isUndefined() && declared != QJsonValue(QLatin1String("object")))
        return makeError(Error::Code::InvalidSchema, QStringLiteral("root type must be object"));
    QString parseError;
    auto compiled = SchemaValidator::compile(schema, &parseError);
    if (!compiled)
        return makeError(Error::Code::InvalidSchema, parseError);
    if (out) {
        out->info.type = type;
        out->info.description = schema.value(QLatin1String("description")).toString();
        out->info.builtIn = false;
        out->info.schema = schema;
        out->validator = std::move(compiled);
    }
    return std::nullopt;
}

std::optional<EventCatalog::Error> EventCatalog::checkCustomType(const QString &type,
                                                                 const QJsonObject &schema)
{
    return compileCustom(type, schema, nullptr);
}

std::optional<EventCatalog::Error> EventCatalog::addCustomType(const QString &type,
                                                               const QJsonObject &schema)
{
    Custom c;
    if (auto error = compileCustom(type, schema, &c))
        return error;
    m_custom.insert(type, std::move(c));
    return std::nullopt;
}

std::optional<EventCatalog::Error> EventCatalog::registerCustomType(SettingsRepository &settings,
                                                                    const QString &type,
                                                                    const QJsonObject &schema)
{
    Custom c;
    if (auto error = compileCustom(type, schema, &c))
        return error;
    const QString json = QString::fromUtf8(QJsonDocument(schema).toJson(QJsonDocument::Compact));
    if (auto storeError = settings.setValue(QLatin1String(kSettingsScope), type, json))
        return makeError(Error::Code::StoreFailed, storeError->message);
    m_custom.insert(type, std::move(c));
    return std::nullopt;
}

std::optional<EventCatalog::Error> EventCatalog::unregisterCustomType(SettingsRepository &settings,
                                                                      const QString &type)
{
    if (isBuiltIn(type))
        return makeError(Error::Code::BuiltInType, type);
    const StoreResult<std::optional<QString>> stored =
        settings.value(QLatin1String(kSettingsScope), type);
    if (!stored)
        return makeError(Error::Code::StoreFailed, stored.error().message);
    if (!m_custom.contains(type) && !*stored)
        return makeError(Error::Code::UnknownType, type);
    if (auto storeError = settings.remove(QLatin1String(kSettingsScope), type))
        return makeError(Error::Code::StoreFailed, storeError->message);
    m_custom.remove(type);
    return std::nullopt;
}

QStringList EventCatalog::loadCustomTypes(const SettingsRepository &settings)
{
    QStringList skipped;
    const StoreResult<QHash<QString, QString>> read =
        settings.values(QLatin1String(kSettingsScope));
    if (!read) {
        qCWarning(lcEvents) << "cannot read the custom event types:" << read.error().message;
        return skipped;
    }
    const QHash<QString, QString> &stored = *read;
    for (auto it = stored.constBegin(); it != stored.constEnd(); ++it) {
        const QJsonDocument doc = QJsonDocument::fromJson(it.value().toUtf8());
        if (!doc.isObject() || addCustomType(it.key(), doc.object())) {
            qCWarning(lcEvents) << "skipping stored custom event type" << it.key();
            skipped.append(it.key());
        }
    }
    std::sort(skipped.begin(), skipped.end());
    return skipped;
}

} // namespace hookline
