// The queries behind the console's Deliveries page on a large store: the first keyset page under
// each filter, a deep page, the bounded refresh of the rows shown, and the dead-letter groups.
// Rows are written directly with SQL. See bench/README.md.
//
//   deliverylog [--deliveries 1000000] [--db PATH]   (an existing PATH is reused as it is)
#include "replay/deadletterquery.h"
#include "store/connection.h"
#include "store/deliveryrepository.h"
#include "store/transaction.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <functional>

using namespace hookline;

namespace {
constexpr int kEndpoints = 10;

const char *const kTypes[] = {"verification.completed", "identity_document.approved",
                              "customer.created", "aml_screening.completed"};

bool seed(QSqlDatabase db, int deliveries)
{
    const qint64 start = QDateTime::currentMSecsSinceEpoch() - qint64(deliveries) * 1000;
    QSqlQuery q(db);
    Transaction tx(db);
    for (int e = 0; e < kEndpoints; ++e) {
        q.prepare(QStringLiteral("INSERT INTO endpoints (id, webhook_id, name, environment, url, "
                                 "created_at, updated_at) VALUES (?, ?, ?, 'sandbox', ?, 0, 0)"));
        q.addBindValue(QStringLiteral("ep_bench%1").arg(e));
        q.addBindValue(QStringLiteral("wh_bench%1").arg(e));
        q.addBindValue(QStringLiteral("Endpoint %1").arg(e));
        q.addBindValue(QStringLiteral("https://e%1.example.com/hooks").arg(e));
        if (!q.exec()) {
            std::fprintf(stderr, "endpoint: %s\n", qPrintable(q.lastError().text()));
            return false;
        }
    }
    QSqlQuery ev(db);
    ev.prepare(QStringLiteral("INSERT INTO events (id, type, environment, created_at, payload, "
                              "source) VALUES (?, ?, 'sandbox', ?, X'7B7D', 'console')"));
    QSqlQuery dl(db);
    dl.prepare(QStringLiteral(
        "INSERT INTO deliveries (id, event_id, endpoint_id, environment, event_type, "
        "idempotency_key, status, attempt_count, next_attempt_at, last_outcome, created_at, "
        "updated_at) VALUES (?, ?, ?, 'sandbox', ?, ?, ?, ?, ?, ?, ?, ?)"));
    const int events = (deliveries + kEndpoints - 1) / kEndpoints;
    int n = 0;
    for (int i = 0; i < events && n < deliveries; ++i) {
        const qint64 at = start + qint64(i) * kEndpoints * 1000;
        const QString eventId = QStringLiteral("evt_%1").arg(i, 9, 10, QLatin1Char('0'));
        const QString type = QString::fromLatin1(kTypes[i % 4]);
        ev.addBindValue(eventId);
        ev.addBindValue(type);
        ev.addBindValue(at);
        if (!ev.exec()) {
            std::fprintf(stderr, "event: %s\n", qPrintable(ev.lastError().text()));
            return false;
        }
        for (int e = 0; e < kEndpoints && n < deliveries; ++e, ++n) {
            // 90 % succeeded, 5 % dead (timeouts and 5xx), 3 % retrying, 2 % pending.
            const int r = n % 100;
            QString status = QStringLiteral("succeeded");
            QVariant outcome = QStringLiteral("success");
            int attempts = 1;
            QVariant next(QMetaType::fromType<qint64>());
            if (r < 5) {
                status = QStringLiteral("dead");
                outcome = r < 3 ? QStringLiteral("timeout") : QStringLiteral("http_5xx");
                attempts = 31;
            } else if (r < 8) {
                status = QStringLiteral("retrying");
                outcome = QStringLiteral("http_5xx");
                attempts = 3;
                next = at + 600000;
            } else if (r < 10) {
                status = QStringLiteral("pending");
                outcome = QVariant(QMetaType::fromType<QString>());
                attempts = 0;
                next = at;
            }
            dl.addBindValue(QStringLiteral("dlv_%1").arg(n, 9, 10, QLatin1Char('0')));
            dl.addBindValue(eventId);
            dl.addBindValue(QStringLiteral("ep_bench%1").arg(e));
            dl.addBindValue(type);
            dl.addBindValue(QStringLiteral("idem_%1").arg(n));
            dl.addBindValue(status);
            dl.addBindValue(attempts);
            dl.addBindValue(next);
            dl.addBindValue(outcome);
            dl.addBindValue(at + e);
            dl.addBindValue(at + e + 1000);
            if (!dl.exec()) {
                std::fprintf(stderr, "delivery: %s\n", qPrintable(dl.lastError().text()));
                return false;
            }
        }
    }
    return !tx.commit();
}

// Median of 7 runs, in milliseconds; the first run is also reported (cold-ish cache).
void measure(const char *name, const std::function<int()> &run)
{
    QList<double> times;
    int rows = 0;
    double first = 0;
    for (int i = 0; i < 7; ++i) {
        QElapsedTimer t;
        t.start();
        rows = run();
        const double ms = t.nsecsElapsed() / 1e6;
        if (i == 0)
            first = ms;
        times << ms;
    }
    std::sort(times.begin(), times.end());
    std::printf("%-44s rows %6d  first %8.2f ms  median %8.2f ms\n", name, rows, first,
                times.at(3));
}
} // namespace

int main(int argc, char *argv[])
{
    std::setvbuf(stdout, nullptr, _IOLBF, 0);
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    p.addOption({QStringLiteral("deliveries"), QStringLiteral("deliveries to seed"),
                 QStringLiteral("N"), QStringLiteral("1000000")});
    p.addOption({QStringLiteral("db"), QStringLiteral("database file"), QStringLiteral("PATH")});
    p.process(app);
    const int deliveries = p.value(QStringLiteral("deliveries")).toInt();
    QTemporaryDir dir;
    const QString path = p.isSet(QStringLiteral("db"))
                             ? p.value(QStringLiteral("db"))
                             : dir.filePath(QStringLiteral("bench.sqlite"));
    const bool exists = QFile::exists(path);
    Connection connection(path);
    if (auto err = connection.open()) {
        std::fprintf(stderr, "open: %s\n", qPrintable(err->message));
        return 1;
    }
    QSqlDatabase db = connection.database();
    if (!exists) {
        QElapsedTimer t;
        t.start();
        if (!seed(db, deliveries)) {
            std::fprintf(stderr, "seeding failed\n");
            return 1;
        }
        std::printf("seeded %d deliveries in %.1f s\n", deliveries, t.elapsed() / 1000.0);
        QSqlQuery(db).exec(QStringLiteral("ANALYZE"));
    }

    const DeliveryRepository repo(db);
    auto page = [&repo](DeliveryRepository::Filter f, const QString &before = {}) {
        return int(repo.list(f, 200, before)->size());
    };
    DeliveryRepository::Filter all;
    measure("first page, no filter", [&] { return page(all); });
    DeliveryRepository::Filter dead = all;
    dead.status = DeliveryStatus::Dead;
    measure("first page, status dead (5 %)", [&] { return page(dead); });
    DeliveryRepository::Filter pending = all;
    pending.status = DeliveryStatus::Pending;
    measure("first page, status pending (2 %)", [&] { return page(pending); });
    DeliveryRepository::Filter endpoint = all;
    endpoint.endpointId = QStringLiteral("ep_bench3");
    measure("first page, one endpoint (10 %)", [&] { return page(endpoint); });
    DeliveryRepository::Filter type = all;
    type.eventType = QStringLiteral("customer.created");
    measure("first page, event type (25 %)", [&] { return page(type); });
    DeliveryRepository::Filter outcome = all;
    outcome.lastOutcome = OutcomeClass::Timeout;
    measure("first page, outcome timeout (3 %)", [&] { return page(outcome); });
    DeliveryRepository::Filter combined = dead;
    combined.endpointId = QStringLiteral("ep_bench3");
    combined.lastOutcome = OutcomeClass::Timeout;
    measure("first page, dead + endpoint + timeout", [&] { return page(combined); });
    DeliveryRepository::Filter deadEndpoint = dead;
    deadEndpoint.endpointId = QStringLiteral("ep_bench3");
    measure("first page, dead + endpoint (0.5 %)", [&] { return page(deadEndpoint); });
    DeliveryRepository::Filter retryingCombined = combined;
    retryingCombined.status = DeliveryStatus::Retrying;
    retryingCombined.endpointId = QStringLiteral("ep_bench5"); // 10,000 retrying, none timed out
    measure("first page, retrying + endpoint + timeout", [&] { return page(retryingCombined); });
    DeliveryRepository::Filter lastHour = all;
    lastHour.from = QDateTime::currentDateTimeUtc().addSecs(-3600);
    measure("first page, last hour", [&] { return page(lastHour); });
    DeliveryRepository::Filter rare = all;
    rare.eventType = QStringLiteral("no.such_type");
    measure("first page, filter matching nothing", [&] { return page(rare); });
    // Scrolled 50 pages down: the keyset makes page 51 cost what page 1 costs.
    QString before;
    for (int i = 0; i < 50; ++i) {
        const QList<Delivery> rows = *repo.list(all, 200, before);
        if (rows.size() < 200)
            break;
        before = rows.constLast().id;
    }
    measure("page 51 (keyset), no filter", [&] { return page(all, before); });
    // The live refresh: the 200 rows shown and anything newer, in one bounded query.
    DeliveryRepository::Filter refresh = all;
    refresh.minId = repo.list(all, 200)->value(199).id;
    measure("refresh of the rows shown (minId)",
            [&] { return int(repo.list(refresh, 1200)->size()); });
    DeliveryRepository::Filter refreshDead = dead;
    refreshDead.minId = repo.list(dead, 200)->value(199).id;
    measure("refresh of the rows shown, status dead",
            [&] { return int(repo.list(refreshDead, 1200)->size()); });
    const DeadLetterQuery deadLetters(db);
    measure("dead-letter groups",
            [&] { return int(deadLetters.groups(Environment::Sandbox)->size()); });
    measure("dead-letter total", [&] { return *deadLetters.total(Environment::Sandbox); });
    return 0;
}
