#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <chrono>
#include <optional>

namespace hookline::ui {

// Durations as people read and type them: "1 h 30 min", "30s, 5m, 2h, 1d".
class DurationText
{
    Q_DECLARE_TR_FUNCTIONS(hookline::ui::DurationText)
public:
    // At most the two largest units, rounded to the second ("0 s" for zero).
    static QString format(std::chrono::milliseconds duration);
    // A retry delay: "immediately" for zero, otherwise format().
    static QString delay(std::chrono::milliseconds duration);
    // The compact form used in the interval field: 30s, 5m, 2h, 1d.
    static QString compact(std::chrono::seconds duration);
    static QString compactList(const QList<std::chrono::seconds> &list);

    // Parses "30s, 5m, 2h, 1d" (a bare number is seconds; "min" is minutes). On a bad entry
    // returns nullopt and puts it in `bad`.
    static std::optional<QList<std::chrono::seconds>> parseList(const QString &text,
                                                                QString *bad = nullptr);
};

} // namespace hookline::ui
