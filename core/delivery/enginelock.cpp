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

EngineLockHolder EngineLock::holder() const
{
    EngineLockHolder h;
    h.known = m_file->getLockInfo(&h.pid, &h.hostname, &h.application);
    return h;
}

} // namespace hookline
