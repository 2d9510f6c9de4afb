#include "audit/auditverifier.h"

#include "audit/auditentry.h"

#include <QSqlError>
#include <QSqlQuery>

namespace hookline {

namespace {

// A valid entry sitting at the wrong position: its stored previous hash names the entry it was
// appended after, and its hash verifies for the position after that one.
bool isMisplaced(QSqlDatabase db, const QByteArray &key, const AuditEntry &e)
{
    qint64 origin = 1;
    if (e.prevHash != AuditEntry::genesisHash()) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT seq FROM audit_log WHERE hash = ? LIMIT 1"));
        q.addBindValue(e.prevHash);
        if (!q.exec() || !q.next())
            return false;
        origin = q.value(0).toLongLong() + 1;
    }
    return origin != e.seq && e.expectedHash(key, origin) == e.hash;
}
} // namespace

AuditVerifier::Report AuditVerifier::verify(QSqlDatabase db, const QByteArray &key,
                                            const std::optional<AuditAnchor> &anchor)
{
    Report r;
    r.anchor = anchor;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT ") + AuditEntry::selectColumns() +
                QStringLiteral(" ORDER BY seq"))) {
        r.code = Code::Failed;
        r.detail = q.lastError().text();
        return r;
    }
    QByteArray previous = AuditEntry::genesisHash();
    qint64 expectedSeq = 1;
    QByteArray hashAtAnchor;
    const auto fail = [&r](Code code, qint64 seq, const QString &action) {
        r.code = code;
        r.badSeq = seq;
        r.badAction = action;
        return r;
    };
    while (q.next()) {
        const AuditEntry e = AuditEntry::fromRow(q);
        ++r.entries;
        if (key.isEmpty()) {
            r.code = Code::KeyMissing;
            return r;
        }
        if (e.seq != expectedSeq)
            return fail(Code::Missing, expectedSeq, QString());
        const bool hashOk = e.expectedHash(key) == e.hash;
        const bool linkOk = e.prevHash == previous;
        if (!hashOk || !linkOk) {
            if (isMisplaced(db, key, e))
                return fail(Code::OutOfOrder, e.seq, e.action);
            return fail(hashOk ? Code::ChainBroken : Code::HashMismatch, e.seq, e.action);
        }
        if (anchor && e.seq == anchor->seq)
            hashAtAnchor = e.hash;
        previous = e.hash;
        r.verifiedUpTo = e.seq;
        ++expectedSeq;
    }
    if (!anchor)
        return r;
    if (anchor->seq > r.verifiedUpTo)
        return fail(Code::Truncated, r.verifiedUpTo + 1, QString());
    if (hashAtAnchor != anchor->hash) {
        QSqlQuery a(db);
        a.prepare(QStringLiteral("SELECT action FROM audit_log WHERE seq = ?"));
        a.addBindValue(anchor->seq);
        return fail(Code::RolledBack, anchor->seq,
                    a.exec() && a.next() ? a.value(0).toString() : QString());
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
