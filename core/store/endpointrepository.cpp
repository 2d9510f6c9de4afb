#include "store/endpointrepository.h"

#include "store/sqldatabase.h"
#include "store/transaction.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace hookline {

namespace {

const QString kColumns = QStringLiteral(
    "id, webhook_id, environment, name, url, method, state, paused_reason, paused_at, "
    "custom_headers, auth_header_name, signing_scheme, timeout_s, max_retries, retry_intervals, "
    "jitter_percent, autopause_failures, autopause_timeout_percent, max_in_flight, rate_limit, "
    "failover_url, description, tags, filter_rules, created_at, updated_at");

QVariant msOrNull(const QDateTime &t)
{
    return t.isValid() ? QVariant(t.toMSecsSinceEpoch()) : QVariant(QMetaType::fromType<qint64>());
}

QDateTime fromMs(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

QVariant textOrNull(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s);
}

// Qt binds a null QString as SQL NULL; NOT NULL text columns need an empty string instead.
QString nonNull(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

QVariant intOrNull(const std::optional<int> &v)
{
    return v ? QVariant(*v) : QVariant(QMetaType::fromType<int>());
}

QString headersToJson(const QList<HttpHeader> &headers)
{
    QJsonArray arr;
    for (const HttpHeader &h : headers) {
        // A secret header is a reference: its value is in the SecretStore under
        // SecretNames::header(id, name), never here.
        if (h.secret)
            arr.append(
                QJsonObject{{QStringLiteral("name"), h.name}, {QStringLiteral("secret"), true}});
        else
            arr.append(
                QJsonObject{{QStringLiteral("name"), h.name}, {QStringLiteral("value"), h.value}});
    }
    return QString::fromUtf8(QJsonDocument(arr).toJson(QJsonDocument::Compact));
}

HttpHeader headerFromJson(const QJsonObject &o)
{
    // "value" beside "secret": true only in a row written before schema 6 whose value
    // SecretHeaderMigration has not moved to the SecretStore yet.
    return HttpHeader{o.value(QLatin1String("name")).toString(),
                      o.value(QLatin1String("value")).toString(),
                      o.value(QLatin1String("secret")).toBool()};
}

QList<HttpHeader> headersFromJson(const QString &json)
{
    QList<HttpHeader> out;
    const QJsonArray arr = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue &v : arr)
        out << headerFromJson(v.toObject());
    return out;
}

QString stringsToJson(const QStringList &list)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

QStringList stringsFromJson(const QString &json)
{
    QStringList out;
    const QJsonArray arr = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue &v : arr)
        out << v.toString();
    return out;
}

QVariant intervalsToJson(const QList<std::chrono::seconds> &intervals)
{
    if (intervals.isEmpty())
        return QVariant(QMetaType::fromType<QString>());
    QJsonArray arr;
    for (auto s : intervals)
        arr.append(static_cast<qint64>(s.count()));
    return QString::fromUtf8(QJsonDocument(arr).toJson(QJsonDocument::Compact));
}

QList<std::chrono::seconds> intervalsFromJson(const QVariant &v)
{
    QList<std::chrono::seconds> out;
    if (v.isNull())
        return out;
    const QJsonArray arr = QJsonDocument::fromJson(v.toString().toUtf8()).array();
    for (const QJsonValue &x : arr)
        out << std::chrono::seconds(x.toInteger());
    return out;
}

QVariantList bindValues(const Endpoint &e)
{
    return {e.id,
            e.webhookId,
            toString(e.environment),
            nonNull(e.name),
            e.url.toString(QUrl::FullyEncoded),
            toString(e.method),
            toString(e.state),
            textOrNull(e.pausedReason),
            msOrNull(e.pausedAt),
            headersToJson(e.customHeaders),
            nonNull(e.authHeaderName),
            toString(e.signingScheme),
            e.timeoutSeconds,
            e.retryPolicy.maxRetries,
            intervalsToJson(e.retryPolicy.intervals),
            e.retryPolicy.jitterPercent,
            intOrNull(e.autoPause.consecutiveFailures),
            intOrNull(e.autoPause.timeoutPercent),
            e.maxInFlight,
            e.rateLimitPerSecond,
            e.failoverUrl.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                    : QVariant(e.failoverUrl.toString(QUrl::FullyEncoded)),
            nonNull(e.description),
            stringsToJson(e.tags),
            e.filterRules.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                    : QVariant(QString::fromUtf8(e.filterRules.toJsonText())),
            e.createdAt.toMSecsSinceEpoch(),
            e.updatedAt.toMSecsSinceEpoch()};
}

Endpoint fromRow(const QSqlQuery &q)
{
    Endpoint e;
    int c = 0;
    e.id = q.value(c++).toString();
    e.webhookId = q.value(c++).toString();
    e.environment = environmentFromString(q.value(c++).toString()).value_or(Environment::Sandbox);
    e.name = q.value(c++).toString();
    e.url = QUrl(q.value(c++).toString(), QUrl::StrictMode);
    e.method = httpMethodFromString(q.value(c++).toString()).value_or(HttpMethod::Post);
    e.state = endpointStateFromString(q.value(c++).toString()).value_or(EndpointState::Active);
    e.pausedReason = q.value(c++).toString();
    e.pausedAt = fromMs(q.value(c++));
    e.customHeaders = headersFromJson(q.value(c++).toString());
    e.authHeaderName = q.value(c++).toString();
    e.signingScheme = signingSchemeFromString(q.value(c++).toString()).value_or(SigningScheme::Jwt);
    e.timeoutSeconds = q.value(c++).toInt();
    e.retryPolicy.maxRetries = q.value(c++).toInt();
    e.retryPolicy.intervals = intervalsFromJson(q.value(c++));
    e.retryPolicy.jitterPercent = q.value(c++).toInt();
    const QVariant apFailures = q.value(c++);
    const QVariant apTimeouts = q.value(c++);
    if (!apFailures.isNull())
        e.autoPause.consecutiveFailures = apFailures.toInt();
    if (!apTimeouts.isNull())
        e.autoPause.timeoutPercent = apTimeouts.toInt();
    e.maxInFlight = q.value(c++).toInt();
    e.rateLimitPerSecond = q.value(c++).toDouble();
    const QVariant failover = q.value(c++);
    if (!failover.isNull())
        e.failoverUrl = QUrl(failover.toString(), QUrl::StrictMode);
    e.description = q.value(c++).toString();
    e.tags = stringsFromJson(q.value(c++).toString());
    // Only validated filters are written, so parsing a stored one cannot fail.
    e.filterRules =
        FilterRules::parse(q.value(c++).toString().toUtf8(), nullptr).value_or(FilterRules{});
    e.createdAt = fromMs(q.value(c++));
    e.updatedAt = fromMs(q.value(c++));
    e.eventPatterns.clear();
    return e;
}

} // namespace

EndpointRepository::EndpointRepository(Store store)
    : m_store(std::move(store))
{}

std::optional<StoreError> EndpointRepository::writeSubscriptions(const Endpoint &e)
{
    QSqlQuery del(sqlDatabase(m_store));
    if (!del.prepare(QStringLiteral("DELETE FROM subscriptions WHERE endpoint_id = ?")))
        return StoreError::fromSql(del.lastError());
    del.addBindValue(e.id);
    if (!del.exec())
        return StoreError::fromSql(del.lastError());
    QSqlQuery ins(sqlDatabase(m_store));
    if (!ins.prepare(QStringLiteral(
            "INSERT INTO subscriptions (endpoint_id, pattern, position) VALUES (?, ?, ?)")))
        return StoreError::fromSql(ins.lastError());
    for (qsizetype i = 0; i < e.eventPatterns.size(); ++i) {
        ins.addBindValue(e.id);
        ins.addBindValue(e.eventPatterns.at(i));
        ins.addBindValue(qint64(i));
        if (!ins.exec())
            return StoreError::fromSql(ins.lastError());
    }
    return std::nullopt;
}

std::optional<StoreError> EndpointRepository::insert(const Endpoint &e)
{
    Transaction tx(sqlDatabase(m_store));
    if (tx.error())
        return tx.error();
    QSqlQuery q(sqlDatabase(m_store));
    if (!q.prepare(QStringLiteral("INSERT INTO endpoints (%1) VALUES (%2)")
                       .arg(kColumns, QStringLiteral("?, ").repeated(25) + QStringLiteral("?"))))
        return StoreError::fromSql(q.lastError());
    for (const QVariant &v : bindValues(e))
        q.addBindValue(v);
    if (!q.exec())
        return StoreError::fromSql(q.lastError());
    if (auto err = writeSubscriptions(e))
        return err;
    return tx.commit();
}

std::optional<StoreError> EndpointRepository::update(const Endpoint &e)
{
    Transaction tx(sqlDatabase(m_store));
    if (tx.error())
        return tx.error();
    // Positional placeholders, as everywhere: every column but the id and created_at, then the id.
    const QStringList columns = kColumns.split(QStringLiteral(", "));
    const QVariantList values = bindValues(e);
    QStringList sets;
    QVariantList binds;
    for (qsizetype i = 1; i < columns.size(); ++i) {
        if (columns[i] == QLatin1String("created_at"))
            continue;
        sets << columns[i] + QStringLiteral(" = ?");
        binds << values[i];
    }
    binds << e.id;
    QSqlQuery q(sqlDatabase(m_store));
    if (!q.prepare(QStringLiteral("UPDATE endpoints SET %1 WHERE id = ?")
                       .arg(sets.join(QStringLiteral(", ")))))
        return StoreError::fromSql(q.lastError());
    for (const QVariant &b : std::as_const(binds))
        q.addBindValue(b);
    if (!q.exec())
        return StoreError::fromSql(q.lastError());
    if (q.numRowsAffected() == 0)
        return StoreError{StoreError::Code::NotFound, QStringLiteral("no endpoint %1").arg(e.id)};
    if (auto err = writeSubscriptions(e))
        return err;
    return tx.commit();
}

std::optional<StoreError> EndpointRepository::remove(const QString &id)
{
    Transaction tx(sqlDatabase(m_store));
    if (tx.error())
        return tx.error();
    QSqlQuery q(sqlDatabase(m_store));
    if (!q.prepare(QStringLiteral("DELETE FROM endpoints WHERE id = ?")))
        return StoreError::fromSql(q.lastError());
    q.addBindValue(id);
    if (!q.exec())
        return StoreError::fromSql(q.lastError());
    if (q.numRowsAffected() == 0)
        return StoreError{StoreError::Code::NotFound, QStringLiteral("no endpoint %1").arg(id)};
    return tx.commit();
}

std::optional<StoreError> EndpointRepository::setState(const QString &id, EndpointState state,
                                                       const QString &reason, const QDateTime &at)
{
    Transaction tx(sqlDatabase(m_store));
    if (tx.error())
        return tx.error();
    QSqlQuery q(sqlDatabase(m_store));
    if (!q.prepare(
            QStringLiteral("UPDATE endpoints SET state = ?, paused_reason = ?, paused_at = ?, "
                           "updated_at = ? WHERE id = ?")))
        return StoreError::fromSql(q.lastError());
    const bool paused = state == EndpointState::Paused;
    q.addBindValue(toString(state));
    q.addBindValue(paused ? textOrNull(reason) : QVariant(QMetaType::fromType<QString>()));
    q.addBindValue(paused ? msOrNull(at) : QVariant(QMetaType::fromType<qint64>()));
    q.addBindValue(at.toMSecsSinceEpoch());
    q.addBindValue(id);
    if (!q.exec())
        return StoreError::fromSql(q.lastError());
    if (q.numRowsAffected() == 0)
        return StoreError{StoreError::Code::NotFound, QStringLiteral("no endpoint %1").arg(id)};
    return tx.commit();
}

StoreResult<QList<Endpoint>> EndpointRepository::select(const QString &where,
                                                        const QVariantList &binds) const
{
    QList<Endpoint> out;
    QHash<QString, qsizetype> index;
    QSqlQuery q(sqlDatabase(m_store));
    q.setForwardOnly(true);
    // lower() folds ASCII only on SQLite, as COLLATE NOCASE did; PostgreSQL has no NOCASE.
    if (!q.prepare(QStringLiteral("SELECT %1 FROM endpoints %2 ORDER BY lower(name), id")
                       .arg(kColumns, where)))
        return StoreError::fromSql(q.lastError());
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec())
        return StoreError::fromSql(q.lastError());
    while (q.next()) {
        out << fromRow(q);
        index.insert(out.last().id, out.size() - 1);
    }
    if (q.lastError().isValid())
        return StoreError::fromSql(q.lastError());
    if (out.isEmpty())
        return out;

    // The patterns in the order they were written.
    QSqlQuery s(sqlDatabase(m_store));
    s.setForwardOnly(true);
    if (out.size() == 1) {
        if (!s.prepare(QStringLiteral("SELECT endpoint_id, pattern FROM subscriptions "
                                      "WHERE endpoint_id = ? ORDER BY position")))
            return StoreError::fromSql(s.lastError());
        s.addBindValue(out.first().id);
    } else {
        // Subscriptions are few per endpoint; one pass over the table beats N queries.
        if (!s.prepare(QStringLiteral(
                "SELECT endpoint_id, pattern FROM subscriptions ORDER BY endpoint_id, position")))
            return StoreError::fromSql(s.lastError());
    }
    if (!s.exec())
        return StoreError::fromSql(s.lastError());
    while (s.next()) {
        const auto it = index.constFind(s.value(0).toString());
        if (it != index.cend())
            out[*it].eventPatterns << s.value(1).toString();
    }
    if (s.lastError().isValid())
        return StoreError::fromSql(s.lastError());
    return out;
}

StoreResult<std::optional<Endpoint>> EndpointRepository::find(const QString &id) const
{
    StoreResult<QList<Endpoint>> found = select(QStringLiteral("WHERE id = ?"), {id});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return std::optional<Endpoint>();
    return std::optional<Endpoint>(found->first());
}

StoreResult<QList<Endpoint>> EndpointRepository::list(Environment environment) const
{
    return select(QStringLiteral("WHERE environment = ?"), {toString(environment)});
}

StoreResult<QList<Endpoint>> EndpointRepository::listAll() const
{
    return select(QString(), {});
}

StoreResult<int> EndpointRepository::count(Environment environment) const
{
    QSqlQuery q(sqlDatabase(m_store));
    if (!q.prepare(QStringLiteral("SELECT count(*) FROM endpoints WHERE environment = ?")))
        return StoreError::fromSql(q.lastError());
    q.addBindValue(toString(environment));
    if (!q.exec() || !q.next())
        return StoreError::fromSql(q.lastError());
    return q.value(0).toInt();
}

StoreResult<int>
EndpointRepository::dropHeaderValues(const QString &id,
                                     const std::function<bool(const HttpHeader &)> &drop)
{
    Transaction tx(sqlDatabase(m_store));
    if (tx.error())
        return *tx.error();
    QSqlQuery read(sqlDatabase(m_store));
    if (!read.prepare(QStringLiteral("SELECT custom_headers FROM endpoints WHERE id = ?")))
        return StoreError::fromSql(read.lastError());
    read.addBindValue(id);
    if (!read.exec())
        return StoreError::fromSql(read.lastError());
    if (!read.next()) {
        if (read.lastError().isValid())
            return StoreError::fromSql(read.lastError());
        return 0; // removed meanwhile
    }
    QJsonArray headers = QJsonDocument::fromJson(read.value(0).toString().toUtf8()).array();
    int removed = 0;
    for (qsizetype i = 0; i < headers.size(); ++i) {
        QJsonObject o = headers.at(i).toObject();
        if (!o.contains(QLatin1String("value")) || !drop(headerFromJson(o)))
            continue;
        o.remove(QStringLiteral("value"));
        headers[i] = o;
        ++removed;
    }
    if (!removed)
        return 0;
    QSqlQuery write(sqlDatabase(m_store));
    if (!write.prepare(QStringLiteral("UPDATE endpoints SET custom_headers = ? WHERE id = ?")))
        return StoreError::fromSql(write.lastError());
    write.addBindValue(QString::fromUtf8(QJsonDocument(headers).toJson(QJsonDocument::Compact)));
    write.addBindValue(id);
    if (!write.exec())
        return StoreError::fromSql(write.lastError());
    if (const std::optional<StoreError> error = tx.commit())
        return *error;
    return removed;
}

} // namespace hookline
