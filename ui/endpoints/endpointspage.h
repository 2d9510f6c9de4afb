#pragma once

#include "domain/endpoint.h"
#include "engine/enginesnapshot.h"
#include "store/store.h"

#include <QPointer>
#include <QWidget>

class QAction;
class QComboBox;
class QLineEdit;
class QSplitter;
class QStackedWidget;
class QTableView;

namespace hookline {
class SecretStore;
} // namespace hookline

namespace hookline::ui {

class EndpointDetailPane;
class EndpointFilterProxyModel;
class EndpointsEmptyState;
class EndpointTableModel;

// The endpoints of the active environment: list, filter, create, edit, delete, pause, resume.
// Every write goes through EndpointService; this page only asks and shows.
class EndpointsPage : public QWidget
{
    Q_OBJECT
public:
    explicit EndpointsPage(Store db, QWidget *parent = nullptr);

    void setEnvironment(Environment environment);
    Environment environment() const { return m_environment; }
    void reload();
    // Shows the engine's live state per endpoint (in flight, last outcome, latency).
    void showSnapshot(const hookline::EngineSnapshot &snapshot);

    EndpointTableModel *model() const { return m_model; }
    EndpointFilterProxyModel *proxy() const { return m_proxy; }
    QTableView *view() const { return m_view; }
    // The endpoint of the current row, if any.
    std::optional<Endpoint> currentEndpoint() const;
    // Every selected endpoint, in the view's order (the table allows several rows).
    QList<Endpoint> selectedEndpoints() const;
    EndpointDetailPane *detailPane() const { return m_detail; }
    // Where auth tokens are read and rotated (the engine's store, so it sees a rotation at once).
    void setSecretStore(SecretStore *store);
    void selectEndpoint(const QString &id);

    QAction *newAction() const { return m_new; }
    QAction *editAction() const { return m_edit; }
    QAction *deleteAction() const { return m_delete; }
    QAction *pauseAction() const { return m_pause; }
    QAction *resumeAction() const { return m_resume; }
    QAction *importAction() const { return m_import; }
    QAction *exportAction() const { return m_export; }
    // Writes the environment's configuration template to `path`; false (and a message) on failure.
    bool exportConfiguration(const QString &path);
    QAction *testAction() const { return m_test; }
    QAction *subscriptionsAction() const { return m_subscriptions; }

signals:
    // The stored endpoints changed (created, edited, removed, paused, resumed).
    void endpointsChanged();
    // A test event was stored: the engine should look at once.
    void testQueued();
    // An endpoint's auth token changed: the engine should read the secrets again.
    void secretsChanged();

private:
    // The page's parts, built in the constructor.
    void buildTable();
    void createActions();
    // The toolbar with the filter beside it.
    QWidget *buildBar();
    void connectActions();

    void createEndpoint();
    void editEndpoint();
    void deleteEndpoint();
    void pauseEndpoint();
    void resumeEndpoint();
    void importConfiguration();
    void chooseExportFile();
    void testEndpoints();
    void editSubscriptions();
    void updateDetail();
    void showError(const QString &text);
    void updateActions();
    void updateEmptyState();

    Store m_db;
    Environment m_environment = Environment::Sandbox;
    EndpointTableModel *m_model = nullptr;
    EndpointFilterProxyModel *m_proxy = nullptr;
    QTableView *m_view = nullptr;
    QStackedWidget *m_stack = nullptr;
    EndpointsEmptyState *m_empty = nullptr;
    QLineEdit *m_filter = nullptr;
    QComboBox *m_stateFilter = nullptr;
    QAction *m_new = nullptr;
    QAction *m_edit = nullptr;
    QAction *m_delete = nullptr;
    QAction *m_pause = nullptr;
    QAction *m_resume = nullptr;
    QAction *m_focusFilter = nullptr;
    QAction *m_import = nullptr;
    QAction *m_export = nullptr;
    QAction *m_test = nullptr;
    QAction *m_subscriptions = nullptr;
    QPointer<SecretStore> m_store;
    EndpointDetailPane *m_detail = nullptr;
    QSplitter *m_splitter = nullptr;
};

} // namespace hookline::ui
