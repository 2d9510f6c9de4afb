#pragma once

#include "domain/endpoint.h"
#include "events/testeventsender.h"
#include "store/store.h"

#include <QDialog>
#include <QHash>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace hookline::ui {

class TestDeliveryWatcher;

// One test event fired at several endpoints at once, with a live row per endpoint: its status,
// the first attempt's outcome and latency.
class BulkTestDialog : public QDialog
{
    Q_OBJECT
public:
    enum Column
    {
        EndpointColumn,
        StatusColumn,
        OutcomeColumn,
        LatencyColumn,
        ColumnCount
    };

    BulkTestDialog(Store db, Environment environment, const QList<Endpoint> &endpoints,
                   QWidget *parent = nullptr);

    void send();
    QTableWidget *table() const { return m_table; }
    QPushButton *sendButton() const { return m_send; }
    const QString &eventId() const { return m_eventId; }
    int finishedCount() const { return m_finished; }

signals:
    void testQueued();

private:
    void showProgress(const QString &deliveryId, const TestEventSender::Progress &progress);
    void setCell(int row, int column, const QString &text, bool error = false);

    Store m_db;
    Environment m_environment;
    QList<Endpoint> m_endpoints;
    QHash<QString, int> m_rowOfDelivery;
    QString m_eventId;
    int m_finished = 0;
    TestDeliveryWatcher *m_watcher = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_status = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_send = nullptr;
};

} // namespace hookline::ui
