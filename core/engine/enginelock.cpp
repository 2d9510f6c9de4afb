#include "engine/enginelock.h"

#include "store/databaselocation.h"

#include <QCryptographicHash>
#include <QDir>
#include <QStandardPaths>

namespace hookline {

namespace {
// Beside an SQLite file. A PostgreSQL database has no folder of its own here: the lock is in the
// user's runtime folder, named by a hash of the URI, so it keeps one engine per database on this
// host (engines on several hosts are the fleet's business).
QString lockPath(const QString &databasePath)
{
    QString error;
    const auto location = DatabaseLocation::parse(databasePath, &error);
    if (!location || !location->isPostgres())
        return databasePath + QStringLiteral(".engine-lock");
    QString dir = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (dir.isEmpty())
        dir = QDir::tempPath();
    const QByteArray hash =
        QCryptographicHash::hash(location->text().toUtf8(), QCryptographicHash::Sha256).toHex();
    return dir + QStringLiteral("/hookline-engine-") + QString::fromLatin1(hash.left(32)) +
           QStringLiteral(".lock");
}
} // namespace

EngineLock::EngineLock(const QString &databasePath)
    : m_file(std::make_unique<QLockFile>(lockPath(databasePath)))
{
    // Only a dead owner makes the lock stale, never its age: an engine may run for months.
    m_file->setStaleLockTime(0);
}

EngineLock::~EngineLock()
{
    if (m_locked)
        m_file->unlock();
}

bool EngineLock::tryLock()
{
    if (!m_locked)
        m_locked = m_file->tryLock(0);
    return m_locked;
}

bool EngineLock::isLocked() const
{
    return m_locked;
}

EngineLockHolder EngineLock::holder() const
{
    EngineLockHolder h;
    h.known = m_file->getLockInfo(&h.pid, &h.hostname, &h.application);
    return h;
}

} // namespace hookline
