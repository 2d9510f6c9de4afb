#pragma once

#include "config/configerror.h"
#include "domain/endpoint.h"

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QSet>

namespace hookline {

// A bulk configuration template (docs/config-templates.md): one JSON document for one
// environment with shared defaults and per-endpoint overrides. Effective settings are the built-in
// defaults, then the template's "defaults", then the endpoint's own keys. Secrets are never part
// of a template.
class ConfigTemplate
{
public:
    static constexpr int kVersion = 1;

    struct Entry
    {
        int index = -1;     // position in "endpoints"
        QString name;       // the key matched against stored endpoints of the environment
        Endpoint settings;  // effective settings (no id, state or times)
        QSet<QString> keys; // the top-level keys the endpoint itself sets
    };

    // Reads and validates a template. Every problem found is appended to `errors` (they name JSON
    // paths); when any is, the template must not be applied.
    static ConfigTemplate parse(const QByteArray &json, QList<ConfigError> *errors);
    static ConfigTemplate parse(const QJsonObject &document, QList<ConfigError> *errors);

    Environment environment() const { return m_environment; }
    bool prune() const { return m_prune; }
    const QList<Entry> &endpoints() const { return m_endpoints; }

    // The settings a template controls, flattened ("retry.max_retries") in a stable order, with
    // the values as the template writes them. Used by the diff and the export.
    static QList<QPair<QString, QJsonValue>> fieldValues(const Endpoint &endpoint);
    // Copies every template-controlled setting of `from` onto `to` (keeps id, state, times).
    static void copySettings(const Endpoint &from, Endpoint &to);
    // One endpoint as a template entry: its name, its URL and the settings that differ from the
    // built-in defaults.
    static QJsonObject entryJson(const Endpoint &endpoint);
    // The top-level template key a validator field lives under ("timeout_s",
    // "retry.jitter_percent").
    static QString keyOf(EndpointValidator::Field field);

private:
    Environment m_environment = Environment::Sandbox;
    bool m_prune = false;
    QList<Entry> m_endpoints;
};

} // namespace hookline
