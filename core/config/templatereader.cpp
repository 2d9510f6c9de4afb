#include "config/templatereader.h"

#include "config/endpointfields.h"
#include "security/secretheaders.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <cmath>
#include <limits>

namespace hookline {

namespace {
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

} // namespace

QString TemplateReader::join(const QString &prefix, const QString &key)
{
    return prefix.isEmpty() ? key : prefix + QLatin1Char('.') + key;
}

void TemplateReader::fail(Code code, const QString &path, const QString &detail)
{
    const ConfigError e{code, path, detail, std::nullopt};
    if (!m_errors.contains(e))
        m_errors << e;
}

bool TemplateReader::string(const QJsonValue &v, const QString &path, QString *out)
{
    if (!v.isString()) {
        fail(Code::WrongType, path, QStringLiteral("string"));
        return false;
    }
    *out = v.toString();
    return true;
}

bool TemplateReader::integer(const QJsonValue &v, const QString &path, int *out)
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

bool TemplateReader::stringList(const QJsonValue &v, const QString &path, QStringList *out)
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

bool TemplateReader::url(const QJsonValue &v, const QString &path, QUrl *out, bool nullable)
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

bool TemplateReader::intervals(const QJsonValue &v, const QString &path, RetryPolicy &r)
{
    if (v.isString() && v.toString() == QLatin1String("default")) {
        r.intervals.clear();
    } else if (v.isArray()) {
        QList<std::chrono::seconds> intervals;
        const QJsonArray array = v.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            int s = 0;
            if (!integer(array.at(i), QStringLiteral("%1[%2]").arg(path).arg(i), &s))
                return false;
            intervals << std::chrono::seconds(s);
        }
        r.intervals = intervals;
    } else {
        fail(Code::WrongType, path, QStringLiteral("\"default\" or array of integers"));
    }
    return true;
}

void TemplateReader::optionalInteger(const QJsonValue &v, const QString &path,
                                     std::optional<int> *out)
{
    int n = 0;
    if (v.isNull())
        out->reset();
    else if (integer(v, path, &n))
        *out = n;
}

void TemplateReader::headers(const QJsonValue &v, const QString &path, QList<HttpHeader> &out)
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
            if (it.key() == QStringLiteral("name")) {
                ok = string(*it, join(p, QStringLiteral("name")), &h.name) && ok;
            } else if (it.key() == QLatin1String("value")) {
                ok = string(*it, join(p, QStringLiteral("value")), &h.value) && ok;
            } else if (it.key() == QStringLiteral("secret")) {
                // A flag, not a secret: the one "secret" key a template may carry.
                if (it->isBool())
                    secret = it->toBool();
                else {
                    fail(Code::WrongType, join(p, QStringLiteral("secret")),
                         QStringLiteral("boolean"));
                    ok = false;
                }
            } else {
                ok = unknown(it.key(), join(p, it.key())) && ok;
            }
        }
        if (!o.contains(QStringLiteral("name"))) {
            fail(Code::Required, join(p, QStringLiteral("name")));
            ok = false;
        }
        if (!ok)
            return;
        h.name = h.name.trimmed();
        h.value = h.value.trimmed();
        h.secret = secret.value_or(SecretHeaders::isSecretByDefault(h.name));
        // The export's placeholder (or a redacted value) means "the stored value";
        // ConfigDiff keeps it or asks for one.
        if (h.secret &&
            (SecretHeaders::isPlaceholder(h.name, h.value) || h.value == SecretHeaders::kRedacted))
            h.value.clear();
        list << h;
    }
    out = list;
}

// The same {mode, rules} object (or bare array of rules) as `endpoint add --filter`; null
// removes the filter.
void TemplateReader::filter(const QJsonValue &v, const QString &path, FilterRules &out)
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
        const QString where =
            e.rule < 0 ? path
                       : (v.isObject() ? QStringLiteral("%1.rules[%2]") : QStringLiteral("%1[%2]"))
                             .arg(path)
                             .arg(e.rule);
        fail(Code::InvalidValue, where,
             FilterRules::codeName(e.code) +
                 (e.detail.isEmpty() ? QString() : QStringLiteral(": ") + e.detail));
    }
}

bool TemplateReader::unknown(const QString &key, const QString &path)
{
    fail(isSecretKey(key) ? Code::SecretNotAllowed : Code::UnknownField, path, key);
    return false;
}

void TemplateReader::settings(const QJsonObject &o, const QString &prefix, bool isEndpoint,
                              Endpoint &e)
{
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QString path = join(prefix, it.key());
        if (EndpointFields::isGroup(it.key())) {
            group(it.key(), *it, path, e);
            continue;
        }
        const EndpointField *field = EndpointFields::find(it.key());
        if (!field || (field->identity && !isEndpoint))
            unknown(it.key(), path);
        else
            field->read(*this, *it, path, e);
    }
}

// A nested object ("retry", "auto_pause"): its keys are read one by one as the table's
// "group.key" rows.
void TemplateReader::group(const QString &key, const QJsonValue &v, const QString &path,
                           Endpoint &e)
{
    if (!v.isObject()) {
        fail(Code::WrongType, path, QStringLiteral("object"));
        return;
    }
    const QJsonObject o = v.toObject();
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QString p = join(path, it.key());
        const EndpointField *field = EndpointFields::find(join(key, it.key()));
        if (!field) {
            unknown(it.key(), p);
            continue;
        }
        if (!field->read(*this, *it, p, e))
            return;
    }
}

} // namespace hookline
