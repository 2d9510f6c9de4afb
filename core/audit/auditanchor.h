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
    // One anchor per database file (keyed by its canonical path), so several databases on one
    // machine (tests, --db) never share an anchor. The key is shared.
    static QString secretName(const QString &databasePath);
};

} // namespace hookline
