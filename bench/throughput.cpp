// Delivery throughput: N signed events to one HTTPS receiver on loopback, durable attempt
// records, timed from the engine's start to its drain. See bench/throughput.sh and README.md.
//
//   throughput --url https://127.0.0.1:8443/ --ca ca.pem [--events 20000] [--max-in-flight 64]
#include "audit/auditlog.h"
#include "config/endpointservice.h"
#include "delivery/deliveryrequestbuilder.h"
#include "delivery/enginecontroller.h"
#include "delivery/eventpublisher.h"
#include "delivery/standardports.h"
#include "events/samplegenerator.h"
#include "security/allowlist.h"
#include "security/signingkey.h"
#include "security/trustedcertificates.h"
#include "store/connection.h"
#include "store/settingsrepository.h"
#include "store/transaction.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <cstdio>
#include <sys/resource.h>

using namespace hookline;

namespace {
double cpuSeconds()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return u.ru_utime.tv_sec + u.ru_stime.tv_sec + (u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}
} // namespace

int main(int argc, char *argv[])
{
    // Configuration written here is audited like everywhere else; a benchmark has no keychain,
    // so it signs its audit chain with a throwaway key.
    hookline::AuditLog::setKey(QByteArray(32, 'b'));
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    p.addOptions({{QStringLiteral("url"), QStringLiteral("receiver URL"), QStringLiteral("URL")},
                  {QStringLiteral("ca"), QStringLiteral("CA PEM to trust"), QStringLiteral("FILE")},
                  {QStringLiteral("events"), QStringLiteral("events"), QStringLiteral("N"),
                   QStringLiteral("20000")},
                  {QStringLiteral("max-in-flight"), QStringLiteral("per endpoint"),
                   QStringLiteral("N"), QStringLiteral("64")}});
    p.process(app);
    const int events = p.value(QStringLiteral("events")).toInt();

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.db"));
    Connection c(path);
    if (c.open())
        return 1;
    QFile ca(p.value(QStringLiteral("ca")));
    if (!ca.open(QIODevice::ReadOnly) ||
        TrustedCertificates(c.database()).trust(Environment::Sandbox, ca.readAll())) {
        std::fprintf(stderr, "cannot trust the CA\n");
        return 1;
    }
    SettingsRepository settings(c.database());
    Allowlist::fromJson(QStringLiteral("[\"127.0.0.1/32\"]"))->save(settings, Environment::Sandbox);
    Endpoint e;
    e.name = QStringLiteral("bench");
    e.url = QUrl(p.value(QStringLiteral("url")));
    e.maxInFlight = p.value(QStringLiteral("max-in-flight")).toInt();
    const auto created = EndpointService(c.database()).create(e);
    if (!created.ok()) {
        std::fprintf(stderr, "endpoint refused\n");
        return 1;
    }
    // ~1 KiB payloads from the catalog's generator, seeded in one transaction.
    const QByteArray payload = SampleGenerator::generateJson(
        QStringLiteral("identity_document.approved"), 1, QDateTime::currentDateTimeUtc());
    {
        Transaction tx(c.database());
        EventPublisher publisher(c.database());
        for (int i = 0; i < events; ++i)
            publisher.publish({Environment::Sandbox,
                               QStringLiteral("identity_document.approved"),
                               payload,
                               EventSource::Cli,
                               {},
                               {}});
        tx.commit();
    }

    SigningMaterial material;
    material.sandboxJwt = std::make_shared<const JwtSigner>(SigningKey::generate(2048));
    DeliveryEngine::Options options;
    options.databasePath = path;
    options.drain = true;
    DeliveryEngine::Ports ports =
        standardPorts(std::make_shared<DeliveryRequestBuilder>(material), AddressClassifier());
    EngineController engine(options, ports);
    QElapsedTimer wall;
    double cpuStart = 0;
    QObject::connect(&engine, &EngineController::started, &app, [&] {
        wall.start();
        cpuStart = cpuSeconds();
    });
    QObject::connect(&engine, &EngineController::drained, &app, [&] { engine.stop(); });
    QObject::connect(&engine, &EngineController::stopped, &app, [&] { app.quit(); });
    engine.start();
    app.exec();
    const double seconds = wall.elapsed() / 1000.0;
    const double cpu = cpuSeconds() - cpuStart;

    QSqlQuery q(c.database());
    q.exec(QStringLiteral("SELECT count(*) FROM deliveries WHERE status = 'succeeded'"));
    q.next();
    const int ok = q.value(0).toInt();
    QList<qint64> durations;
    q.exec(QStringLiteral("SELECT duration_ms FROM attempts ORDER BY duration_ms"));
    while (q.next())
        durations << q.value(0).toLongLong();
    auto pct = [&](double f) {
        return durations.isEmpty() ? 0 : durations.at(qsizetype(f * (durations.size() - 1)));
    };
    std::printf("events %d, succeeded %d, wall %.2f s, %.0f deliveries/s, CPU %.3f ms/delivery, "
                "attempt p50 %lld ms, p95 %lld ms\n",
                events, ok, seconds, ok / seconds, cpu * 1000.0 / std::max(1, ok),
                static_cast<long long>(pct(0.5)), static_cast<long long>(pct(0.95)));
    return ok == events ? 0 : 2;
}
