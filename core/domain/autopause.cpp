#include "domain/autopause.h"

namespace hookline {

int AutoPause::consecutiveFailures(const QList<Sample> &newestFirst)
{
    int n = 0;
    for (const Sample &s : newestFirst) {
        // An interrupted attempt says nothing about the endpoint: skip it, don't count it.
        if (s.outcome == OutcomeClass::Interrupted)
            continue;
        if (s.outcome == OutcomeClass::Success)
            break;
        ++n;
    }
    return n;
}

std::optional<AutoPause::Reason> AutoPause::evaluate(const QList<Sample> &newestFirst,
                                                     const QDateTime &now,
                                                     const AutoPausePolicy &policy)
{
    const int failuresNeeded =
        policy.consecutiveFailures.value_or(AutoPausePolicy::kDefaultConsecutiveFailures);
    const int timeoutPercent =
        policy.timeoutPercent.value_or(AutoPausePolicy::kDefaultTimeoutPercent);

    QList<Sample> relevant;
    relevant.reserve(newestFirst.size());
    for (const Sample &s : newestFirst) {
        if (s.outcome != OutcomeClass::Interrupted)
            relevant << s;
    }

    if (relevant.size() >= failuresNeeded && failuresNeeded > 0) {
        bool allFailed = true;
        for (int i = 0; i < failuresNeeded && allFailed; ++i)
            allFailed = relevant.at(i).outcome != OutcomeClass::Success;
        if (allFailed && relevant.at(failuresNeeded - 1).startedAt.msecsTo(now) >= kFailureSpanMs)
            return Reason::ConsecutiveFailures;
    }

    if (relevant.size() >= kTimeoutWindow) {
        int timeouts = 0;
        for (int i = 0; i < kTimeoutWindow; ++i)
            timeouts += relevant.at(i).outcome == OutcomeClass::Timeout ? 1 : 0;
        if (timeouts * 100 >= timeoutPercent * kTimeoutWindow)
            return Reason::Timeouts;
    }
    return std::nullopt;
}

QString AutoPause::reasonCode(Reason reason)
{
    return reason == Reason::ConsecutiveFailures ? QStringLiteral("auto:consecutive_failures")
                                                 : QStringLiteral("auto:timeouts");
}

std::optional<AutoPause::Reason> AutoPause::reasonFromStored(const QString &stored)
{
    if (stored == reasonCode(Reason::ConsecutiveFailures) ||
        stored == QLatin1String("auto: every recent attempt failed for over an hour"))
        return Reason::ConsecutiveFailures;
    if (stored == reasonCode(Reason::Timeouts) ||
        stored == QLatin1String("auto: most recent attempts timed out"))
        return Reason::Timeouts;
    return std::nullopt;
}

} // namespace hookline
