#pragma once

#include "store/store.h"

#include <QObject>
#include <QPointer>

class QAction;
class QWidget;

namespace hookline {
class SandboxReceiver;
class SecretStore;
} // namespace hookline

namespace hookline::ui {

class ReceiverWindow;

// The console's local test receiver and first-run demo, wired: starts the SandboxReceiver, offers
// its window (View › Test receiver, Ctrl+Shift+R), creates the demo on an empty database
// (DemoSetup) with a sandbox signing key, and removes it on request.
class ReceiverController : public QObject
{
    Q_OBJECT
public:
    // `secrets` (may be null): for the demo's signing key and Standard Webhooks checks.
    ReceiverController(Store db, SecretStore *secrets, QWidget *windowParent,
                       QObject *parent = nullptr);
    ~ReceiverController() override;

    // Starts the receiver; on an empty database also creates the demo. Returns whether the demo
    // was created now.
    bool start();
    bool hasDemo() const;
    void removeDemo();
    void showWindow();

    SandboxReceiver *receiver() const { return m_receiver; }
    QAction *showAction() const { return m_showAction; }
    ReceiverWindow *window() const;
    // Why the last demo creation or removal failed, in words; empty when it did not.
    QString lastError() const { return m_lastError; }

signals:
    // Trust, allowlist, keys or endpoints changed: the engine must look again.
    void configurationChanged();
    void endpointsChanged();
    void demoChanged(bool present);

private:
    bool createDemo();
    void ensureSandboxKey();

    Store m_db;
    QPointer<SecretStore> m_secrets;
    QPointer<QWidget> m_windowParent;
    SandboxReceiver *m_receiver = nullptr;
    QAction *m_showAction = nullptr;
    QPointer<ReceiverWindow> m_window;
    QString m_lastError;
};

} // namespace hookline::ui
