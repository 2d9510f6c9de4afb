#include "config/ingestsettings.h"

#include "store/settingsrepository.h"

namespace hookline {

namespace {

QString scope()
{
    return QStringLiteral("ingest");
}

} // namespace

StoreResult<IngestSettings> IngestSettings::load(const SettingsRepository &settings)
{
    const StoreResult<QHash<QString, QString>> values = settings.values(scope());
    if (!values)
        return values.error();
    IngestSettings result;
    result.enabled = values->value(QStringLiteral("enabled")) == QLatin1String("true");
    bool ok = false;
    const uint port = values->value(QStringLiteral("port")).toUInt(&ok);
    if (ok && port >= 1 && port <= 65535)
        result.port = static_cast<quint16>(port);
    return result;
}

std::optional<StoreError> IngestSettings::save(SettingsRepository &settings) const
{
    if (!isValid())
        return StoreError{StoreError::Code::Constraint, QStringLiteral("ingest port out of range")};
    if (auto error = settings.setValue(scope(), QStringLiteral("enabled"),
                                       enabled ? QStringLiteral("true") : QStringLiteral("false")))
        return error;
    return settings.setValue(scope(), QStringLiteral("port"), QString::number(port));
}

} // namespace hookline
