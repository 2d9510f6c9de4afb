#pragma once

#include "http/httptarget.h"

#include <QHash>
#include <QObject>
#include <QSslConfiguration>
#include <QTimer>

namespace hookline {

class HttpConnection;

// Keeps the engine's idle HTTPS connections for reuse, keyed by vetted address, port and name,
// and made with the TLS settings the next request asks for (a CA trusted or untrusted in between
// means a new connection). Idle connections close after a few seconds: servers drop theirs too,
// and one of ours racing a server's close costs a retry.
class HttpConnectionPool : public QObject
{
    Q_OBJECT
public:
    static constexpr int kDefaultIdleTimeoutMs = 4000;

    explicit HttpConnectionPool(qint64 maxBodyBytes, QObject *parent = nullptr);
    ~HttpConnectionPool() override;

    // An idle connection to `target` made with `ssl`, or a new one unless `reuse` is false. The
    // caller sends on it and hands it back with release().
    HttpConnection *acquire(const HttpTarget &target, const QSslConfiguration &ssl, bool reuse);
    // Kept for the next request when it may carry one, closed otherwise.
    void release(HttpConnection *connection);
    void clear();

    int idleCount() const { return int(m_idle.size()); }
    void setIdleTimeout(int ms) { m_idleTimeoutMs = ms; }

private:
    void expire();
    void drop(HttpConnection *connection);

    qint64 m_maxBody;
    int m_idleTimeoutMs = kDefaultIdleTimeoutMs;
    QMultiHash<QString, HttpConnection *> m_idle;
    QTimer m_sweep;
};

} // namespace hookline
