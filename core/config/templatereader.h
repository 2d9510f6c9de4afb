#pragma once

#include "config/configerror.h"
#include "domain/endpoint.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>

namespace hookline {

// Reads JSON values of a configuration template into an endpoint, appending a ConfigError that
// names the JSON path for every problem. The per-setting parts are driven by EndpointFields.
class TemplateReader
{
public:
    using Code = ConfigError::Code;

    explicit TemplateReader(QList<ConfigError> &errors)
        : m_errors(errors)
    {}

    static QString join(const QString &prefix, const QString &key);

    void fail(Code code, const QString &path, const QString &detail = {});
    bool string(const QJsonValue &v, const QString &path, QString *out);
    bool integer(const QJsonValue &v, const QString &path, int *out);
    bool stringList(const QJsonValue &v, const QString &path, QStringList *out);
    bool url(const QJsonValue &v, const QString &path, QUrl *out, bool nullable);
    // false after a failed element: the rest of the "retry" object is not read.
    bool intervals(const QJsonValue &v, const QString &path, RetryPolicy &r);
    void optionalInteger(const QJsonValue &v, const QString &path, std::optional<int> *out);
    void headers(const QJsonValue &v, const QString &path, QList<HttpHeader> &out);
    void filter(const QJsonValue &v, const QString &path, FilterRules &out);
    // An unknown key, or one that would carry a secret; always false.
    bool unknown(const QString &key, const QString &path);

    // Applies one settings object ("defaults" or an endpoint) onto `e`.
    void settings(const QJsonObject &o, const QString &prefix, bool isEndpoint, Endpoint &e);

private:
    void group(const QString &key, const QJsonValue &v, const QString &path, Endpoint &e);

    QList<ConfigError> &m_errors;
};

} // namespace hookline
