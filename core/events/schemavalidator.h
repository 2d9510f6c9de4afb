#pragma once

#include "events/schemaviolation.h"

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <memory>

namespace hookline {

// A JSON Schema (draft 7) parsed once into valijson's representation. Immutable after compile(), so
// one instance can be shared by every thread; validation keeps its regex cache per thread.
class SchemaValidator
{
public:
    ~SchemaValidator();
    SchemaValidator(const SchemaValidator &) = delete;
    SchemaValidator &operator=(const SchemaValidator &) = delete;

    // Parses `schema`. Remote `$ref`s are refused. On failure returns null and, if `error` is
    // given, stores the parser's message there (for logs, not for users).
    static std::shared_ptr<const SchemaValidator> compile(const QJsonObject &schema,
                                                          QString *error = nullptr);

    // Every violation, leaf errors only (the "property X failed" wrappers are dropped when a more
    // precise error exists). Empty means valid. If the schema uses `pattern`, a string or key
    // longer than 4096 characters is refused up front as {path, "max_length"} (std::regex would
    // overflow the stack on it).
    QList<SchemaViolation> validate(const QJsonValue &value) const;
    // Parses `json` first; unparsable input gives a single {"", "invalid_json"} violation.
    QList<SchemaViolation> validate(const QByteArray &json) const;
    // Stops at the first violation: cheaper when only the verdict matters.
    bool isValid(const QJsonValue &value) const;

    const QJsonObject &schema() const { return m_source; }

private:
    struct Private;
    explicit SchemaValidator(std::unique_ptr<Private> d, QJsonObject source);

    std::unique_ptr<Private> d;
    QJsonObject m_source;
};

} // namespace hookline
