#pragma once

#include "domain/delivery.h"

#include <QDateTime>
#include <QString>
#include <optional>

namespace hookline {

// Which dead letters an operator means: the console's dead-letter view, `dlq list|replay` and a
// bulk replay all narrow them the same way.
struct DeadLetterFilter
{
    Environment environment = Environment::Sandbox;
    QString endpointId;                  // empty: all endpoints
    QDateTime since;                     // dead since (last update), invalid: any time
    std::optional<OutcomeClass> outcome; // the last attempt's class
};

} // namespace hookline
