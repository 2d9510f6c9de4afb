#include "receiver/receivercontroller.h"

#include "common/validationtext.h"
#include "config/demosetup.h"
#include "receiver/receiverwindow.h"
#include "receiver/sandboxreceiver.h"
#include "security/keymanager.h"

#include <QAction>
#include <QWidget>

namespace hookline::ui {

ReceiverController::ReceiverController(Store db, SecretStore *secrets, QWidget *windowParent,
                                       QObject *parent)
    : QObject(parent)
    , m_db(std::move(db))
    , m_secrets(secrets)
    , m_windowParent(windowParent)
{
    m_receiver = new SandboxReceiver(m_db, this);
    m_showAction = new QAction(tr("&Test receiver"), this);
    m_showAction->setObjectName(QStringLiteral("showReceiverAction"));
    m_showAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_showAction->setToolTip(tr("The local HTTPS receiver for Sandbox: what it got, and how it "
                                "answers"));
    connect(m_showAction, &QAction::triggered, this, &ReceiverController::showWindow);
    connect(m_receiver, &SandboxReceiver::trustChanged, this,
            &ReceiverController::configurationChanged);
}

ReceiverController::~ReceiverController()
{
    // The window shows the receiver's requests: it goes first.
    delete m_window;
}

bool ReceiverController::start()
{
    m_receiver->start();
    if (!m_receiver->isRunning())
        return false;
    // No demo when the store cannot say whether it is wanted.
    const StoreResult<bool> wanted = DemoSetup::shouldCreate(m_db);
    if (!wanted || !*wanted)
        return false;
    return createDemo();
}

bool ReceiverController::createDemo()
{
    DemoSetup::Texts texts;
    texts.healthyName = tr("Demo: healthy");
    texts.flakyName = tr("Demo: flaky");
    texts.description = tr("Created on first start. It delivers to the local test receiver "
                           "(View › Test receiver). Remove it with \"Remove demo\".");
    const DemoSetup::Result r = DemoSetup::create(m_db, m_receiver->port(), texts);
    if (!r.ok()) {
        m_lastError = r.storeError ? ValidationText::storeError(*r.storeError)
                                   : ValidationText::message(r.errors.first());
        return false;
    }
    m_lastError.clear();
    ensureSandboxKey();
    emit endpointsChanged();
    emit configurationChanged();
    emit demoChanged(true);
    return true;
}

void ReceiverController::ensureSandboxKey()
{
    // Not when a key exists, nor when the store cannot say whether one does.
    const StoreResult<std::optional<KeyInfo>> active =
        KeyManager(Environment::Sandbox, m_db, nullptr).activeKey();
    if (!m_secrets || !active || *active)
        return;
    auto *keys = new KeyManager(Environment::Sandbox, m_db, m_secrets, Clock::system(), this);
    keys->generate(2048, [this, keys](const KeyManager::Result &r) {
        keys->deleteLater();
        // Without a keychain the status bar already says why deliveries wait.
        if (r.ok())
            emit configurationChanged();
    });
}

bool ReceiverController::hasDemo() const
{
    const StoreResult<QList<Endpoint>> demo = DemoSetup::endpoints(m_db);
    return demo && !demo->isEmpty();
}

void ReceiverController::removeDemo()
{
    if (std::optional<StoreError> e = DemoSetup::remove(m_db)) {
        m_lastError = ValidationText::storeError(*e);
        return;
    }
    m_lastError.clear();
    emit endpointsChanged();
    emit configurationChanged();
    emit demoChanged(false);
}

ReceiverWindow *ReceiverController::window() const
{
    return m_window;
}

void ReceiverController::showWindow()
{
    if (!m_window)
        m_window = new ReceiverWindow(m_receiver, m_db, m_secrets, m_windowParent);
    m_window->show();
    m_window->raise();
    m_window->activateWindow();
}

} // namespace hookline::ui
