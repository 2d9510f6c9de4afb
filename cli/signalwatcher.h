#pragma once

#include <QObject>

class QSocketNotifier;

namespace hookline::cli {

// Turns SIGINT and SIGTERM into a Qt signal on the main thread (self-pipe), so the engine can
// stop cleanly: in-flight attempts recorded, the lock released.
class SignalWatcher : public QObject
{
    Q_OBJECT
public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;

signals:
    void terminationRequested(int signal);

private:
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace hookline::cli
