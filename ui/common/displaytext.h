#pragma once

#include "domain/delivery.h"
#include "domain/endpoint.h"
#include "domain/environment.h"
#include "domain/outcomeclass.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace hookline::ui {

// User-facing names of core's enums (core only knows machine names).
class DisplayText
{
    Q_DECLARE_TR_FUNCTIONS(hookline::ui::DisplayText)
public:
    static QString environment(Environment env);
    static QString state(EndpointState state);
    static QString method(HttpMethod method);
    static QString signingScheme(SigningScheme scheme);
    static QString outcome(OutcomeClass outcome);
    static QString status(DeliveryStatus status);
    // A stored (UTC) time as the user reads it: local time, the locale's short format; empty for
    // an invalid time. Every page writes times this way.
    static QString dateTime(const QDateTime &utc);
    // An endpoint's stored paused reason: the engine's codes in words, an admin's text as is.
    static QString pausedReason(const QString &stored);
};

} // namespace hookline::ui
