#pragma once

#include "events/schemaviolation.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <memory>
#include <optional>

namespace hookline {

class SchemaValidator;
class SettingsRepository;

// Every event type Hookline knows: the built-in verification catalog (docs/product-contract.md
// "Events and the envelope", shipped as resources under :/hookline/events/) plus custom types
// registered at run time with their own schema. Built-in schemas are parsed once per process and
// shared; an instance is cheap to create. Reading is safe from several threads; registering is not
// (give each thread its own instance, or finish registering before sharing one).
class EventCatalog
{
public:
    struct Error
    {
        enum class Code
        {
            UnknownType,     // no built-in or registered type has this name
            InvalidTypeName, // not `<resource>.<action>` (Subscription::isValidEventType)
            BuiltInType,     // built-in types cannot be overridden or removed
            InvalidSchema,   // a custom schema is not a usable JSON Schema for an object
            StoreFailed,     // the settings store refused the write
        };
        Code code = Code::UnknownType;
        QString detail; // for logs: the parser's or driver's text, or the offending type

        // Callers act on the code; the detail text is not part of an error's identity.
        friend bool operator==(const Error &a, const Error &b) { return a.code == b.code; }
    };

    struct TypeInfo
    {
        QString type;
        QString description; // English source text; the UI translates built-in ones
        bool builtIn = false;
        QJsonObject schema; // self-contained (shared definitions included)
    };

    // The outcome of checking a payload: either an error about the type (unknown) or the schema
    // violations of the payload (empty = valid).
    struct Validation
    {
        std::optional<Error> error;
        QList<SchemaViolation> violations;
        bool isValid() const { return !error && violations.isEmpty(); }
    };

    static constexpr const char *kSettingsScope = "event_types";
    static constexpr const char *kApiVersion = "2026-11-01";

    EventCatalog();
    ~EventCatalog();
    EventCatalog(const EventCatalog &);
    EventCatalog &operator=(const EventCatalog &);

    static QStringList builtInTypes(); // catalog order
    static bool isBuiltIn(const QString &type);

    QStringList types() const; // built-ins in catalog order, then custom types sorted
    bool contains(const QString &type) const;
    std::optional<TypeInfo> info(const QString &type) const;
    std::shared_ptr<const SchemaValidator> validator(const QString &type) const;

    Validation validate(const QString &type, const QByteArray &payload) const;
    Validation validate(const QString &type, const QJsonObject &data) const;

    // In memory only (e.g. a test, or a type just read from the store).
    std::optional<Error> addCustomType(const QString &type, const QJsonObject &schema);
    // Checks, persists in `settings` (scope event_types, key = type, value = schema JSON), then
    // adds. Re-registering a custom type replaces its schema.
    std::optional<Error> registerCustomType(SettingsRepository &settings, const QString &type,
                                            const QJsonObject &schema);
    std::optional<Error> unregisterCustomType(SettingsRepository &settings, const QString &type);
    // Adds every persisted custom type. Returns the stored types that were skipped because their
    // name or schema is no longer acceptable (e.g. a built-in type of a newer catalog).
    QStringList loadCustomTypes(const SettingsRepository &settings);

    // Checks a custom type without registering it.
    static std::optional<Error> checkCustomType(const QString &type, const QJsonObject &schema);

private:
    struct Custom
    {
        TypeInfo info;
        std::shared_ptr<const SchemaValidator> validator;
    };
    static std::optional<Error> compileCustom(const QString &type, const QJsonObject &schema,
                                              Custom *out);

    QHash<QString, Custom> m_custom;
};

} // namespace hookline
