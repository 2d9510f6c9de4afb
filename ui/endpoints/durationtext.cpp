#include "endpoints/durationtext.h"

#include <QRegularExpression>

namespace hookline::ui {

namespace {
constexpr qint64 kMinute = 60;
constexpr qint64 kHour = 3600;
constexpr qint64 kDay = 86400;
} // namespace

QString DurationText::format(std::chrono::milliseconds duration)
{
    qint64 s = (duration.count() + 500) / 1000;
    if (s <= 0)
        return tr("0 s");
    struct Unit
    {
        qint64 seconds;
        QString (*name)(qint64);
    };
    const Unit units[] = {
        {kDay,
         [](qint64 n) {
             return tr("%1 d").arg(n);
         }},
        {kHour,
         [](qint64 n) {
             return tr("%1 h").arg(n);
         }},
        {kMinute,
         [](qint64 n) {
             return tr("%1 min").arg(n);
         }},
        {1,
         [](qint64 n) {
             return tr("%1 s").arg(n);
         }},
    };
    QStringList parts;
    for (const Unit &u : units) {
        if (parts.size() == 2)
            break;
        const qint64 n = s / u.seconds;
        if (n > 0) {
            parts << u.name(n);
            s -= n * u.seconds;
        } else if (!parts.isEmpty()) {
            break; // "1 d 3 min" reads as a mistake: two adjacent units or one
        }
    }
    return parts.join(QLatin1Char(' '));
}

QString DurationText::delay(std::chrono::milliseconds duration)
{
    return duration.count() < 500 ? tr("immediately") : format(duration);
}

QString DurationText::compact(std::chrono::seconds duration)
{
    const qint64 s = duration.count();
    if (s > 0 && s % kDay == 0)
        return QStringLiteral("%1d").arg(s / kDay);
    if (s > 0 && s % kHour == 0)
        return QStringLiteral("%1h").arg(s / kHour);
    if (s > 0 && s % kMinute == 0)
        return QStringLiteral("%1m").arg(s / kMinute);
    return QStringLiteral("%1s").arg(s);
}

QString DurationText::compactList(const QList<std::chrono::seconds> &list)
{
    QStringList parts;
    for (auto s : list)
        parts << compact(s);
    return parts.join(QStringLiteral(", "));
}

std::optional<QList<std::chrono::seconds>> DurationText::parseList(const QString &text,
                                                                   QString *bad)
{
    static const QRegularExpression entry(QStringLiteral("^(\\d{1,7})\\s*(s|sec|m|min|h|d)?$"),
                                          QRegularExpression::CaseInsensitiveOption);
    QList<std::chrono::seconds> out;
    const QStringList parts = text.split(QLatin1Char(','));
    for (const QString &raw : parts) {
        const QString part = raw.trimmed();
        if (part.isEmpty() && parts.size() == 1)
            break; // nothing typed: the default schedule
        const QRegularExpressionMatch m = entry.match(part);
        if (!m.hasMatch()) {
            if (bad)
                *bad = part;
            return std::nullopt;
        }
        const qint64 n = m.captured(1).toLongLong();
        const QString unit = m.captured(2).toLower();
        const qint64 factor = unit.startsWith(QLatin1Char('m')) ? kMinute
                              : unit == QLatin1String("h")      ? kHour
                              : unit == QLatin1String("d")      ? kDay
                                                                : 1;
        out << std::chrono::seconds(n * factor);
    }
    return out;
}

} // namespace hookline::ui
