#pragma once

#include "domain/environment.h"
#include "store/store.h"

#include <QTimer>
#include <QWidget>

class QAction;
class QComboBox;
class QHBoxLayout;
class QPlainTextEdit;
class QTabWidget;
class QTableView;
class QTableWidget;

namespace hookline::ui {

class ErrorLabel;
class EventComposer;
class EventLogModel;

// Events: the composer (fire a test event and watch its deliveries) and the event log (filters by
// type, time and endpoint; the selected event's body and deliveries), refreshed live.
class EventsPage : public QWidget
{
    Q_OBJECT
public:
    explicit EventsPage(Store db, QWidget *parent = nullptr);

    void setEnvironment(Environment environment);
    // Endpoints were edited elsewhere.
    void reloadEndpoints();
    // Switches to the composer and fires (the window's Ctrl+T).
    QAction *fireAction() const { return m_fireAnywhere; }

    EventComposer *composer() const { return m_composer; }
    EventLogModel *logModel() const { return m_model; }
    QTableView *logView() const { return m_view; }
    QTabWidget *tabs() const { return m_tabs; }
    QPlainTextEdit *bodyView() const { return m_body; }
    QTableWidget *deliveriesView() const { return m_deliveries; }
    // Why the log could not be read; hidden while it reads fine.
    ErrorLabel *logError() const { return m_logError; }
    void showLog();
    // Reads the event log again (also on a timer while the log is shown).
    void refreshLog();

signals:
    void eventFired(const QString &eventId);

private:
    // The "Event log" tab, built in the constructor (the composer is its own widget).
    QWidget *buildLog();
    QHBoxLayout *buildLogFilters(QWidget *log);
    void applyFilter();
    void showSelected();

    Store m_db;
    Environment m_environment = Environment::Sandbox;
    QTabWidget *m_tabs = nullptr;
    EventComposer *m_composer = nullptr;
    EventLogModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    ErrorLabel *m_logError = nullptr;
    QComboBox *m_typeFilter = nullptr;
    QComboBox *m_timeFilter = nullptr;
    QComboBox *m_endpointFilter = nullptr;
    QPlainTextEdit *m_body = nullptr;
    QTableWidget *m_deliveries = nullptr;
    QAction *m_fireAnywhere = nullptr;
    QTimer m_refresh;
};

} // namespace hookline::ui
