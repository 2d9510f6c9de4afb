#pragma once

#include <QString>
#include <optional>

namespace hookline {

// How much the processes say on stderr. Every line carries the UTC time, the level and the
// category (hookline.delivery, hookline.store, …), so a journal or a log shipper can filter
// without guessing: `2026-11-25T21:00:00.123Z warning hookline.delivery: …`.
enum class LogLevel
{
    Debug,
    Info,
    Warning,
    Error,
};

std::optional<LogLevel> logLevelFromString(const QString &text);

// Installs the line format and enables hookline.* categories at `level` and above. Qt's own
// categories stay at warning. QT_LOGGING_RULES, when set, still wins (Qt applies it last).
void installLogging(LogLevel level);

// The line written for one message; exposed for tests.
QString formatLogLine(const QString &level, const char *category, const QString &message);

} // namespace hookline
