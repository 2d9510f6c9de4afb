#pragma once

#include "domain/environment.h"
#include "store/store.h"
#include "store/storeerror.h"

#include <QTimer>
#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTabWidget;
class QTableView;

namespace hookline::ui {

class DeadLettersPanel;
class DeliveryDetailView;
class DeliveryTableModel;

// The delivery log (filters, a lazily read table, one delivery's attempts) and the dead letters.
// While shown it folds in new and changed rows every two seconds (see kLiveIntervalMs).
class DeliveriesPage : public QWidget
{
    Q_OBJECT
public:
    enum Tab
    {
        AllTab,
        DeadLettersTab
    };
    // The engine may run in another process (hooklinectl run) and tells the console nothing, so
    // the page asks the store itself: one bounded, indexed query per tick, and only while visible.
    static constexpr int kLiveIntervalMs = 2000;

    explicit DeliveriesPage(Store db, QWidget *parent = nullptr);

    void setEnvironment(Environment environment);
    Environment environment() const { return m_environment; }
    // F5: new rows, changed rows, dead-letter groups and endpoint names.
    void refresh();
    void selectDelivery(const QString &id);
    QString currentDeliveryId() const;
    void replayCurrent();
    void clearFilters();

    DeliveryTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    DeliveryDetailView *detail() const { return m_detail; }
    DeadLettersPanel *deadLetters() const { return m_deadLetters; }
    QTabWidget *tabs() const { return m_tabs; }
    QLineEdit *searchEdit() const { return m_search; }
    QComboBox *statusFilter() const { return m_status; }
    QComboBox *endpointFilter() const { return m_endpoint; }
    QComboBox *eventTypeFilter() const { return m_eventType; }
    QComboBox *outcomeFilter() const { return m_outcome; }
    QComboBox *timeFilter() const { return m_time; }
    QAction *refreshAction() const { return m_refresh; }
    QAction *focusFilterAction() const { return m_focusFilter; }
    QAction *replayAction() const { return m_replay; }
    QTimer *liveTimer() { return &m_live; }

signals:
    // Deliveries became due through a replay: the engine should look at once.
    void deliveriesReplayed();

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    // The page's parts, built in the constructor: the filter bar over the log and its detail
    // ("All deliveries"), and the dead letters beside it.
    void createActions();
    QWidget *buildFilterBar();
    void buildTable();
    QWidget *buildEmptyState();
    QWidget *buildAllTab(QWidget *filters);
    void connectParts();

    void applyFilters();
    void loadEndpoints();
    void liveUpdate();
    void showCurrent();
    void updateEmptyState();
    void updateDeadLetterTab(int count);
    void showMessage(const QString &text, bool error = false);
    // A failed replay in the user's words: what happened and that nothing changed.
    static QString replayError(const StoreError &error);

    Store m_db;
    Environment m_environment = Environment::Sandbox;
    DeliveryTableModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    DeliveryDetailView *m_detail = nullptr;
    DeadLettersPanel *m_deadLetters = nullptr;
    QTabWidget *m_tabs = nullptr;
    QStackedWidget *m_stack = nullptr;
    QSplitter *m_splitter = nullptr;
    QLabel *m_emptyTitle = nullptr;
    QPushButton *m_clearFilters = nullptr;
    QLabel *m_message = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_status = nullptr;
    QComboBox *m_endpoint = nullptr;
    QComboBox *m_eventType = nullptr;
    QComboBox *m_outcome = nullptr;
    QComboBox *m_time = nullptr;
    QAction *m_refresh = nullptr;
    QAction *m_focusFilter = nullptr;
    QAction *m_replay = nullptr;
    QTimer m_live;
    QTimer m_searchDelay;
};

} // namespace hookline::ui
