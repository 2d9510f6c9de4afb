#include "audit/auditlog.h"

#include "store/transaction.h"

#include <QMutex>
#include <QSqlError>
#include <QSqlQuery>
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

std::optional<StoreError> AuditLog::append(QSqlDatabase db, const QString &action,
                                           const QString &object, const QJsonObject &details)
{
    return append(std::move(db), action, object, details, nullptr);
}

std::optional<StoreError> AuditLog::append(QSqlDatabase db, const QString &action,
                                           const QString &object, const QJsonObject &details,
                                           AuditEntry *written)
{
    const QByteArray key = AuditLog::key();
    if (key.isEmpty())
        return StoreError{StoreError::Code::AuditUnavailable,
                          QStringLiteral("the audit key is not loaded (keychain unavailable or "
                                         "locked); the change was not made")};
    // A savepoint inside the caller's transaction; a transaction of its own otherwise.
    Transaction tx(db);
    if (tx.error())
        return tx.error();
    QSqlQuery tail(db);
    if (!tail.exec(QStringLiteral("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1")))
        return StoreError::fromSql(tail.lastError());
    AuditEntry e;
    e.prevHash = AuditEntry::genesisHash();
    e.seq = 1;
    if (tail.next()) {
        e.seq = tail.value(0).toLongLong() + 1;
        e.prevHash = tail.value(1).toByteArray();
    }
    tail.finish();
    e.at = QDateTime::currentDateTimeUtc();
    e.actor = currentActor();
    e.action = action;
    e.object = object;
    e.details = AuditEntry::canonical(details);
    e.hash = AuditEntry::computeHash(key, e.prevHash, e.seq, e.canonicalJson());

    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO audit_log (seq, at, actor, action, object, details, "
                                  "prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    insert.addBindValue(e.seq);
    insert.addBindValue(e.at.toMSecsSinceEpoch());
    insert.addBindValue(e.actor);
    insert.addBindValue(e.action);
    insert.addBindValue(e.object);
    insert.addBindValue(QString::fromUtf8(e.details));
    insert.addBindValue(e.prevHash);
    insert.addBindValue(e.hash);
    if (!insert.exec())
        return StoreError::fromSql(insert.lastError());
    if (auto err = tx.commit())
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
