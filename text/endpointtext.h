#pragma once

#include <QCoreApplication>
#include <QString>

namespace hookline::text {

// An endpoint's stored states in words, for the CLI and the console alike.
class EndpointText
{
    Q_DECLARE_TR_FUNCTIONS(hookline::text::EndpointText)
public:
    // An endpoint's stored paused reason: the engine's auto-pause codes in words, an admin's text
    // as is.
    static QString pausedReason(const QString &stored);
};

} // namespace hookline::text
