#include "config/configdiff.h"

#include "security/allowlist.h"
#include "security/destinationpolicy.h"
#include "security/secretheaders.h"
#include "store/endpointrepository.h"
#include "store/settingsrepository.h"

#include <QJsonArray>

namespace hookline {

namespace {
using Field = EndpointValidator::Field;

// A secret header that comes back as the placeholder (empty value) keeps the value stored for
// the endpoint; one the endpoint has no stored value for takes it from the environment variable
// SecretHeaders::variableName(), or the template is refused naming the header.
void resolveSecretHeaders(const ConfigTemplate::Entry &entry, const Endpoint *current,
                          Endpoint &target, QList<ConfigError> &errors)
{
    for (qsizetype i = 0; i < target.customHeaders.size(); ++i) {
        HttpHeader &h = target.customHeaders[i];
        if (!h.secret || !h.value.isEmpty())
            continue;
        const bool stored =
            current && std::any_of(current->customHeaders.cbegin(), current->customHeaders.cend(),
                                   [&h](const HttpHeader &c) {
                                       return c.secret &&
                                              c.name.compare(h.name, Qt::CaseInsensitive) == 0;
                                   });
        if (stored)
            continue;
        h.value = qEnvironmentVariable(qPrintable(SecretHeaders::variableName(h.name))).trimmed();
        if (h.value.isEmpty())
            errors << ConfigError{
                ConfigError::Code::SecretHeaderMissing,
                QStringLiteral("endpoints[%1].headers[%2]").arg(entry.index).arg(i), h.name,
                std::nullopt};
    }
}

QList<ConfigDiff::FieldChange> changesBetween(const Endpoint *before, const Endpoint *after)
{
    QList<ConfigDiff::FieldChange> changes;
    const auto old =
        before ? ConfigTemplate::fieldValues(*before) : QList<QPair<QString, QJsonValue>>();
    const auto now =
        after ? ConfigTemplate::fieldValues(*after) : QList<QPair<QString, QJsonValue>>();
    const qsizetype n = qMax(old.size(), now.size());
    for (qsizetype i = 0; i < n; ++i) {
        const QString field = i < now.size() ? now.at(i).first : old.at(i).first;
        const QJsonValue b = i < old.size() ? old.at(i).second : QJsonValue(QJsonValue::Null);
        const QJsonValue a = i < now.size() ? now.at(i).second : QJsonValue(QJsonValue::Null);
        if (!before || !after || a != b)
            changes << ConfigDiff::FieldChange{field, b, a};
    }
    return changes;
}
} // namespace

ConfigDiff ConfigDiff::compute(Store store, const ConfigTemplate &configTemplate)
{
    ConfigDiff diff;
    diff.m_template = configTemplate;
    const Environment env = configTemplate.environment();
    const StoreResult<QList<Endpoint>> read = EndpointRepository(store).list(env);
    if (!read) {
        diff.m_errors << ConfigError{ConfigError::Code::Store, QString(), read.error().message,
                                     std::nullopt};
        return diff;
    }
    const QList<Endpoint> &stored = *read;
    QMultiHash<QString, int> byName;
    for (qsizetype i = 0; i < stored.size(); ++i)
        byName.insert(stored.at(i).name, int(i));

    // The save-time destination check EndpointService makes, here for the preview: a template
    // that the apply would refuse is refused before anyone presses Apply.
    const StoreResult<Allowlist> allowlist = Allowlist::load(SettingsRepository(store), env);
    if (!allowlist) {
        diff.m_errors << ConfigError{ConfigError::Code::Store, QString(), allowlist.error().message,
                                     std::nullopt};
        return diff;
    }
    const DestinationPolicy policy(AddressClassifier::withSystemInterfaces());
    const auto checkDestination = [&](const ConfigTemplate::Entry &entry, Field field,
                                      const QUrl &url) {
        if (url.isEmpty())
            return;
        const DestinationPolicy::Verdict v = policy.checkWithoutLookup(url, *allowlist);
        if (v.decision != DestinationPolicy::Decision::Deny)
            return;
        const EndpointValidator::Error error{field, EndpointValidator::Code::DestinationDenied,
                                             hookline::toString(v.reason)};
        diff.m_errors << ConfigError{
            ConfigError::Code::Invalid,
            QStringLiteral("endpoints[%1].%2").arg(entry.index).arg(ConfigTemplate::keyOf(field)),
            error.detail, error};
    };

    QSet<QString> named;
    for (const ConfigTemplate::Entry &entry : configTemplate.endpoints()) {
        named.insert(entry.name);
        checkDestination(entry, Field::Url, entry.settings.url);
        checkDestination(entry, Field::FailoverUrl, entry.settings.failoverUrl);
        const QList<int> matches = byName.values(entry.name);
        Item item;
        item.name = entry.name;
        item.templateIndex = entry.index;
        if (matches.size() > 1) {
            diff.m_errors << ConfigError{ConfigError::Code::AmbiguousName,
                                         QStringLiteral("endpoints[%1].name").arg(entry.index),
                                         entry.name, std::nullopt};
            continue;
        }
        if (matches.isEmpty()) {
            item.kind = Kind::Create;
            item.target = entry.settings;
            item.target.environment = env;
            resolveSecretHeaders(entry, nullptr, item.target, diff.m_errors);
            item.changes = changesBetween(nullptr, &item.target);
        } else {
            const Endpoint &current = stored.at(matches.first());
            item.endpointId = current.id;
            item.target = current;
            ConfigTemplate::copySettings(entry.settings, item.target);
            resolveSecretHeaders(entry, &current, item.target, diff.m_errors);
            item.changes = changesBetween(&current, &item.target);
            item.kind = item.changes.isEmpty() ? Kind::Unchanged : Kind::Update;
        }
        diff.m_items << item;
    }

    for (const Endpoint &e : stored) {
        if (named.contains(e.name))
            continue;
        if (!configTemplate.prune()) {
            diff.m_kept << e.name;
            continue;
        }
        Item item;
        item.kind = Kind::Delete;
        item.name = e.name;
        item.endpointId = e.id;
        item.target = e;
        item.changes = changesBetween(&e, nullptr);
        diff.m_items << item;
    }
    return diff;
}

int ConfigDiff::count(Kind kind) const
{
    return int(std::count_if(m_items.begin(), m_items.end(),
                             [kind](const Item &i) { return i.kind == kind; }));
}

bool ConfigDiff::hasChanges() const
{
    return count(Kind::Create) + count(Kind::Update) + count(Kind::Delete) > 0;
}

bool ConfigDiff::sameChanges(const ConfigDiff &other) const
{
    if (m_items.size() != other.m_items.size() || m_kept != other.m_kept)
        return false;
    for (qsizetype i = 0; i < m_items.size(); ++i) {
        if (!m_items.at(i).sameChange(other.m_items.at(i)))
            return false;
    }
    return true;
}

QString ConfigDiff::toString(Kind kind)
{
    switch (kind) {
    case Kind::Create:
        return QStringLiteral("create");
    case Kind::Update:
        return QStringLiteral("update");
    case Kind::Delete:
        return QStringLiteral("delete");
    case Kind::Unchanged:
        return QStringLiteral("unchanged");
    }
    return {};
}

QJsonObject ConfigDiff::toJson() const
{
    QJsonArray items;
    for (const Item &item : m_items) {
        QJsonArray changes;
        for (const FieldChange &c : item.changes)
            changes.append(QJsonObject{{QStringLiteral("field"), c.field},
                                       {QStringLiteral("before"), c.before},
                                       {QStringLiteral("after"), c.after}});
        QJsonObject o{{QStringLiteral("action"), toString(item.kind)},
                      {QStringLiteral("name"), item.name},
                      {QStringLiteral("changes"), changes}};
        if (!item.endpointId.isEmpty())
            o.insert(QStringLiteral("id"), item.endpointId);
        items.append(o);
    }
    return QJsonObject{
        {QStringLiteral("environment"), hookline::toString(environment())},
        {QStringLiteral("prune"), prune()},
        {QStringLiteral("summary"),
         QJsonObject{{QStringLiteral("create"), count(Kind::Create)},
                     {QStringLiteral("update"), count(Kind::Update)},
                     {QStringLiteral("delete"), count(Kind::Delete)},
                     {QStringLiteral("unchanged"), count(Kind::Unchanged)},
                     {QStringLiteral("kept"), int(m_kept.size())}}},
        {QStringLiteral("endpoints"), items},
        {QStringLiteral("kept"), QJsonArray::fromStringList(m_kept)},
    };
}

} // namespace hookline
