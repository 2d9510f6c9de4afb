#pragma once

#include "security/secretstore.h"

#include <QHash>
#include <QMutex>

namespace hookline {

// Secrets in process memory, for tests. Same asynchronous contract as the real stores; can be
// told to behave like a missing secret service.
class MemorySecretStore : public SecretStore
{
    Q_OBJECT
public:
    using SecretStore::SecretStore;

    Kind kind() const override { return Kind::Memory; }
    void read(const QString &key, QObject *context, Callback done) override;
    void write(const QString &key, const QByteArray &value, QObject *context,
               Callback done) override;
    void remove(const QString &key, QObject *context, Callback done) override;

    void setUnavailable(const QString &detail);
    // Synchronous peek for test assertions.
    QHash<QString, QByteArray> contents() const;

private:
    mutable QMutex m_mutex;
    QHash<QString, QByteArray> m_values;
    bool m_unavailable = false;
    QString m_unavailableDetail;
};

} // namespace hookline
