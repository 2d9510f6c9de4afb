#include "config/demosetup.h"

#include "config/endpointservice.h"
#include "store/endpointrepository.h"
#include "store/settingsrepository.h"
#include "store/transaction.h"

#include <algorithm>

namespace hookline {

namespace {
const QString kDismissedKey = QStringLiteral("dismissed");

QString tag()
{
    return QString::fromLatin1(DemoSetup::kTag);
}

Endpoint draft(const QString &name, const QString &description, const QUrl &url)
{
    Endpoint e;
    e.environment = Environment::Sandbox;
    e.name = name;
    e.description = description;
    e.url = url;
    e.tags = {tag()};
    e.eventPatterns = {QStringLiteral("*")};
    return e;
}
} // namespace

QString DemoSetup::settingsScope()
{
    return QStringLiteral("demo");
}

bool DemoSetup::isDismissed(QSqlDatabase db)
{
    return SettingsRepository(db).value(settingsScope(), kDismissedKey).has_value();
}

bool DemoSetup::shouldCreate(QSqlDatabase db)
{
    const EndpointRepository repo(db);
    return !isDismissed(db) && repo.count(Environment::Sandbox) == 0 &&
           repo.count(Environment::Live) == 0;
}

QUrl DemoSetup::receiverUrl(quint16 port, const QString &path)
{
    QUrl u;
    u.setScheme(QStringLiteral("https"));
    u.setHost(QStringLiteral("127.0.0.1"));
    u.setPort(port);
    u.setPath(path);
    return u;
}

DemoSetup::Result DemoSetup::create(QSqlDatabase db, quint16 receiverPort, const Texts &texts)
{
    Result result;
    Transaction tx(db);
    if (tx.error()) {
        result.storeError = tx.error();
        return result;
    }
    Endpoint healthy = draft(texts.healthyName, texts.description,
                             receiverUrl(receiverPort, QString::fromLatin1(kHealthyPath)));
    Endpoint flaky = draft(texts.flakyName, texts.description,
                           receiverUrl(receiverPort, QString::fromLatin1(kFlakyPath)));
    // Short retries, so the newcomer sees a failed attempt recover within a minute instead of
    // waiting for the production schedule.
    flaky.retryPolicy.maxRetries = 5;
    flaky.retryPolicy.intervals = {std::chrono::seconds(5), std::chrono::seconds(10),
                                   std::chrono::seconds(20)};
    EndpointService service(db);
    for (const Endpoint &e : {healthy, flaky}) {
        const EndpointService::Result r = service.create(e);
        if (!r.ok()) {
            result.errors = r.errors;
            result.storeError = r.storeError;
            result.endpoints.clear();
            return result; // the transaction rolls back: no half demo
        }
        result.endpoints << r.endpoint;
    }
    if (std::optional<StoreError> error = tx.commit()) {
        result.storeError = error;
        result.endpoints.clear();
    }
    return result;
}

bool DemoSetup::isDemo(const Endpoint &endpoint)
{
    return endpoint.environment == Environment::Sandbox && endpoint.tags.contains(tag());
}

QList<Endpoint> DemoSetup::endpoints(QSqlDatabase db)
{
    QList<Endpoint> out;
    for (const Endpoint &e : EndpointRepository(db).list(Environment::Sandbox)) {
        if (isDemo(e))
            out << e;
    }
    // Both are created in the same millisecond, so ids do not tell their order.
    const auto rank = [](const Endpoint &e) {
        return e.url.path() == QLatin1String(kHealthyPath) ? 0 : 1;
    };
    std::sort(out.begin(), out.end(), [&rank](const Endpoint &a, const Endpoint &b) {
        return rank(a) != rank(b) ? rank(a) < rank(b) : a.id < b.id;
    });
    return out;
}

std::optional<StoreError> DemoSetup::remove(QSqlDatabase db)
{
    Transaction tx(db);
    if (tx.error())
        return tx.error();
    EndpointService service(db);
    for (const Endpoint &e : endpoints(db)) {
        if (std::optional<StoreError> error = service.remove(e.id))
            return error;
    }
    SettingsRepository settings(db);
    if (std::optional<StoreError> error =
            settings.setValue(settingsScope(), kDismissedKey, QStringLiteral("1")))
        return error;
    return tx.commit();
}

std::optional<StoreError> DemoSetup::retarget(QSqlDatabase db, quint16 receiverPort)
{
    Transaction tx(db);
    if (tx.error())
        return tx.error();
    EndpointService service(db);
    for (Endpoint e : endpoints(db)) {
        if (e.url.host() != QLatin1String("127.0.0.1") || e.url.port() == receiverPort)
            continue;
        e.url.setPort(receiverPort);
        const EndpointService::Result r = service.update(e);
        if (r.storeError)
            return r.storeError;
        if (!r.errors.isEmpty())
            return StoreError{
                StoreError::Code::Constraint,
                QStringLiteral("demo endpoint %1 refused: %2").arg(e.id, r.errors.first().detail)};
    }
    return tx.commit();
}

} // namespace hookline
