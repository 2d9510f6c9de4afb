#pragma once

#include <QtGlobal>
#include <ctime>

namespace hookline::bench {

// CPU time of the calling thread: what a benchmark's own work costs, little changed by other load
// on a shared machine (unlike wall time).
inline qint64 threadCpuNs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

} // namespace hookline::bench
