#include "config/configtemplate.h"

#include "config/endpointfields.h"
#include "config/templatereader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace hookline {

namespace {
using Code = ConfigError::Code;

using Reader = TemplateReader;

const QString kName = QStringLiteral("name");
const QString kUrl = QStringLiteral("url");

// Where a validator error points: at the endpoint's own key when it sets it, else at the shared
// default that produced the value, else at the endpoint (a built-in default or a missing key).
QString validationPath(const ConfigTemplate::Entry &entry, const QSet<QString> &defaultKeys,
                       EndpointValidator::Field field)
{
    const QString key = ConfigTemplate::keyOf(field);
    const QString top = key.section(QLatin1Char('.'), 0, 0);
    const QString endpointPath = QStringLiteral("endpoints[%1].%2").arg(entry.index).arg(key);
    if (entry.keys.contains(top))
        return endpointPath;
    if (defaultKeys.contains(top))
        return QStringLiteral("defaults.") + key;
    return endpointPath;
}
} // namespace

QString ConfigTemplate::keyOf(EndpointValidator::Field field)
{
    return EndpointFields::keyOf(field);
}

ConfigTemplate ConfigTemplate::parse(const QByteArray &json, QList<ConfigError> *errors)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // The offset as a line number: what a person looks for in an editor.
        const int line = int(json.left(parseError.offset).count('\n')) + 1;
        *errors << ConfigError{
            Code::InvalidJson, QString(),
            QStringLiteral("%1 (line %2)").arg(parseError.errorString()).arg(line), std::nullopt};
        return {};
    }
    if (!doc.isObject()) {
        *errors << ConfigError{Code::NotAnObject, QString(), {}, std::nullopt};
        return {};
    }
    return parse(doc.object(), errors);
}

ConfigTemplate ConfigTemplate::parse(const QJsonObject &doc, QList<ConfigError> *errors)
{
    ConfigTemplate t;
    Reader reader(*errors);

    for (auto it = doc.begin(); it != doc.end(); ++it) {
        static const QStringList known = {QStringLiteral("version"), QStringLiteral("environment"),
                                          QStringLiteral("prune"), QStringLiteral("defaults"),
                                          QStringLiteral("endpoints")};
        if (!known.contains(it.key()))
            reader.unknown(it.key(), it.key());
    }

    const QJsonValue version = doc.value(QStringLiteral("version"));
    if (version.isUndefined()) {
        reader.fail(Code::Required, QStringLiteral("version"));
    } else {
        int v = 0;
        if (reader.integer(version, QStringLiteral("version"), &v) && v != kVersion)
            reader.fail(Code::UnsupportedVersion, QStringLiteral("version"), QString::number(v));
    }

    const QJsonValue env = doc.value(QStringLiteral("environment"));
    QString envText;
    if (env.isUndefined()) {
        reader.fail(Code::Required, QStringLiteral("environment"));
    } else if (reader.string(env, QStringLiteral("environment"), &envText)) {
        if (const auto e = environmentFromString(envText))
            t.m_environment = *e;
        else
            reader.fail(Code::InvalidValue, QStringLiteral("environment"), envText);
    }

    const QJsonValue prune = doc.value(QStringLiteral("prune"));
    if (!prune.isUndefined()) {
        if (prune.isBool())
            t.m_prune = prune.toBool();
        else
            reader.fail(Code::WrongType, QStringLiteral("prune"), QStringLiteral("boolean"));
    }

    // The template's defaults over the built-in ones, the base of every entry.
    Endpoint base;
    base.environment = t.m_environment;
    QSet<QString> defaultKeys;
    const QJsonValue defaults = doc.value(QStringLiteral("defaults"));
    if (!defaults.isUndefined()) {
        if (!defaults.isObject()) {
            reader.fail(Code::WrongType, QStringLiteral("defaults"), QStringLiteral("object"));
        } else {
            const QJsonObject o = defaults.toObject();
            reader.settings(o, QStringLiteral("defaults"), false, base);
            for (auto it = o.begin(); it != o.end(); ++it)
                defaultKeys.insert(it.key());
        }
    }

    const QJsonValue endpoints = doc.value(QStringLiteral("endpoints"));
    if (endpoints.isUndefined()) {
        reader.fail(Code::Required, QStringLiteral("endpoints"));
    } else if (!endpoints.isArray()) {
        reader.fail(Code::WrongType, QStringLiteral("endpoints"), QStringLiteral("array"));
    } else {
        const QJsonArray array = endpoints.toArray();
        QHash<QString, int> seen;
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString prefix = QStringLiteral("endpoints[%1]").arg(i);
            if (!array.at(i).isObject()) {
                reader.fail(Code::WrongType, prefix, QStringLiteral("object"));
                continue;
            }
            const QJsonObject o = array.at(i).toObject();
            Entry entry;
            entry.index = int(i);
            entry.settings = base;
            const qsizetype errorsBefore = errors->size();
            reader.settings(o, prefix, true, entry.settings);
            for (auto it = o.begin(); it != o.end(); ++it)
                entry.keys.insert(it.key());
            entry.name = entry.settings.name;
            if (!o.contains(kName))
                reader.fail(Code::Required, Reader::join(prefix, kName));
            if (!o.contains(kUrl) && !defaultKeys.contains(kUrl))
                reader.fail(Code::Required, Reader::join(prefix, kUrl));
            if (!entry.name.isEmpty()) {
                if (seen.contains(entry.name))
                    reader.fail(Code::DuplicateName, Reader::join(prefix, kName), entry.name);
                seen.insert(entry.name, int(i));
            }
            // Values that could not be read would be validated as their defaults: misleading.
            if (errors->size() == errorsBefore) {
                for (const EndpointValidator::Error &v :
                     EndpointValidator::validate(entry.settings)) {
                    const ConfigError e{Code::Invalid, validationPath(entry, defaultKeys, v.field),
                                        v.detail, v};
                    if (!errors->contains(e))
                        *errors << e;
                }
            }
            t.m_endpoints << entry;
        }
    }
    return t;
}

QList<QPair<QString, QJsonValue>> ConfigTemplate::fieldValues(const Endpoint &e)
{
    return EndpointFields::values(e);
}

void ConfigTemplate::copySettings(const Endpoint &from, Endpoint &to)
{
    EndpointFields::copy(from, to);
}

QJsonObject ConfigTemplate::entryJson(const Endpoint &e)
{
    const QList<QPair<QString, QJsonValue>> builtIn = fieldValues(Endpoint{});
    const QList<QPair<QString, QJsonValue>> values = fieldValues(e);
    QJsonObject o{{kName, e.name}};
    for (qsizetype i = 0; i < values.size(); ++i) {
        const auto &[key, value] = values.at(i);
        if (key != kUrl && value == builtIn.at(i).second)
            continue;
        EndpointFields::insert(o, key, value);
    }
    return o;
}

} // namespace hookline
