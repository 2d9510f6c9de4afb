#pragma once

#include "http/receivedrequest.h"

#include <QtGlobal>

namespace hookline {

// How much of what a receiver got may be kept for display: the newest requests, at most maxCount
// of them, weighing at most maxBytes together (ReceivedRequest::weight()). The receiver's own list
// and the console's table keep to the same budget, each on its own copies.
struct RequestBudget
{
    static constexpr int DefaultMaxCount = 1000;
    // 1,000 requests of the largest size accepted (1 MiB) would otherwise keep a gigabyte.
    static constexpr qint64 DefaultMaxBytes = 32 * 1024 * 1024;

    int maxCount = DefaultMaxCount;
    qint64 maxBytes = DefaultMaxBytes;

    // How many of the oldest entries of `list` (oldest first, weighing `bytes` together) must go
    // to keep within the budget. `requestOf` maps an entry to its ReceivedRequest.
    template<typename List, typename RequestOf>
    qsizetype excess(const List &list, qint64 bytes, RequestOf requestOf) const
    {
        qsizetype drop = 0;
        while (drop < list.size() && (list.size() - drop > maxCount || bytes > maxBytes))
            bytes -= requestOf(list.at(drop++)).weight();
        return drop;
    }
};

} // namespace hookline
