#pragma once

#include "audit/auditentry.h"
#include "audit/auditquery.h"
#include "store/store.h"
#include "store/storeresult.h"

#include <QList>

namespace hookline {

// The console's audit log, newest first, a page at a time (keyset on seq). Unlike
// AuditQuery::page, a failed read is an error the page can show, not an empty log.
class AuditLogQuery
{
public:
    explicit AuditLogQuery(Store store);

    // Entries with seq < beforeSeq (0: from the newest), at most `limit`.
    StoreResult<QList<AuditEntry>> page(const AuditQuery::Filter &filter, int limit,
                                        qint64 beforeSeq = 0) const;

private:
    Store m_store;
};

} // namespace hookline
