#pragma once

#include "domain/auditentry.h"
#include "store/auditrepository.h"
#include "store/store.h"
#include "store/storeresult.h"

#include <QList>
#include <functional>
#include <optional>

namespace hookline {

// Reads audit entries newest first, a page at a time (keyset on seq: the log can be long).
// Every read reports a failure: an unreadable log is never shown as an empty one.
class AuditQuery
{
public:
    using Filter = AuditFilter;

    explicit AuditQuery(Store store);

    // Entries with seq < beforeSeq (0: from the newest), at most `limit`.
    StoreResult<QList<AuditEntry>> page(const Filter &filter, int limit,
                                        qint64 beforeSeq = 0) const;
    // Oldest first from `since` (invalid: all), for export; `visit` returns false to stop.
    std::optional<StoreError> forEach(const QDateTime &since,
                                      const std::function<bool(const AuditEntry &)> &visit) const;
    StoreResult<QStringList> actions() const;
    StoreResult<QStringList> actors() const;

private:
    AuditRepository m_repository;
};

} // namespace hookline
