#pragma once

#include "domain/delivery.h"
#include "domain/endpoint.h"
#include "domain/environment.h"
#include "domain/outcomeclass.h"

#include <QCoreApplication>
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
    // An endpoint's stored paused reason: the engine's codes in words, an admin's text as is.
    static QString pausedReason(const QString &stored);
};

} // namespace hookline::ui
