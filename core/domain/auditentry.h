#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace hookline {

// One row of the audit chain, as stored. `details` is kept as the exact text that was hashed, so
// verification never depends on how a JSON library re-serialises a value.
struct AuditEntry
{
    qint64 seq = 0;
    QDateTime at; // UTC, millisecond precision
    QString actor;
    QString action;
    QString object;
    QByteArray details; // canonical JSON text of an object
    QByteArray prevHash;
    QByteArray hash;

    static constexpr int kHashSize = 32;

    QJsonObject detailsObject() const;
    // Canonical JSON of everything but the chain fields: sorted keys, no whitespace. Empty when
    // the stored details text is not a JSON object (a tampered row).
    QByteArray canonicalJson() const;
    // HMAC-SHA256(key, prev_hash ‖ seq as 8 bytes big-endian ‖ canonical JSON).
    static QByteArray computeHash(const QByteArray &key, const QByteArray &prevHash, qint64 seq,
                                  const QByteArray &canonicalJson);
    // The hash this entry should carry at `seq` (its own seq unless told otherwise).
    QByteArray expectedHash(const QByteArray &key, qint64 atSeq = -1) const;
    // The export form: hashes in hex, time in ISO 8601, details as an object.
    QJsonObject toJson() const;
    static QByteArray canonical(const QJsonObject &object);
    static QByteArray genesisHash() { return QByteArray(kHashSize, '\0'); }
};

} // namespace hookline
