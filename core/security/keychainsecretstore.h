#pragma once

#include "security/secretstore.h"

namespace hookline {

// Secrets in the OS keychain through QtKeychain (service "hookline"). Jobs run on the thread this
// object lives on, which must run a Qt event loop with GLib integration: the GUI thread in the
// console, the main thread in hooklinectl. Calls from other threads are forwarded to it.
// Without a session bus QtKeychain 0.13 reports OtherError; that maps to Error::Unavailable.
class KeychainSecretStore : public SecretStore
{
    Q_OBJECT
public:
    static constexpr const char *kService = "hookline";

    using SecretStore::SecretStore;

    Kind kind() const override { return Kind::Keychain; }
    void read(const QString &key, QObject *context, Callback done) override;
    void write(const QString &key, const QByteArray &value, QObject *context,
               Callback done) override;
    void remove(const QString &key, QObject *context, Callback done) override;

private:
    enum class Op
    {
        Read,
        Write,
        Remove
    };
    void start(Op op, const QString &key, const QByteArray &value, QObject *context, Callback done);
};

} // namespace hookline
