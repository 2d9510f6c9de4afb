#include "security/secretnames.h"

#include <QCryptographicHash>
#include <QFileInfo>

namespace hookline {

QString SecretNames::auditAnchor(const QString &databasePath)
{
    const QFileInfo info(databasePath);
    const QString canonical = info.exists() ? info.canonicalFilePath() : info.absoluteFilePath();
    const QByteArray digest =
        QCryptographicHash::hash(canonical.toUtf8(), QCryptographicHash::Sha256).toHex().left(32);
    return QStringLiteral("audit/anchor/") + QString::fromLatin1(digest);
}

} // namespace hookline
