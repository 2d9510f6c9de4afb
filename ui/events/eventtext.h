#pragma once

#include "domain/delivery.h"
#include "events/eventpublisher.h"

#include <QCoreApplication>
#include <QString>

namespace hookline::ui {

// Words for the Events page: the built-in event types' descriptions (core keeps the English
// source in its catalog; the translations live here, keyed by type), delivery states and schema
// violation reasons.
class EventText
{
    Q_DECLARE_TR_FUNCTIONS(hookline::ui::EventText)
public:
    // Empty for a type without a built-in description (custom types).
    static QString description(const QString &type);
    static QString deliveryStatus(DeliveryStatus status);
    // A schema violation's reason code (required, type, enum, …) in words.
    static QString violation(const QString &reason);
    // Why a test event to given endpoints was not stored (the publisher's code in words).
    static QString testRefusal(const EventPublisher::Result &result);
};

} // namespace hookline::ui
