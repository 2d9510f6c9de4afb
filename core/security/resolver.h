#pragma once

#include <QHostAddress>
#include <QList>
#include <QString>
#include <chrono>
#include <functional>

class QObject;

namespace hookline {

// What one lookup of a host name (A and AAAA together) came back with.
struct ResolveResult
{
    enum class Status
    {
        Ok,       // addresses holds the answers (possibly none: the name has no A/AAAA records)
        NxDomain, // the name does not exist
        Failure,  // the resolver failed (SERVFAIL, no network, …)
        Timeout,  // no answer in time
    };
    Status status = Status::Failure;
    QList<QHostAddress> addresses;
    QString errorText; // for logs only
};

QString toString(ResolveResult::Status status); // "ok", "nxdomain", "failure", "timeout"

// Injectable name resolution (docs/ARCHITECTURE.md "Conventions"): the system resolver in
// production, a scripted one in tests. Asynchronous; never blocks the calling thread.
class Resolver
{
public:
    using Callback = std::function<void(const ResolveResult &)>;

    virtual ~Resolver();

    // Looks up A and AAAA records of host (a canonical name, never an IP literal). Calls done
    // exactly once, later (never from inside lookup()), on context's thread — unless context is
    // destroyed first, in which case done is never called. Must be called on context's thread.
    // After timeout without an answer, done receives Status::Timeout.
    virtual void lookup(const QString &host, std::chrono::milliseconds timeout, QObject *context,
                        Callback done) = 0;
};

} // namespace hookline
