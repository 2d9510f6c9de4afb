#include "domain/outcomeclass.h"

#include <QStringList>
#include <array>

namespace hookline {

namespace {
constexpr std::array<const char *, kOutcomeClassCount> kNames = {
    "success", "http_4xx", "http_5xx", "http_429", "redirect",    "timeout",
    "connect", "dns",      "tls",      "blocked",  "interrupted", "invalid_response",
};
} // namespace

QString toString(OutcomeClass outcome)
{
    return QString::fromLatin1(kNames.at(static_cast<size_t>(outcome)));
}

std::optional<OutcomeClass> outcomeClassFromString(const QString &text)
{
    for (size_t i = 0; i < kNames.size(); ++i) {
        if (text == QLatin1String(kNames[i]))
            return static_cast<OutcomeClass>(i);
    }
    return std::nullopt;
}

QString outcomeClassNames()
{
    QStringList names;
    for (const char *name : kNames)
        names << QString::fromLatin1(name);
    return names.join(QLatin1String(", "));
}

OutcomeClass outcomeClassForHttpStatus(int status)
{
    if (status >= 200 && status <= 299)
        return OutcomeClass::Success;
    if (status >= 300 && status <= 399)
        return OutcomeClass::Redirect;
    if (status == 429)
        return OutcomeClass::Http429;
    if (status >= 400 && status <= 499)
        return OutcomeClass::Http4xx;
    // 1xx that end an exchange and 5xx alike: the receiver did not take the delivery.
    return OutcomeClass::Http5xx;
}

} // namespace hookline
