#include "shell/mainwindow.h"

#include "audit/auditpage.h"
#include "charts/dashboardpage.h"
#include "common/displaytext.h"
#include "common/tintedicon.h"
#include "deliveries/deliveriespage.h"
#include "deliveries/elidedlabel.h"
#include "endpoints/endpointspage.h"
#include "endpointtext.h"
#include "events/eventspage.h"
#include "receiver/demobanner.h"
#include "receiver/receivercontroller.h"
#include "settings/settingspage.h"
#include "shell/connectionbanner.h"
#include "shell/enginehost.h"
#include "shell/environmentbanner.h"
#include "store/connectionsupervisor.h"
#include "store/databaseinfo.h"
#include "store/databaselocation.h"
#include "store/endpointrepository.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTime>
#include <QToolBar>
#include <QVBoxLayout>

namespace hookline::ui {

namespace {
const QString kGeometryKey = QStringLiteral("window/geometry");
const QString kStateKey = QStringLiteral("window/state");
const QString kPageKey = QStringLiteral("window/page");

QString iconFile(const QString &name)
{
    return QStringLiteral(":/hookline/ui/icons/%1.svg").arg(name);
}

QIcon pageIcon(const QString &name)
{
    return QIcon(iconFile(name));
}

constexpr int kIconNameRole = Qt::UserRole;
} // namespace

MainWindow::MainWindow(Store db, const QString &databasePath, QWidget *parent)
    : QMainWindow(parent)
    , m_db(std::move(db))
    , m_databasePath(databasePath)
{
    setObjectName(QStringLiteral("mainWindow"));

    m_endpointsPage = new EndpointsPage(m_db, this);
    m_settingsPage = new SettingsPage(m_db, this);
    m_eventsPage = new EventsPage(m_db, this);
    m_auditPage = new AuditPage(m_db, m_databasePath, nullptr, this);
    m_dashboardPage = new DashboardPage(m_db, m_databasePath, this);
    m_deliveriesPage = new DeliveriesPage(m_db, this);
    buildNavigation();
    buildEnvironmentToolbar();
    buildCentral();
    buildStatusBar();
    buildMenus();

    connect(m_navigation, &QListWidget::currentRowChanged, this, &MainWindow::setCurrentPage);
    connect(m_environmentSwitch, &QComboBox::currentIndexChanged, this,
            [this] { setEnvironment(Environment(m_environmentSwitch->currentData().toInt())); });
    connect(m_endpointsPage, &EndpointsPage::endpointsChanged, this, &MainWindow::updateStatus);
    connect(m_dashboardPage, &DashboardPage::openEndpointSettingRequested, this,
            &MainWindow::openEndpointSetting);
    // Ctrl+N works from every page (the Endpoints menu is always there): show where it lands.
    connect(m_endpointsPage->newAction(), &QAction::triggered, this,
            [this] { setCurrentPage(Endpoints); });
    // Ctrl+T fires the composer's event from every page, and shows where it went.
    addAction(m_eventsPage->fireAction());
    connect(m_eventsPage->fireAction(), &QAction::triggered, this,
            [this] { setCurrentPage(Events); });
    connect(m_endpointsPage, &EndpointsPage::endpointsChanged, m_eventsPage,
            &EventsPage::reloadEndpoints);

    // Sandbox on every start: a console that opens in Live by surprise is how test events reach
    // customers.
    m_environment = Environment::Live; // forces the first setEnvironment to apply
    setEnvironment(Environment::Sandbox);
    restoreSettings();
}

void MainWindow::buildNavigation()
{
    // What each later page will hold, said plainly instead of an empty frame.
    const struct
    {
        QString name;
        QString icon;
        QWidget *widget;
    } pages[PageCount] = {
        {tr("Dashboard"), QStringLiteral("dashboard"), m_dashboardPage},
        {tr("Endpoints"), QStringLiteral("endpoints"), m_endpointsPage},
        {tr("Events"), QStringLiteral("events"), m_eventsPage},
        {tr("Deliveries"), QStringLiteral("deliveries"), m_deliveriesPage},
        {tr("Audit"), QStringLiteral("audit"), m_auditPage},
        {tr("Settings"), QStringLiteral("settings"), m_settingsPage},
    };

    m_navigation = new QListWidget(this);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setAccessibleName(tr("Pages"));
    m_navigation->setIconSize(QSize(20, 20));
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setSpacing(2);
    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("pages"));
    int navWidth = 0;
    for (int i = 0; i < PageCount; ++i) {
        auto *item = new QListWidgetItem(pages[i].name, m_navigation);
        item->setData(kIconNameRole, pages[i].icon);
        item->setToolTip(tr("%1 (Ctrl+%2)").arg(pages[i].name).arg(i + 1));
        item->setSizeHint(QSize(0, m_navigation->fontMetrics().height() + 16));
        navWidth = qMax(navWidth, m_navigation->fontMetrics().horizontalAdvance(pages[i].name));
        pages[i].widget->setObjectName(pages[i].widget->objectName().isEmpty()
                                           ? QStringLiteral("page_%1").arg(pages[i].icon)
                                           : pages[i].widget->objectName());
        m_pages->addWidget(pages[i].widget);

        auto *action = new QAction(pageIcon(pages[i].icon), pages[i].name, this);
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        action->setCheckable(true);
        connect(action, &QAction::triggered, this, [this, i] { setCurrentPage(i); });
        m_pageActions << action;
    }
    m_navigation->setFixedWidth(navWidth + 20 + 48);
    updateNavigationIcons();
}

void MainWindow::buildEnvironmentToolbar()
{
    auto *toolbar = addToolBar(tr("Environment"));
    toolbar->setObjectName(QStringLiteral("environmentToolbar"));
    toolbar->setMovable(false);
    auto *envLabel = new QLabel(tr("&Environment:"), toolbar);
    envLabel->setContentsMargins(8, 0, 4, 0);
    m_environmentSwitch = new QComboBox(toolbar);
    m_environmentSwitch->setObjectName(QStringLiteral("environmentSwitch"));
    m_environmentSwitch->setAccessibleName(tr("Environment"));
    m_environmentSwitch->setToolTip(
        tr("Live and Sandbox are fully separate: endpoints, events, deliveries and keys."));
    m_environmentSwitch->addItem(pageIcon(QStringLiteral("sandbox")),
                                 DisplayText::environment(Environment::Sandbox),
                                 int(Environment::Sandbox));
    m_environmentSwitch->addItem(pageIcon(QStringLiteral("live")),
                                 DisplayText::environment(Environment::Live),
                                 int(Environment::Live));
    envLabel->setBuddy(m_environmentSwitch);
    toolbar->addWidget(envLabel);
    toolbar->addWidget(m_environmentSwitch);
}

void MainWindow::buildCentral()
{
    m_connectionBanner = new ConnectionBanner(this);
    m_banner = new EnvironmentBanner(this);
    m_demoBanner = new DemoBanner(this);

    auto *body = new QHBoxLayout;
    body->setContentsMargins(0, 0, 0, 0);
    body->setSpacing(0);
    body->addWidget(m_navigation);
    auto *separator = new QFrame(this);
    separator->setFrameShape(QFrame::VLine);
    separator->setFrameShadow(QFrame::Sunken);
    body->addWidget(separator);
    body->addWidget(m_pages, 1);
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_connectionBanner);
    layout->addWidget(m_banner);
    layout->addWidget(m_demoBanner);
    layout->addLayout(body, 1);
    setCentralWidget(central);
}

void MainWindow::buildStatusBar()
{
    m_databaseLabel = new ElidedLabel(this);
    m_databaseLabel->setObjectName(QStringLiteral("databaseLabel"));
    m_databaseLabel->setElideMode(Qt::ElideMiddle);
    updateDatabaseLabel();
    m_countsLabel = new QLabel(this);
    m_countsLabel->setObjectName(QStringLiteral("countsLabel"));
    m_engineLabel = new QLabel(tr("Delivery engine: not started"), this);
    m_engineLabel->setObjectName(QStringLiteral("engineLabel"));
    m_signingLabel = new QLabel(this);
    m_signingLabel->setObjectName(QStringLiteral("signingLabel"));
    m_signingLabel->setWordWrap(false);
    m_signingLabel->setVisible(false);
    for (QLabel *label :
         {static_cast<QLabel *>(m_databaseLabel), m_signingLabel, m_countsLabel, m_engineLabel})
        label->setContentsMargins(6, 0, 6, 0);
    // The path is the least important text: it gives way (shortened in the middle) before the
    // others do.
    statusBar()->addWidget(m_databaseLabel, 1);
    statusBar()->addWidget(m_signingLabel, 1);
    statusBar()->addPermanentWidget(m_countsLabel);
    statusBar()->addPermanentWidget(m_engineLabel);
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    m_openDatabaseAction = new QAction(tr("&Open database…"), this);
    m_openDatabaseAction->setObjectName(QStringLiteral("openDatabaseAction"));
    m_openDatabaseAction->setShortcut(QKeySequence::Open);
    connect(m_openDatabaseAction, &QAction::triggered, this, &MainWindow::openDatabaseRequested);
    file->addAction(m_openDatabaseAction);
    addAction(m_openDatabaseAction);
    file->addSeparator();
    auto *quit = new QAction(tr("&Quit"), this);
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);
    file->addAction(quit);

    QMenu *view = m_viewMenu = menuBar()->addMenu(tr("&View"));
    auto *group = new QActionGroup(this);
    group->setExclusive(true);
    for (QAction *action : std::as_const(m_pageActions)) {
        group->addAction(action);
        view->addAction(action);
    }
    // Menu-bar actions must also live on the window so their shortcuts work when the menu bar is
    // hidden (e.g. by a global menu).
    addActions(m_pageActions);

    QMenu *endpoints = menuBar()->addMenu(tr("E&ndpoints"));
    endpoints->addAction(m_endpointsPage->newAction());
    endpoints->addAction(m_endpointsPage->editAction());
    endpoints->addAction(m_endpointsPage->deleteAction());
    endpoints->addSeparator();
    endpoints->addAction(m_endpointsPage->pauseAction());
    endpoints->addAction(m_endpointsPage->resumeAction());
    endpoints->addSeparator();
    endpoints->addAction(m_endpointsPage->importAction());
    endpoints->addAction(m_endpointsPage->exportAction());
    endpoints->addAction(m_endpointsPage->testAction());
    endpoints->addAction(m_endpointsPage->subscriptionsAction());

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    auto *about = new QAction(tr("&About Hookline"), this);
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);
    help->addAction(about);
}

void MainWindow::updateNavigationIcons()
{
    // The selected page's icon in the selection's text colour, like its name. The window's palette:
    // on a palette change the window hears of it before the navigation inherits it.
    const QColor selected = palette().color(QPalette::Active, QPalette::HighlightedText);
    for (int i = 0; i < m_navigation->count(); ++i) {
        QListWidgetItem *item = m_navigation->item(i);
        item->setIcon(TintedIcon::create(iconFile(item->data(kIconNameRole).toString()),
                                         m_navigation->iconSize(), selected));
    }
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange && m_navigation)
        updateNavigationIcons();
    QMainWindow::changeEvent(event);
}

int MainWindow::currentPage() const
{
    return m_pages->currentIndex();
}

QWidget *MainWindow::pageWidget(int page) const
{
    return m_pages->widget(page);
}

void MainWindow::setCurrentPage(int page)
{
    if (page < 0 || page >= PageCount)
        return;
    m_pages->setCurrentIndex(page);
    if (m_navigation->currentRow() != page)
        m_navigation->setCurrentRow(page);
    m_pageActions.at(page)->setChecked(true);
    QSettings().setValue(kPageKey, page);
}

void MainWindow::setEnvironment(Environment environment)
{
    if (environment == m_environment)
        return;
    m_environment = environment;
    const int index = m_environmentSwitch->findData(int(environment));
    if (m_environmentSwitch->currentIndex() != index)
        m_environmentSwitch->setCurrentIndex(index);
    m_banner->setEnvironment(environment);
    m_endpointsPage->setEnvironment(environment);
    m_settingsPage->setEnvironment(environment);
    m_eventsPage->setEnvironment(environment);
    m_dashboardPage->setEnvironment(environment);
    m_deliveriesPage->setEnvironment(environment);
    updateTitle();
    updateStatus();
    updateEngineStatus();
    emit environmentChanged(environment);
}

void MainWindow::openEndpointSetting(const QString &endpointId, Recommendation::Setting setting)
{
    setCurrentPage(Endpoints);
    m_endpointsPage->selectEndpoint(endpointId);
    // The endpoint dialog holds the URL, timeout, rate limit and retries; certificates and
    // auto-pause thresholds are not in it yet, so for those the endpoint is only selected.
    const bool inDialog = setting == Recommendation::Setting::Timeout ||
                          setting == Recommendation::Setting::RateLimit ||
                          setting == Recommendation::Setting::RetrySchedule ||
                          setting == Recommendation::Setting::Url;
    if (inDialog && m_endpointsPage->currentEndpoint() &&
        m_endpointsPage->currentEndpoint()->id == endpointId)
        m_endpointsPage->editAction()->trigger();
}

void MainWindow::updateTitle()
{
    setWindowTitle(tr("Hookline — %1").arg(DisplayText::environment(m_environment)));
}

void MainWindow::updateStatus()
{
    const EndpointRepository repo(m_db);
    const StoreResult<int> sandbox = repo.count(Environment::Sandbox);
    const StoreResult<int> live = repo.count(Environment::Live);
    if (!sandbox || !live) {
        // The label keeps its last counts; the next change tries again.
        return;
    }
    m_countsLabel->setText(tr("Endpoints: %1 in Sandbox · %2 in Live").arg(*sandbox).arg(*live));
}

QString MainWindow::databaseText() const
{
    return m_databaseLabel->fullText();
}

void MainWindow::updateDatabaseLabel()
{
    QString error;
    const std::optional<DatabaseLocation> location =
        DatabaseLocation::parse(m_databasePath, &error);
    if (!location) {
        m_databaseLabel->setFullText(m_databasePath);
        return;
    }
    if (!location->isPostgres()) {
        m_databaseLabel->setFullText(
            QStringLiteral("SQLite · %1").arg(QDir::toNativeSeparators(location->path())));
        return;
    }
    // label() is "PostgreSQL · where/database"; the server's version goes after the name
    // ("15.4 (Debian 15.4-1)": its first word).
    const QString where = location->label().section(QStringLiteral(" · "), 1);
    const StoreResult<QString> version = DatabaseInfo::readServerVersion(m_db);
    m_databaseLabel->setFullText(version ? QStringLiteral("PostgreSQL %1 · %2")
                                               .arg(version->section(QLatin1Char(' '), 0, 0), where)
                                         : QStringLiteral("PostgreSQL · %1").arg(where));
}

void MainWindow::attachSupervisor(ConnectionSupervisor *supervisor)
{
    const auto showLost = [this, supervisor] {
        m_connectionBanner->showLost(QTime::currentTime().addMSecs(supervisor->retryDelayMs()));
    };
    connect(supervisor, &ConnectionSupervisor::lost, this, showLost);
    connect(supervisor, &ConnectionSupervisor::retryScheduled, this, showLost);
    connect(supervisor, &ConnectionSupervisor::restored, this, [this] {
        m_connectionBanner->showRestored();
        refreshPages();
    });
    if (supervisor->isLost())
        showLost();
}

void MainWindow::refreshPages()
{
    m_endpointsPage->reload();
    m_eventsPage->reloadEndpoints();
    m_eventsPage->refreshLog();
    m_deliveriesPage->refresh();
    m_auditPage->reload();
    m_dashboardPage->refresh();
    updateStatus();
    updateDatabaseLabel();
}

void MainWindow::attachEngine(EngineHost *host)
{
    m_engine = host;
    connect(host, &EngineHost::statusChanged, this, &MainWindow::updateEngineStatus);
    connect(host, &EngineHost::snapshotReady, m_endpointsPage, &EndpointsPage::showSnapshot);
    connect(host, &EngineHost::endpointAutoPaused, this, &MainWindow::notifyAutoPaused);
    connect(host, &EngineHost::deadLettersAppeared, this, &MainWindow::notifyDeadLetters);
    connect(m_endpointsPage, &EndpointsPage::endpointsChanged, host,
            &EngineHost::configurationChanged);
    m_settingsPage->setSecretStore(host->secretStore());
    connect(m_settingsPage, &SettingsPage::configurationChanged, host,
            &EngineHost::configurationChanged);
    connect(m_eventsPage, &EventsPage::eventFired, host->controller(), &EngineController::wake);
    connect(m_settingsPage, &SettingsPage::ingestSettingsChanged, host, &EngineHost::reloadIngest);
    connect(m_endpointsPage, &EndpointsPage::secretsChanged, host,
            &EngineHost::configurationChanged);
    connect(m_endpointsPage, &EndpointsPage::testQueued, host,
            [host] { host->controller()->wake(); });
    m_endpointsPage->setSecretStore(host->secretStore());
    // A replay only makes deliveries due: wake the engine, no need to read secrets again.
    connect(m_deliveriesPage, &DeliveriesPage::deliveriesReplayed, host,
            [host] { host->controller()->wake(); });
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(windowIcon(), this);
        m_tray->setToolTip(tr("Hookline"));
        m_tray->show();
    }
    m_endpointsPage->showSnapshot(host->snapshot());
    updateEngineStatus();
}

void MainWindow::startTestReceiver()
{
    if (m_receiver)
        return;
    if (!m_auditPage->isKeyLoadDone()) {
        connect(m_auditPage, &AuditPage::keyLoadDone, this, &MainWindow::startTestReceiver,
                Qt::SingleShotConnection);
        return;
    }
    m_receiver =
        new ReceiverController(m_db, m_engine ? m_engine->secretStore() : nullptr, this, this);
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_receiver->showAction());
    addAction(m_receiver->showAction());
    if (m_engine)
        connect(m_receiver, &ReceiverController::configurationChanged, m_engine,
                &EngineHost::configurationChanged);
    connect(m_receiver, &ReceiverController::endpointsChanged, this, [this] {
        m_endpointsPage->reload();
        updateStatus();
    });
    connect(m_receiver, &ReceiverController::demoChanged, m_demoBanner, &QWidget::setVisible);
    connect(m_demoBanner, &DemoBanner::removeRequested, m_receiver,
            &ReceiverController::removeDemo);
    connect(m_demoBanner, &DemoBanner::openReceiverRequested, m_receiver,
            &ReceiverController::showWindow);
    if (m_receiver->start()) {
        // First run: where the demo is, with its hint on top.
        setEnvironment(Environment::Sandbox);
        setCurrentPage(Endpoints);
    }
    m_demoBanner->setVisible(m_receiver->hasDemo());
}

void MainWindow::updateEngineStatus()
{
    if (!m_engine)
        return;
    m_engineLabel->setText(m_engine->statusText());
    m_engineLabel->setToolTip(m_engine->statusToolTip());
    // The environment on screen: the other one's problems are in the tooltip.
    const QString problem = m_engine->signingProblem(m_environment);
    m_signingLabel->setText(problem);
    m_signingLabel->setToolTip(m_engine->signingProblemDetail());
    m_signingLabel->setVisible(!problem.isEmpty());
    // The warning matters more than the path and the counts: they give way while it shows, so
    // it is never cut off (the counts are on the Endpoints page anyway).
    m_databaseLabel->setVisible(problem.isEmpty());
    m_countsLabel->setVisible(problem.isEmpty());
}

void MainWindow::notifyAutoPaused(const QString &endpointId, const QString &reason)
{
    // The engine wrote the pause through its own connection; show the stored state.
    m_endpointsPage->reload();
    updateStatus();
    if (!m_tray)
        return;
    const StoreResult<std::optional<Endpoint>> endpoint = EndpointRepository(m_db).find(endpointId);
    const QString name = endpoint && *endpoint ? (*endpoint)->name : endpointId;
    m_tray->showMessage(
        tr("Endpoint paused"),
        tr("%1 was paused automatically: %2").arg(name, text::EndpointText::pausedReason(reason)),
        QSystemTrayIcon::Warning);
}

void MainWindow::notifyDeadLetters(int count)
{
    const QString title = tr("Dead letters");
    const QString text =
        count == 1
            ? tr("1 delivery exhausted every retry. Review and replay it on the Deliveries page.")
            : tr("%1 deliveries exhausted every retry. Review and replay them on the Deliveries "
                 "page.")
                  .arg(QLocale().toString(count));
    emit deadLettersNotified(title, text);
    if (m_tray)
        m_tray->showMessage(title, text, QSystemTrayIcon::Warning);
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(kGeometryKey).toByteArray()))
        resize(1200, 720);
    restoreState(settings.value(kStateKey).toByteArray());
    setCurrentPage(settings.value(kPageKey, int(Endpoints)).toInt());
    if (currentPage() < 0)
        setCurrentPage(Endpoints);
}

void MainWindow::saveSettings()
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    settings.setValue(kPageKey, currentPage());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
}

void MainWindow::showAbout()
{
    auto *box = new QMessageBox(QMessageBox::Information, tr("About Hookline"),
                                tr("<b>Hookline %1</b><p>A console for signed, retried and "
                                   "logged webhook delivery.</p>")
                                    .arg(QStringLiteral(HOOKLINE_VERSION)),
                                QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace hookline::ui
