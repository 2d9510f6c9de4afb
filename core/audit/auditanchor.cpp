#include "audit/auditanchor.h"

#include "security/secretnames.h"

#include <QCryptographicHash>
#include <QFileInfo>

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

QString AuditAnchor::secretName(const QString &databasePath)
{
    const QFileInfo info(databasePath);
    const QString canonical = info.exists() ? info.canonicalFilePath() : info.absoluteFilePath();
    const QByteArray digest =
        QCryptographicHash::hash(canonical.toUtf8(), QCryptographicHash::Sha256).toHex().left(32);
    return SecretNames::auditAnchor() + QLatin1Char('/') + QString::fromLatin1(digest);
}

} // namespace hookline
