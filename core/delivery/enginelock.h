#pragma once

#include <QLockFile>
#include <QString>
#include <memory>

namespace hookline {

// One engine per database: a lock file beside it names the process that delivers. A lock left by
// a process that died (SIGKILL, crash) is taken over at once.
class EngineLock
{
public:
    explicit EngineLock(const QString &databasePath);
    ~EngineLock();

    bool tryLock();
    // Who holds it, in words ("hooklinectl, pid 1234 on host build-01"), when tryLock() failed.
    QString holder() const;
    bool isLocked() const;

private:
    std::unique_ptr<QLockFile> m_file;
    bool m_locked = false;
};

} // namespace hookline
