#pragma once

#include <QMetaType>
#include <QString>

namespace hookline {

// One reason a JSON value does not satisfy a schema. `path` is a JSON Pointer into the validated
// value ("" for the root, "/document/country"); for a missing property it names the property that
// is missing. `reason` is a short machine-readable code: required, type, enum, const, pattern,
// minimum, maximum, min_length, max_length, min_items, max_items, unique_items,
// additional_property, min_properties, max_properties, multiple_of, format, any_of, one_of, not,
// contains, dependency, condition, invalid_json, schema.
struct SchemaViolation
{
    QString path;
    QString reason;

    friend bool operator==(const SchemaViolation &, const SchemaViolation &) = default;
};

} // namespace hookline

Q_DECLARE_METATYPE(hookline::SchemaViolation)
