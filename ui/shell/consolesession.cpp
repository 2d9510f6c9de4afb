#include "shell/consolesession.h"

#include "domain/clock.h"
#include "security/secretnames.h"
#include "security/secretstore.h"
#include "shell/enginehost.h"
#include "shell/mainwindow.h"
#include "shell/opendatabasedialog.h"
#include "store/connection.h"
#include "store/connectionsupervisor.h"
#include "store/databaselocation.h"
#include "store/passwordrequest.h"

#include <QLoggingCategory>
#include <QSettings>

namespace hookline::ui {

namespace {
Q_LOGGING_CATEGORY(lcConsole, "hookline.console", QtInfoMsg)

const QString kLocationKey = QStringLiteral("database/location");
const QString kRecentKey = QStringLiteral("database/recent");
constexpr int kRecentCount = 8;
constexpr int kEngineStopMs = 30000;
} // namespace

// One database's console. Members go in reverse: the window (its pages read through the
// connection), the engine, the supervisor, then the connection.
struct ConsoleSession::Console
{
    std::unique_ptr<Connection> connection;
    std::unique_ptr<ConnectionSupervisor> supervisor;
    std::unique_ptr<EngineHost> engine;
    std::unique_ptr<MainWindow> window;
};

ConsoleSession::ConsoleSession(SecretStoreFactory secrets, QObject *parent)
    : QObject(parent)
    , m_secretsFactory(std::move(secrets))
    , m_keychain(m_secretsFactory ? m_secretsFactory() : SecretStore::createDefault())
{}

ConsoleSession::~ConsoleSession()
{
    stop(kEngineStopMs);
}

QString ConsoleSession::startLocation(const QString &option)
{
    const bool overridden = !option.isEmpty() || !qEnvironmentVariableIsEmpty("HOOKLINE_DB");
    return DatabaseLocation::chosen(overridden ? option
                                               : QSettings().value(kLocationKey).toString());
}

QStringList ConsoleSession::recentLocations()
{
    return QSettings().value(kRecentKey).toStringList();
}

void ConsoleSession::rememberLocation(const QString &location)
{
    QSettings settings;
    settings.setValue(kLocationKey, location);
    QStringList recent = settings.value(kRecentKey).toStringList();
    recent.removeAll(location);
    recent.prepend(location);
    settings.setValue(kRecentKey, recent.mid(0, kRecentCount));
}

MainWindow *ConsoleSession::window() const
{
    return m_console ? m_console->window.get() : nullptr;
}

EngineHost *ConsoleSession::engine() const
{
    return m_console ? m_console->engine.get() : nullptr;
}

Connection *ConsoleSession::connection() const
{
    return m_console ? m_console->connection.get() : nullptr;
}

ConnectionSupervisor *ConsoleSession::supervisor() const
{
    return m_console ? m_console->supervisor.get() : nullptr;
}

void ConsoleSession::open(const QString &location, const QString &password, Done done)
{
    QString error;
    const std::optional<DatabaseLocation> parsed = DatabaseLocation::parse(location, &error);
    if (!parsed) {
        done(StoreError{StoreError::Code::OpenFailed, error});
        return;
    }
    const QString name = parsed->text();
    if (!parsed->isPostgres()) {
        openNow(location, done);
        return;
    }
    if (!password.isEmpty()) {
        Connection::rememberPassword(name, password);
        openNow(name, done);
        return;
    }
    // Every connection to this server (this one, the engine's, the dashboard's) uses it.
    m_keychain->read(SecretNames::databasePassword(name), this,
                     [this, name, done](const SecretStore::Result &result) {
                         if (result.ok())
                             Connection::rememberPassword(name, QString::fromUtf8(result.value));
                         openNow(name, done);
                     });
}

void ConsoleSession::openNow(const QString &location, const Done &done)
{
    auto next = std::make_unique<Console>();
    next->connection = std::make_unique<Connection>(location);
    if (std::optional<StoreError> error = next->connection->open()) {
        qCWarning(lcConsole) << "cannot open" << location << error->message;
        done(error);
        return;
    }
    m_location = location;
    replace(std::move(next));
    done(std::nullopt);
}

void ConsoleSession::replace(std::unique_ptr<Console> next)
{
    std::unique_ptr<Console> previous = std::move(m_console);
    // The new window opens where the previous one was, on the same page.
    if (previous)
        previous->window->saveSettings();
    const Store store = next->connection->store();
    next->supervisor =
        std::make_unique<ConnectionSupervisor>(next->connection.get(), Clock::system());
    next->engine = std::make_unique<EngineHost>(store, m_location,
                                                m_secretsFactory ? m_secretsFactory() : nullptr);
    next->window = std::make_unique<MainWindow>(store, m_location);
    next->window->attachEngine(next->engine.get());
    next->window->attachSupervisor(next->supervisor.get());
    connect(next->window.get(), &MainWindow::openDatabaseRequested, this,
            &ConsoleSession::showOpenDialog);
    // Shown before the previous one goes, so the console never has no window (which would quit
    // it).
    next->window->show();
    m_console = std::move(next);
    // The previous engine records what it has in flight and its test receiver frees the port
    // before the new ones start.
    if (previous) {
        previous->engine->stop(kEngineStopMs);
        previous.reset();
    }
    m_console->supervisor->watch(kProbeIntervalMs);
    m_console->engine->start();
    m_console->window->startTestReceiver();
    emit windowChanged(m_console->window.get());
}

bool ConsoleSession::stop(int timeoutMs)
{
    return !m_console || m_console->engine->stop(timeoutMs);
}

void ConsoleSession::showOpenDialog()
{
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return;
    }
    m_dialog = new OpenDatabaseDialog(m_location, recentLocations(), window());
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    // Queued: a successful open replaces the window the dialog belongs to, which must not happen
    // while the dialog is still on the call stack.
    connect(
        m_dialog, &OpenDatabaseDialog::openRequested, this,
        [this](const QString &location) {
            if (!m_dialog)
                return;
            const QString password = m_dialog->password();
            const bool remember = m_dialog->rememberPassword();
            open(location, password,
                 [this, location, password, remember](const std::optional<StoreError> &error) {
                     if (error) {
                         if (m_dialog)
                             m_dialog->openFailed(*error, serverAsksForPassword(*error));
                         return;
                     }
                     rememberLocation(location);
                     if (remember)
                         m_keychain->write(SecretNames::databasePassword(location),
                                           password.toUtf8(), this,
                                           [](const SecretStore::Result &result) {
                                               if (!result.ok())
                                                   qCWarning(lcConsole)
                                                       << "cannot keep the database password "
                                                          "in the keychain:"
                                                       << result.detail;
                                           });
                     // The dialog went with the previous window.
                     if (m_dialog)
                         m_dialog->opened();
                 });
        },
        Qt::QueuedConnection);
    m_dialog->open();
}

} // namespace hookline::ui
