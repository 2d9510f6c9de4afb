#include "security/memorysecretstore.h"

#include <QMutexLocker>

namespace hookline {

void MemorySecretStore::read(const QString &key, QObject *context, Callback done)
{
    Result r;
    {
        QMutexLocker lock(&m_mutex);
        if (m_unavailable)
            r = Result{Error::Unavailable, {}, m_unavailableDetail};
        else if (auto it = m_values.constFind(key); it != m_values.constEnd())
            r.value = *it;
        else
            r.error = Error::NotFound;
    }
    deliver(context, std::move(done), std::move(r));
}

void MemorySecretStore::write(const QString &key, const QByteArray &value, QObject *context,
                              Callback done)
{
    Result r;
    {
        QMutexLocker lock(&m_mutex);
        if (m_unavailable)
            r = Result{Error::Unavailable, {}, m_unavailableDetail};
        else
            m_values.insert(key, value);
    }
    deliver(context, std::move(done), std::move(r));
}

void MemorySecretStore::remove(const QString &key, QObject *context, Callback done)
{
    Result r;
    {
        QMutexLocker lock(&m_mutex);
        if (m_unavailable)
            r = Result{Error::Unavailable, {}, m_unavailableDetail};
        else
            m_values.remove(key);
    }
    deliver(context, std::move(done), std::move(r));
}

void MemorySecretStore::setUnavailable(const QString &detail)
{
    QMutexLocker lock(&m_mutex);
    m_unavailable = true;
    m_unavailableDetail = detail;
}

QHash<QString, QByteArray> MemorySecretStore::contents() const
{
    QMutexLocker lock(&m_mutex);
    return m_values;
}

} // namespace hookline
