#pragma once

#include "audit/auditanchor.h"
#include "audit/auditverifier.h"
#include "security/secretnames.h"

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <functional>
#include <memory>
#include <optional>

namespace hookline {

class Connection;
class SecretStore;

// The keychain side of the audit log for one database, living on the thread of the SecretStore
// (the GUI thread, hooklinectl's main thread): loads or creates the HMAC key for AuditLog, moves
// the anchor forward after appends, and runs verification off the calling thread.
//
// Anchor and crashes: the anchor can only be written after the SQL commit of the entry it names,
// and a keychain write is a D-Bus round trip, so appends only wake a coalescing timer (many
// dead-lettered deliveries become one keychain write). The residual window: entries committed
// within the last coalesce interval (plus the keychain write) are not yet anchored; a crash or a
// SIGKILL there leaves the anchor a few entries behind. AuditVerifier accepts an anchor behind
// the tail when the entry it names has the anchored hash and everything after it verifies under
// the key, so that crash is not reported as tampering — but someone who deletes exactly those
// unanchored last entries before the next anchor write is not detected either. The anchor never
// moves backwards and never past an entry that does not verify, so it keeps its evidence once
// tampering happened. Two processes may race to write it; the loser leaves it behind (accepted).
class AuditKeeper : public QObject
{
    Q_OBJECT
public:
    enum class KeyStatus
    {
        Loaded,
        Created,     // first use: a new random key was stored
        Missing,     // the log has entries but the keychain has no key
        Unavailable, // no secret service, locked, or access denied
        Failed,      // the database could not be read
    };
    Q_ENUM(KeyStatus)

    static constexpr int kDefaultCoalesceMs = 250;
    static constexpr int kKeySize = 32;

    AuditKeeper(QString databasePath, SecretStore *secrets, QObject *parent = nullptr);
    ~AuditKeeper() override;

    QString anchorName() const { return SecretNames::auditAnchor(m_path); }
    void setCoalesceMs(int ms) { m_timer.setInterval(ms); }

    // Reads the key into AuditLog (creating it when none exists yet and this log is empty).
    void loadKey(std::function<void(KeyStatus, const QString &detail)> done);
    // Writes the anchor now if appends happened since the last write; `done` runs when the
    // anchor has caught up (or could not be written). hooklinectl calls this before exiting.
    void flush(std::function<void()> done);
    bool isIdle() const;
    // Reads the key (never creates one) and the anchor, then verifies on a worker thread with a
    // read-only connection of its own; `done` runs on this object's thread.
    void verify(std::function<void(const AuditVerifier::Report &)> done);

signals:
    void anchorWritten(qint64 seq);

private:
    void noteAppended(qint64 seq);
    void flushNow(std::function<void()> done);
    void advance();
    void finishAdvance();
    Connection *connection();

    QString m_path;
    QPointer<SecretStore> m_secrets;
    std::unique_ptr<Connection> m_connection;
    QTimer m_timer;
    std::optional<AuditAnchor> m_anchor;
    bool m_anchorRead = false;
    bool m_busy = false;
    bool m_again = false;
    qint64 m_pendingSeq = 0;
    int m_retries = 0;
    QList<std::function<void()>> m_flushWaiters;
};

} // namespace hookline
