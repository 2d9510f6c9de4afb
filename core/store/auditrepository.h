#pragma once

#include "domain/auditentry.h"
#include "store/store.h"
#include "store/storeresult.h"

#include <QDateTime>
#include <QList>
#include <QStringList>
#include <functional>
#include <optional>

namespace hookline {

// Which audit entries a page shows.
struct AuditFilter
{
    QString action; // exact, or a prefix ending in '.' or '*' ("endpoint." / "endpoint.*")
    QString object; // substring, case-sensitive
    QString actor;  // exact
    QDateTime since;
    QDateTime until;
};

// The audit_log table: the hash chain's rows. Computing and checking hashes is core/audit's.
class AuditRepository
{
public:
    explicit AuditRepository(Store store);

    // Appends `entry` after the current tail: sets its seq and prevHash, asks `seal` for its hash
    // and inserts it, all in one transaction (a savepoint inside the caller's). Concurrent
    // appenders are serialised: on SQLite by the write transaction, on PostgreSQL by a
    // transaction-scoped advisory lock taken before the tail is read.
    std::optional<StoreError> append(AuditEntry *entry,
                                     const std::function<QByteArray(const AuditEntry &)> &seal);

    // Entries with seq < beforeSeq (0: from the newest), newest first, at most `limit`.
    StoreResult<QList<AuditEntry>> page(const AuditFilter &filter, int limit,
                                        qint64 beforeSeq = 0) const;
    // Oldest first, from seq `fromSeq` on and with `at` at or after `since` (invalid: any time);
    // `visit` returns false to stop.
    std::optional<StoreError> forEach(qint64 fromSeq, const QDateTime &since,
                                      const std::function<bool(const AuditEntry &)> &visit) const;
    // The seq of the entry carrying `hash`, if any.
    StoreResult<std::optional<qint64>> seqOfHash(const QByteArray &hash) const;
    StoreResult<std::optional<AuditEntry>> find(qint64 seq) const;
    StoreResult<qint64> count() const;
    // The distinct actions and actors, sorted.
    StoreResult<QStringList> actions() const;
    StoreResult<QStringList> actors() const;

private:
    StoreResult<QStringList> distinct(const QString &column) const;

    Store m_store;
};

} // namespace hookline
