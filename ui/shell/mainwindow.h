#pragma once

#include "analytics/analyticsreport.h"
#include "domain/environment.h"
#include "store/store.h"

#include <QMainWindow>

class QAction;
class QComboBox;
class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;
class QSystemTrayIcon;

namespace hookline {
class ConnectionSupervisor;
}

namespace hookline::ui {

class DemoBanner;
class DashboardPage;
class DeliveriesPage;
class EndpointsPage;
class EventsPage;
class AuditPage;
class ConnectionBanner;
class ElidedLabel;
class EngineHost;
class EnvironmentBanner;
class ReceiverController;
class SettingsPage;

// The console's frame: page navigation (Ctrl+1 … Ctrl+6), the environment switch with its
// sandbox marker, and the status bar. Reads go through the GUI thread's connection `db`.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum Page
    {
        Dashboard,
        Endpoints,
        Events,
        Deliveries,
        Audit,
        Settings,
        PageCount
    };

    MainWindow(Store db, const QString &databasePath, QWidget *parent = nullptr);

    int currentPage() const;
    void setCurrentPage(int page);
    Environment environment() const { return m_environment; }
    void setEnvironment(Environment environment);

    // Shows the engine's state in the status bar and the Endpoints page, and tells it about the
    // console's endpoint writes. `host` must outlive this window.
    void attachEngine(EngineHost *host);
    // Starts the local test receiver (View › Test receiver) and, on an empty database, the
    // first-run demo. After attachEngine(). Both write audited settings, so they wait until the
    // audit key has been loaded from the keychain.
    void startTestReceiver();
    // Shows a banner while `supervisor` (the GUI thread's connection) has lost the server, and
    // reads every page again once it is back. `supervisor` must outlive this window.
    void attachSupervisor(ConnectionSupervisor *supervisor);
    // Every page reads the database again.
    void refreshPages();
    // Window geometry and page, as closing the window keeps them.
    void saveSettings();

    EndpointsPage *endpointsPage() const { return m_endpointsPage; }
    SettingsPage *settingsPage() const { return m_settingsPage; }
    ReceiverController *receiverController() const { return m_receiver; }
    DemoBanner *demoBanner() const { return m_demoBanner; }
    EventsPage *eventsPage() const { return m_eventsPage; }
    DashboardPage *dashboardPage() const { return m_dashboardPage; }
    // A recommendation's "Open setting": the endpoint on the Endpoints page, its dialog open when
    // the setting is in it.
    void openEndpointSetting(const QString &endpointId, hookline::Recommendation::Setting setting);
    DeliveriesPage *deliveriesPage() const { return m_deliveriesPage; }
    EnvironmentBanner *banner() const { return m_banner; }
    ConnectionBanner *connectionBanner() const { return m_connectionBanner; }
    // The status bar's database: backend, version and where ("PostgreSQL 15.4 · db:5432/hookline").
    QString databaseText() const;
    QAction *openDatabaseAction() const { return m_openDatabaseAction; }
    QAction *pageAction(int page) const { return m_pageActions.value(page); }
    QWidget *pageWidget(int page) const;

signals:
    void environmentChanged(hookline::Environment environment);
    // The console told the user (tray) that `count` deliveries became dead letters.
    void deadLettersNotified(const QString &title, const QString &text);
    // File › Open database…: whoever owns the console's database shows the dialog.
    void openDatabaseRequested();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    // The window's parts, built in the constructor around the pages.
    void buildNavigation();
    void buildEnvironmentToolbar();
    // The banners over the navigation and the pages.
    void buildCentral();
    void buildStatusBar();
    void buildMenus();
    void updateTitle();
    void updateNavigationIcons();
    void updateStatus();
    void updateDatabaseLabel();
    void updateEngineStatus();
    void notifyAutoPaused(const QString &endpointId, const QString &reason);
    void notifyDeadLetters(int count);
    void restoreSettings();
    void showAbout();

    Store m_db;
    QString m_databasePath;
    Environment m_environment = Environment::Sandbox;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;
    EndpointsPage *m_endpointsPage = nullptr;
    SettingsPage *m_settingsPage = nullptr;
    EventsPage *m_eventsPage = nullptr;
    AuditPage *m_auditPage = nullptr;
    DashboardPage *m_dashboardPage = nullptr;
    DeliveriesPage *m_deliveriesPage = nullptr;
    EnvironmentBanner *m_banner = nullptr;
    DemoBanner *m_demoBanner = nullptr;
    ConnectionBanner *m_connectionBanner = nullptr;
    QAction *m_openDatabaseAction = nullptr;
    ReceiverController *m_receiver = nullptr;
    QMenu *m_viewMenu = nullptr;
    QComboBox *m_environmentSwitch = nullptr;
    ElidedLabel *m_databaseLabel = nullptr;
    QLabel *m_countsLabel = nullptr;
    QLabel *m_engineLabel = nullptr;
    QLabel *m_signingLabel = nullptr;
    EngineHost *m_engine = nullptr;
    QSystemTrayIcon *m_tray = nullptr;
    QList<QAction *> m_pageActions;
};

} // namespace hookline::ui
