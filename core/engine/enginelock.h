#pragma once

#include <QLockFile>
#include <QString>
#include <memory>

namespace hookline {

// The process named in the lock file. Words are made by the console and the CLI.
struct EngineLockHolder
{
    bool known = false; // false: the lock file could not be read
    QString application;
    qint64 pid = 0;
    QString hostname;
};

// One engine per database: a lock file beside it names the process that delivers. A lock left by
// a process that died (SIGKILL, crash) is taken over at once.
class EngineLock
{
public:
    explicit EngineLock(const QString &databasePath);
    ~EngineLock();

    bool tryLock();
    // Who holds it, when tryLock() failed.
    EngineLockHolder holder() const;
    bool isLocked() const;

private:
    std::unique_ptr<QLockFile> m_file;
    bool m_locked = false;
};

} // namespace hookline
