#pragma once

#include "store/store.h"

#include <QDateTime>

class QIODevice;

namespace hookline {

// Writes the audit log as JSON Lines: one compact object per entry, oldest first, with the chain
// fields in hex so a third party can re-check the chain given the key.
class AuditExporter
{
public:
    // Returns the number of entries written, or -1 when reading or writing failed.
    static qint64 exportTo(const Store &store, QIODevice &out, const QDateTime &since = {});
};

} // namespace hookline
