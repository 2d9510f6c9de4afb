#include "audit/auditanchor.h"

namespace hookline {

QByteArray AuditAnchor::toBytes() const
{
    return QByteArray::number(seq) + ':' + hash.toHex();
}

std::optional<AuditAnchor> AuditAnchor::fromBytes(const QByteArray &bytes)
{
    const qsizetype colon = bytes.indexOf(':');
    if (colon <= 0)
        return std::nullopt;
    bool ok = false;
    AuditAnchor a;
    a.seq = bytes.left(colon).toLongLong(&ok);
    a.hash = QByteArray::fromHex(bytes.mid(colon + 1));
    if (!ok || a.seq <= 0 || a.hash.isEmpty())
        return std::nullopt;
    return a;
}

} // namespace hookline
