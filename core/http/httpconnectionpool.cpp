#include "http/httpconnectionpool.h"

#include "http/httpconnection.h"

namespace hookline {

HttpConnectionPool::HttpConnectionPool(qint64 maxBodyBytes, QObject *parent)
    : QObject(parent)
    , m_maxBody(maxBodyBytes)
    , m_sweep(this) // a child, so it follows the pool to another thread
{
    m_sweep.setSingleShot(true);
    connect(&m_sweep, &QTimer::timeout, this, &HttpConnectionPool::expire);
}

HttpConnectionPool::~HttpConnectionPool()
{
    clear();
}

HttpConnection *HttpConnectionPool::acquire(const HttpTarget &target, const QSslConfiguration &ssl,
                                            bool reuse)
{
    const QString key = target.connectionKey();
    if (reuse) {
        for (auto it = m_idle.find(key); it != m_idle.end() && it.key() == key;) {
            HttpConnection *c = *it;
            // Most recently idle first would be nicer to the server; any idle one is correct.
            if (!c->isIdle() || c->sslConfiguration() != ssl) {
                ++it;
                continue;
            }
            c->disconnect(this);
            it = m_idle.erase(it);
            if (!c->isReusable()) {
                // The server spoke or closed unasked: bytes no request of ours asked for.
                c->abort();
                c->deleteLater();
                continue;
            }
            return c;
        }
    }
    return new HttpConnection(target, ssl, m_maxBody, this);
}

void HttpConnectionPool::release(HttpConnection *connection)
{
    if (!connection)
        return;
    if (!connection->isIdle()) {
        connection->abort();
        connection->deleteLater();
        return;
    }
    // An idle connection whose key holds a stale TLS setting is replaced as it is found.
    m_idle.insert(connection->target().connectionKey(), connection);
    connect(connection, &HttpConnection::closedWhileIdle, this,
            [this, connection] { drop(connection); });
    if (!m_sweep.isActive())
        m_sweep.start(m_idleTimeoutMs);
}

void HttpConnectionPool::drop(HttpConnection *connection)
{
    for (auto it = m_idle.begin(); it != m_idle.end(); ++it) {
        if (*it == connection) {
            m_idle.erase(it);
            break;
        }
    }
    connection->abort();
    connection->deleteLater();
}

void HttpConnectionPool::expire()
{
    qint64 oldest = -1;
    for (auto it = m_idle.begin(); it != m_idle.end();) {
        HttpConnection *c = *it;
        if (!c->isIdle() || c->idleMs() >= m_idleTimeoutMs) {
            it = m_idle.erase(it);
            c->abort();
            c->deleteLater();
        } else {
            oldest = std::max(oldest, c->idleMs());
            ++it;
        }
    }
    // Only while something is idle: an engine with nothing to do wakes for nothing.
    if (!m_idle.isEmpty())
        m_sweep.start(int(std::max<qint64>(1, m_idleTimeoutMs - oldest)));
}

void HttpConnectionPool::clear()
{
    for (HttpConnection *c : std::as_const(m_idle)) {
        c->abort();
        c->deleteLater();
    }
    m_idle.clear();
    m_sweep.stop();
}

} // namespace hookline
