#include "config/configtemplate.h"

#include "security/secretheaders.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <cmath>
#include <limits>

namespace hookline {

namespace {
using Code = ConfigError::Code;
using Field = EndpointValidator::Field;

const QString kName = QStringLiteral("name");
const QString kUrl = QStringLiteral("url");
const QString kMethod = QStringLiteral("method");
const QString kEvents = QStringLiteral("events");
const QString kHeaders = QStringLiteral("headers");
const QString kAuthHeader = QStringLiteral("auth_header");
const QString kScheme = QStringLiteral("scheme");
const QString kTimeout = QStringLiteral("timeout_s");
const QString kRetry = QStringLiteral("retry");
const QString kMaxRetries = QStringLiteral("max_retries");
const QString kIntervals = QStringLiteral("intervals_s");
const QString kJitter = QStringLiteral("jitter_percent");
const QString kAutoPause = QStringLiteral("auto_pause");
const QString kConsecutive = QStringLiteral("consecutive_failures");
const QString kTimeoutPercent = QStringLiteral("timeout_percent");
const QString kMaxInFlight = QStringLiteral("max_in_flight");
const QString kRateLimit = QStringLiteral("rate_limit");
const QString kFailover = QStringLiteral("failover_url");
const QString kDescription = QStringLiteral("description");
const QString kTags = QStringLiteral("tags");
const QString kFilter = QStringLiteral("filter");
const QString kSecretFlag = QStringLiteral("secret"); // in a header object

// Keys that would carry a secret: refused by name, so a secret pasted into a template is never
// read, diffed, printed or stored.
bool isSecretKey(const QString &key)
{
    static const QStringList keys = {
        QStringLiteral("auth_token"), QStringLiteral("token"),
        QStringLiteral("secret"),     QStringLiteral("secrets"),
        QStringLiteral("whsec"),      QStringLiteral("webhook_secret"),
        QStringLiteral("password"),   QStringLiteral("signing_secret"),
    };
    return keys.contains(key.toLower());
}

QString join(const QString &prefix, const QString &key)
{
    return prefix.isEmpty() ? key : prefix + QLatin1Char('.') + key;
}

class Reader
{
public:
    explicit Reader(QList<ConfigError> &errors)
        : m_errors(errors)
    {}

    void fail(Code code, const QString &path, const QString &detail = {})
    {
        const ConfigError e{code, path, detail, std::nullopt};
        if (!m_errors.contains(e))
            m_errors << e;
    }

    bool string(const QJsonValue &v, const QString &path, QString *out)
    {
        if (!v.isString()) {
            fail(Code::WrongType, path, QStringLiteral("string"));
            return false;
        }
        *out = v.toString();
        return true;
    }

    bool integer(const QJsonValue &v, const QString &path, int *out)
    {
        const double d = v.toDouble();
        if (!v.isDouble() || std::floor(d) != d || d < std::numeric_limits<int>::min() ||
            d > std::numeric_limits<int>::max()) {
            fail(Code::WrongType, path, QStringLiteral("integer"));
            return false;
        }
        *out = int(d);
        return true;
    }

    bool stringList(const QJsonValue &v, const QString &path, QStringList *out)
    {
        if (!v.isArray()) {
            fail(Code::WrongType, path, QStringLiteral("array of strings"));
            return false;
        }
        QStringList list;
        const QJsonArray array = v.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (!array.at(i).isString()) {
                fail(Code::WrongType, QStringLiteral("%1[%2]").arg(path).arg(i),
                     QStringLiteral("string"));
                return false;
            }
            list << array.at(i).toString();
        }
        *out = list;
        return true;
    }

    bool url(const QJsonValue &v, const QString &path, QUrl *out, bool nullable)
    {
        if (nullable && v.isNull()) {
            *out = QUrl();
            return true;
        }
        QString text;
        if (!string(v, path, &text))
            return false;
        text = text.trimmed();
        *out = text.isEmpty() ? QUrl() : QUrl(text, QUrl::StrictMode);
        return true;
    }

    void retry(const QJsonValue &v, const QString &path, RetryPolicy &r)
    {
        if (!v.isObject()) {
            fail(Code::WrongType, path, QStringLiteral("object"));
            return;
        }
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            const QString p = join(path, it.key());
            if (it.key() == kMaxRetries) {
                integer(*it, p, &r.maxRetries);
            } else if (it.key() == kJitter) {
                integer(*it, p, &r.jitterPercent);
            } else if (it.key() == kIntervals) {
                if (it->isString() && it->toString() == QLatin1String("default")) {
                    r.intervals.clear();
                } else if (it->isArray()) {
                    QList<std::chrono::seconds> intervals;
                    const QJsonArray array = it->toArray();
                    for (qsizetype i = 0; i < array.size(); ++i) {
                        int s = 0;
                        if (!integer(array.at(i), QStringLiteral("%1[%2]").arg(p).arg(i), &s))
                            return;
                        intervals << std::chrono::seconds(s);
                    }
                    r.intervals = intervals;
                } else {
                    fail(Code::WrongType, p, QStringLiteral("\"default\" or array of integers"));
                }
            } else {
                unknown(it.key(), p);
            }
        }
    }

    void autoPause(const QJsonValue &v, const QString &path, AutoPausePolicy &a)
    {
        if (!v.isObject()) {
            fail(Code::WrongType, path, QStringLiteral("object"));
            return;
        }
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            const QString p = join(path, it.key());
            std::optional<int> *target = it.key() == kConsecutive      ? &a.consecutiveFailures
                                         : it.key() == kTimeoutPercent ? &a.timeoutPercent
                                                                       : nullptr;
            if (!target) {
                unknown(it.key(), p);
                continue;
            }
            int n = 0;
            if (it->isNull())
                target->reset();
            else if (integer(*it, p, &n))
                *target = n;
        }
    }

    void headers(const QJsonValue &v, const QString &path, QList<HttpHeader> &out)
    {
        if (!v.isArray()) {
            fail(Code::WrongType, path, QStringLiteral("array of {\"name\", \"value\"} objects"));
            return;
        }
        QList<HttpHeader> list;
        const QJsonArray array = v.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString p = QStringLiteral("%1[%2]").arg(path).arg(i);
            if (!array.at(i).isObject()) {
                fail(Code::WrongType, p, QStringLiteral("object"));
                return;
            }
            const QJsonObject o = array.at(i).toObject();
            HttpHeader h;
            bool ok = true;
            std::optional<bool> secret;
            for (auto it = o.begin(); it != o.end(); ++it) {
                if (it.key() == kName) {
                    ok = string(*it, join(p, kName), &h.name) && ok;
                } else if (it.key() == QLatin1String("value")) {
                    ok = string(*it, join(p, QStringLiteral("value")), &h.value) && ok;
                } else if (it.key() == kSecretFlag) {
                    // A flag, not a secret: the one "secret" key a template may carry.
                    if (it->isBool())
                        secret = it->toBool();
                    else {
                        fail(Code::WrongType, join(p, kSecretFlag), QStringLiteral("boolean"));
                        ok = false;
                    }
                } else {
                    ok = unknown(it.key(), join(p, it.key())) && ok;
                }
            }
            if (!o.contains(kName)) {
                fail(Code::Required, join(p, kName));
                ok = false;
            }
            if (!ok)
                return;
            h.name = h.name.trimmed();
            h.value = h.value.trimmed();
            h.secret = secret.value_or(SecretHeaders::isSecretByDefault(h.name));
            // The export's placeholder (or a redacted value) means "the stored value";
            // ConfigDiff keeps it or asks for one.
            if (h.secret && (SecretHeaders::isPlaceholder(h.name, h.value) ||
                             h.value == SecretHeaders::kRedacted))
                h.value.clear();
            list << h;
        }
        out = list;
    }

    // The same {mode, rules} object (or bare array of rules) as `endpoint add --filter`; null
    // removes the filter.
    void filter(const QJsonValue &v, const QString &path, FilterRules &out)
    {
        if (v.isNull()) {
            out = FilterRules();
            return;
        }
        if (!v.isObject() && !v.isArray()) {
            fail(Code::WrongType, path, QStringLiteral("object with \"mode\" and \"rules\""));
            return;
        }
        const QByteArray json = v.isObject()
                                    ? QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact)
                                    : QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact);
        QList<FilterRules::Error> errors;
        if (const std::optional<FilterRules> parsed = FilterRules::parse(json, &errors)) {
            out = *parsed;
            return;
        }
        for (const FilterRules::Error &e : std::as_const(errors)) {
            const QString where = e.rule < 0 ? path
                                             : (v.isObject() ? QStringLiteral("%1.rules[%2]")
                                                             : QStringLiteral("%1[%2]"))
                                                   .arg(path)
                                                   .arg(e.rule);
            fail(Code::InvalidValue, where,
                 FilterRules::codeName(e.code) +
                     (e.detail.isEmpty() ? QString() : QStringLiteral(": ") + e.detail));
        }
    }

    bool unknown(const QString &key, const QString &path)
    {
        fail(isSecretKey(key) ? Code::SecretNotAllowed : Code::UnknownField, path, key);
        return false;
    }

    // Applies one settings object ("defaults" or an endpoint) onto `e`.
    void settings(const QJsonObject &o, const QString &prefix, bool isEndpoint, Endpoint &e)
    {
        for (auto it = o.begin(); it != o.end(); ++it) {
            const QString &key = it.key();
            const QJsonValue &v = *it;
            const QString path = join(prefix, key);
            QString text;
            if (key == kName && isEndpoint) {
                if (string(v, path, &text))
                    e.name = text.trimmed();
            } else if (key == kUrl) {
                url(v, path, &e.url, false);
            } else if (key == kMethod) {
                if (string(v, path, &text)) {
                    if (const auto m = httpMethodFromString(text.trimmed()))
                        e.method = *m;
                    else
                        fail(Code::InvalidValue, path, text);
                }
            } else if (key == kEvents) {
                QStringList patterns;
                if (stringList(v, path, &patterns)) {
                    e.eventPatterns.clear();
                    for (const QString &p : std::as_const(patterns)) {
                        const QString t = p.trimmed();
                        if (!t.isEmpty() && !e.eventPatterns.contains(t))
                            e.eventPatterns << t;
                    }
                }
            } else if (key == kHeaders) {
                headers(v, path, e.customHeaders);
            } else if (key == kAuthHeader) {
                if (string(v, path, &text))
                    e.authHeaderName = text.trimmed();
            } else if (key == kScheme) {
                if (string(v, path, &text)) {
                    if (const auto s = signingSchemeFromString(text.trimmed()))
                        e.signingScheme = *s;
                    else
                        fail(Code::InvalidValue, path, text);
                }
            } else if (key == kTimeout) {
                integer(v, path, &e.timeoutSeconds);
            } else if (key == kRetry) {
                retry(v, path, e.retryPolicy);
            } else if (key == kAutoPause) {
                autoPause(v, path, e.autoPause);
            } else if (key == kMaxInFlight) {
                integer(v, path, &e.maxInFlight);
            } else if (key == kRateLimit) {
                if (v.isDouble())
                    e.rateLimitPerSecond = v.toDouble();
                else
                    fail(Code::WrongType, path, QStringLiteral("number"));
            } else if (key == kFailover) {
                url(v, path, &e.failoverUrl, true);
            } else if (key == kDescription) {
                if (string(v, path, &text))
                    e.description = text;
            } else if (key == kTags) {
                stringList(v, path, &e.tags);
            } else if (key == kFilter) {
                filter(v, path, e.filterRules);
            } else {
                unknown(key, path);
            }
        }
    }

private:
    QList<ConfigError> &m_errors;
};

QJsonValue urlJson(const QUrl &url)
{
    return url.isEmpty() ? QJsonValue(QJsonValue::Null)
                         : QJsonValue(url.toString(QUrl::FullyEncoded));
}

QJsonValue optionalInt(const std::optional<int> &v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

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
    switch (field) {
    case Field::Name:
        return kName;
    case Field::Url:
        return kUrl;
    case Field::Method:
        return kMethod;
    case Field::Timeout:
        return kTimeout;
    case Field::EventPatterns:
        return kEvents;
    case Field::MaxRetries:
        return join(kRetry, kMaxRetries);
    case Field::RetryIntervals:
        return join(kRetry, kIntervals);
    case Field::Jitter:
        return join(kRetry, kJitter);
    case Field::MaxInFlight:
        return kMaxInFlight;
    case Field::RateLimit:
        return kRateLimit;
    case Field::FailoverUrl:
        return kFailover;
    case Field::CustomHeaders:
        return kHeaders;
    case Field::AuthHeaderName:
        return kAuthHeader;
    case Field::AutoPause:
        return kAutoPause;
    case Field::FilterRules:
        return kFilter;
    }
    return {};
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
                reader.fail(Code::Required, join(prefix, kName));
            if (!o.contains(kUrl) && !defaultKeys.contains(kUrl))
                reader.fail(Code::Required, join(prefix, kUrl));
            if (!entry.name.isEmpty()) {
                if (seen.contains(entry.name))
                    reader.fail(Code::DuplicateName, join(prefix, kName), entry.name);
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
    QJsonArray headers;
    for (const HttpHeader &h : e.customHeaders) {
        if (!h.secret) {
            headers.append(QJsonObject{{kName, h.name}, {QStringLiteral("value"), h.value}});
            continue;
        }
        // Never the value: the placeholder for the stored one, "[redacted]" for a new one (so
        // the diff shows a change without printing it).
        headers.append(QJsonObject{
            {kName, h.name},
            {QStringLiteral("value"), h.value.isEmpty() ? SecretHeaders::placeholder(h.name)
                                                        : QString(SecretHeaders::kRedacted)},
            {kSecretFlag, true}});
    }
    QJsonValue intervals(QStringLiteral("default"));
    if (!e.retryPolicy.usesDefaultIntervals()) {
        QJsonArray list;
        for (auto s : e.retryPolicy.intervals)
            list.append(static_cast<qint64>(s.count()));
        intervals = list;
    }
    return {
        {kUrl, urlJson(e.url)},
        {kMethod, toString(e.method)},
        {kEvents, QJsonArray::fromStringList(e.eventPatterns)},
        {kHeaders, headers},
        {kAuthHeader, e.authHeaderName},
        {kScheme, toString(e.signingScheme)},
        {kTimeout, e.timeoutSeconds},
        {join(kRetry, kMaxRetries), e.retryPolicy.maxRetries},
        {join(kRetry, kIntervals), intervals},
        {join(kRetry, kJitter), e.retryPolicy.jitterPercent},
        {join(kAutoPause, kConsecutive), optionalInt(e.autoPause.consecutiveFailures)},
        {join(kAutoPause, kTimeoutPercent), optionalInt(e.autoPause.timeoutPercent)},
        {kMaxInFlight, e.maxInFlight},
        {kRateLimit, e.rateLimitPerSecond},
        {kFailover, urlJson(e.failoverUrl)},
        {kDescription, e.description},
        {kTags, QJsonArray::fromStringList(e.tags)},
        {kFilter, e.filterRules.isEmpty() ? QJsonValue(QJsonValue::Null)
                                          : QJsonValue(e.filterRules.toJson())},
    };
}

void ConfigTemplate::copySettings(const Endpoint &from, Endpoint &to)
{
    to.name = from.name;
    to.url = from.url;
    to.method = from.method;
    to.eventPatterns = from.eventPatterns;
    to.customHeaders = from.customHeaders;
    to.authHeaderName = from.authHeaderName;
    to.signingScheme = from.signingScheme;
    to.timeoutSeconds = from.timeoutSeconds;
    to.retryPolicy = from.retryPolicy;
    to.autoPause = from.autoPause;
    to.maxInFlight = from.maxInFlight;
    to.rateLimitPerSecond = from.rateLimitPerSecond;
    to.failoverUrl = from.failoverUrl;
    to.filterRules = from.filterRules;
    to.description = from.description;
    to.tags = from.tags;
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
        const QString top = key.section(QLatin1Char('.'), 0, 0);
        const QString sub = key.section(QLatin1Char('.'), 1);
        if (sub.isEmpty()) {
            o.insert(key, value);
        } else {
            QJsonObject nested = o.value(top).toObject();
            nested.insert(sub, value);
            o.insert(top, nested);
        }
    }
    return o;
}

} // namespace hookline
