#include "endpointtext.h"

#include "domain/autopause.h"

namespace hookline::text {

QString EndpointText::pausedReason(const QString &stored)
{
    if (const std::optional<AutoPause::Reason> rule = AutoPause::reasonFromStored(stored))
        return *rule == AutoPause::Reason::ConsecutiveFailures
                   ? tr("every attempt failed for over an hour")
                   : tr("most recent attempts timed out");
    return stored;
}

} // namespace hookline::text
