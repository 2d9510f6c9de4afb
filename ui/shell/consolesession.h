#pragma once

#include "shell/opendatabasedialog.h"
#include "store/storeerror.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <functional>
#include <memory>
#include <optional>

namespace hookline {
class Connection;
class ConnectionSupervisor;
class SecretStore;
} // namespace hookline

namespace hookline::ui {

class EngineHost;
class MainWindow;

// The console on one database at a time: the GUI thread's connection, its supervisor, the hosted
// engine and the main window, built together for a location and replaced together by File › Open
// database…. Wiring only (app/hookline/main.cpp starts it); opening and reconnecting are core's.
class ConsoleSession : public QObject
{
    Q_OBJECT
public:
    // Each engine gets its own secret store from `secrets` (default: the keychain).
    using SecretStoreFactory = std::function<std::unique_ptr<SecretStore>()>;
    using Done = std::function<void(const std::optional<StoreError> &)>;

    explicit ConsoleSession(SecretStoreFactory secrets = {}, QObject *parent = nullptr);
    ~ConsoleSession() override;

    // The database to start with: --db if given, else HOOKLINE_DB, else the one last opened with
    // File › Open database…, else the default file.
    static QString startLocation(const QString &option);
    // The locations opened through the dialog, newest first.
    static QStringList recentLocations();
    // How often the GUI's connection is checked while nothing else notices a lost server.
    static constexpr int kProbeIntervalMs = 2000;

    // Opens `location` and, when that works, rebuilds the console on it (the previous database's
    // engine is stopped first); when it does not, nothing changes. A PostgreSQL password comes
    // from `password`, else from the keychain (SecretNames::databasePassword), else ~/.pgpass.
    // `done` hears the outcome, possibly before open() returns.
    void open(const QString &location, const QString &password, Done done);

    QString location() const { return m_location; }
    MainWindow *window() const;
    EngineHost *engine() const;
    Connection *connection() const;
    ConnectionSupervisor *supervisor() const;
    // The File › Open database… dialog while it is open.
    OpenDatabaseDialog *openDialog() const { return m_dialog; }

    // Stops the engine (in-flight attempts recorded) within `timeoutMs`.
    bool stop(int timeoutMs);

public slots:
    void showOpenDialog();

signals:
    // A new window replaced the previous one (or the first one was built).
    void windowChanged(hookline::ui::MainWindow *window);

private:
    struct Console;
    void openNow(const QString &location, const Done &done);
    void replace(std::unique_ptr<Console> next);
    static void rememberLocation(const QString &location);

    SecretStoreFactory m_secretsFactory;
    // Reads and writes database passwords; the engines' stores are theirs.
    std::unique_ptr<SecretStore> m_keychain;
    std::unique_ptr<Console> m_console;
    QString m_location;
    QPointer<OpenDatabaseDialog> m_dialog;
};

} // namespace hookline::ui
