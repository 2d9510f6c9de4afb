#pragma once

#include "domain/endpoint.h"
#include "domain/endpointvalidator.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>
#include <optional>

namespace hookline {

class TemplateReader;

// The one table of an endpoint's settings as JSON: for each, its key ("timeout_s",
// "retry.max_retries"), how it is written, read (parsed and validated into the field), copied, and
// which EndpointValidator field reports its errors. EndpointJson (`hooklinectl --json`, the audit
// details), the configuration template's reader, writer and diff all go through it, so a new
// setting is added here once.
struct EndpointField
{
    QString key; // flattened: "retry.max_retries" lives at {"retry": {"max_retries": …}}
    std::optional<EndpointValidator::Field> validatorField;
    // The name: the key a template entry is matched on, so not a setting the diff compares and
    // not one "defaults" may set.
    bool identity = false;
    // As a template and the diff write it (null for "not set").
    QJsonValue (*value)(const Endpoint &e) = nullptr;
    // As EndpointJson shows it, when it differs from `value`; undefined leaves the key out.
    QJsonValue (*shownValue)(const Endpoint &e) = nullptr;
    // Parses `v` into the field, reporting problems at `path`; false stops reading the rest of
    // its group (a retry interval list that could not be read).
    bool (*read)(TemplateReader &reader, const QJsonValue &v, const QString &path,
                 Endpoint &e) = nullptr;
    void (*copy)(const Endpoint &from, Endpoint &to) = nullptr;
};

class EndpointFields
{
public:
    static const QList<EndpointField> &all();
    static const EndpointField *find(const QString &key);
    // The objects that hold nested keys ("retry", "auto_pause").
    static bool isGroup(const QString &key);

    // The template-controlled settings (all but the name) in table order, as written.
    static QList<QPair<QString, QJsonValue>> values(const Endpoint &e);
    // Every setting as EndpointJson shows it, nested.
    static QJsonObject shown(const Endpoint &e);
    // Puts a flattened key's value into `o`, creating its group object.
    static void insert(QJsonObject &o, const QString &key, const QJsonValue &value);
    static void copy(const Endpoint &from, Endpoint &to);
    // The key a validator field's errors point at ("timeout_s", "retry.jitter_percent",
    // "auto_pause").
    static QString keyOf(EndpointValidator::Field field);
};

} // namespace hookline
