#pragma once

#include "domain/endpoint.h"
#include "domain/outcomeclass.h"

#include <QDateTime>
#include <QList>
#include <optional>

namespace hookline {

// The auto-pause rules (docs/product-contract.md "Auto-pause, dead letters, failover"), as a pure
// function of an endpoint's recent attempts: (a) its last N (default 20) attempts all failed and
// the oldest of them is at least an hour old; (b) at least P % (default 50) of its last 100
// attempts timed out. Both need a full window, so sporadic failure never pauses an endpoint.
class AutoPause
{
public:
    enum class Reason
    {
        ConsecutiveFailures,
        Timeouts
    };

    struct Sample
    {
        QDateTime startedAt;
        OutcomeClass outcome;
    };

    static constexpr int kTimeoutWindow = 100;
    static constexpr qint64 kFailureSpanMs = 3600 * 1000;

    // `newestFirst`: the endpoint's most recent finished attempts, newest first.
    static std::optional<Reason> evaluate(const QList<Sample> &newestFirst, const QDateTime &now,
                                          const AutoPausePolicy &policy);
    // How close the endpoint is to rule (a): consecutive failures counted from the newest.
    static int consecutiveFailures(const QList<Sample> &newestFirst);

    // The paused reason stored for an automatic pause: a code, so the console and the CLI can say
    // it in the user's words (a manual pause stores the admin's own text instead).
    static QString reasonCode(Reason reason);
    // The rule behind a stored paused reason; nullopt for a manual one. Also reads the English
    // texts that version 0.2.0 stored.
    static std::optional<Reason> reasonFromStored(const QString &stored);
};

} // namespace hookline
