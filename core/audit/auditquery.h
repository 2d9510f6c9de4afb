#pragma once

#include "audit/auditentry.h"

#include <QList>
#include <QSqlDatabase>
#include <functional>

namespace hookline {

// Reads audit entries newest first, a page at a time (keyset on seq: the log can be long).
class AuditQuery
{
public:
    struct Filter
    {
        QString action; // exact, or a prefix ending in '.' or '*' ("endpoint." / "endpoint.*")
        QString object; // substring
        QString actor;  // exact
        QDateTime since;
        QDateTime until;
    };

    explicit AuditQuery(QSqlDatabase db);

    // Entries with seq < beforeSeq (0: from the newest), at most `limit`.
    QList<AuditEntry> page(const Filter &filter, int limit, qint64 beforeSeq = 0) const;
    // Oldest first from `since` (invalid: all), for export; `visit` returns false to stop.
    bool forEach(const QDateTime &since,
                 const std::function<bool(const AuditEntry &)> &visit) const;
    QStringList actions() const;
    QStringList actors() const;

private:
    QSqlDatabase m_db;
};

} // namespace hookline
