#include "security/keychainsecretstore.h"

#include <QPointer>
#include <QThread>
#include <qt6keychain/keychain.h>

namespace hookline {

namespace {

SecretStore::Error mapError(QKeychain::Error error)
{
    switch (error) {
    case QKeychain::NoError:
        return SecretStore::Error::None;
    case QKeychain::EntryNotFound:
        return SecretStore::Error::NotFound;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return SecretStore::Error::AccessDenied;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    // QtKeychain 0.13 reports a missing session bus or secret service as OtherError.
    case QKeychain::OtherError:
        return SecretStore::Error::Unavailable;
    case QKeychain::CouldNotDeleteEntry:
        return SecretStore::Error::Other;
    }
    return SecretStore::Error::Other;
}

} // namespace

void KeychainSecretStore::read(const QString &key, QObject *context, Callback done)
{
    start(Op::Read, key, {}, context, std::move(done));
}

void KeychainSecretStore::write(const QString &key, const QByteArray &value, QObject *context,
                                Callback done)
{
    start(Op::Write, key, value, context, std::move(done));
}

void KeychainSecretStore::remove(const QString &key, QObject *context, Callback done)
{
    start(Op::Remove, key, {}, context, std::move(done));
}

void KeychainSecretStore::start(Op op, const QString &key, const QByteArray &value,
                                QObject *context, Callback done)
{
    QPointer<QObject> target(context);
    if (QThread::currentThread() != thread()) {
        QMetaObject::invokeMethod(
            this,
            [this, op, key, value, target, done = std::move(done)]() mutable {
                if (target)
                    start(op, key, value, target.data(), std::move(done));
            },
            Qt::QueuedConnection);
        return;
    }

    const QString service = QLatin1String(kService);
    QKeychain::Job *job = nullptr;
    switch (op) {
    case Op::Read:
        job = new QKeychain::ReadPasswordJob(service, this);
        break;
    case Op::Write: {
        auto *w = new QKeychain::WritePasswordJob(service, this);
        w->setBinaryData(value);
        job = w;
        break;
    }
    case Op::Remove:
        job = new QKeychain::DeletePasswordJob(service, this);
        break;
    }
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never a plaintext fallback
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this,
            [op, target, done = std::move(done)](QKeychain::Job *finished) {
                if (!target)
                    return;
                Result r;
                r.error = mapError(finished->error());
                if (r.error != Error::None)
                    r.detail = finished->errorString();
                // Removing what is not there leaves the wanted state: success.
                if (op == Op::Remove && r.error == Error::NotFound)
                    r = Result{};
                if (op == Op::Read && r.ok())
                    r.value = static_cast<QKeychain::ReadPasswordJob *>(finished)->binaryData();
                deliver(target.data(), done, std::move(r));
            });
    job->start();
}

} // namespace hookline
