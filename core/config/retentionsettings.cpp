#include "config/retentionsettings.h"

#include "store/settingsrepository.h"

namespace hookline {

namespace {

QString scope()
{
    return QStringLiteral("retention");
}

int readInt(const QHash<QString, QString> &values, const QString &key, int fallback, int min,
            int max)
{
    bool ok = false;
    const int value = values.value(key).toInt(&ok);
    return ok && value >= min && value <= max ? value : fallback;
}

} // namespace

bool RetentionSettings::isValid() const
{
    return attemptDays >= kMinAttemptDays && attemptDays <= kMaxAttemptDays &&
           rollupMonths >= kMinRollupMonths && rollupMonths <= kMaxRollupMonths;
}

StoreResult<RetentionSettings> RetentionSettings::load(const SettingsRepository &settings)
{
    const StoreResult<QHash<QString, QString>> values = settings.values(scope());
    if (!values)
        return values.error();
    RetentionSettings result;
    result.attemptDays = readInt(*values, QStringLiteral("attempt_days"), kDefaultAttemptDays,
                                 kMinAttemptDays, kMaxAttemptDays);
    result.rollupMonths = readInt(*values, QStringLiteral("rollup_months"), kDefaultRollupMonths,
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
