// Delivery throughput: N signed events to one HTTPS receiver on loopback, durable attempt
// records, timed from the engine's start to its drain. See bench/throughput.sh and README.md.
//
//   throughput --url https://127.0.0.1:8443/ --ca ca.pem [--events 20000] [--max-in-flight 64]
//              [--db PATH|postgresql://URI]
#include "engine/deliveryrequestbuilder.h"
#include "engine/enginecontroller.h"
#include "engine/standardports.h"
#include "loadsetup.h"
#include "security/signingkey.h"
#include "store/connection.h"

#include <QCoreApplication>
#include <QElapsedTimer>
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
    QCoreApplication app(argc, argv);
    const bench::LoadOptions load = bench::parseLoadOptions(app);
    const int events = load.events;

    QTemporaryDir dir;
    const QString path =
        load.database.isEmpty() ? dir.filePath(QStringLiteral("bench.db")) : load.database;
    Connection c(path);
    if (c.open() || !bench::seedLoad(c.database(), load))
        return 1;

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
    std::printf(
        "%s: events %d, succeeded %d, wall %.2f s, %.0f deliveries/s, CPU %.3f ms/delivery, "
        "attempt p50 %lld ms, p95 %lld ms\n",
        c.dialect() == Store::Dialect::Postgres ? "postgresql" : "sqlite", events, ok, seconds,
        ok / seconds, cpu * 1000.0 / std::max(1, ok), static_cast<long long>(pct(0.5)),
        static_cast<long long>(pct(0.95)));
    return ok == events ? 0 : 2;
}
