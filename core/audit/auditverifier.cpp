#include "audit/auditverifier.h"

#include "domain/auditentry.h"
#include "store/auditrepository.h"

#include <limits>

namespace hookline {

namespace {

// A valid entry sitting at the wrong position: its stored previous hash names the entry it was
// appended after, and its hash verifies for the position after that one.
StoreResult<bool> isMisplaced(const AuditRepository &log, const QByteArray &key,
                              const AuditEntry &e)
{
    qint64 origin = 1;
    if (e.prevHash != AuditEntry::genesisHash()) {
        const StoreResult<std::optional<qint64>> before = log.seqOfHash(e.prevHash);
        if (!before)
            return before.error();
        if (!before.value())
            return false;
        origin = *before.value() + 1;
    }
    return origin != e.seq && e.expectedHash(key, origin) == e.hash;
}
} // namespace

AuditVerifier::Report AuditVerifier::verify(const Store &store, const QByteArray &key,
                                            const std::optional<AuditAnchor> &anchor)
{
    Report r;
    r.anchor = anchor;
    const AuditRepository log(store);
    QByteArray previous = AuditEntry::genesisHash();
    qint64 expectedSeq = 1;
    QByteArray hashAtAnchor;
    const auto fail = [&r](Code code, qint64 seq, const QString &action) {
        r.code = code;
        r.badSeq = seq;
        r.badAction = action;
        return false;
    };
    const auto failed = [&r](const StoreError &error) {
        r.code = Code::Failed;
        r.badSeq = 0;
        r.badAction.clear();
        r.detail = error.message;
        return r;
    };
    std::optional<StoreError> lookupError;
    const std::optional<StoreError> readError =
        log.forEach(std::numeric_limits<qint64>::min(), {}, [&](const AuditEntry &e) {
            ++r.entries;
            if (key.isEmpty()) {
                r.code = Code::KeyMissing;
                return false;
            }
            if (e.seq != expectedSeq)
                return fail(Code::Missing, expectedSeq, QString());
            const bool hashOk = e.expectedHash(key) == e.hash;
            const bool linkOk = e.prevHash == previous;
            if (!hashOk || !linkOk) {
                const StoreResult<bool> misplaced = isMisplaced(log, key, e);
                if (!misplaced) {
                    lookupError = misplaced.error();
                    return false;
                }
                if (*misplaced)
                    return fail(Code::OutOfOrder, e.seq, e.action);
                return fail(hashOk ? Code::ChainBroken : Code::HashMismatch, e.seq, e.action);
            }
            if (anchor && e.seq == anchor->seq)
                hashAtAnchor = e.hash;
            previous = e.hash;
            r.verifiedUpTo = e.seq;
            ++expectedSeq;
            return true;
        });
    if (readError)
        return failed(*readError);
    if (lookupError)
        return failed(*lookupError);
    if (r.code != Code::Ok || !anchor)
        return r;
    if (anchor->seq > r.verifiedUpTo) {
        fail(Code::Truncated, r.verifiedUpTo + 1, QString());
        return r;
    }
    if (hashAtAnchor != anchor->hash) {
        const StoreResult<std::optional<AuditEntry>> anchored = log.find(anchor->seq);
        if (!anchored)
            return failed(anchored.error());
        fail(Code::RolledBack, anchor->seq, *anchored ? anchored->value().action : QString());
        return r;
    }
    r.anchorBehind = anchor->seq < r.verifiedUpTo;
    return r;
}

QString AuditVerifier::codeName(Code code)
{
    switch (code) {
    case Code::Ok:
        return QStringLiteral("ok");
    case Code::KeyMissing:
        return QStringLiteral("key_missing");
    case Code::HashMismatch:
        return QStringLiteral("hash_mismatch");
    case Code::ChainBroken:
        return QStringLiteral("chain_broken");
    case Code::Missing:
        return QStringLiteral("missing");
    case Code::OutOfOrder:
        return QStringLiteral("out_of_order");
    case Code::Truncated:
        return QStringLiteral("truncated");
    case Code::RolledBack:
        return QStringLiteral("rolled_back");
    case Code::Failed:
        return QStringLiteral("failed");
    }
    return QStringLiteral("failed");
}

} // namespace hookline
