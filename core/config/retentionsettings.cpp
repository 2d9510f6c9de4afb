#include "config/retentionsettings.h"

#include "store/settingsrepository.h"

namespace hookline {

namespace {

QString scope()
{
    return QStringLiteral("retention");
}

int readInt(const SettingsRepository &settings, const QString &key, int fallback, int min, int max)
{
    bool ok = false;
    const int value = settings.value(scope(), key, QString()).toInt(&ok);
    return ok && value >= min && value <= max ? value : fallback;
}

} // namespace

bool RetentionSettings::isValid() const
{
    return attemptDays >= kMinAttemptDays && attemptDays <= kMaxAttemptDays &&
           rollupMonths >= kMinRollupMonths && rollupMonths <= kMaxRollupMonths;
}

RetentionSettings RetentionSettings::load(const SettingsRepository &settings)
{
    RetentionSettings result;
    result.attemptDays = readInt(settings, QStringLiteral("attempt_days"), kDefaultAttemptDays,
                                 kMinAttemptDays, kMaxAttemptDays);
    result.rollupMonths = readInt(settings, QStringLiteral("rollup_months"), kDefaultRollupMonths,
                                  kMinRollupMonths, kMaxRollupMonths);
    return result;
}

std::optional<StoreError> RetentionSettings::save(SettingsRepository &settings) const
{
    if (!isValid())
        return StoreError{StoreError::Code::Constraint, QStringLiteral("retention out of range")};
    if (auto error = settings.setValue(scope(), QStringLiteral("attempt_days"),
                                       QString::number(attemptDays)))
        return error;
    return settings.setValue(scope(), QStringLiteral("rollup_months"),
                             QString::number(rollupMonths));
}

} // namespace hookline
