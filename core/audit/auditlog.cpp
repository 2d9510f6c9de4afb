#include "audit/auditlog.h"

#include "store/auditrepository.h"

#include <QMutex>
#include <pwd.h>
#include <unistd.h>

namespace hookline {

namespace {
QMutex s_mutex;
QByteArray s_key;
std::function<void(qint64)> s_observer;
thread_local QString t_actor;
} // namespace

void AuditLog::setKey(const QByteArray &key)
{
    QMutexLocker lock(&s_mutex);
    s_key = key;
}

QByteArray AuditLog::key()
{
    QMutexLocker lock(&s_mutex);
    return s_key;
}

bool AuditLog::hasKey()
{
    QMutexLocker lock(&s_mutex);
    return !s_key.isEmpty();
}

void AuditLog::clearKey()
{
    setKey({});
}

void AuditLog::setThreadActor(const QString &actor)
{
    t_actor = actor;
}

QString AuditLog::osUser()
{
    if (const passwd *pw = getpwuid(getuid()); pw && pw->pw_name)
        return QString::fromLocal8Bit(pw->pw_name);
    const QString user = qEnvironmentVariable("USER");
    return user.isEmpty() ? QStringLiteral("uid:%1").arg(getuid()) : user;
}

QString AuditLog::currentActor()
{
    return t_actor.isEmpty() ? osUser() : t_actor;
}

void AuditLog::setAppendObserver(std::function<void(qint64)> observer)
{
    QMutexLocker lock(&s_mutex);
    s_observer = std::move(observer);
}

std::optional<StoreError> AuditLog::append(const Store &store, const QString &action,
                                           const QString &object, const QJsonObject &details)
{
    return append(store, action, object, details, nullptr);
}

std::optional<StoreError> AuditLog::append(const Store &store, const QString &action,
                                           const QString &object, const QJsonObject &details,
                                           AuditEntry *written)
{
    const QByteArray key = AuditLog::key();
    if (key.isEmpty())
        return StoreError{StoreError::Code::AuditUnavailable,
                          QStringLiteral("the audit key is not loaded (keychain unavailable or "
                                         "locked); the change was not made")};
    AuditEntry e;
    e.at = QDateTime::currentDateTimeUtc();
    e.actor = currentActor();
    e.action = action;
    e.object = object;
    e.details = AuditEntry::canonical(details);
    // The store fixes seq and prevHash under its lock; the hash is computed from them here.
    if (auto err = AuditRepository(store).append(&e, [&key](const AuditEntry &sealed) {
            return AuditEntry::computeHash(key, sealed.prevHash, sealed.seq,
                                           sealed.canonicalJson());
        }))
        return err;
    std::function<void(qint64)> observer;
    {
        QMutexLocker lock(&s_mutex);
        observer = s_observer;
    }
    if (observer)
        observer(e.seq);
    if (written)
        *written = e;
    return std::nullopt;
}

} // namespace hookline
