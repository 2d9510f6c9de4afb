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
    // An attempt's result: "HTTP 503" when the receiver answered with a failing status, the
    // outcome in words otherwise ("Timeout", "Success · HTTP 200"); never the class and its own
    // status twice. Every page that shows an attempt writes it this way.
    static QString result(OutcomeClass outcome, int httpStatus);
    // As above; "In flight" while the attempt has no outcome yet.
    static QString result(const Attempt &attempt);
    static QString status(DeliveryStatus status);
    // A stored (UTC) time as the user reads it: local time, the locale's short format; empty for
    // an invalid time. Every page writes times this way.
    static QString dateTime(const QDateTime &utc);
};

} // namespace hookline::ui
