#pragma once

#include "domain/auditentry.h"
#include "store/store.h"
#include "store/storeerror.h"

#include <QJsonObject>
#include <functional>
#include <optional>

namespace hookline {

// Appends entries to the hash-chained audit log (docs/product-contract.md "Audit log"), inside the
// caller's open transaction so an entry stands or falls with the change it records. The sequence
// number is taken inside that write transaction (serialised by AuditRepository), so the console,
// the CLI and the engine thread can append to one chain from several processes.
//
// The HMAC key is process-wide: loaded (or created) once from the SecretStore by AuditKeeper at
// start-up, because the SecretStore is asynchronous and appends happen deep inside synchronous
// transactions on any thread. Without a key an append fails with StoreError::Code::AuditUnavailable
// and the caller's change is refused: nothing is ever changed unaudited.
class AuditLog
{
public:
    // Thread-safe process-wide key cache.
    static void setKey(const QByteArray &key);
    static QByteArray key();
    static bool hasKey();
    static void clearKey();

    // Who is recorded as the actor for appends made on the calling thread; empty (the default)
    // means the OS user. The delivery engine's thread sets engineActor() for its decisions.
    static void setThreadActor(const QString &actor);
    static QString currentActor();
    static QString engineActor() { return QStringLiteral("engine"); }
    static QString osUser();

    // Called (on the appending thread, before the caller's commit) with the new entry's seq; the
    // AuditKeeper uses it to move the keychain anchor after the commit. May be empty.
    static void setAppendObserver(std::function<void(qint64)> observer);

    // Appends one entry. Never put a secret into `details`.
    static std::optional<StoreError> append(const Store &store, const QString &action,
                                            const QString &object, const QJsonObject &details = {});
    // Same, with the entry that was written, for tests and the benchmark.
    static std::optional<StoreError> append(const Store &store, const QString &action,
                                            const QString &object, const QJsonObject &details,
                                            AuditEntry *written);
};

} // namespace hookline
