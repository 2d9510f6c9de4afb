#pragma once

#include "domain/endpoint.h"
#include "domain/outcomeclass.h"

#include <QHash>
#include <QMetaType>
#include <QString>
#include <optional>

namespace hookline {

// What the engine tells its observers, batched (every ~250 ms), as plain values.
struct EndpointLiveState
{
    int inFlight = 0;
    std::optional<OutcomeClass> lastOutcome;
    int lastHttpStatus = 0; // of the last attempt; 0 when no HTTP answer came
    qint64 lastLatencyMs = -1;
    EndpointState state = EndpointState::Active;
    QString pausedReason;
    int consecutiveFailures = 0;
};

struct EngineSnapshot
{
    int inFlight = 0;
    qint64 attemptsFinished = 0; // since the engine started
    qint64 succeeded = 0;
    qint64 failed = 0;
    QHash<QString, EndpointLiveState> endpoints;
};

} // namespace hookline

Q_DECLARE_METATYPE(hookline::EngineSnapshot)
