#include "config/endpointfields.h"

#include "config/templatereader.h"
#include "security/secretheaders.h"

#include <QJsonArray>

namespace hookline {

namespace {
using Code = ConfigError::Code;
using Field = EndpointValidator::Field;

QJsonValue urlJson(const QUrl &url)
{
    return url.isEmpty() ? QJsonValue(QJsonValue::Null)
                         : QJsonValue(url.toString(QUrl::FullyEncoded));
}

QJsonValue optionalInt(const std::optional<int> &v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

QJsonValue shownOptionalInt(const std::optional<int> &v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Undefined);
}

// Never a secret header's value: in a template the placeholder for the stored one, or
// "[redacted]" for a new one (so the diff shows a change without printing it).
QJsonValue templateHeaders(const Endpoint &e)
{
    QJsonArray headers;
    for (const HttpHeader &h : e.customHeaders) {
        if (!h.secret) {
            headers.append(
                QJsonObject{{QStringLiteral("name"), h.name}, {QStringLiteral("value"), h.value}});
            continue;
        }
        headers.append(QJsonObject{
            {QStringLiteral("name"), h.name},
            {QStringLiteral("value"), h.value.isEmpty() ? SecretHeaders::placeholder(h.name)
                                                        : QString(SecretHeaders::kRedacted)},
            {QStringLiteral("secret"), true}});
    }
    return headers;
}

QJsonValue shownHeaders(const Endpoint &e)
{
    QJsonArray headers;
    for (const HttpHeader &h : e.customHeaders) {
        QJsonObject header{
            {QStringLiteral("name"), h.name},
            {QStringLiteral("value"), h.secret ? QString(SecretHeaders::kRedacted) : h.value}};
        if (h.secret)
            header.insert(QStringLiteral("secret"), true);
        headers.append(header);
    }
    return headers;
}

QJsonValue intervalsJson(const RetryPolicy &r)
{
    if (r.usesDefaultIntervals())
        return QStringLiteral("default");
    QJsonArray list;
    for (auto s : r.intervals)
        list.append(static_cast<qint64>(s.count()));
    return list;
}

// A string setting parsed into an enum; an unknown word is an invalid value.
template<typename T, std::optional<T> (*parse)(const QString &)>
bool readEnum(TemplateReader &r, const QJsonValue &v, const QString &path, T *out)
{
    QString text;
    if (r.string(v, path, &text)) {
        if (const std::optional<T> parsed = parse(text.trimmed()))
            *out = *parsed;
        else
            r.fail(Code::InvalidValue, path, text);
    }
    return true;
}

bool readTrimmed(TemplateReader &r, const QJsonValue &v, const QString &path, QString *out)
{
    QString text;
    if (r.string(v, path, &text))
        *out = text.trimmed();
    return true;
}

const QList<EndpointField> &table()
{
    // clang-format off
    static const QList<EndpointField> fields = {
        {QStringLiteral("name"), Field::Name, true,
         [](const Endpoint &e) { return QJsonValue(e.name); }, nullptr,
         [](TemplateReader &r, const QJsonValue &v, const QString &p, Endpoint &e) {
             return readTrimmed(r, v, p, &e.name); },
         [](const Endpoint &f, Endpoint &t) { t.name = f.name; }},
        {QStringLiteral("url"), Field::Url, false,
         [](const Endpoint &e) { return urlJson(e.url); },
         [](const Endpoint &e) { return QJsonValue(e.url.toString(QUrl::FullyEncoded)); },
         [](TemplateReader &r, const QJsonValue &v, const QString &p, Endpoint &e) {
             r.url(v, p, &e.url, false);
             return true; },
         [](const Endpoint &f, Endpoint &t) { t.url = f.url; }},
        {QStringLiteral("method"), Field::Method, false,
         [](const Endpoint &e) { return QJsonValue(toString(e.method)); }, nullptr,
         [](TemplateReader &r, const QJsonValue &v, const QString &p, Endpoint &e) {
             return readEnum<HttpMethod, httpMethodFromString>(r, v, p, &e.method); },
         [](const Endpoint &f, Endpoint &t) { t.method = f.method; }},
        {QStringLiteral("events"), Field::EventPatterns, false,
         [](const Endpoint &e) { return QJsonValue(QJsonArray::fromStringList(e.eventPatterns)); },
         nullptr,
         [](TemplateReader &r, const QJsonValue &v, const QString &p, Endpoint &e) {
             QStringList patterns;
             if (r.stringList(v, p, &patterns)) {
                 e.eventPatterns.clear();
                 for (const QString &pattern : std::as_const(patterns)) {
                     const QString t = pattern.trimmed();
                     if (!t.isEmpty() && !e.eventPatterns.contains(t))
                         e.eventPatterns << t;
                 }
             }
             return true; },
         [](const Endpoint &f, Endpoint &t) { t.eventPatterns = f.eventPatterns; }},
        {QStringLiteral("headers"), Field::CustomHeaders, false, templateHeaders, shownHeaders,
         [](TemplateReader &r, const QJsonValue &v, const QString &p, Endpoint &e) {
             r.headers(v, p, e.customHeaders);
             return true; },
         [](const Endpoint &f, Endpoint &t) { t.customHeaders = f.customHeaders; }},
        {QStringLiteral("auth_header"), Field::AuthHeaderName, false,
         [](const Endpoint &e) { return QJsonValue(e.authHeaderName); }, nullptr,
         [](TemplateReader &r, const QJsonValue &v, const QString &p, Endpoint &e) {
             return readTrimmed(r, v, p, &e.authHeaderName); },
         [](const Endpoint &f, Endpoint &t) { t.authHeaderName = f.authHeaderName; }},
        {QStringLiteral("scheme"), std::nullopt, false,
         [](const Endpoint &e) { return QJsonValue(toString(e.signingScheme)); }, nullptr,
         [](TemplateReader &r, const QJsonValue &v, const QString &p, Endpoint &e) {
             return readEnum<SigningScheme, signingSchemeFromString>(r, v, p, &e.signingScheme); },
         [](const Endpoint &f, Endpoint &t) { t.signingScheme = f.signingScheme; }},
        {QStringLiteral("timeout_s"), Field::Timeout, false,
         [](const Endpoint &e) { return QJsonValue(e.timeoutSeconds); }, nullptr,
         [](TemplateReader &r, const QJsonValue &v, const QString &p, Endpoint &e) {
             r.integer(v, p, &e.timeoutSeconds);
             return true; },
         [](const Endpoint &f, Endpoint &t) { t.timeoutSeconds = f.timeoutSeconds; }},
        {QStringLiteral("retry.max_retries"), Field::MaxRetries, false,
         [](const Endpoint &e) { return QJsonValue(e.retryPolicy.maxRetries); }, nullptr,
         [](TemplateReader &r, const QJsonValue &v, const QString &p, Endpoint &e) {
             r.integer(v, p, &e.retryPolicy.maxRetries);
             return true; },
         [](const Endpoint &f, Endpoint &t) { t.retryPolicy.maxRetries = f.retryPolicy.maxRetries; }},
        {QStringLiteral("retry.intervals_s"), Field::RetryIntervals, false,
         [](const Endpoint &e) { return intervalsJson(e.retryPolicy); }, nullptr,
         [](TemplateReader &r, const QJsonValue &v, const QString &p, Endpoint &e) {
             return r.intervals(v, p, e.retryPolicy); },
         [](const Endpoint &f, Endpoint &t) { t.retryPolicy.intervals = f.retryPolicy.intervals; }},
        {QStringLiteral("retry.jitter_percent"), Field::Jitter, false,
         [](const Endpoint &e) { return QJsonValue(e.retryPolicy.jitterPercent); }, nullptr,
         [](TemplateReader &r, const QJsonValue &v, const QString &p, Endpoint &e) {
             r.integer(v, p, &e.retryPolicy.jitterPercent);
             return true; },
         [](const Endpoint &f, Endpoint &t) {
             t.retryPolicy.jitterPercent = f.retryPolicy.jitterPercent; }},
        {QStringLiteral("auto_pause.consecutive_failures"), std::nullopt, false,
         [](const Endpoint &e) { return optionalInt(e.autoPause.consecutiveFailures); },
         [](const Endpoint &e) { return shownOptionalInt(e.autoPause.consecutiveFailures); },
         [](TemplateReader &r, const QJsonValue &v, const QString &p, Endpoint &e) {
             r.optionalInteger(v, p, &e.autoPause.consecutiveFailures);
             return true; },
         [](const Endpoint &f, Endpoint &t) {
             t.autoPause.consecutiveFailures = f.autoPause.consecutiveFailures; }},
        {QStringLiteral("auto_pause.timeout_percent"), std::nullopt, false,
         [](const Endpoint &e) { return optionalInt(e.autoPause.timeoutPercent); },
         [](const Endpoint &e) { return shownOptionalInt(e.autoPause.timeoutPercent); },
         [](TemplateReader &r, const QJsonValue &v, const QString &p, Endpoint &e) {
             r.optionalInteger(v, p, &e.autoPause.timeoutPercent);
             return true; },
         [](const Endpoint &f, Endpoint &t) {
             t.autoPause.timeoutPercent = f.autoPause.timeoutPercent; }},
        {QStringLiteral("max_in_flight"), Field::MaxInFlight, false,
         [](const Endpoint &e) { return QJsonValue(e.maxInFlight); }, nullptr,
         [](TemplateReader &r, const QJsonValue &v, const QString &p, Endpoint &e) {
             r.integer(v, p, &e.maxInFlight);
             return true; },
         [](const Endpoint &f, Endpoint &t) { t.maxInFlight = f.maxInFlight; }},
        {QStringLiteral("rate_limit"), Field::RateLimit, false,
         [](const Endpoint &e) { return QJsonValue(e.rateLimitPerSecond); }, nullptr,
         [](TemplateReader &r, const QJsonValue &v, const QString &p, Endpoint &e) {
             if (v.isDouble())
                 e.rateLimitPerSecond = v.toDouble();
             else
                 r.fail(Code::WrongType, p, QStringLiteral("number"));
             return true; },
         [](const Endpoint &f, Endpoint &t) { t.rateLimitPerSecond = f.rateLimitPerSecond; }},
        {QStringLiteral("failover_url"), Field::FailoverUrl, false,
         [](const Endpoint &e) { return urlJson(e.failoverUrl); }, nullptr,
         [](TemplateReader &r, const QJsonValue &v, const QString &p, Endpoint &e) {
             r.url(v, p, &e.failoverUrl, true);
             return true; },
         [](const Endpoint &f, Endpoint &t) { t.failoverUrl = f.failoverUrl; }},
        {QStringLiteral("description"), std::nullopt, false,
         [](const Endpoint &e) { return QJsonValue(e.description); }, nullptr,
         [](TemplateReader &r, const QJsonValue &v, const QString &p, Endpoint &e) {
             r.string(v, p, &e.description);
             return true; },
         [](const Endpoint &f, Endpoint &t) { t.description = f.description; }},
        {QStringLiteral("tags"), std::nullopt, false,
         [](const Endpoint &e) { return QJsonValue(QJsonArray::fromStringList(e.tags)); },
         nullptr,
         [](TemplateReader &r, const QJsonValue &v, const QString &p, Endpoint &e) {
             r.stringList(v, p, &e.tags);
             return true; },
         [](const Endpoint &f, Endpoint &t) { t.tags = f.tags; }},
        {QStringLiteral("filter"), Field::FilterRules, false,
         [](const Endpoint &e) {
             return e.filterRules.isEmpty() ? QJsonValue(QJsonValue::Null)
                                            : QJsonValue(e.filterRules.toJson()); },
         nullptr,
         [](TemplateReader &r, const QJsonValue &v, const QString &p, Endpoint &e) {
             r.filter(v, p, e.filterRules);
             return true; },
         [](const Endpoint &f, Endpoint &t) { t.filterRules = f.filterRules; }},
    };
    // clang-format on
    return fields;
}

// The objects holding nested keys, and the validator field that points at the whole object.
const QList<QPair<QString, std::optional<Field>>> &groups()
{
    static const QList<QPair<QString, std::optional<Field>>> list = {
        {QStringLiteral("retry"), std::nullopt},
        {QStringLiteral("auto_pause"), Field::AutoPause},
    };
    return list;
}
} // namespace

const QList<EndpointField> &EndpointFields::all()
{
    return table();
}

const EndpointField *EndpointFields::find(const QString &key)
{
    for (const EndpointField &f : table()) {
        if (f.key == key)
            return &f;
    }
    return nullptr;
}

bool EndpointFields::isGroup(const QString &key)
{
    return std::any_of(groups().cbegin(), groups().cend(),
                       [&key](const auto &g) { return g.first == key; });
}

QList<QPair<QString, QJsonValue>> EndpointFields::values(const Endpoint &e)
{
    QList<QPair<QString, QJsonValue>> out;
    for (const EndpointField &f : table()) {
        if (!f.identity)
            out.append({f.key, f.value(e)});
    }
    return out;
}

QJsonObject EndpointFields::shown(const Endpoint &e)
{
    QJsonObject o;
    for (const EndpointField &f : table())
        insert(o, f.key, f.shownValue ? f.shownValue(e) : f.value(e));
    return o;
}

void EndpointFields::insert(QJsonObject &o, const QString &key, const QJsonValue &value)
{
    const qsizetype dot = key.indexOf(QLatin1Char('.'));
    if (dot < 0) {
        if (!value.isUndefined())
            o.insert(key, value);
        return;
    }
    // The group is written even when all its keys are left out: "auto_pause": {}.
    const QString top = key.left(dot);
    QJsonObject nested = o.value(top).toObject();
    if (!value.isUndefined())
        nested.insert(key.mid(dot + 1), value);
    o.insert(top, nested);
}

void EndpointFields::copy(const Endpoint &from, Endpoint &to)
{
    for (const EndpointField &f : table())
        f.copy(from, to);
}

QString EndpointFields::keyOf(EndpointValidator::Field field)
{
    for (const auto &[key, groupField] : groups()) {
        if (groupField == field)
            return key;
    }
    for (const EndpointField &f : table()) {
        if (f.validatorField == field)
            return f.key;
    }
    return {};
}

} // namespace hookline
