#include "domain/delivery.h"

#include <array>

namespace hookline {

namespace {
constexpr std::array<const char *, 7> kNames = {"pending", "in_flight", "retrying", "succeeded",
                                                "held",    "dead",      "cancelled"};
}

QString toString(DeliveryStatus status)
{
    return QString::fromLatin1(kNames.at(static_cast<size_t>(status)));
}

std::optional<DeliveryStatus> deliveryStatusFromString(const QString &text)
{
    for (size_t i = 0; i < kNames.size(); ++i) {
        if (text == QLatin1String(kNames[i]))
            return static_cast<DeliveryStatus>(i);
    }
    return std::nullopt;
}

bool isFinal(DeliveryStatus status)
{
    return status == DeliveryStatus::Succeeded || status == DeliveryStatus::Dead ||
           status == DeliveryStatus::Cancelled;
}

} // namespace hookline
