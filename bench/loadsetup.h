#pragma once

// The load both delivery benchmarks (throughput, guistall) put on a local HTTPS receiver: their
// command line, and a database with the receiver's CA trusted and allowlisted, one endpoint and N
// ~1 KiB events pending. One place, so the two measure the same thing. Header-only: each .cpp in
// bench/ is its own executable.
#include "audit/auditlog.h"
#include "config/endpointservice.h"
#include "events/eventpublisher.h"
#include "events/samplegenerator.h"
#include "security/allowlist.h"
#include "security/trustedcertificates.h"
#include "store/settingsrepository.h"
#include "store/transaction.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <cstdio>

namespace hookline::bench {

struct LoadOptions
{
    QUrl url;
    QString caFile;
    int events = 20000;
    int maxInFlight = 64;
    // --db: a file path or the postgresql:// URI of an empty database; empty means a new SQLite
    // file in a temporary folder.
    QString database;
};

inline LoadOptions parseLoadOptions(const QCoreApplication &app)
{
    QCommandLineParser p;
    p.addOptions({{QStringLiteral("url"), QStringLiteral("receiver URL"), QStringLiteral("URL")},
                  {QStringLiteral("ca"), QStringLiteral("CA PEM to trust"), QStringLiteral("FILE")},
                  {QStringLiteral("events"), QStringLiteral("events"), QStringLiteral("N"),
                   QStringLiteral("20000")},
                  {QStringLiteral("max-in-flight"), QStringLiteral("per endpoint"),
                   QStringLiteral("N"), QStringLiteral("64")},
                  {QStringLiteral("db"),
                   QStringLiteral("empty database (path or postgresql:// URI); default: a new "
                                  "SQLite file"),
                   QStringLiteral("LOCATION")}});
    p.process(app);
    return {QUrl(p.value(QStringLiteral("url"))), p.value(QStringLiteral("ca")),
            p.value(QStringLiteral("events")).toInt(),
            p.value(QStringLiteral("max-in-flight")).toInt(), p.value(QStringLiteral("db"))};
}

// False (and a line on stderr) when the database cannot be prepared.
inline bool seedLoad(QSqlDatabase db, const LoadOptions &o)
{
    // Configuration written here is audited like everywhere else; a benchmark has no keychain,
    // so it signs its audit chain with a throwaway key.
    if (!AuditLog::hasKey())
        AuditLog::setKey(QByteArray(32, 'b'));
    QFile ca(o.caFile);
    if (!ca.open(QIODevice::ReadOnly) ||
        TrustedCertificates(db).trust(Environment::Sandbox, ca.readAll())) {
        std::fprintf(stderr, "cannot trust the CA\n");
        return false;
    }
    SettingsRepository settings(db);
    Allowlist::fromJson(QStringLiteral("[\"127.0.0.1/32\"]"))->save(settings, Environment::Sandbox);
    Endpoint e;
    e.name = QStringLiteral("bench");
    e.url = o.url;
    e.maxInFlight = o.maxInFlight;
    if (!EndpointService(db).create(e).ok()) {
        std::fprintf(stderr, "endpoint refused\n");
        return false;
    }
    // ~1 KiB payloads from the catalog's generator, seeded in one transaction.
    const QString type = QStringLiteral("identity_document.approved");
    const QByteArray payload =
        SampleGenerator::generateJson(type, 1, QDateTime::currentDateTimeUtc());
    Transaction tx(db);
    EventPublisher publisher(db);
    for (int i = 0; i < o.events; ++i)
        publisher.publish({Environment::Sandbox, type, payload, EventSource::Cli, {}, {}});
    return !tx.commit();
}

} // namespace hookline::bench
