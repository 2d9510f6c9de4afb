// GUI event-loop stalls while the console's engine delivers at full speed: the main window (with
// its live Endpoints page and status bar) is shown on the offscreen platform, the engine hosted by
// EngineHost exactly as in the console, and a 10 ms heartbeat timer on the GUI thread records how
// late each tick fires. Target (issue 4): p99 lateness < 50 ms. See bench/throughput.sh --gui.
//
//   guistall --url https://127.0.0.1:8443/ --ca ca.pem [--events 20000] [--max-in-flight 64]
#include "loadsetup.h"
#include "security/keymanager.h"
#include "security/memorysecretstore.h"
#include "shell/enginehost.h"
#include "shell/mainwindow.h"
#include "store/connection.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimer>
#include <algorithm>
#include <cstdio>

using namespace hookline;

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const bench::LoadOptions load = bench::parseLoadOptions(app);
    const int events = load.events;

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.db"));
    Connection c(path);
    if (c.open() || !bench::seedLoad(c.database(), load))
        return 1;

    // The signing key goes into an in-memory secret store the host reads like the keychain.
    auto secrets = std::make_unique<MemorySecretStore>();
    bool keyReady = false;
    KeyManager keys(Environment::Sandbox, c.database(), secrets.get());
    keys.generate(2048, [&](const KeyManager::Result &) { keyReady = true; });
    QElapsedTimer setup;
    setup.start();
    while (!keyReady && setup.elapsed() < 30000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);

    ui::EngineHost host(c.database(), path, std::move(secrets));
    ui::MainWindow window(c.database(), path);
    window.attachEngine(&host);
    window.resize(1280, 800);
    window.show();

    QList<qint64> lateness;
    QElapsedTimer beat;
    QTimer heartbeat;
    heartbeat.setTimerType(Qt::PreciseTimer);
    heartbeat.setInterval(10);
    QObject::connect(&heartbeat, &QTimer::timeout, &app, [&] {
        if (beat.isValid())
            lateness << std::max<qint64>(0, beat.elapsed() - 10);
        beat.restart();
    });

    QElapsedTimer wall;
    int succeeded = 0;
    QTimer progress;
    progress.setInterval(250);
    QObject::connect(&progress, &QTimer::timeout, &app, [&] {
        QSqlQuery q(c.database());
        q.exec(QStringLiteral("SELECT count(*) FROM deliveries WHERE status = 'succeeded'"));
        q.next();
        succeeded = q.value(0).toInt();
        if (succeeded >= events || wall.elapsed() > 600000)
            app.quit();
    });
    host.start();
    wall.start();
    heartbeat.start();
    progress.start();
    app.exec();
    const double seconds = wall.elapsed() / 1000.0;
    host.stop(30000);

    std::sort(lateness.begin(), lateness.end());
    auto pct = [&](double f) {
        return lateness.isEmpty() ? 0 : lateness.at(qsizetype(f * (lateness.size() - 1)));
    };
    std::printf("console open: %d deliveries in %.2f s = %.0f deliveries/s; GUI heartbeat (10 ms) "
                "lateness p50 %lld ms, p99 %lld ms, max %lld ms over %lld ticks\n",
                succeeded, seconds, succeeded / seconds, static_cast<long long>(pct(0.5)),
                static_cast<long long>(pct(0.99)), static_cast<long long>(pct(1.0)),
                static_cast<long long>(lateness.size()));
    return succeeded == events ? 0 : 2;
}
