// What the rollups add to the engine's completion transaction (issue 7): DeliveryQueue::complete
// in batches as the engine's group commit makes them, and the RollupWriter part of it measured
// alone on the same batches (in a transaction rolled back first), in the same run.
//
//   rollupcost [--deliveries 20000] [--batch 64] [--endpoints 4]
#include "analytics/rollupwriter.h"
#include "audit/auditlog.h"
#include "config/endpointservice.h"
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

int main(int argc, char *argv[])
{
    // Configuration written here is audited like everywhere else; a benchmark has no keychain,
    // so it signs its audit chain with a throwaway key.
    hookline::AuditLog::setKey(QByteArray(32, 'b'));
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    p.addOptions({{QStringLiteral("deliveries"), QStringLiteral("deliveries"), QStringLiteral("N"),
                   QStringLiteral("20000")},
                  {QStringLiteral("batch"), QStringLiteral("completions per commit"),
                   QStringLiteral("N"), QStringLiteral("64")},
                  {QStringLiteral("endpoints"), QStringLiteral("endpoints"), QStringLiteral("N"),
                   QStringLiteral("4")}});
    p.process(app);
    const int deliveries = p.value(QStringLiteral("deliveries")).toInt();
    const int batchSize = p.value(QStringLiteral("batch")).toInt();
    const int endpointCount = p.value(QStringLiteral("endpoints")).toInt();
    QTemporaryDir dir;
    Connection c(dir.filePath(QStringLiteral("cost.db")));
    if (c.open())
        return 1;
    QSqlDatabase db = c.database();
    QStringList endpoints;
    for (int i = 0; i < endpointCount; ++i) {
        Endpoint e;
        e.name = QStringLiteral("e%1").arg(i);
        e.url = QUrl(QStringLiteral("https://e%1.example.com/").arg(i));
        endpoints << EndpointService(db).create(e).endpoint.id;
    }
    const QStringList types{QStringLiteral("customer.created"), QStringLiteral("customer.updated"),
                            QStringLiteral("dossier.created"), QStringLiteral("decision.approved")};
    {
        Transaction tx(db);
        EventPublisher publisher(db);
        for (int i = 0; i < deliveries; ++i) {
            const QString type = types[i % types.size()];
            publisher.publish({Environment::Sandbox,
                               type,
                               SampleGenerator::generateJson(type, quint64(i)),
                               EventSource::Api,
                               {},
                               {endpoints[i % endpoints.size()]}});
        }
        if (tx.commit())
            return 1;
    }
    DeliveryQueue queue(db);
    qint64 completeNs = 0;
    qint64 rollupNs = 0;
    int done = 0;
    for (;;) {
        QList<DeliveryQueue::ClaimRequest> requests;
        for (const QString &id : std::as_const(endpoints))
            requests << DeliveryQueue::ClaimRequest{id, batchSize / endpointCount};
        QList<DeliveryQueue::Claim> claims;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        if (queue.claim(requests, now, &claims) || claims.isEmpty())
            break;
        QList<DeliveryQueue::Completion> batch;
        for (const DeliveryQueue::Claim &cl : std::as_const(claims)) {
            DeliveryQueue::Completion x;
            x.attemptId = cl.attemptId;
            x.deliveryId = cl.delivery.id;
            x.outcome = OutcomeClass::Success;
            x.httpStatus = 200;
            x.durationMs = 20 + (cl.attemptId * 37) % 400;
            x.requestHeaders = {{"content-type", "application/json"},
                                {"webhook-id", cl.delivery.id.toUtf8()}};
            x.responseHeaders = {{"content-length", "2"}};
            x.responseBody = "ok";
            x.connectedAddress = QStringLiteral("127.0.0.1:443");
            x.nextStatus = DeliveryStatus::Succeeded;
            x.finishedAt = now;
            batch << x;
        }
        QElapsedTimer t;
        {
            Transaction tx(db);
            t.start();
            RollupWriter::recordCompletions(db, batch);
            rollupNs += t.nsecsElapsed();
            tx.rollback();
        }
        t.start();
        if (queue.complete(batch))
            return 1;
        completeNs += t.nsecsElapsed();
        done += int(batch.size());
    }
    const double perCompletionUs = double(completeNs) / 1000.0 / done;
    const double rollupUs = double(rollupNs) / 1000.0 / done;
    std::printf("%d completions in batches of %d over %d endpoints x %lld types:\n"
                "  DeliveryQueue::complete   %.1f us per completion (rollups included)\n"
                "  of which RollupWriter     %.1f us (%.0f %% of complete; %.1f %% of the 714 us "
                "per delivery at 1,400 deliveries/s)\n",
                done, batchSize, endpointCount, qlonglong(types.size()), perCompletionUs, rollupUs,
                100.0 * rollupUs / perCompletionUs, 100.0 * rollupUs / 714.0);
    return 0;
}
