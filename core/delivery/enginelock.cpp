#include "delivery/enginelock.h"

namespace hookline {

EngineLock::EngineLock(const QString &databasePath)
    : m_file(std::make_unique<QLockFile>(databasePath + QStringLiteral(".engine-lock")))
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

QString EngineLock::holder() const
{
    qint64 pid = 0;
    QString host;
    QString app;
    if (!m_file->getLockInfo(&pid, &host, &app))
        return QStringLiteral("another process");
    return QStringLiteral("%1, pid %2 on %3")
        .arg(app.isEmpty() ? QStringLiteral("a process") : app)
        .arg(pid)
        .arg(host.isEmpty() ? QStringLiteral("this machine") : host);
}

} // namespace hookline
