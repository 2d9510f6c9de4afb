#pragma once

#include "config/configerror.h"
#include "config/configtemplate.h"
#include "store/store.h"

#include <QJsonObject>
#include <QJsonValue>

namespace hookline {

// What applying a template would change in its environment, endpoint by endpoint and field by
// field. Computed read-only; ConfigApply recomputes it inside its transaction and refuses to act
// when the store moved on since the preview.
class ConfigDiff
{
public:
    enum class Kind
    {
        Create,
        Update,
        Delete, // only with "prune": true
        Unchanged,
    };

    struct FieldChange
    {
        QString field;     // flattened template key: "timeout_s", "retry.max_retries"
        QJsonValue before; // null for a create
        QJsonValue after;  // null for a delete
        friend bool operator==(const FieldChange &, const FieldChange &) = default;
    };

    struct Item
    {
        Kind kind = Kind::Unchanged;
        QString name;
        QString endpointId;     // the stored endpoint (update, delete, unchanged)
        int templateIndex = -1; // the template entry (create, update, unchanged)
        QList<FieldChange> changes;
        Endpoint target; // what EndpointService is given (create, update)

        bool sameChange(const Item &other) const
        {
            return kind == other.kind && name == other.name && endpointId == other.endpointId &&
                   templateIndex == other.templateIndex && changes == other.changes;
        }
    };

    // A failed read of the store is a Code::Store error in errors().
    static ConfigDiff compute(Store store, const ConfigTemplate &configTemplate);

    Environment environment() const { return m_template.environment(); }
    bool prune() const { return m_template.prune(); }
    const ConfigTemplate &configTemplate() const { return m_template; }
    // Template entries first (in template order), then deletions.
    const QList<Item> &items() const { return m_items; }
    // Stored endpoints missing from a template without "prune": they stay as they are.
    const QStringList &keptNames() const { return m_kept; }
    // Problems found against the store (destination policy, ambiguous names, a failed read):
    // nothing may apply.
    const QList<ConfigError> &errors() const { return m_errors; }

    bool ok() const { return m_errors.isEmpty(); }
    int count(Kind kind) const;
    bool hasChanges() const;
    bool sameChanges(const ConfigDiff &other) const;

    // The machine-readable form printed by `hooklinectl config import --json`.
    QJsonObject toJson() const;
    static QString toString(Kind kind); // "create" | "update" | "delete" | "unchanged"

private:
    ConfigTemplate m_template;
    QList<Item> m_items;
    QStringList m_kept;
    QList<ConfigError> m_errors;
};

} // namespace hookline
