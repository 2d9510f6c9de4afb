#include "store/databasetables.h"

namespace hookline {

const QList<DatabaseTable> &databaseTables()
{
    static const QList<DatabaseTable> kTables = {
        {QStringLiteral("endpoints"), {QStringLiteral("id")}},
        {QStringLiteral("subscriptions"),
         {QStringLiteral("endpoint_id"), QStringLiteral("pattern")}},
        {QStringLiteral("events"), {QStringLiteral("id")}},
        {QStringLiteral("deliveries"), {QStringLiteral("id")}},
        {QStringLiteral("attempts"), {QStringLiteral("id")}},
        {QStringLiteral("settings"), {QStringLiteral("scope"), QStringLiteral("key")}},
        {QStringLiteral("audit_log"), {QStringLiteral("seq")}},
        {QStringLiteral("rollups_minute"),
         {QStringLiteral("environment"), QStringLiteral("grain"), QStringLiteral("bucket"),
          QStringLiteral("endpoint_id"), QStringLiteral("event_type")}},
        {QStringLiteral("rollups_hour"),
         {QStringLiteral("environment"), QStringLiteral("grain"), QStringLiteral("bucket"),
          QStringLiteral("endpoint_id"), QStringLiteral("event_type")}},
        {QStringLiteral("rollups_day"),
         {QStringLiteral("environment"), QStringLiteral("grain"), QStringLiteral("bucket"),
          QStringLiteral("endpoint_id"), QStringLiteral("event_type")}},
    };
    return kTables;
}

} // namespace hookline
