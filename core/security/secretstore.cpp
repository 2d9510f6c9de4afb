#include "security/secretstore.h"

#include "security/filesecretstore.h"
#include "security/keychainsecretstore.h"
#include "security/memorysecretstore.h"

#include <QDir>
#include <QMetaObject>
#include <QPointer>

namespace hookline {

namespace {
const QString kProbeKey = QStringLiteral("hookline/probe");
} // namespace

void SecretStore::probe(QObject *context, Callback done)
{
    // A read of a key nobody writes: "not found" proves the backend answers.
    read(kProbeKey, context, [done = std::move(done)](const Result &r) {
        if (r.error == Error::NotFound || r.error == Error::None)
            done(Result{});
        else
            done(Result{Error::Unavailable, {}, r.detail});
    });
}

std::unique_ptr<SecretStore> SecretStore::createDefault(QObject *parent)
{
    const QString choice = qEnvironmentVariable(kEnvironmentVariable).trimmed();
    if (choice.isEmpty() || choice == QLatin1String("keychain"))
        return std::make_unique<KeychainSecretStore>(parent);
    if (choice.startsWith(QLatin1String("file:"))) {
        const QString path = choice.mid(5);
        if (QDir::isAbsolutePath(path))
            return std::make_unique<FileSecretStore>(path, parent);
    }
    auto broken = std::make_unique<MemorySecretStore>(parent);
    broken->setUnavailable(
        QStringLiteral("unrecognised %1 value").arg(QLatin1String(kEnvironmentVariable)));
    return broken;
}

void SecretStore::deliver(QObject *context, Callback done, Result result)
{
    Q_ASSERT(context);
    QMetaObject::invokeMethod(
        context, [done = std::move(done), result = std::move(result)] { done(result); },
        Qt::QueuedConnection);
}

} // namespace hookline
