#pragma once

#include "audit/auditanchor.h"
#include "store/store.h"

#include <QString>
#include <optional>

namespace hookline {

// Walks the whole audit chain and checks it against the key and the keychain anchor. Reports the
// first bad entry (the lowest sequence number at which something is wrong) and why.
//
// An anchor behind the tail is accepted when the entry it names carries the anchored hash and
// every later entry verifies under the key: the anchor is written after the SQL commit, so a
// crash between the two leaves it a few entries behind (see AuditKeeper).
class AuditVerifier
{
public:
    enum class Code
    {
        Ok,
        KeyMissing,   // entries exist but no key to check them with
        HashMismatch, // the entry's content or hash was changed
        ChainBroken,  // the entry's previous hash is not the hash of the entry before it
        Missing,      // a sequence number is missing (an entry was deleted)
        OutOfOrder,   // the entry is valid, but for another position in the chain
        Truncated,    // the anchor names an entry beyond the last one
        RolledBack,   // the anchored entry has another hash: an older copy of the database
        Failed,       // the database could not be read
    };

    struct Report
    {
        Code code = Code::Ok;
        qint64 badSeq = 0;       // the first bad entry, for every code but Ok/KeyMissing/Failed
        QString badAction;       // its action, when the entry exists
        qint64 entries = 0;      // rows read
        qint64 verifiedUpTo = 0; // the last entry that verified (all before it verified too)
        std::optional<AuditAnchor> anchor;
        bool anchorBehind = false; // the anchor names an entry before the last (crash window)
        QString detail;            // for logs
        bool ok() const { return code == Code::Ok; }
    };

    static Report verify(const Store &store, const QByteArray &key,
                         const std::optional<AuditAnchor> &anchor);
    static QString codeName(Code code); // stable machine-readable name, e.g. "hash_mismatch"
};

} // namespace hookline
