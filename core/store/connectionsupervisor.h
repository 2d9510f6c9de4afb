#pragma once

#include "store/storeerror.h"

#include <QObject>
#include <QString>
#include <QTimer>

namespace hookline {

class Clock;
class Connection;

// Keeps one thread's Connection to a database server alive: it tells a lost connection from any
// other store error, reopens it with backoff (250 ms, doubling, at most 10 s) and says when the
// connection was lost and when it is back. The engine feeds it the errors its statements meet;
// the console also lets it probe now and then (watch()), since its pages only read and would
// otherwise notice a dead server one failed read at a time. SQLite connections are never lost.
class ConnectionSupervisor : public QObject
{
    Q_OBJECT
public:
    static constexpr int kFirstRetryMs = 250;
    static constexpr int kMaxRetryMs = 10000;

    // `connection` and `clock` must outlive the supervisor; it lives on the connection's thread.
    ConnectionSupervisor(Connection *connection, const Clock &clock, QObject *parent = nullptr);

    // After a failed statement: when `error` (or a closed connection) means the server is gone,
    // reopens the connection unless the backoff says it is too early, and returns true; returns
    // false for every other error. A caller without a timer calls it again on its next failure.
    bool recoverIfLost(const StoreError &error);

    // Checks the connection every `probeIntervalMs` and, once it is lost, retries on a timer at
    // the backoff's pace instead of waiting for the next failure.
    void watch(int probeIntervalMs);
    // Checks the connection now (what the timer of watch() does).
    void probe();

    bool isLost() const { return m_lost; }
    // The delay before the next reopen attempt; 0 while connected.
    int retryDelayMs() const { return m_delayMs; }
    // Why the last reopen failed, for logs and tooltips.
    const QString &lastError() const { return m_lastError; }

signals:
    // Once per outage, when the connection is found lost.
    void lost();
    // A reopen failed; the next one is in `delayMs`.
    void retryScheduled(int delayMs);
    // The connection is open again: prepared statements and session state (LISTEN) are gone,
    // so whatever was built on the old session must be built again.
    void restored();

private:
    void reopen();

    Connection *m_connection;
    const Clock &m_clock;
    QTimer m_probeTimer;
    QTimer m_retryTimer;
    bool m_watching = false;
    bool m_lost = false;
    int m_delayMs = 0;
    qint64 m_nextAttemptMs = 0; // monotonic
    QString m_lastError;
};

} // namespace hookline
