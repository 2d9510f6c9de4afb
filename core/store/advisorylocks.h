#pragma once

#include <QtGlobal>

namespace hookline::advisorylock {

// PostgreSQL's transaction-scoped advisory locks (pg_advisory_xact_lock), one key per purpose,
// listed together so that no two purposes share a key. SQLite needs none: its writers are
// serialised by BEGIN IMMEDIATE.
constexpr qint64 kMigration = 0x486f6f6b6c696e65; // "Hookline": one migrator at a time
constexpr qint64 kAuditAppend =
    0x486f6f6b41756474; // "HookAudt": the chain grows one entry at a time
constexpr qint64 kRollupMerge = 0x486f6f6b526f6c6c; // "HookRoll": read-merge-write of rollup cells

} // namespace hookline::advisorylock
