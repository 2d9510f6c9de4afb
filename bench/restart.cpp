// Start-up with a large backlog: time from the engine's start to the first delivery arriving,
// and the engine's memory, with N pending deliveries. See bench/README.md.
//
//   restart [--pending 100000]
#include "audit/auditlog.h"
#include "config/endpointservice.h"
#include "engine/deliveryrequestbuilder.h"
#include "engine/enginecontroller.h"
#include "engine/standardports.h"
#include "events/eventpublisher.h"
#include "events/samplegenerator.h"
#include "receiver/localreceiver.h"
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
#include <QTemporaryDir>
#include <cstdio>

using namespace hookline;

namespace {
long rssKiB()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    }
    return -1;
}
} // namespace

int main(int argc, char *argv[])
{
    // Configuration written here is audited like everywhere else; a benchmark has no keychain,
    // so it signs its audit chain with a throwaway key.
    hookline::AuditLog::setKey(QByteArray(32, 'b'));
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    p.addOption({QStringLiteral("pending"), QStringLiteral("pending deliveries"),
                 QStringLiteral("N"), QStringLiteral("100000")});
    p.process(app);
    const int pending = p.value(QStringLiteral("pending")).toInt();

    LocalReceiver rx;
    if (!rx.start())
        return 1;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("restart.db"));
    {
        Connection c(path);
        if (c.open())
            return 1;
        TrustedCertificates(c.database()).trust(Environment::Sandbox, rx.caCertificatePem());
        SettingsRepository settings(c.database());
        Allowlist::fromJson(QStringLiteral("[\"127.0.0.1/32\"]"))
            ->save(settings, Environment::Sandbox);
        Endpoint e;
        e.name = QStringLiteral("backlog");
        e.url = rx.url(QStringLiteral("/h"));
        EndpointService(c.database()).create(e);
        const QByteArray payload = SampleGenerator::generateJson(QStringLiteral("webhook.test"), 1,
                                                                 QDateTime::currentDateTimeUtc());
        QElapsedTimer seed;
        seed.start();
        Transaction tx(c.database());
        EventPublisher publisher(c.database());
        for (int i = 0; i < pending; ++i)
            publisher.publish({Environment::Sandbox,
                               QStringLiteral("webhook.test"),
                               payload,
                               EventSource::Cli,
                               {},
                               {}});
        tx.commit();
        std::printf("seeded %d pending deliveries in %.1f s\n", pending, seed.elapsed() / 1000.0);
    }
    const long rssBefore = rssKiB();

    SigningMaterial material;
    material.sandboxJwt = std::make_shared<const JwtSigner>(SigningKey::generate(2048));
    DeliveryEngine::Options options;
    options.databasePath = path;
    DeliveryEngine::Ports ports =
        standardPorts(std::make_shared<DeliveryRequestBuilder>(material), AddressClassifier());
    EngineController engine(options, ports);
    QElapsedTimer sinceStart;
    qint64 firstMs = -1;
    QObject::connect(&rx, &LocalReceiver::requestReceived, &app, [&] {
        if (firstMs < 0) {
            firstMs = sinceStart.elapsed();
            QTimer::singleShot(2000, &app, [&] { engine.stop(); });
        }
    });
    QObject::connect(&engine, &EngineController::stopped, &app, [&] { app.quit(); });
    sinceStart.start();
    engine.start();
    app.exec();
    std::printf(
        "first delivery %lld ms after start with %d pending; RSS %ld MiB before the engine, "
        "%ld MiB after 2 s of delivering\n",
        static_cast<long long>(firstMs), pending, rssBefore / 1024, rssKiB() / 1024);
    return firstMs >= 0 ? 0 : 2;
}
