// The store's share of a delivery (issue 4): what the engine's thread spends in SQLite per
// delivery, claim (the attempt recorded as started) plus completion (the attempt's record, the
// delivery's next state, the rollups), with no network. Counted in CPU time of this thread, so
// other load on the machine changes the figure little; fsyncs are counted too.
//
//   queuecost [--deliveries 20000] [--batch 32] [--separate]
//
// By default each cycle commits the previous batch's completions and the next batch's claims in
// one transaction, as the engine does; --separate commits them apart (the engine before
// 2026-11-26).
#include "audit/auditlog.h"
#include "config/endpointservice.h"
#include "cputime.h"
#include "engine/deliveryqueue.h"
#include "events/eventpublisher.h"
#include "events/samplegenerator.h"
#include "store/connection.h"
#include "store/transaction.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <cstdio>

using namespace hookline;

namespace {

// What the engine logs for a signed RS256 request (the token's signature included).
QList<HeaderPair> requestHeaders(const QString &deliveryId)
{
    return {{"content-type", "application/json"},
            {"user-agent", "Hookline/0.2"},
            {"webhook-id", deliveryId.toUtf8()},
            {"webhook-timestamp", "1764115200"},
            {"x-hookline-event", "identity_document.approved"},
            {"x-hookline-attempt", "1"},
            {"idempotency-key", deliveryId.toUtf8()},
            {"authorization", "Bearer " + QByteArray(620, 'j')}};
}

} // namespace

int main(int argc, char *argv[])
{
    AuditLog::setKey(QByteArray(32, 'b')); // configuration writes are audited; no keychain here
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    p.addOptions({{QStringLiteral("deliveries"), QStringLiteral("deliveries"), QStringLiteral("N"),
                   QStringLiteral("20000")},
                  {QStringLiteral("batch"), QStringLiteral("deliveries per cycle"),
                   QStringLiteral("N"), QStringLiteral("32")},
                  {QStringLiteral("separate"),
                   QStringLiteral("commit completions and claims in separate transactions")}});
    p.process(app);
    const int deliveries = p.value(QStringLiteral("deliveries")).toInt();
    const int batch = p.value(QStringLiteral("batch")).toInt();
    const bool separate = p.isSet(QStringLiteral("separate"));
    QTemporaryDir dir;
    Connection c(dir.filePath(QStringLiteral("cost.db")));
    if (c.open())
        return 1;
    QSqlDatabase db = c.database();
    Endpoint e;
    e.name = QStringLiteral("receiver");
    e.url = QUrl(QStringLiteral("https://receiver.example.com/hooks"));
    e.maxInFlight = batch;
    const QString endpoint = EndpointService(db).create(e).endpoint.id;
    {
        Transaction tx(db);
        EventPublisher publisher(db);
        const QString type = QStringLiteral("identity_document.approved");
        for (int i = 0; i < deliveries; ++i) {
            publisher.publish({Environment::Sandbox,
                               type,
                               SampleGenerator::generateJson(type, quint64(i)),
                               EventSource::Api,
                               {},
                               {endpoint}});
        }
        if (tx.commit())
            return 1;
    }
    DeliveryQueue queue(db);
    QList<DeliveryQueue::Completion> finished;
    auto complete = [&](const QList<DeliveryQueue::Claim> &claims, const QDateTime &now) {
        finished.clear();
        for (const DeliveryQueue::Claim &cl : claims) {
            DeliveryQueue::Completion x;
            x.attemptId = cl.attemptId;
            x.deliveryId = cl.delivery.id;
            x.outcome = OutcomeClass::Success;
            x.httpStatus = 200;
            x.durationMs = 20 + (cl.attemptId * 37) % 400;
            x.requestHeaders = requestHeaders(cl.delivery.id);
            x.responseHeaders = {{"server", "nginx"},
                                 {"date", "Wed, 26 Nov 2026 00:00:00 GMT"},
                                 {"content-type", "text/plain"},
                                 {"content-length", "2"},
                                 {"connection", "keep-alive"}};
            x.responseBody = "ok";
            x.connectedAddress = QStringLiteral("127.0.0.1");
            x.nextStatus = DeliveryStatus::Succeeded;
            x.finishedAt = now;
            finished << x;
        }
    };
    const QList<DeliveryQueue::ClaimRequest> requests{{endpoint, batch}};
    QList<DeliveryQueue::Claim> claims;
    int done = 0;
    int commits = 0;
    QElapsedTimer wall;
    wall.start();
    const qint64 cpuStart = bench::threadCpuNs();
    for (;;) {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        complete(claims, now);
        QList<DeliveryQueue::Claim> next;
        if (separate) {
            if (!finished.isEmpty()) {
                if (queue.complete(finished))
                    return 1;
                ++commits;
            }
            if (queue.claim(requests, now, &next))
                return 1;
            ++commits;
        } else {
            Transaction tx(db);
            if (queue.complete(finished) || queue.claim(requests, now, &next) || tx.commit())
                return 1;
            ++commits;
        }
        done += int(finished.size());
        if (next.isEmpty())
            break;
        claims = next;
    }
    const double cpuUs = double(bench::threadCpuNs() - cpuStart) / 1000.0 / std::max(1, done);
    const double wallUs = double(wall.nsecsElapsed()) / 1000.0 / std::max(1, done);
    std::printf("%d deliveries, %d per cycle, %s: %.1f us CPU and %.1f us wall per delivery, "
                "%d commits\n",
                done, batch, separate ? "separate transactions" : "one transaction per cycle",
                cpuUs, wallUs, commits);
    return done == deliveries ? 0 : 2;
}
