#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

namespace hookline {

// The latest (sequence, hash) of a database's audit chain, kept in the keychain beside the key so
// that truncating the log or putting back an older copy of the database is detected.
struct AuditAnchor
{
    qint64 seq = 0;
    QByteArray hash;

    QByteArray toBytes() const; // "seq:hexhash"
    static std::optional<AuditAnchor> fromBytes(const QByteArray &bytes);
};

} // namespace hookline
