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

StoreResult<bool> DemoSetup::isDismissed(Store store)
{
    const StoreResult<std::optional<QString>> dismissed =
        SettingsRepository(store).value(settingsScope(), kDismissedKey);
    if (!dismissed)
        return dismissed.error();
    return dismissed->has_value();
}

StoreResult<bool> DemoSetup::shouldCreate(Store store)
{
    const StoreResult<bool> dismissed = isDismissed(store);
    if (!dismissed)
        return dismissed.error();
    if (*dismissed)
        return false;
    const EndpointRepository repo(store);
    for (const Environment env : {Environment::Sandbox, Environment::Live}) {
        const StoreResult<int> count = repo.count(env);
        if (!count)
            return count.error();
        if (*count > 0)
            return false;
    }
    return true;
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

DemoSetup::Result DemoSetup::create(Store store, quint16 receiverPort, const Texts &texts)
{
    Result result;
    Transaction tx(store);
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
    EndpointService service(store);
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

StoreResult<QList<Endpoint>> DemoSetup::endpoints(Store store)
{
    const StoreResult<QList<Endpoint>> sandbox =
        EndpointRepository(store).list(Environment::Sandbox);
    if (!sandbox)
        return sandbox.error();
    QList<Endpoint> out;
    for (const Endpoint &e : *sandbox) {
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

std::optional<StoreError> DemoSetup::remove(Store store)
{
    Transaction tx(store);
    if (tx.error())
        return tx.error();
    const StoreResult<QList<Endpoint>> demo = endpoints(store);
    if (!demo)
        return demo.error();
    EndpointService service(store);
    for (const Endpoint &e : *demo) {
        if (std::optional<StoreError> error = service.remove(e.id))
            return error;
    }
    SettingsRepository settings(store);
    if (std::optional<StoreError> error =
            settings.setValue(settingsScope(), kDismissedKey, QStringLiteral("1")))
        return error;
    return tx.commit();
}

std::optional<StoreError> DemoSetup::retarget(Store store, quint16 receiverPort)
{
    Transaction tx(store);
    if (tx.error())
        return tx.error();
    const StoreResult<QList<Endpoint>> demo = endpoints(store);
    if (!demo)
        return demo.error();
    EndpointService service(store);
    for (Endpoint e : *demo) {
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
