#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <optional>

namespace hookline {

// Realistic `data` payloads for the built-in event types, valid against their schemas. The same
// (seed, now) always gives the same bytes; the seed picks one story (a person, their country,
// documents and screening), so the same seed tells a consistent story across event types.
// Countries: DE, FR, GB, US, ES, IT, NL, PL, SE. Never touches a global random generator.
class SampleGenerator
{
public:
    // The reference time used when `now` is not given: keeps samples reproducible in tests and
    // docs.
    static QDateTime referenceTime();
    static QStringList countries();

    static bool canGenerate(const QString &type); // built-in types only
    // Null for a type it cannot generate (custom types have no generator).
    static std::optional<QJsonObject> generate(const QString &type, quint64 seed,
                                               const QDateTime &now = {});
    // Compact JSON bytes of generate(); empty for a type it cannot generate.
    static QByteArray generateJson(const QString &type, quint64 seed, const QDateTime &now = {});
};

} // namespace hookline
