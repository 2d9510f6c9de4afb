#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>
#include <functional>
#include <memory>

namespace hookline {

// The one place secrets live: private signing keys, endpoint auth tokens, Standard Webhooks
// secrets and the audit key. Never SQLite, settings or logs.
//
// Every operation is asynchronous and never blocks the caller. The completion callback runs on
// the thread of `context`, always later (never inside the call), and not at all once `context` is
// destroyed. Operations may be started from any thread; implementations do their work on the
// thread the store lives on (the keychain needs the GUI thread's event loop).
class SecretStore : public QObject
{
    Q_OBJECT
public:
    enum class Error
    {
        None,
        NotFound,     // no secret under that key (a read only; removing a missing key succeeds)
        Unavailable,  // no secret service (no session bus, no keyring daemon, unreadable file)
        AccessDenied, // the user or the OS refused access
        Other,
    };
    Q_ENUM(Error)

    struct Result
    {
        Error error = Error::None;
        QByteArray value; // the secret, for a successful read
        QString detail;   // backend text for logs; never contains the secret
        bool ok() const { return error == Error::None; }
    };
    using Callback = std::function<void(const Result &)>;

    enum class Kind
    {
        Keychain,
        Memory,
        File
    };

    using QObject::QObject;

    virtual Kind kind() const = 0;
    virtual void read(const QString &key, QObject *context, Callback done) = 0;
    virtual void write(const QString &key, const QByteArray &value, QObject *context,
                       Callback done) = 0;
    virtual void remove(const QString &key, QObject *context, Callback done) = 0;
    // Completes with Error::None when the store can be used, Error::Unavailable when it cannot.
    virtual void probe(QObject *context, Callback done);

    // The keychain, unless the environment variable HOOKLINE_SECRET_STORE=file:/absolute/path
    // opts in to the file store explicitly. Anything else in that variable yields a store whose
    // every operation fails with Unavailable, so a typo never silently picks another backend.
    static std::unique_ptr<SecretStore> createDefault(QObject *parent = nullptr);
    static constexpr const char *kEnvironmentVariable = "HOOKLINE_SECRET_STORE";

protected:
    // Delivers `result` to `done` on the thread of `context`, later, if `context` still exists.
    static void deliver(QObject *context, Callback done, Result result);
};

} // namespace hookline
